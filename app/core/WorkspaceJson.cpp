#include "WorkspaceJson.h"

#include "AlertingJson.h"
#include "JsonObjectReader.h"
#include "WorkspaceValidator.h"

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

int clampInt(qint64 v)
{
    return static_cast<int>(std::clamp<qint64>(v, -1'000'000'000, 1'000'000'000));
}

void readSsh(JsonObjectReader &parent, Target &target, QList<Diagnostic> *diags)
{
    const auto sshObject = parent.object(QStringLiteral("ssh"));
    if (!sshObject)
        return;
    JsonObjectReader r(*sshObject, parent.fieldPath(QStringLiteral("ssh")), diags);
    SshEndpoint ssh;
    ssh.host = r.string(QStringLiteral("host"), true).value_or(QString());
    if (const auto port = r.integer(QStringLiteral("port")))
        ssh.port = clampInt(*port);
    ssh.user = r.string(QStringLiteral("user")).value_or(QString());
    ssh.keyFile = r.string(QStringLiteral("key_file")).value_or(QString());
    ssh.hasPassphrase = r.boolean(QStringLiteral("key_passphrase")).value_or(false);
    for (const QString &secret : {QStringLiteral("password"), QStringLiteral("passphrase")}) {
        if (r.has(secret)) {
            r.markSeen(secret);
            r.error(secret,
                WorkspaceJsonText::tr("secrets never go into the workspace file; Dozor keeps "
                                      "passwords and passphrases in the system keychain"));
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

void readHttp(JsonObjectReader &parent, CheckSpec &check, QList<Diagnostic> *diags)
{
    const auto httpObject = parent.object(QStringLiteral("http"));
    if (!httpObject)
        return;
    const QString path = parent.fieldPath(QStringLiteral("http"));
    JsonObjectReader r(*httpObject, path, diags);
    HttpSpec &http = check.http;
    if (const auto url = r.string(QStringLiteral("url"), true))
        http.url = QUrl(*url, QUrl::StrictMode);
    if (const auto method = r.string(QStringLiteral("method")))
        http.method = method->toLatin1();
    if (const auto headers = r.object(QStringLiteral("headers"))) {
        for (auto it = headers->constBegin(); it != headers->constEnd(); ++it) {
            if (!it->isString()) {
                diags->append(
                    {Diagnostic::Severity::Error, path + QStringLiteral(".headers.") + it.key(),
                        WorkspaceJsonText::tr("must be a string, got %1").arg(jsonTypeName(*it))});
                continue;
            }
            http.headers.append({it.key().toUtf8(), it->toString().toUtf8()});
        }
    }
    if (r.has(QStringLiteral("expect_status"))) {
        const QJsonValue v = httpObject->value(QStringLiteral("expect_status"));
        if (v.isDouble()) {
            if (const auto code = r.integer(QStringLiteral("expect_status")))
                http.expectStatus = {clampInt(*code)};
        } else if (const auto codes = r.array(QStringLiteral("expect_status"))) {
            for (qsizetype i = 0; i < codes->size(); ++i) {
                const QJsonValue c = codes->at(i);
                if (!c.isDouble() || c.toDouble() != static_cast<double>(c.toInt())) {
                    diags->append({Diagnostic::Severity::Error,
                        path + QStringLiteral(".expect_status[%1]").arg(i),
                        WorkspaceJsonText::tr("must be an HTTP status code, got %1")
                            .arg(jsonTypeName(c))});
                    continue;
                }
                http.expectStatus.append(c.toInt());
            }
        }
    }
    http.followRedirects = r.boolean(QStringLiteral("follow_redirects")).value_or(false);
    http.keyword = r.string(QStringLiteral("keyword")).value_or(QString());
    http.keywordAbsent = r.string(QStringLiteral("keyword_absent")).value_or(QString());
    if (const auto cap = r.integer(QStringLiteral("max_body_bytes")))
        http.maxBodyBytes = *cap;
    http.caFile = r.string(QStringLiteral("ca_file")).value_or(QString());
    if (const auto days = r.integer(QStringLiteral("tls_warn_days")))
        http.tlsWarnDays = clampInt(*days);
    if (const auto days = r.integer(QStringLiteral("tls_crit_days")))
        http.tlsCritDays = clampInt(*days);
    r.finish();
}

// The object of a host check's own settings ("service", "process", "path", "log", "command").
void readHostSpec(JsonObjectReader &parent, CheckSpec &check, QList<Diagnostic> *diags)
{
    if (!isHostCheck(check.type) || isResourceCheck(check.type))
        return;
    const QString key = checkTypeName(check.type);
    const auto object = parent.object(key);
    if (!object)
        return;
    JsonObjectReader r(*object, parent.fieldPath(key), diags);
    switch (check.type) {
    case CheckType::Service:
        check.service.units = r.stringList(QStringLiteral("units")).value_or(QStringList());
        check.service.allowedStates =
            r.stringList(QStringLiteral("allowed_states")).value_or(QStringList());
        break;
    case CheckType::Process:
        check.process.name = r.string(QStringLiteral("name")).value_or(QString());
        check.process.pattern = r.string(QStringLiteral("pattern")).value_or(QString());
        if (const auto min = r.integer(QStringLiteral("min")))
            check.process.min = clampInt(*min);
        if (const auto max = r.integer(QStringLiteral("max")))
            check.process.max = clampInt(*max);
        break;
    case CheckType::Path:
        check.path.path = r.string(QStringLiteral("path"), true).value_or(QString());
        check.path.owner = r.string(QStringLiteral("owner")).value_or(QString());
        check.path.group = r.string(QStringLiteral("group")).value_or(QString());
        check.path.mode = r.string(QStringLiteral("mode")).value_or(QString());
        check.path.readableBy = r.string(QStringLiteral("readable_by")).value_or(QString());
        break;
    case CheckType::Log:
        check.log.file = r.string(QStringLiteral("file"), true).value_or(QString());
        check.log.pattern = r.string(QStringLiteral("pattern"), true).value_or(QString());
        break;
    case CheckType::Command:
        check.command.run = r.string(QStringLiteral("run"), true).value_or(QString());
        if (const auto exit = r.integer(QStringLiteral("expect_exit")))
            check.command.expectExit = clampInt(*exit);
        check.command.outputRegex = r.string(QStringLiteral("output_regex")).value_or(QString());
        break;
    default:
        break;
    }
    r.finish();
}

QJsonObject hostSpecToJson(const CheckSpec &check)
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    switch (check.type) {
    case CheckType::Service:
        o.insert(QStringLiteral("units"), QJsonArray::fromStringList(check.service.units));
        if (!check.service.allowedStates.isEmpty())
            o.insert(QStringLiteral("allowed_states"),
                QJsonArray::fromStringList(check.service.allowedStates));
        break;
    case CheckType::Process:
        put("name", check.process.name);
        put("pattern", check.process.pattern);
        o.insert(QStringLiteral("min"), check.process.min);
        if (check.process.max)
            o.insert(QStringLiteral("max"), *check.process.max);
        break;
    case CheckType::Path:
        put("path", check.path.path);
        put("owner", check.path.owner);
        put("group", check.path.group);
        put("mode", check.path.mode);
        put("readable_by", check.path.readableBy);
        break;
    case CheckType::Log:
        put("file", check.log.file);
        put("pattern", check.log.pattern);
        break;
    case CheckType::Command:
        put("run", check.command.run);
        o.insert(QStringLiteral("expect_exit"), check.command.expectExit);
        put("output_regex", check.command.outputRegex);
        break;
    default:
        break;
    }
    return o;
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
    check.targetId = r.string(QStringLiteral("target"), true).value_or(QString());
    check.name = r.string(QStringLiteral("name")).value_or(QString());
    if (const auto type = r.string(QStringLiteral("type"), true)) {
        if (const auto t = checkTypeFromName(*type)) {
            check.type = *t;
        } else {
            r.error(QStringLiteral("type"),
                WorkspaceJsonText::tr(
                    "must be one of http, cpu, load, memory, disk, uptime, service, process, "
                    "path, log, command; got \"%1\"")
                    .arg(type->left(40)));
        }
    }
    if (const auto interval = r.integer(QStringLiteral("interval")))
        check.intervalSec = clampInt(*interval);
    if (const auto timeout = r.integer(QStringLiteral("timeout")))
        check.timeoutSec = clampInt(*timeout);
    check.warn = r.number(QStringLiteral("warn"));
    check.crit = r.number(QStringLiteral("crit"));
    check.inodesWarn = r.number(QStringLiteral("inodes_warn"));
    check.inodesCrit = r.number(QStringLiteral("inodes_crit"));
    check.mounts = r.stringList(QStringLiteral("mounts")).value_or(QStringList());
    readHttp(r, check, diags);
    readHostSpec(r, check, diags);
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
        if (const auto days = r.integer(QStringLiteral("raw_retention_days")))
            out.workspace.store.rawRetentionDays = clampInt(*days);
        if (const auto days = r.integer(QStringLiteral("minute_retention_days")))
            out.workspace.store.minuteRetentionDays = clampInt(*days);
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
    root.finish();

    // Semantic rules only make sense on a document whose shape is right.
    if (!hasErrors(*diags))
        diags->append(validateWorkspace(out.workspace, baseDir));
    return out;
}

namespace {

QJsonObject httpToJson(const HttpSpec &http)
{
    QJsonObject o;
    o.insert(QStringLiteral("url"), http.url.toString());
    if (http.method != "GET")
        o.insert(QStringLiteral("method"), QString::fromLatin1(http.method));
    if (!http.headers.isEmpty()) {
        QJsonObject headers;
        for (const auto &[name, value] : http.headers)
            headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        o.insert(QStringLiteral("headers"), headers);
    }
    if (!http.expectStatus.isEmpty()) {
        QJsonArray codes;
        for (int code : http.expectStatus)
            codes.append(code);
        o.insert(QStringLiteral("expect_status"), codes);
    }
    if (http.followRedirects)
        o.insert(QStringLiteral("follow_redirects"), true);
    if (!http.keyword.isEmpty())
        o.insert(QStringLiteral("keyword"), http.keyword);
    if (!http.keywordAbsent.isEmpty())
        o.insert(QStringLiteral("keyword_absent"), http.keywordAbsent);
    if (http.maxBodyBytes != HttpSpec().maxBodyBytes)
        o.insert(QStringLiteral("max_body_bytes"), static_cast<double>(http.maxBodyBytes));
    if (!http.caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), http.caFile);
    if (http.tlsWarnDays != HttpSpec().tlsWarnDays)
        o.insert(QStringLiteral("tls_warn_days"), http.tlsWarnDays);
    if (http.tlsCritDays != HttpSpec().tlsCritDays)
        o.insert(QStringLiteral("tls_crit_days"), http.tlsCritDays);
    return o;
}

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
    if (check.inodesWarn)
        o.insert(QStringLiteral("inodes_warn"), *check.inodesWarn);
    if (check.inodesCrit)
        o.insert(QStringLiteral("inodes_crit"), *check.inodesCrit);
    if (!check.mounts.isEmpty())
        o.insert(QStringLiteral("mounts"), QJsonArray::fromStringList(check.mounts));
    if (check.type == CheckType::Http)
        o.insert(QStringLiteral("http"), httpToJson(check.http));
    else if (isHostCheck(check.type) && !isResourceCheck(check.type))
        o.insert(checkTypeName(check.type), hostSpecToJson(check));
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
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dozor
