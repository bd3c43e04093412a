#include "BackupsJson.h"

#include "Workspace.h"
#include "WorkspaceValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace dozor::BackupsJson {

namespace {
struct BackupsText {
    Q_DECLARE_TR_FUNCTIONS(BackupsJson)
};

const char *const retentionKeys[] = {
    "keep_last", "keep_hourly", "keep_daily", "keep_weekly", "keep_monthly", "keep_yearly"};

int *retentionField(RetentionPolicy &p, int i)
{
    int *fields[] = {&p.last, &p.hourly, &p.daily, &p.weekly, &p.monthly, &p.yearly};
    return fields[i];
}

BackupSource readSource(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    BackupSource s;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            BackupsText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return s;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    s.id = r.string(QStringLiteral("id"), true).value_or(QString());
    s.targetId = r.string(QStringLiteral("target"), true).value_or(QString());
    if (const auto type = r.string(QStringLiteral("type"), true)) {
        if (const auto t = backupTypeFromName(*type))
            s.type = *t;
        else
            r.error(QStringLiteral("type"),
                BackupsText::tr("must be \"files\", \"database\", \"restic\" or \"borg\", got "
                                "\"%1\"")
                    .arg(type->left(40)));
    }
    s.kind = s.type == BackupSource::Type::Database ? BackupSource::Kind::Database
                                                    : BackupSource::Kind::Full;
    if (const auto kind = r.string(QStringLiteral("kind"))) {
        if (const auto k = backupKindFromName(*kind))
            s.kind = *k;
        else
            r.error(QStringLiteral("kind"),
                BackupsText::tr("must be \"full\", \"config\", \"content\", \"database\" or "
                                "\"logs\", got \"%1\"")
                    .arg(kind->left(40)));
    }
    s.path = r.string(QStringLiteral("path")).value_or(QString());
    s.pattern = r.string(QStringLiteral("pattern")).value_or(QString());
    s.timeFormat = r.string(QStringLiteral("time_format")).value_or(QString());
    s.timeZone = r.string(QStringLiteral("time_zone")).value_or(QString());
    s.sha256Sidecars = r.boolean(QStringLiteral("sha256_sidecars")).value_or(false);
    s.repository = r.string(QStringLiteral("repository")).value_or(QString());
    s.paths = r.stringList(QStringLiteral("paths")).value_or(QStringList());
    s.restoreTo = r.string(QStringLiteral("restore_to")).value_or(QString());
    s.command = r.stringList(QStringLiteral("command")).value_or(QStringList());
    if (r.has(QStringLiteral("command")) && s.command.isEmpty())
        r.error(QStringLiteral("command"),
            BackupsText::tr("is empty: name the program to run, e.g. "
                            "[\"/usr/local/bin/backup.sh\"], or leave \"command\" out"));
    s.postgres = r.string(QStringLiteral("postgres")).value_or(QString());
    s.services = r.stringList(QStringLiteral("services")).value_or(QStringList());
    s.stopCommand = r.stringList(QStringLiteral("stop_command")).value_or(QStringList());
    s.startCommand = r.stringList(QStringLiteral("start_command")).value_or(QStringList());
    s.owner = r.string(QStringLiteral("owner")).value_or(QString());
    s.group = r.string(QStringLiteral("group")).value_or(QString());
    s.fileMode = r.string(QStringLiteral("file_mode")).value_or(QString());
    s.dirMode = r.string(QStringLiteral("dir_mode")).value_or(QString());
    if (const auto timeout = r.integer(QStringLiteral("post_check_timeout"))) {
        if (*timeout < 5 || *timeout > 3600)
            r.error(QStringLiteral("post_check_timeout"),
                BackupsText::tr("must be 5–3600 seconds, got %1").arg(*timeout));
        else
            s.postCheckTimeoutSec = int(*timeout);
    }
    if (const auto hours = r.integer(QStringLiteral("verify_every_hours"))) {
        if (*hours < 0 || *hours > 24 * 366)
            r.error(QStringLiteral("verify_every_hours"),
                BackupsText::tr("must be 0–8784 (0: only on request), got %1").arg(*hours));
        else
            s.verifyEveryHours = int(*hours);
    }
    if (auto retention = r.objectReader(QStringLiteral("retention"))) {
        for (int i = 0; i < int(std::size(retentionKeys)); ++i) {
            const QString key = QLatin1String(retentionKeys[i]);
            if (const auto n = retention->integer(key)) {
                if (*n < 0 || *n > 100000)
                    retention->error(key, BackupsText::tr("must be 0–100000, got %1").arg(*n));
                else
                    *retentionField(s.retention, i) = int(*n);
            }
        }
        retention->finish();
    }
    r.finish();
    return s;
}

// A value that goes to the server's shell (quoted there): one line, no NUL.
bool oneLine(const QString &value)
{
    return !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.contains(QChar(0));
}
// A repository location with a password in it ("rest:https://u:pw@host/",
// "sftp:u:pw@host:/repo", "ssh://u:pw@host/repo"): the workspace must never hold one.
bool repositoryHasPassword(const QString &repository)
{
    if (repository.startsWith(QLatin1Char('/')))
        return false;
    const qsizetype scheme = repository.indexOf(QLatin1String("://"));
    if (scheme >= 0) {
        const QString authority = repository.mid(scheme + 3).section(QLatin1Char('/'), 0, 0);
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        return at >= 0 && authority.left(at).contains(QLatin1Char(':'));
    }
    // "backend:user:password@host:…": after the backend's name, credentials before the @.
    const qsizetype colon = repository.indexOf(QLatin1Char(':'));
    const qsizetype at = repository.indexOf(QLatin1Char('@'));
    if (colon < 0 || at < 0 || colon > at)
        return false;
    return repository.mid(colon + 1, at - colon - 1).contains(QLatin1Char(':'));
}
} // namespace

