#include "WorkspaceJson.h"

#include "AlertingJson.h"
#include "BackupsJson.h"
#include "DeploysJson.h"
#include "JsonObjectReader.h"
#include "WorkspaceValidator.h"
#include "core/checks/CheckKind.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace dozor {

namespace {

struct WorkspaceJsonText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)
};

QString lineColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return WorkspaceJsonText::tr("line %1, column %2").arg(line).arg(column);
}

// The host, port, user and key file of a login: a server's, or a jump host's.
template<typename Login>
void readLogin(JsonObjectReader &r, Login &login)
{
    login.host = r.string(QStringLiteral("host"), true).value_or(QString());
    if (const auto port = r.boundedInteger(QStringLiteral("port")))
        login.port = *port;
    login.user = r.string(QStringLiteral("user")).value_or(QString());
    login.keyFile = r.string(QStringLiteral("key_file")).value_or(QString());
}

void readSsh(JsonObjectReader &parent, Target &target, QList<Diagnostic> *diags)
{
    const auto sshObject = parent.object(QStringLiteral("ssh"));
    if (!sshObject)
        return;
    JsonObjectReader r(*sshObject, parent.fieldPath(QStringLiteral("ssh")), diags);
    SshEndpoint ssh;
    readLogin(r, ssh);
    ssh.hasPassphrase = r.boolean(QStringLiteral("key_passphrase")).value_or(false);
    for (const QString &secret : {QStringLiteral("password"), QStringLiteral("passphrase")}) {
        if (r.has(secret)) {
            r.markSeen(secret);
            r.error(secret,
                WorkspaceJsonText::tr("secrets never go into the workspace file; Dozor keeps "
                                      "passwords and passphrases in the system keychain"));
        }
    }
    if (const auto jumps = r.array(QStringLiteral("jump"))) {
        for (qsizetype i = 0; i < jumps->size(); ++i) {
            const QString path =
                r.fieldPath(QStringLiteral("jump")) + QStringLiteral("[%1]").arg(i);
            if (!jumps->at(i).isObject()) {
                diags->append({Diagnostic::Severity::Error, path,
                    WorkspaceJsonText::tr("must be an object such as {\"host\": "
                                          "\"bastion.example\", \"user\": \"me\"}, got %1")
                        .arg(jsonTypeName(jumps->at(i)))});
                continue;
            }
            JsonObjectReader j(jumps->at(i).toObject(), path, diags);
            SshJump jump;
            readLogin(j, jump);
            j.finish();
            ssh.jump.append(jump);
        }
    }
    ssh.auth = ssh.keyFile.isEmpty() ? SshAuthMethod::Agent : SshAuthMethod::KeyFile;
    if (const auto auth = r.string(QStringLiteral("auth"))) {
        if (const auto method = sshAuthMethodFromName(*auth))
            ssh.auth = *method;
        else
            r.error(QStringLiteral("auth"),
                WorkspaceJsonText::tr("must be \"agent\", \"key\" or \"password\", got \"%1\"")
                    .arg(auth->left(40)));
    }
    r.finish();
    target.ssh = ssh;
}

Target readTarget(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    Target target;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            WorkspaceJsonText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return target;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    target.id = r.string(QStringLiteral("id"), true).value_or(QString());
    target.name = r.string(QStringLiteral("name")).value_or(QString());
    target.local = r.boolean(QStringLiteral("local")).value_or(false);
    readSsh(r, target, diags);
    target.tags = r.stringList(QStringLiteral("tags")).value_or(QStringList());
    r.finish();
    return target;
}

