#include "WorkspaceValidator.h"

#include "AlertingJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace dozor {

namespace {

struct ValidatorText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceValidator)
};

constexpr int maxIntervalSec = 24 * 3600;
constexpr int maxTimeoutSec = 300;
constexpr qint64 maxBodyCap = 64LL * 1024 * 1024;

class Collector {
public:
    Collector(QList<Diagnostic> *out, QString path)
        : m_out(out)
        , m_path(std::move(path))
    {
    }
    void error(const QString &field, const QString &message)
    {
        m_out->append({Diagnostic::Severity::Error, join(field), message});
    }
    void warning(const QString &field, const QString &message)
    {
        m_out->append({Diagnostic::Severity::Warning, join(field), message});
    }

private:
    QString join(const QString &field) const
    {
        return field.isEmpty() ? m_path : m_path + QLatin1Char('.') + field;
    }
    QList<Diagnostic> *m_out;
    QString m_path;
};

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

bool isPercentType(CheckType type)
{
    return type == CheckType::Cpu || type == CheckType::Memory || type == CheckType::Disk;
}

void checkPercent(Collector &c, const QString &field, const std::optional<double> &v)
{
    if (v && (*v < 0 || *v > 100))
        c.error(field,
            ValidatorText::tr("must be a percentage between 0 and 100, got %1").arg(num(*v)));
}

void checkWarnCrit(Collector &c, const std::optional<double> &warn,
    const std::optional<double> &crit, const QString &warnField, const QString &critField)
{
    if (warn && *warn < 0)
        c.error(warnField, ValidatorText::tr("must not be negative, got %1").arg(num(*warn)));
    if (crit && *crit < 0)
        c.error(critField, ValidatorText::tr("must not be negative, got %1").arg(num(*crit)));
    if (warn && crit && *warn > *crit)
        c.error(warnField,
            ValidatorText::tr("must not be above %1 (%2), got %3")
                .arg(critField, num(*crit), num(*warn)));
}

bool isToken(const QByteArray &s)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(QString::fromLatin1(s)).hasMatch();
}

void validateHttp(Collector &c, const HttpSpec &http, const QString &baseDir)
{
    const QUrl &url = http.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isEmpty()) {
        c.error(QStringLiteral("http.url"), ValidatorText::tr("is not a valid URL"));
    } else if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        c.error(QStringLiteral("http.url"),
            ValidatorText::tr("must start with http:// or https://, got \"%1\"")
                .arg(url.toString().left(80)));
    } else if (url.host().isEmpty()) {
        c.error(QStringLiteral("http.url"), ValidatorText::tr("has no host name"));
    } else if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        c.error(QStringLiteral("http.url"),
            ValidatorText::tr("must not contain a user name or password; secrets never go "
                              "into the workspace file"));
    }
    if (!isToken(http.method))
        c.error(QStringLiteral("http.method"),
            ValidatorText::tr("must be an HTTP method such as GET or HEAD, got \"%1\"")
                .arg(QString::fromLatin1(http.method.left(40))));
    for (const auto &[name, value] : http.headers) {
        const QString field = QStringLiteral("http.headers.") + QString::fromUtf8(name);
        if (!isToken(name))
            c.error(field, ValidatorText::tr("is not a valid header name"));
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            c.error(field, ValidatorText::tr("must not contain line breaks"));
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "cookie" || lower == "proxy-authorization"
            || lower.contains("token") || lower.contains("api-key") || lower.contains("apikey"))
            c.warning(field,
                ValidatorText::tr("looks like a credential stored in plain text in the "
                                  "workspace file; keep this file private"));
    }
    for (qsizetype i = 0; i < http.expectStatus.size(); ++i) {
        const int code = http.expectStatus.at(i);
        if (code < 100 || code > 599)
            c.error(QStringLiteral("http.expect_status[%1]").arg(i),
                ValidatorText::tr("must be an HTTP status code (100–599), got %1").arg(code));
    }
    if (http.maxBodyBytes < 1 || http.maxBodyBytes > maxBodyCap)
        c.error(QStringLiteral("http.max_body_bytes"),
            ValidatorText::tr("must be 1 … %1 bytes, got %2")
                .arg(maxBodyCap)
                .arg(http.maxBodyBytes));
    if (http.tlsWarnDays < 0)
        c.error(QStringLiteral("http.tls_warn_days"), ValidatorText::tr("must not be negative"));
    if (http.tlsCritDays < 0)
        c.error(QStringLiteral("http.tls_crit_days"), ValidatorText::tr("must not be negative"));
    if (http.tlsCritDays > http.tlsWarnDays)
        c.error(QStringLiteral("http.tls_crit_days"),
            ValidatorText::tr("must not be above tls_warn_days (%1), got %2")
                .arg(http.tlsWarnDays)
                .arg(http.tlsCritDays));
    if (!http.caFile.isEmpty()) {
        const QString resolved = resolveWorkspaceFile(http.caFile, baseDir);
        const QFileInfo info(resolved);
        if (!info.exists())
            c.error(QStringLiteral("http.ca_file"),
                ValidatorText::tr("file not found: %1").arg(resolved));
        else if (!info.isFile() || !info.isReadable())
            c.error(QStringLiteral("http.ca_file"),
                ValidatorText::tr("cannot be read: %1").arg(resolved));
    }
}

} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