void read(JsonObjectReader &root, QList<BackupSource> &sources, QList<Diagnostic> *diags)
{
    const auto array = root.array(QStringLiteral("backups"));
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i)
        sources.append(readSource(array->at(i), QStringLiteral("backups[%1]").arg(i), diags));
}

QJsonArray toJson(const QList<BackupSource> &sources)
{
    QJsonArray out;
    for (const BackupSource &s : sources) {
        QJsonObject o {{QStringLiteral("id"), s.id}, {QStringLiteral("target"), s.targetId},
            {QStringLiteral("type"), backupTypeName(s.type)},
            {QStringLiteral("kind"), backupKindName(s.kind)}};
        const auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("path", s.path);
        put("pattern", s.pattern);
        put("time_format", s.timeFormat);
        put("time_zone", s.timeZone);
        if (s.sha256Sidecars)
            o.insert(QStringLiteral("sha256_sidecars"), true);
        put("repository", s.repository);
        if (!s.paths.isEmpty())
            o.insert(QStringLiteral("paths"), QJsonArray::fromStringList(s.paths));
        if (!s.command.isEmpty())
            o.insert(QStringLiteral("command"), QJsonArray::fromStringList(s.command));
        if (s.verifyEveryHours != 24)
            o.insert(QStringLiteral("verify_every_hours"), s.verifyEveryHours);
        QJsonObject retention;
        RetentionPolicy policy = s.retention;
        for (int i = 0; i < int(std::size(retentionKeys)); ++i) {
            if (const int n = *retentionField(policy, i))
                retention.insert(QLatin1String(retentionKeys[i]), n);
        }
        if (!retention.isEmpty())
            o.insert(QStringLiteral("retention"), retention);
        put("restore_to", s.restoreTo);
        put("postgres", s.postgres);
        if (!s.services.isEmpty())
            o.insert(QStringLiteral("services"), QJsonArray::fromStringList(s.services));
        if (!s.stopCommand.isEmpty())
            o.insert(QStringLiteral("stop_command"), QJsonArray::fromStringList(s.stopCommand));
        if (!s.startCommand.isEmpty())
            o.insert(QStringLiteral("start_command"), QJsonArray::fromStringList(s.startCommand));
        put("owner", s.owner);
        put("group", s.group);
        put("file_mode", s.fileMode);
        put("dir_mode", s.dirMode);
        if (s.postCheckTimeoutSec != 120)
            o.insert(QStringLiteral("post_check_timeout"), s.postCheckTimeoutSec);
        out.append(o);
    }
    return out;
}

