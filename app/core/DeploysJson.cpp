#include "DeploysJson.h"

#include "Workspace.h"
#include "WorkspaceValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace dozor::DeploysJson {

namespace {
struct DeploysText {
    Q_DECLARE_TR_FUNCTIONS(DeploysJson)
};

bool notObject(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    if (value.isObject())
        return false;
    diags->append({Diagnostic::Severity::Error, path,
        DeploysText::tr("must be an object, got %1").arg(jsonTypeName(value))});
    return true;
}

// {"name": "value", …} as ordered pairs (the order the file gives).
QList<QPair<QString, QString>> readPairs(JsonObjectReader &r, const QString &key)
{
    QList<QPair<QString, QString>> out;
    const auto object = r.object(key);
    if (!object)
        return out;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().isString()) {
            r.error(key, DeploysText::tr("\"%1\" must be a string").arg(it.key().left(40)));
            continue;
        }
        out.append({it.key(), it.value().toString()});
    }
    return out;
}

QJsonObject pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &[key, value] : pairs)
        o.insert(key, value);
    return o;
}

std::optional<int> readTimeout(JsonObjectReader &r, const QString &key, int low, int high)
{
    const auto value = r.integer(key);
    if (!value)
        return std::nullopt;
    if (*value < low || *value > high) {
        r.error(
            key, DeploysText::tr("must be %1–%2 seconds, got %3").arg(low).arg(high).arg(*value));
        return std::nullopt;
    }
    return int(*value);
}

DeployStep readStep(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    DeployStep s;
    if (notObject(value, path, diags))
        return s;
    JsonObjectReader r(value.toObject(), path, diags);
    s.name = r.string(QStringLiteral("name"), true).value_or(QString());
    s.command = r.stringList(QStringLiteral("command")).value_or(QStringList());
    if (!r.has(QStringLiteral("command")))
        r.error(QStringLiteral("command"),
            DeploysText::tr("is missing: the program and its arguments, e.g. [\"./manage.py\", "
                            "\"clearcache\"]"));
    if (const auto timeout = readTimeout(r, QStringLiteral("timeout"), 1, 6 * 3600))
        s.timeoutSec = *timeout;
    if (const auto onFailure = r.string(QStringLiteral("on_failure"))) {
        if (const auto f = deployOnFailureFromName(*onFailure))
            s.onFailure = *f;
        else
            r.error(QStringLiteral("on_failure"),
                DeploysText::tr("must be \"stop\", \"roll_back\" or \"continue\", got \"%1\"")
                    .arg(onFailure->left(40)));
    }
    s.safeToCancel = r.boolean(QStringLiteral("safe_to_cancel")).value_or(true);
    r.finish();
    return s;
}

SmokeRequest readRequest(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    SmokeRequest s;
    if (notObject(value, path, diags))
        return s;
    JsonObjectReader r(value.toObject(), path, diags);
    s.name = r.string(QStringLiteral("name")).value_or(QString());
    s.method = r.string(QStringLiteral("method")).value_or(QStringLiteral("GET")).toUpper();
    s.url = r.string(QStringLiteral("url"), true).value_or(QString());
    s.headers = readPairs(r, QStringLiteral("headers"));
    s.body = r.string(QStringLiteral("body")).value_or(QString());
    if (const auto status = r.integer(QStringLiteral("expect_status"))) {
        if (*status < 100 || *status > 599)
            r.error(QStringLiteral("expect_status"),
                DeploysText::tr("must be an HTTP status (100–599), got %1").arg(*status));
        else
            s.expectStatus = int(*status);
    }
    s.expect = r.string(QStringLiteral("expect")).value_or(QString());
    s.take = readPairs(r, QStringLiteral("take"));
    r.finish();
    return s;
}