QString resolveWorkspaceFile(const QString &fileName, const QString &baseDir)
{
    if (fileName.isEmpty() || QDir::isAbsolutePath(fileName) || baseDir.isEmpty())
        return fileName;
    return QDir(baseDir).filePath(fileName);
}

bool isAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

void checkRegex(Collector &c, const QString &field, const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        c.error(field,
            ValidatorText::tr("is not a valid regular expression: %1").arg(re.errorString()));
}

// A value that is one line of text: the probe reports it line by line.
void checkOneLine(Collector &c, const QString &field, const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.contains(QChar(0)))
        c.error(field, ValidatorText::tr("must not contain a line break or a NUL character"));
}

void validateHostSpec(Collector &c, const CheckSpec &check)
{
    switch (check.type) {
    case CheckType::Service: {
        if (check.service.units.isEmpty())
            c.error(QStringLiteral("service.units"),
                ValidatorText::tr("must list at least one systemd unit, e.g. [\"nginx\"]"));
        static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9:_.@\\\\-]{1,255}$"));
        for (qsizetype i = 0; i < check.service.units.size(); ++i) {
            if (!unit.match(check.service.units.at(i)).hasMatch())
                c.error(QStringLiteral("service.units[%1]").arg(i),
                    ValidatorText::tr("is not a systemd unit name: \"%1\"")
                        .arg(check.service.units.at(i).left(80)));
        }
        static const QStringList states = {QStringLiteral("active"), QStringLiteral("inactive"),
            QStringLiteral("failed"), QStringLiteral("activating"), QStringLiteral("deactivating"),
            QStringLiteral("reloading")};
        for (qsizetype i = 0; i < check.service.allowedStates.size(); ++i) {
            if (!states.contains(check.service.allowedStates.at(i)))
                c.error(QStringLiteral("service.allowed_states[%1]").arg(i),
                    ValidatorText::tr("must be one of %1; got \"%2\"")
                        .arg(states.join(QStringLiteral(", ")),
                            check.service.allowedStates.at(i).left(40)));
        }
        break;
    }
    case CheckType::Process:
        if (check.process.name.isEmpty() == check.process.pattern.isEmpty())
            c.error(QStringLiteral("process"),
                ValidatorText::tr("needs either \"name\" (the process name, e.g. gunicorn) or "
                                  "\"pattern\" (a regular expression on the command line)"));
        if (!check.process.pattern.isEmpty())
            checkRegex(c, QStringLiteral("process.pattern"), check.process.pattern);
        checkOneLine(c, QStringLiteral("process.pattern"), check.process.pattern);
        checkOneLine(c, QStringLiteral("process.name"), check.process.name);
        if (check.process.name.size() > 15)
            c.warning(QStringLiteral("process.name"),
                ValidatorText::tr("Linux keeps only the first 15 characters of a process name, so "
                                  "\"%1\" never matches; use \"pattern\" instead")
                    .arg(check.process.name.left(80)));
        if (check.process.min < 0)
            c.error(QStringLiteral("process.min"), ValidatorText::tr("must not be negative"));
        if (check.process.max && *check.process.max < check.process.min)
            c.error(QStringLiteral("process.max"),
                ValidatorText::tr("must be at least min (%1)").arg(check.process.min));
        break;
    case CheckType::Path: {
        if (!check.path.path.startsWith(QLatin1Char('/')))
            c.error(QStringLiteral("path.path"),
                ValidatorText::tr("must be an absolute path such as /srv/www, got \"%1\"")
                    .arg(check.path.path.left(80)));
        for (const auto &[field, value] :
            {std::pair {QStringLiteral("path.owner"), check.path.owner},
                std::pair {QStringLiteral("path.group"), check.path.group},
                std::pair {QStringLiteral("path.readable_by"), check.path.readableBy}}) {
            if (!value.isEmpty() && !isAccountName(value))
                c.error(field,
                    ValidatorText::tr("is not a user or group name: \"%1\"").arg(value.left(80)));
        }
        checkOneLine(c, QStringLiteral("path.path"), check.path.path);
        static const QRegularExpression mode(QStringLiteral("^0?[0-7]{3,4}$"));
        if (!check.path.mode.isEmpty() && !mode.match(check.path.mode).hasMatch())
            c.error(QStringLiteral("path.mode"),
                ValidatorText::tr("must be an octal mode such as 644 or 0755, got \"%1\"")
                    .arg(check.path.mode.left(20)));
        if (check.path.owner.isEmpty() && check.path.group.isEmpty() && check.path.mode.isEmpty()
            && check.path.readableBy.isEmpty())
            c.warning(QStringLiteral("path"),
                ValidatorText::tr("checks only that the path exists; add owner, group, mode or "
                                  "readable_by"));
        break;
    }
    case CheckType::Log:
        if (!check.log.file.startsWith(QLatin1Char('/')))
            c.error(QStringLiteral("log.file"),
                ValidatorText::tr("must be an absolute path such as /var/log/app.log, got \"%1\"")
                    .arg(check.log.file.left(80)));
        checkOneLine(c, QStringLiteral("log.file"), check.log.file);
        checkOneLine(c, QStringLiteral("log.pattern"), check.log.pattern);
        if (check.log.pattern.isEmpty())
            c.error(QStringLiteral("log.pattern"),
                ValidatorText::tr("must not be empty, e.g. \"ERROR|CRITICAL\""));
        else
            checkRegex(c, QStringLiteral("log.pattern"), check.log.pattern);
        break;
    case CheckType::Command:
        if (check.command.run.trimmed().isEmpty())
            c.error(QStringLiteral("command.run"), ValidatorText::tr("must not be empty"));
        if (check.command.run.contains(QChar(0)))
            c.error(QStringLiteral("command.run"), ValidatorText::tr("must not contain NUL"));
        if (!check.command.outputRegex.isEmpty())
            checkRegex(c, QStringLiteral("command.output_regex"), check.command.outputRegex);
        break;
    default:
        break;
    }
}