QList<Diagnostic> validate(const Workspace &w)
{
    QList<Diagnostic> out;
    const auto error = [&out](const QString &path, const QString &message) {
        out.append({Diagnostic::Severity::Error, path, message});
    };
    QSet<QString> ids;
    for (qsizetype i = 0; i < w.backups.size(); ++i) {
        const BackupSource &s = w.backups.at(i);
        const QString path = QStringLiteral("backups[%1]").arg(i);
        // QString, not a QStringBuilder of this lambda's temporaries.
        const auto field = [&path](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        if (!isValidId(s.id))
            error(field("id"),
                BackupsText::tr("must be letters, digits, '.', '_' or '-', got \"%1\"")
                    .arg(s.id.left(40)));
        else if (ids.contains(s.id))
            error(field("id"), BackupsText::tr("duplicate backup source id \"%1\"").arg(s.id));
        ids.insert(s.id);
        const Target *t = w.target(s.targetId);
        if (!t)
            error(field("target"), BackupsText::tr("no target with id \"%1\"").arg(s.targetId));
        else if (!t->ssh && !t->local)
            error(field("target"),
                BackupsText::tr("backups are read on a server: target \"%1\" has no SSH login "
                                "and is not this computer")
                    .arg(t->id));
        for (const auto &[key, value] :
            {std::pair {"path", s.path}, std::pair {"pattern", s.pattern},
                std::pair {"time_format", s.timeFormat}, std::pair {"repository", s.repository},
                std::pair {"restore_to", s.restoreTo}, std::pair {"postgres", s.postgres},
                std::pair {"owner", s.owner}, std::pair {"group", s.group}}) {
            if (!oneLine(value))
                error(field(key), BackupsText::tr("must be one line"));
        }
        if (!s.restoreTo.isEmpty() && !s.restoreTo.startsWith(QLatin1Char('/')))
            error(field("restore_to"),
                BackupsText::tr("must be an absolute path such as /srv/app, got \"%1\"")
                    .arg(s.restoreTo.left(80)));
        for (qsizetype p = 0; p < s.paths.size(); ++p) {
            if (!s.paths.at(p).startsWith(QLatin1Char('/')) || !oneLine(s.paths.at(p)))
                error(field("paths") + QStringLiteral("[%1]").arg(p),
                    BackupsText::tr("must be an absolute path on one line, got \"%1\"")
                        .arg(s.paths.at(p).left(80)));
        }
        static const QRegularExpression account(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
        for (const auto &[key, value] :
            {std::pair {"owner", s.owner}, std::pair {"group", s.group}}) {
            if (!value.isEmpty() && !account.match(value).hasMatch())
                error(field(key),
                    BackupsText::tr("must be a user or group name such as www-data, got \"%1\"")
                        .arg(value.left(40)));
        }
        static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3}$"));
        for (const auto &[key, value] :
            {std::pair {"file_mode", s.fileMode}, std::pair {"dir_mode", s.dirMode}}) {
            if (!value.isEmpty() && !octal.match(value).hasMatch())
                error(field(key),
                    BackupsText::tr("must be an octal mode such as 0644 or 0755, got \"%1\"")
                        .arg(value.left(20)));
        }
        for (qsizetype u = 0; u < s.services.size(); ++u) {
            static const QRegularExpression unit(
                QStringLiteral("^[A-Za-z0-9_.:@][A-Za-z0-9_.:@-]*$"));
            if (!unit.match(s.services.at(u)).hasMatch())
                error(field("services") + QStringLiteral("[%1]").arg(u),
                    BackupsText::tr("must be a systemd unit name such as gunicorn.service, got "
                                    "\"%1\"")
                        .arg(s.services.at(u).left(60)));
        }
        if (s.stopCommand.isEmpty() != s.startCommand.isEmpty())
            error(field(s.stopCommand.isEmpty() ? "stop_command" : "start_command"),
                BackupsText::tr("\"stop_command\" and \"start_command\" go together: a restore "
                                "that stops a service must start it again"));
        if (!s.command.isEmpty() && s.command.constFirst().trimmed().isEmpty())
            error(field("command"),
                BackupsText::tr("starts with the program to run, e.g. "
                                "[\"/usr/local/bin/backup.sh\"]"));
        for (qsizetype p = 0; p < s.command.size(); ++p) {
            if (s.command.at(p).contains(QChar(0)))
                error(field("command") + QStringLiteral("[%1]").arg(p),
                    BackupsText::tr("must not contain a NUL character"));
        }
        if (!s.postgres.isEmpty() && s.type != BackupSource::Type::Database)
            error(field("postgres"),
                BackupsText::tr("belongs to a \"database\" source (the dumps pg_dump writes)"));
        else if (!s.postgres.isEmpty()
            && (repositoryHasPassword(s.postgres)
                || s.postgres.contains(QLatin1String("password="), Qt::CaseInsensitive)))
            error(field("postgres"),
                BackupsText::tr("holds a password: the workspace never keeps one. Leave it out "
                                "and store it with dozor secret set --backup %1")
                    .arg(s.id));
        else if (!s.postgres.isEmpty() && !s.command.isEmpty())
            error(field("postgres"),
                BackupsText::tr("and \"command\" both say how to back up: keep one (\"postgres\" "
                                "dumps with pg_dump -Fc, \"command\" runs your own)"));
        else if (!s.postgres.isEmpty()
            && !QRegularExpression(QStringLiteral("\\.(dump|pgdump|pg_dump)$"),
                QRegularExpression::CaseInsensitiveOption)
                    .match(s.pattern)
                    .hasMatch())
            error(field("pattern"),
                BackupsText::tr("must end in .dump for a \"postgres\" source (pg_dump's custom "
                                "format), got \"%1\"")
                    .arg(s.pattern.left(80)));
        if (s.isRepository()) {
            if (s.repository.trimmed().isEmpty())
                error(field("repository"),
                    BackupsText::tr("a %1 source needs its repository (a path or a location "
                                    "such as sftp:user@host:/repo)")
                        .arg(backupTypeName(s.type)));
            else if (repositoryHasPassword(s.repository))
                error(field("repository"),
                    BackupsText::tr("holds a password: the workspace never keeps one. Leave it "
                                    "out of the location and store the repository's password "
                                    "with dozor secret set --backup %1")
                        .arg(s.id));
            continue;
        }
        if (!s.path.startsWith(QLatin1Char('/')))
            error(field("path"),
                BackupsText::tr("must be the absolute path of the folder that holds the "
                                "backups, such as /var/backups/app"));
        if (s.pattern.isEmpty())
            error(
                field("pattern"), BackupsText::tr("must name the backups, e.g. \"full_*.tar.gz\""));
        else if (s.pattern.contains(QLatin1Char('/')))
            error(field("pattern"),
                BackupsText::tr("matches names in the folder; put the folder in \"path\""));
        if (!s.timeFormat.isEmpty()) {
            if (const QString problem = backupTimeFormatProblem(s.timeFormat); !problem.isEmpty())
                error(field("time_format"), problem);
        }
        if (!s.timeZone.isEmpty() && !QTimeZone(s.timeZone.toUtf8()).isValid())
            error(field("time_zone"),
                BackupsText::tr("unknown time zone \"%1\" (use an IANA name such as "
                                "Europe/Moscow)")
                    .arg(s.timeZone.left(60)));
    }
    return out;
}

} // namespace dozor::BackupsJson