CheckSpec readCheck(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    CheckSpec check;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            WorkspaceJsonText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return check;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    check.id = r.string(QStringLiteral("id"), true).value_or(QString());
    // A backup check may leave it out: its source's server is meant.
    check.targetId = r.string(QStringLiteral("target")).value_or(QString());
    check.name = r.string(QStringLiteral("name")).value_or(QString());
    bool typeKnown = false;
    if (const auto type = r.string(QStringLiteral("type"), true)) {
        if (const auto t = checkTypeFromName(*type)) {
            check.type = *t;
            typeKnown = true;
        } else {
            QStringList names;
            for (const CheckKind *kind : checkKinds())
                names.append(QLatin1String(kind->name));
            r.error(QStringLiteral("type"),
                WorkspaceJsonText::tr("must be one of %1; got \"%2\"")
                    .arg(names.join(QStringLiteral(", ")), type->left(40)));
        }
    }
    if (!r.has(QStringLiteral("target")) && !(typeKnown && check.type == CheckType::Backup))
        r.error(QStringLiteral("target"), WorkspaceJsonText::tr("is required"));
    // A backup listing every half hour is plenty (restic reads its index for it).
    if (typeKnown && check.type == CheckType::Backup) {
        check.intervalSec = 1800;
        check.timeoutSec = 300; // a repository elsewhere (sftp:) may take a while to list
    }
    if (const auto interval = r.boundedInteger(QStringLiteral("interval")))
        check.intervalSec = *interval;
    if (const auto timeout = r.boundedInteger(QStringLiteral("timeout")))
        check.timeoutSec = *timeout;
    check.warn = r.number(QStringLiteral("warn"));
    check.crit = r.number(QStringLiteral("crit"));
    const CheckKind &kind = checkKind(check.type);
    if (typeKnown && kind.readSettings)
        kind.readSettings(r, check);
    // Settings of another type are a slip (a copied check, a changed type): said, not read.
    // Without a known type the type's own error says enough.
    QSet<QString> said; // a key two other kinds share is named once
    for (const CheckKind *other : checkKinds()) {
        for (const QString &key : other->settingKeys) {
            if (!r.has(key) || (typeKnown && kind.settingKeys.contains(key)) || said.contains(key))
                continue;
            said.insert(key);
            r.markSeen(key);
            if (typeKnown)
                r.warning(key,
                    WorkspaceJsonText::tr("is only used by %1 checks, ignored")
                        .arg(QLatin1String(other->name)));
        }
    }
    AlertingJson::readCheckFields(r, check, diags);
    r.finish();
    return check;
}

} // namespace

WorkspaceParse parseWorkspaceJson(const QByteArray &json, const QString &baseDir)
{
    WorkspaceParse out;
    QList<Diagnostic> *diags = &out.diagnostics;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        diags->append({Diagnostic::Severity::Error, QString(),
            WorkspaceJsonText::tr("not valid JSON at %1: %2")
                .arg(lineColumn(json, parseError.offset), parseError.errorString())});
        return out;
    }
    if (!doc.isObject()) {
        diags->append({Diagnostic::Severity::Error, QString(),
            WorkspaceJsonText::tr("the top level must be a JSON object")});
        return out;
    }

    JsonObjectReader root(doc.object(), QString(), diags);
    if (const auto schema = root.integer(QStringLiteral("schema"), true)) {
        if (*schema > Workspace::SchemaVersion) {
            root.error(QStringLiteral("schema"),
                WorkspaceJsonText::tr("this workspace was written by a newer Dozor (schema %1); "
                                      "this version reads schema %2 — upgrade Dozor")
                    .arg(*schema)
                    .arg(Workspace::SchemaVersion));
            return out;
        }
        if (*schema < 1) {
            root.error(QStringLiteral("schema"),
                WorkspaceJsonText::tr("must be %1, got %2")
                    .arg(Workspace::SchemaVersion)
                    .arg(*schema));
        }
    }
    out.workspace.name = root.string(QStringLiteral("name")).value_or(QString());

    if (const auto store = root.object(QStringLiteral("store"))) {
        JsonObjectReader r(*store, QStringLiteral("store"), diags);
        if (const auto days = r.boundedInteger(QStringLiteral("raw_retention_days")))
            out.workspace.store.rawRetentionDays = *days;
        if (const auto days = r.boundedInteger(QStringLiteral("minute_retention_days")))
            out.workspace.store.minuteRetentionDays = *days;
        r.finish();
    }

    if (const auto targets = root.array(QStringLiteral("targets"), true)) {
        for (qsizetype i = 0; i < targets->size(); ++i)
            out.workspace.targets.append(
                readTarget(targets->at(i), QStringLiteral("targets[%1]").arg(i), diags));
    }
    if (const auto checks = root.array(QStringLiteral("checks"))) {
        for (qsizetype i = 0; i < checks->size(); ++i)
            out.workspace.checks.append(
                readCheck(checks->at(i), QStringLiteral("checks[%1]").arg(i), diags));
    }
    AlertingJson::readAlerts(root, out.workspace.alerts, diags);
    AlertingJson::readMaintenance(root, out.workspace.maintenance, diags);
    BackupsJson::read(root, out.workspace.backups, diags);
    DeploysJson::read(root, out.workspace.deploys, diags);
    for (CheckSpec &check : out.workspace.checks) {
        if (check.type == CheckType::Backup && check.targetId.isEmpty()) {
            if (const BackupSource *source = out.workspace.backup(check.backup.source))
                check.targetId = source->targetId;
        }
    }
    root.finish();

    // Semantic rules only make sense on a document whose shape is right.
    if (!hasErrors(*diags))
        diags->append(validateWorkspace(out.workspace, baseDir));
    return out;
}

