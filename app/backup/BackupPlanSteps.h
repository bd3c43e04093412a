#pragma once

#include "BackupPlans.h"

#include <QCoreApplication>

#include <algorithm>

// What the plans of BackupPlans are made of (only for its own files): the steps' shapes,
// their limits, and the words for the user.
namespace dozor::BackupPlans::PlanSteps {

struct PlanText {
    Q_DECLARE_TR_FUNCTIONS(BackupPlans)
};

inline constexpr int verifyTimeoutSec = 3 * 3600;
inline constexpr int backupTimeoutSec = 6 * 3600;

inline QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

inline QString folderOf(const QString &path)
{
    return path.endsWith(QLatin1Char('/')) && path.size() > 1 ? path.chopped(1) : path;
}

inline QString fileIn(const BackupSource &source, const QString &name)
{
    return folderOf(source.path) + QLatin1Char('/') + name;
}

// A local repository path (the tools also take sftp:, rest:, s3:, ssh:// … locations).
inline bool isLocalPath(const QString &repository)
{
    return repository.startsWith(QLatin1Char('/'));
}

// `sh -c SCRIPT sh ARGS…`: a script with its values as positional words.
inline QList<QByteArray> shell(const QByteArray &script, const QList<QByteArray> &args)
{
    return QList<QByteArray> {"sh", "-c", script, "sh"} + args;
}

// sha256sum -c of NAME.sha256 in folder; says in words which file is missing or differs.
inline QList<QByteArray> checksumCheck(const QString &folder, const QString &name)
{
    return shell("cd -- \"$1\" || exit 1; [ -r \"$2.sha256\" ] || { echo \"no checksum file "
                 "$2.sha256\" >&2; exit 1; }; out=$(sha256sum -c --quiet -- \"$2.sha256\" 2>&1) "
                 "&& exit 0; printf '%s\\n' \"$out\" >&2; echo \"checksum does not match "
                 "$2.sha256\" >&2; exit 1",
        {bytes(folder), bytes(name)});
}

inline JobStep stepOf(const QString &name, QList<QByteArray> argv, int timeoutSec)
{
    JobStep s;
    s.name = name;
    s.argv = std::move(argv);
    s.timeoutSec = timeoutSec;
    return s;
}

// A PostgreSQL dump in pg_dump's custom format (lowerName in lower case).
inline bool isCustomDump(const QString &lowerName)
{
    for (const char *ending : {".dump", ".pgdump", ".pg_dump"}) {
        if (lowerName.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

// A name from the catalog (the server's listing: untrusted) used as one path element.
inline Expected<void> checkBackupName(const QString &name)
{
    const bool control = std::any_of(
        name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20 || c == QChar(0x7f); });
    if (name.contains(QLatin1Char('/')) || name == QLatin1String("..") || name == QLatin1String(".")
        || name.isEmpty() || control)
        return unexpected(PlanText::tr("\"%1\" is not a backup name").arg(name.left(80)));
    return {};
}

inline JobPlan planFor(const BackupSource &source, const char *kind, const QString &title)
{
    JobPlan plan;
    plan.kind = QLatin1String(kind);
    plan.targetId = source.targetId;
    plan.subject = source.id;
    plan.title = title;
    return plan;
}

} // namespace dozor::BackupPlans::PlanSteps