QList<Diagnostic> validateTarget(const Target &target, const QString &path)
{
    QList<Diagnostic> out;
    Collector c(&out, path);
    if (!isValidId(target.id))
        c.error(QStringLiteral("id"),
            ValidatorText::tr("must be 1–64 letters, digits, '.', '_' or '-', starting with a "
                              "letter or digit; got \"%1\"")
                .arg(target.id.left(64)));
    if (target.local && target.ssh)
        c.error(QString(), ValidatorText::tr("is either local or reached over ssh, not both"));
    if (!target.local && !target.ssh)
        c.warning(QString(),
            ValidatorText::tr("has neither \"local\": true nor \"ssh\"; only HTTP "
                              "checks can run on it"));
    if (target.ssh) {
        if (target.ssh->host.trimmed().isEmpty())
            c.error(QStringLiteral("ssh.host"), ValidatorText::tr("must not be empty"));
        else if (target.ssh->host.contains(QLatin1Char(' '))
            || target.ssh->host.startsWith(QLatin1Char('-')))
            c.error(QStringLiteral("ssh.host"),
                ValidatorText::tr("is not a host name or address: \"%1\"")
                    .arg(target.ssh->host.left(80)));
        if (target.ssh->port < 1 || target.ssh->port > 65535)
            c.error(QStringLiteral("ssh.port"),
                ValidatorText::tr("must be 1–65535, got %1").arg(target.ssh->port));
        if (target.ssh->user.startsWith(QLatin1Char('-'))
            || target.ssh->user.contains(QLatin1Char(' ')))
            c.error(QStringLiteral("ssh.user"),
                ValidatorText::tr("is not a user name: \"%1\"").arg(target.ssh->user.left(80)));
        if (target.ssh->auth == SshAuthMethod::KeyFile && target.ssh->keyFile.trimmed().isEmpty())
            c.error(QStringLiteral("ssh.key_file"),
                ValidatorText::tr("must name the private key file when \"auth\" is \"key\""));
        if (target.ssh->auth != SshAuthMethod::KeyFile && target.ssh->hasPassphrase)
            c.warning(QStringLiteral("ssh.key_passphrase"),
                ValidatorText::tr("is only used when \"auth\" is \"key\""));
    }
    for (qsizetype i = 0; i < target.tags.size(); ++i) {
        if (target.tags.at(i).trimmed().isEmpty())
            c.error(QStringLiteral("tags[%1]").arg(i), ValidatorText::tr("must not be empty"));
    }
    return out;
}