namespace {

QJsonObject checkToJson(const CheckSpec &check)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), check.id);
    o.insert(QStringLiteral("target"), check.targetId);
    if (!check.name.isEmpty())
        o.insert(QStringLiteral("name"), check.name);
    o.insert(QStringLiteral("type"), checkTypeName(check.type));
    o.insert(QStringLiteral("interval"), check.intervalSec);
    o.insert(QStringLiteral("timeout"), check.timeoutSec);
    if (check.warn)
        o.insert(QStringLiteral("warn"), *check.warn);
    if (check.crit)
        o.insert(QStringLiteral("crit"), *check.crit);
    if (const auto write = checkKind(check.type).writeSettings)
        write(check, o);
    AlertingJson::writeCheckFields(check, o);
    return o;
}

} // namespace

QByteArray workspaceToJson(const Workspace &workspace)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), Workspace::SchemaVersion);
    if (!workspace.name.isEmpty())
        root.insert(QStringLiteral("name"), workspace.name);
    const StoreSettings defaultsStore;
    if (workspace.store.rawRetentionDays != defaultsStore.rawRetentionDays
        || workspace.store.minuteRetentionDays != defaultsStore.minuteRetentionDays) {
        QJsonObject store;
        store.insert(QStringLiteral("raw_retention_days"), workspace.store.rawRetentionDays);
        store.insert(QStringLiteral("minute_retention_days"), workspace.store.minuteRetentionDays);
        root.insert(QStringLiteral("store"), store);
    }
    QJsonArray targets;
    for (const auto &t : workspace.targets) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), t.id);
        if (!t.name.isEmpty())
            o.insert(QStringLiteral("name"), t.name);
        if (t.local)
            o.insert(QStringLiteral("local"), true);
        if (t.ssh) {
            QJsonObject ssh;
            ssh.insert(QStringLiteral("host"), t.ssh->host);
            ssh.insert(QStringLiteral("port"), t.ssh->port);
            if (!t.ssh->user.isEmpty())
                ssh.insert(QStringLiteral("user"), t.ssh->user);
            ssh.insert(QStringLiteral("auth"), sshAuthMethodName(t.ssh->auth));
            if (!t.ssh->keyFile.isEmpty())
                ssh.insert(QStringLiteral("key_file"), t.ssh->keyFile);
            if (t.ssh->hasPassphrase)
                ssh.insert(QStringLiteral("key_passphrase"), true);
            QJsonArray jumps;
            for (const SshJump &j : t.ssh->jump) {
                QJsonObject jump {{QStringLiteral("host"), j.host}};
                if (j.port != 22)
                    jump.insert(QStringLiteral("port"), j.port);
                if (!j.user.isEmpty())
                    jump.insert(QStringLiteral("user"), j.user);
                if (!j.keyFile.isEmpty())
                    jump.insert(QStringLiteral("key_file"), j.keyFile);
                jumps.append(jump);
            }
            if (!jumps.isEmpty())
                ssh.insert(QStringLiteral("jump"), jumps);
            o.insert(QStringLiteral("ssh"), ssh);
        }
        if (!t.tags.isEmpty())
            o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(t.tags));
        targets.append(o);
    }
    root.insert(QStringLiteral("targets"), targets);
    QJsonArray checks;
    for (const auto &c : workspace.checks)
        checks.append(checkToJson(c));
    root.insert(QStringLiteral("checks"), checks);
    if (const QJsonObject alerts = AlertingJson::alertsToJson(workspace.alerts); !alerts.isEmpty())
        root.insert(QStringLiteral("alerts"), alerts);
    if (!workspace.maintenance.isEmpty())
        root.insert(
            QStringLiteral("maintenance"), AlertingJson::maintenanceToJson(workspace.maintenance));
    if (!workspace.backups.isEmpty())
        root.insert(QStringLiteral("backups"), BackupsJson::toJson(workspace.backups));
    if (!workspace.deploys.isEmpty())
        root.insert(QStringLiteral("deploy"), DeploysJson::toJson(workspace.deploys));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dozor
