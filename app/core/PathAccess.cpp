#include "PathAccess.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct PathAccessText {
    Q_DECLARE_TR_FUNCTIONS(PathAccess)
    DOZOR_MESSAGE_FUNCTIONS(PathAccess)
};

// The rwx bits (0–7) of mode that apply to account for entry.
uint bitsFor(const PathEntry &entry, const Account &account)
{
    if (account.uid == entry.uid)
        return (entry.mode >> 6) & 7;
    if (account.groups.contains(entry.gid))
        return (entry.mode >> 3) & 7;
    return entry.mode & 7;
}

QString describe(const PathEntry &e)
{
    return QStringLiteral("%1 %2:%3").arg(octalMode(e.mode), e.owner, e.group);
}

// Which class of the mode applied, so the message says what to change.
Message whichClass(const PathEntry &entry, const Account &account)
{
    if (account.uid == entry.uid)
        return PathAccessText::msg("%1 owns it").arg(account.name);
    return (account.groups.contains(entry.gid)
            ? PathAccessText::msg("%1 is in group %2")
            : PathAccessText::msg("%1 is neither its owner nor in group %2"))
        .arg(account.name)
        .arg(entry.group);
}
} // namespace

QStringList pathChain(const QString &path)
{
    QStringList out {QStringLiteral("/")};
    QString at;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        at += QLatin1Char('/') + part;
        out.append(at);
    }
    return out;
}

QString octalMode(uint mode)
{
    return QString::number(mode & 07777, 8).rightJustified(3, QLatin1Char('0'));
}

std::optional<Message> whyNotReadable(const QList<PathEntry> &chain, const Account &account)
{
    if (chain.isEmpty())
        return PathAccessText::msg("nothing was reported about the path");
    if (account.uid == 0)
        return std::nullopt; // root reads everything it can reach
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const PathEntry &e = chain.at(i);
        const bool last = i == chain.size() - 1;
        const uint bits = bitsFor(e, account);
        if (!last && !e.directory)
            return PathAccessText::msg("%1 is not a directory").arg(e.path);
        if (!last && !(bits & 1))
            return PathAccessText::msg("%1 cannot enter %2 (%3; %4)")
                .arg(account.name)
                .arg(e.path)
                .arg(describe(e))
                .arg(whichClass(e, account));
        if (last) {
            const uint need = e.directory ? 5u : 4u;
            if ((bits & need) != need)
                return PathAccessText::msg("%1 cannot read %2 (%3; %4)")
                    .arg(account.name)
                    .arg(e.path)
                    .arg(describe(e))
                    .arg(whichClass(e, account));
        }
    }
    return std::nullopt;
}

} // namespace dozor
