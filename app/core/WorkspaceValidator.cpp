#include "WorkspaceValidator.h"

#include "AlertingJson.h"
#include "BackupsJson.h"
#include "DeploysJson.h"
#include "core/checks/CheckKind.h"
#include "core/checks/CheckSupport.h"

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
constexpr int maxJumps = 8;

// The host, port and user of an SSH login (a server's, or a jump host's on the way).
void checkLogin(
    FieldProblems &c, const QString &prefix, const QString &host, int port, const QString &user)
{
    if (host.trimmed().isEmpty())
        c.error(prefix + QStringLiteral("host"), ValidatorText::tr("must not be empty"));
    else if (host.contains(QLatin1Char(' ')) || host.startsWith(QLatin1Char('-')))
        c.error(prefix + QStringLiteral("host"),
            ValidatorText::tr("is not a host name or address: \"%1\"").arg(host.left(80)));
    if (port < 1 || port > 65535)
        c.error(prefix + QStringLiteral("port"),
            ValidatorText::tr("must be 1–65535, got %1").arg(port));
    if (user.startsWith(QLatin1Char('-')) || user.contains(QLatin1Char(' ')))
        c.error(prefix + QStringLiteral("user"),
            ValidatorText::tr("is not a user name: \"%1\"").arg(user.left(80)));
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

QList<Diagnostic> validateTarget(const Target &target, const QString &path)
{
    QList<Diagnostic> out;
    FieldProblems c(&out, path);
    if (!isValidId(target.id))
        c.error(QStringLiteral("id"),
            ValidatorText::tr("must be 1–64 letters, digits, '.', '_' or '-', starting with a "
                              "letter or digit; got \"%1\"")
                .arg(target.id.left(64)));
    if (target.local && target.ssh)
        c.error(QString(), ValidatorText::tr("is either local or reached over ssh, not both"));
    // Neither local nor ssh: a web server watched over HTTP(S) only, which is normal; a host
    // check on it is an error of that check.
    if (target.ssh) {
        checkLogin(c, QStringLiteral("ssh."), target.ssh->host, target.ssh->port, target.ssh->user);
        if (target.ssh->jump.size() > maxJumps)
            c.error(QStringLiteral("ssh.jump"),
                ValidatorText::tr("at most %1 jump hosts, got %2")
                    .arg(maxJumps)
                    .arg(target.ssh->jump.size()));
        for (qsizetype i = 0; i < target.ssh->jump.size(); ++i) {
            const SshJump &j = target.ssh->jump.at(i);
            checkLogin(c, QStringLiteral("ssh.jump[%1].").arg(i), j.host, j.port, j.user);
        }
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
    FieldProblems c(&out, path);
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
    if (check.type == CheckType::Backup && !check.backup.source.isEmpty()) {
        const BackupSource *source = workspace.backup(check.backup.source);
        if (!source)
            c.error(QStringLiteral("backup.source"),
                ValidatorText::tr("no backup source with id \"%1\"")
                    .arg(check.backup.source.left(64)));
        else if (source->targetId != check.targetId)
            c.error(QStringLiteral("target"),
                ValidatorText::tr("must be the backup source's server \"%1\" (or left out)")
                    .arg(source->targetId));
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

    const CheckKind &kind = checkKind(check.type);
    if (kind.percentLimits) {
        checkPercent(c, QStringLiteral("warn"), check.warn);
        checkPercent(c, QStringLiteral("crit"), check.crit);
    }
    if (!kind.hasThresholds()) {
        for (const auto &[field, value] : {std::pair {QStringLiteral("warn"), check.warn},
                 std::pair {QStringLiteral("crit"), check.crit}}) {
            if (value)
                c.warning(field,
                    ValidatorText::tr("is not used by %1 checks, ignored")
                        .arg(checkTypeName(check.type)));
        }
    } else if (!kind.defaultCrit) {
        // A single limit (uptime warns below it): no critical level.
        if (check.crit)
            c.warning(QStringLiteral("crit"),
                ValidatorText::tr("is not used by %1 checks, ignored")
                    .arg(checkTypeName(check.type)));
        if (check.warn && *check.warn < 0)
            c.error(QStringLiteral("warn"), ValidatorText::tr("must not be negative"));
    } else {
        const Thresholds limits = kind.limits(check);
        checkWarnCrit(c, limits.warn, limits.crit, QStringLiteral("warn"), QStringLiteral("crit"));
    }
    if (kind.validate)
        kind.validate(c, check, baseDir);
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
    out.append(BackupsJson::validate(workspace));
    out.append(DeploysJson::validate(workspace));
    if (workspace.checks.isEmpty())
        out.append({Diagnostic::Severity::Warning, QStringLiteral("checks"),
            ValidatorText::tr("no checks: nothing will be monitored")});
    return out;
}

QString describeDiagnostic(const Diagnostic &d, const Workspace &w)
{
    static const QRegularExpression place(QStringLiteral(R"(^(checks|targets)\[(\d+)\]\.?)"));
    const QRegularExpressionMatch m = place.match(d.path);
    if (!m.hasMatch())
        return d.text();
    const qsizetype index = m.captured(2).toLongLong();
    const bool check = m.captured(1) == QLatin1String("checks");
    const QString id = check ? (index < w.checks.size() ? w.checks.at(index).id : QString())
                             : (index < w.targets.size() ? w.targets.at(index).id : QString());
    if (id.isEmpty())
        return d.text();
    const QString subject = check ? ValidatorText::tr("check \"%1\"").arg(id)
                                  : ValidatorText::tr("server \"%1\"").arg(id);
    const QString field = d.path.mid(m.capturedLength());
    if (field.isEmpty())
        return subject + QStringLiteral(": ") + d.message;
    return subject + QStringLiteral(", ") + field + QStringLiteral(": ") + d.message;
}

QList<Diagnostic> diagnosticsAt(
    const QList<Diagnostic> &diagnostics, const QString &place, const QString &as)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        const QStringView rest = QStringView(d.path).mid(place.size());
        if (d.path.startsWith(place) && (rest.isEmpty() || rest.front() == QLatin1Char('.')))
            out.append({d.severity, as + rest.toString(), d.message});
    }
    return out;
}

} // namespace dozor
