#pragma once

#include "Retention.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// Where a server keeps its backups (the workspace's "backups" array): archives or
// timestamped folders in a folder, database copies and dumps, or a restic or borg
// repository. The catalog lists them; retention says which the policy keeps.
struct BackupSource {
    enum class Type { Files, Database, Restic, Borg };
    enum class Kind { Full, Config, Content, Database, Logs };

    QString id;
    QString targetId;
    Type type = Type::Files;
    Kind kind = Kind::Full;
    // files, database: the folder and a glob for the backups in it ("full_*.tar.gz");
    // time_format reads the time from the name ("full_%Y%m%d-%H%M%S"), else the mtime.
    QString path;
    QString pattern;
    QString timeFormat;
    QString timeZone; // the zone names are written in (IANA); UTC when empty
    bool sha256Sidecars = false; // "<name>.sha256" next to each backup
    // restic, borg: the repository (any location the tool accepts) and the paths backed up.
    QString repository;
    QStringList paths;
    // "Back up now": the server's own command (argv, e.g. ["/usr/local/bin/backup.sh"]);
    // without it, a built-in one where there is one (tar of paths, sqlite3 .backup of
    // restore_to, restic/borg backup of paths).
    QStringList command;
    // The newest backup is verified when its last verification is older than this (hours);
    // 0: only on request.
    int verifyEveryHours = 24;
    RetentionPolicy retention;
    QString restoreTo; // where a restore puts it back
    // A restore: the systemd units it stops before the swap and starts after (or, for servers
    // without systemd, the commands that stop and start the service, argv); who owns what it
    // writes ("www-data", chown -R; empty: the owners the backup holds); how long the server's
    // checks may take to pass after it before it is rolled back.
    QStringList services;
    QStringList stopCommand;
    QStringList startCommand;
    QString owner;
    QString group;
    QString fileMode; // "0644": the mode of every file a restore writes (empty: the backup's)
    QString dirMode; // "0755": of every folder
    int postCheckTimeoutSec = 120;
    // database: the PostgreSQL database "Back up now" dumps with pg_dump -Fc (a name, or a
    // connection string "postgresql://user@host:port/name"); its password, when it needs
    // one, in the keychain like a repository's.
    QString postgres;

    bool isRepository() const { return type == Type::Restic || type == Type::Borg; }
    // Whether a password may go with it (dozor secret set --backup ID).
    bool takesPassword() const { return isRepository() || !postgres.isEmpty(); }
};

QString backupTypeName(BackupSource::Type type);
std::optional<BackupSource::Type> backupTypeFromName(const QString &name);
QString backupKindName(BackupSource::Kind kind);
std::optional<BackupSource::Kind> backupKindFromName(const QString &name);

// The time a backup's name says, read with format (%Y %m %d %H %M %S, %% for a percent
// sign; the rest must match as written) from the start of the name; what follows
// (".tar.gz") is not read. In zone (IANA; UTC when empty). Nothing when the name does not
// fit or the date does not exist.
std::optional<QDateTime> backupTimeFromName(
    const QString &name, const QString &format, const QString &zone = QString());
// Why format cannot read times ("%q is not a field; use %Y %m %d %H %M %S"), or empty.
QString backupTimeFormatProblem(const QString &format);

} // namespace dozor