DeployRecipe readRecipe(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    DeployRecipe d;
    if (notObject(value, path, diags))
        return d;
    JsonObjectReader r(value.toObject(), path, diags);
    d.id = r.string(QStringLiteral("id"), true).value_or(QString());
    d.targetId = r.string(QStringLiteral("target"), true).value_or(QString());
    if (const auto kind = r.string(QStringLiteral("kind"), true)) {
        if (const auto k = deployKindFromName(*kind))
            d.kind = *k;
        else
            r.error(QStringLiteral("kind"),
                DeploysText::tr("must be \"static\", \"app\" or \"generic\", got \"%1\"")
                    .arg(kind->left(40)));
    }
    d.path = r.string(QStringLiteral("path")).value_or(QString());
    if (const auto keep = r.integer(QStringLiteral("keep"))) {
        if (*keep < 2 || *keep > 100)
            r.error(QStringLiteral("keep"),
                DeploysText::tr("must be 2–100 releases (the live one and the one before it "
                                "are always kept), got %1")
                    .arg(*keep));
        else
            d.keep = int(*keep);
    }
    d.owner = r.string(QStringLiteral("owner")).value_or(QString());
    d.group = r.string(QStringLiteral("group")).value_or(QString());
    d.fileMode = r.string(QStringLiteral("file_mode")).value_or(d.fileMode);
    d.dirMode = r.string(QStringLiteral("dir_mode")).value_or(d.dirMode);
    d.build = r.string(QStringLiteral("build")).value_or(QString());
    d.project = r.string(QStringLiteral("project")).value_or(QString());
    d.from = r.string(QStringLiteral("from")).value_or(QString());
    d.repository = r.string(QStringLiteral("repository")).value_or(QString());
    d.ref = r.string(QStringLiteral("ref")).value_or(QString());
    d.venv = r.string(QStringLiteral("venv")).value_or(QString());
    d.unit = r.string(QStringLiteral("unit")).value_or(QString());
    d.restartCommand = r.stringList(QStringLiteral("restart_command")).value_or(QStringList());
    d.backup = r.string(QStringLiteral("backup")).value_or(QString());
    if (const auto timeout = readTimeout(r, QStringLiteral("post_check_timeout"), 5, 3600))
        d.postCheckTimeoutSec = *timeout;
    if (const auto steps = r.array(QStringLiteral("steps"))) {
        for (qsizetype i = 0; i < steps->size(); ++i)
            d.steps.append(readStep(steps->at(i),
                r.fieldPath(QStringLiteral("steps")) + QStringLiteral("[%1]").arg(i), diags));
    }
    if (const auto smoke = r.array(QStringLiteral("smoke")))
        d.smoke = DeploysJson::readSmoke(*smoke, r.fieldPath(QStringLiteral("smoke")), diags);
    r.finish();
    return d;
}

bool oneLine(const QString &value)
{
    return !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.contains(QChar(0));
}
} // namespace

void read(JsonObjectReader &root, QList<DeployRecipe> &recipes, QList<Diagnostic> *diags)
{
    const auto array = root.array(QStringLiteral("deploy"));
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i)
        recipes.append(readRecipe(array->at(i), QStringLiteral("deploy[%1]").arg(i), diags));
}

QJsonArray toJson(const QList<DeployRecipe> &recipes)
{
    QJsonArray out;
    const DeployRecipe defaults;
    for (const DeployRecipe &d : recipes) {
        QJsonObject o {{QStringLiteral("id"), d.id}, {QStringLiteral("target"), d.targetId},
            {QStringLiteral("kind"), deployKindName(d.kind)}};
        const auto put = [&o](const char *key, const QString &value, const QString &fallback) {
            if (value != fallback)
                o.insert(QLatin1String(key), value);
        };
        put("path", d.path, QString());
        if (d.keep != defaults.keep)
            o.insert(QStringLiteral("keep"), d.keep);
        put("owner", d.owner, QString());
        put("group", d.group, QString());
        put("file_mode", d.fileMode, defaults.fileMode);
        put("dir_mode", d.dirMode, defaults.dirMode);
        put("build", d.build, QString());
        put("project", d.project, QString());
        put("from", d.from, QString());
        put("repository", d.repository, QString());
        put("ref", d.ref, QString());
        put("venv", d.venv, QString());
        put("unit", d.unit, QString());
        if (!d.restartCommand.isEmpty())
            o.insert(
                QStringLiteral("restart_command"), QJsonArray::fromStringList(d.restartCommand));
        put("backup", d.backup, QString());
        if (d.postCheckTimeoutSec != defaults.postCheckTimeoutSec)
            o.insert(QStringLiteral("post_check_timeout"), d.postCheckTimeoutSec);
        QJsonArray steps;
        for (const DeployStep &s : d.steps) {
            QJsonObject step {{QStringLiteral("name"), s.name},
                {QStringLiteral("command"), QJsonArray::fromStringList(s.command)}};
            if (s.timeoutSec != DeployStep().timeoutSec)
                step.insert(QStringLiteral("timeout"), s.timeoutSec);
            if (s.onFailure != DeployStep::OnFailure::Stop)
                step.insert(QStringLiteral("on_failure"), deployOnFailureName(s.onFailure));
            if (!s.safeToCancel)
                step.insert(QStringLiteral("safe_to_cancel"), false);
            steps.append(step);
        }
        if (!steps.isEmpty())
            o.insert(QStringLiteral("steps"), steps);
        if (!d.smoke.isEmpty())
            o.insert(QStringLiteral("smoke"), smokeToJson(d.smoke));
        out.append(o);
    }
    return out;
}