QList<Diagnostic> validateCheck(
    const CheckSpec &check, const Workspace &workspace, const QString &path, const QString &baseDir)
{
    QList<Diagnostic> out;
    Collector c(&out, path);
    if (!isValidId(check.id))
        c.error(QStringLiteral("id"),
            ValidatorText::tr("must be 1–64 letters, digits, '.', '_' or '-', starting with a "
                              "letter or digit; got \"%1\"")
                .arg(check.id.left(64)));
    const Target *target = workspace.target(check.targetId);
    if (!target) {
        c.error(QStringLiteral("target"),
            ValidatorText::tr("no target with id \"%1\"").arg(check.targetId.left(64)));
    } else if (isHostCheck(check.type) && !target->local && !target->ssh) {
        c.error(QStringLiteral("type"),
            ValidatorText::tr("%1 checks need a target reached over SSH or with \"local\": true")
                .arg(checkTypeName(check.type)));
    }
    if (check.intervalSec < 1)
        c.error(QStringLiteral("interval"),
            ValidatorText::tr("must be ≥ 1 s, got %1").arg(check.intervalSec));
    else if (check.intervalSec > maxIntervalSec)
        c.error(QStringLiteral("interval"),
            ValidatorText::tr("must be ≤ %1 s (one day), got %2")
                .arg(maxIntervalSec)
                .arg(check.intervalSec));
    if (check.timeoutSec < 1 || check.timeoutSec > maxTimeoutSec)
        c.error(QStringLiteral("timeout"),
            ValidatorText::tr("must be 1–%1 s, got %2").arg(maxTimeoutSec).arg(check.timeoutSec));

    if (isPercentType(check.type)) {
        checkPercent(c, QStringLiteral("warn"), check.warn);
        checkPercent(c, QStringLiteral("crit"), check.crit);
    }
    if (check.type == CheckType::Uptime) {
        if (check.crit)
            c.warning(QStringLiteral("crit"), ValidatorText::tr("is not used by uptime checks"));
        if (check.warn && *check.warn < 0)
            c.error(QStringLiteral("warn"), ValidatorText::tr("must not be negative"));
    } else {
        checkWarnCrit(c, check.warn.has_value() ? check.warn : defaults::warnFor(check.type),
            check.crit.has_value() ? check.crit : defaults::critFor(check.type),
            QStringLiteral("warn"), QStringLiteral("crit"));
    }
    if (check.type == CheckType::Disk) {
        checkPercent(c, QStringLiteral("inodes_warn"), check.inodesWarn);
        checkPercent(c, QStringLiteral("inodes_crit"), check.inodesCrit);
        checkWarnCrit(c, check.inodesWarn, check.inodesCrit, QStringLiteral("inodes_warn"),
            QStringLiteral("inodes_crit"));
        for (qsizetype i = 0; i < check.mounts.size(); ++i) {
            if (!check.mounts.at(i).startsWith(QLatin1Char('/')))
                c.error(QStringLiteral("mounts[%1]").arg(i),
                    ValidatorText::tr("must be an absolute mount point such as /var, got \"%1\"")
                        .arg(check.mounts.at(i).left(80)));
        }
    } else {
        if (check.inodesWarn || check.inodesCrit)
            c.warning(
                QStringLiteral("inodes_warn"), ValidatorText::tr("is only used by disk checks"));
        if (!check.mounts.isEmpty())
            c.warning(QStringLiteral("mounts"), ValidatorText::tr("is only used by disk checks"));
    }

    validateHostSpec(c, check);
    if (check.type == CheckType::Http)
        validateHttp(c, check.http, baseDir);
    else if (!check.http.url.isEmpty())
        c.error(
            QStringLiteral("http"), ValidatorText::tr("is only allowed on checks of type http"));
    return out;
}

