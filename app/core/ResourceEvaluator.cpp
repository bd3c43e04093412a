#include "ResourceEvaluator.h"

#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QLocale>

namespace dozor {

namespace {

struct ResourceText {
    Q_DECLARE_TR_FUNCTIONS(ResourceEvaluator)
    DOZOR_MESSAGE_FUNCTIONS(ResourceEvaluator)
};

} // namespace

Message kibMessage(quint64 kib)
{
    const double b = static_cast<double>(kib) * 1024.0;
    if (b >= 1024.0 * 1024 * 1024 * 1024)
        return ResourceText::msg("%1 TiB").real(b / (1024.0 * 1024 * 1024 * 1024), 1);
    if (b >= 1024.0 * 1024 * 1024)
        return ResourceText::msg("%1 GiB").real(b / (1024.0 * 1024 * 1024), 1);
    if (b >= 1024.0 * 1024)
        return ResourceText::msg("%1 MiB").real(b / (1024.0 * 1024), 0);
    return ResourceText::msg("%1 KiB").arg(kib);
}

QString formatKib(quint64 kib)
{
    return kibMessage(kib).text();
}

Message secondsMessage(double seconds)
{
    const qint64 s = static_cast<qint64>(seconds);
    if (s < 60)
        return ResourceText::msg("%1 s").arg(s);
    if (s < 3600)
        return ResourceText::msg("%1 min").arg(s / 60);
    if (s < 86400)
        return ResourceText::msg("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return ResourceText::msg("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatDuration(double seconds)
{
    return secondsMessage(seconds).text();
}

CheckResult evaluateResourceCheck(const CheckSpec &check, const HostSnapshot &snapshot)
{
    const CheckKind &kind = checkKind(check.type);
    if (!kind.evaluateSnapshot)
        return unknownResult(resultOf(check),
            ResourceText::msg("a %1 check is not a resource check").arg(checkTypeName(check.type)));
    return kind.evaluateSnapshot(check, snapshot);
}

} // namespace dozor