QList<SmokeRequest> readSmoke(
    const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    QList<SmokeRequest> out;
    if (!value.isArray()) {
        diags->append({Diagnostic::Severity::Error, path,
            DeploysText::tr("must be an array of requests, got %1").arg(jsonTypeName(value))});
        return out;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(readRequest(array.at(i), path + QStringLiteral("[%1]").arg(i), diags));
    return out;
}

QJsonArray smokeToJson(const QList<SmokeRequest> &requests)
{
    QJsonArray smoke;
    for (const SmokeRequest &s : requests) {
        QJsonObject request {{QStringLiteral("url"), s.url}};
        if (!s.name.isEmpty())
            request.insert(QStringLiteral("name"), s.name);
        if (s.method != QLatin1String("GET"))
            request.insert(QStringLiteral("method"), s.method);
        if (!s.headers.isEmpty())
            request.insert(QStringLiteral("headers"), pairsToJson(s.headers));
        if (!s.body.isEmpty())
            request.insert(QStringLiteral("body"), s.body);
        if (s.expectStatus != 200)
            request.insert(QStringLiteral("expect_status"), s.expectStatus);
        if (!s.expect.isEmpty())
            request.insert(QStringLiteral("expect"), s.expect);
        if (!s.take.isEmpty())
            request.insert(QStringLiteral("take"), pairsToJson(s.take));
        smoke.append(request);
    }
    return smoke;
}

QList<Diagnostic> validate(const Workspace &w)
{
    QList<Diagnostic> out;
    const auto error = [&out](const QString &path, const QString &message) {
        out.append({Diagnostic::Severity::Error, path, message});
    };
    QSet<QString> ids;
    static const QRegularExpression account(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]*$"));
    static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3}$"));
    static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9_.:@][A-Za-z0-9_.:@-]*$"));
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (qsizetype i = 0; i < w.deploys.size(); ++i) {
        const DeployRecipe &d = w.deploys.at(i);
        const QString path = QStringLiteral("deploy[%1]").arg(i);
        const auto field = [&path](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        if (!isValidId(d.id))
            error(field("id"),
                DeploysText::tr("must be letters, digits, '.', '_' or '-', got \"%1\"")
                    .arg(d.id.left(40)));
        else if (ids.contains(d.targetId + QLatin1Char('/') + d.id))
            error(field("id"),
                DeploysText::tr("duplicate recipe \"%1\" on server \"%2\"").arg(d.id, d.targetId));
        ids.insert(d.targetId + QLatin1Char('/') + d.id);
        const Target *t = w.target(d.targetId);
        if (!t)
            error(field("target"), DeploysText::tr("no target with id \"%1\"").arg(d.targetId));
        else if (!t->ssh && !t->local)
            error(field("target"),
                DeploysText::tr("a deploy runs on a server: target \"%1\" has no SSH login and "
                                "is not this computer")
                    .arg(t->id));
        for (const auto &[key, value] : {std::pair {"path", d.path}, std::pair {"owner", d.owner},
                 std::pair {"group", d.group}, std::pair {"repository", d.repository},
                 std::pair {"ref", d.ref}, std::pair {"venv", d.venv}, std::pair {"build", d.build},
                 std::pair {"project", d.project}, std::pair {"from", d.from}}) {
            if (!oneLine(value))
                error(field(key), DeploysText::tr("must be one line"));
        }
        const QString cleanPath = QDir::cleanPath(d.path);
        if (d.usesReleases() || !d.path.isEmpty()) {
            if (!d.path.startsWith(QLatin1Char('/')) || cleanPath == QLatin1String("/")
                || d.path.contains(QLatin1String("/../")) || d.path.endsWith(QLatin1String("/..")))
                error(field("path"),
                    DeploysText::tr("must be the absolute path of the site's or app's folder on "
                                    "the server, such as /srv/site (it holds releases/ and "
                                    "current), got \"%1\"")
                        .arg(d.path.left(80)));
        }
        for (const auto &[key, value] :
            {std::pair {"owner", d.owner}, std::pair {"group", d.group}}) {
            if (!value.isEmpty() && !account.match(value).hasMatch())
                error(field(key),
                    DeploysText::tr("must be a user or group name such as www-data, got \"%1\"")
                        .arg(value.left(40)));
        }
        for (const auto &[key, value] :
            {std::pair {"file_mode", d.fileMode}, std::pair {"dir_mode", d.dirMode}}) {
            if (!octal.match(value).hasMatch())
                error(field(key),
                    DeploysText::tr("must be an octal mode such as 0644 or 0755, got \"%1\"")
                        .arg(value.left(20)));
        }
        if (!d.unit.isEmpty() && !unit.match(d.unit).hasMatch())
            error(field("unit"),
                DeploysText::tr("must be a systemd unit name such as gunicorn.service, got "
                                "\"%1\"")
                    .arg(d.unit.left(60)));
        if (!d.unit.isEmpty() && !d.restartCommand.isEmpty())
            error(field("restart_command"),
                DeploysText::tr("and \"unit\" both say how to restart: keep one"));
        if (!d.backup.isEmpty() && !w.backup(d.backup))
            error(field("backup"),
                DeploysText::tr("no backup source with id \"%1\"").arg(d.backup.left(60)));
        if (d.kind == DeployRecipe::Kind::Static && d.from.isEmpty())
            error(field("from"),
                DeploysText::tr("must name the build folder to upload, e.g. \"dist\" (under "
                                "\"project\", or absolute)"));
        if (d.kind != DeployRecipe::Kind::Static) {
            for (const auto &[key, value] : {std::pair {"build", d.build},
                     std::pair {"from", d.from}, std::pair {"project", d.project}}) {
                if (!value.isEmpty())
                    error(field(key),
                        DeploysText::tr("belongs to a \"static\" recipe (a site built and "
                                        "uploaded from this computer)"));
            }
        }
        if (d.kind != DeployRecipe::Kind::App) {
            for (const auto &[key, value] : {std::pair {"repository", d.repository},
                     std::pair {"ref", d.ref}, std::pair {"venv", d.venv}}) {
                if (!value.isEmpty())
                    error(field(key),
                        DeploysText::tr("belongs to an \"app\" recipe (a git checkout on the "
                                        "server)"));
            }
        }
        if (d.kind == DeployRecipe::Kind::Generic && d.steps.isEmpty())
            error(field("steps"),
                DeploysText::tr("a generic recipe is its steps: name at least one, e.g. "
                                "{\"name\": \"clear cache\", \"command\": [\"./manage.py\", "
                                "\"clearcache\"]}"));
        for (qsizetype s = 0; s < d.steps.size(); ++s) {
            const DeployStep &step = d.steps.at(s);
            const QString at = field("steps") + QStringLiteral("[%1]").arg(s);
            if (step.name.trimmed().isEmpty())
                error(at + QStringLiteral(".name"), DeploysText::tr("must not be empty"));
            if (step.command.isEmpty() || step.command.constFirst().trimmed().isEmpty())
                error(at + QStringLiteral(".command"),
                    DeploysText::tr("starts with the program to run, e.g. [\"./manage.py\", "
                                    "\"clearcache\"]"));
            for (const QString &word : step.command) {
                if (word.contains(QChar(0)))
                    error(at + QStringLiteral(".command"),
                        DeploysText::tr("must not contain a NUL character"));
            }
        }
        for (qsizetype s = 0; s < d.smoke.size(); ++s) {
            const SmokeRequest &request = d.smoke.at(s);
            const QString at = field("smoke") + QStringLiteral("[%1]").arg(s);
            const QUrl url(QString(request.url)
                               .replace(QLatin1Char('{'), QLatin1Char('x'))
                               .replace(QLatin1Char('}'), QLatin1Char('x')));
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty())
                error(at + QStringLiteral(".url"),
                    DeploysText::tr("must be an http:// or https:// address, got \"%1\"")
                        .arg(request.url.left(80)));
            for (const auto &[name, from] : request.take) {
                if (!variable.match(name).hasMatch())
                    error(at + QStringLiteral(".take"),
                        DeploysText::tr("\"%1\" is not a name for a value: letters, digits and "
                                        "'_'")
                            .arg(name.left(40)));
                if (from.trimmed().isEmpty())
                    error(at + QStringLiteral(".take"),
                        DeploysText::tr("\"%1\" must name a field of the JSON answer, e.g. "
                                        "\"token\" or \"data.token\"")
                            .arg(name.left(40)));
            }
        }
    }
    return out;
}

} // namespace dozor::DeploysJson