QList<Diagnostic> validateWorkspace(const Workspace &workspace, const QString &baseDir)
{
    QList<Diagnostic> out;
    if (workspace.store.rawRetentionDays < 1 || workspace.store.rawRetentionDays > 3650)
        out.append({Diagnostic::Severity::Error, QStringLiteral("store.raw_retention_days"),
            ValidatorText::tr("must be 1–3650 days, got %1")
                .arg(workspace.store.rawRetentionDays)});
    if (workspace.store.minuteRetentionDays < 1 || workspace.store.minuteRetentionDays > 3650)
        out.append({Diagnostic::Severity::Error, QStringLiteral("store.minute_retention_days"),
            ValidatorText::tr("must be 1–3650 days, got %1")
                .arg(workspace.store.minuteRetentionDays)});

    QSet<QString> seenTargets;
    for (qsizetype i = 0; i < workspace.targets.size(); ++i) {
        const Target &t = workspace.targets.at(i);
        const QString path = QStringLiteral("targets[%1]").arg(i);
        out.append(validateTarget(t, path));
        if (seenTargets.contains(t.id))
            out.append({Diagnostic::Severity::Error, path + QStringLiteral(".id"),
                ValidatorText::tr("duplicate target id \"%1\"").arg(t.id)});
        seenTargets.insert(t.id);
    }
    QSet<QString> seenChecks;
    for (qsizetype i = 0; i < workspace.checks.size(); ++i) {
        const CheckSpec &ch = workspace.checks.at(i);
        const QString path = QStringLiteral("checks[%1]").arg(i);
        out.append(validateCheck(ch, workspace, path, baseDir));
        if (seenChecks.contains(ch.id))
            out.append({Diagnostic::Severity::Error, path + QStringLiteral(".id"),
                ValidatorText::tr("duplicate check id \"%1\"").arg(ch.id)});
        seenChecks.insert(ch.id);
    }
    out.append(AlertingJson::validate(workspace));
    if (workspace.checks.isEmpty())
        out.append({Diagnostic::Severity::Warning, QStringLiteral("checks"),
            ValidatorText::tr("no checks: nothing will be monitored")});
    return out;
}

} // namespace dozor
