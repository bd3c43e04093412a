#include "Status.h"

namespace dozor {

QString statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("OK");
    case Status::Warn:
        return QStringLiteral("WARN");
    case Status::Unknown:
        return QStringLiteral("UNKNOWN");
    case Status::Crit:
        return QStringLiteral("CRIT");
    }
    return QStringLiteral("UNKNOWN");
}

std::optional<Status> statusFromName(const QString &name)
{
    for (Status s : {Status::Ok, Status::Warn, Status::Unknown, Status::Crit}) {
        if (statusName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool isWorse(Status a, Status b)
{
    return static_cast<int>(a) > static_cast<int>(b);
}

Status worse(Status a, Status b)
{
    return isWorse(b, a) ? b : a;
}

} // namespace dozor
