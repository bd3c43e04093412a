#include "AlertingJson.h"

#include "JsonObjectReader.h"
#include "Maintenance.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace dozor::AlertingJson {

namespace {

struct AlertingText {
    Q_DECLARE_TR_FUNCTIONS(AlertingJson)
};

const char *const weekdayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

int clampInt(qint64 v)
{
    return static_cast<int>(std::clamp<qint64>(v, -1'000'000'000, 1'000'000'000));
}

void readInt(JsonObjectReader &r, const char *key, int &into)
{
    if (const auto v = r.integer(QLatin1String(key)))
        into = clampInt(*v);
}

AlertChannel readChannel(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    AlertChannel c;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            AlertingText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return c;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    c.id = r.string(QStringLiteral("id"), true).value_or(QString());
    if (const auto type = r.string(QStringLiteral("type"), true)) {
        if (const auto t = channelTypeFromName(*type))
            c.type = *t;
        else
            r.error(QStringLiteral("type"),
                AlertingText::tr("must be \"tray\", \"telegram\" or \"webhook\", got \"%1\"")
                    .arg(type->left(40)));
    }
    c.chatId = r.string(QStringLiteral("chat_id")).value_or(QString());
    if (const auto api = r.string(QStringLiteral("api_url")))
        c.apiUrl = QUrl(*api, QUrl::StrictMode);
    if (const auto url = r.string(QStringLiteral("url")))
        c.url = QUrl(*url, QUrl::StrictMode);
    if (const auto format = r.string(QStringLiteral("format"))) {
        if (*format == QLatin1String("slack"))
            c.slack = true;
        else if (*format != QLatin1String("json"))
            r.error(QStringLiteral("format"),
                AlertingText::tr("must be \"json\" or \"slack\", got \"%1\"")
                    .arg(format->left(40)));
    }
    c.secretHeader = r.string(QStringLiteral("secret_header")).value_or(QString());
    readInt(r, "timeout", c.timeoutSec);
    for (const QString &secret :
        {QStringLiteral("token"), QStringLiteral("bot_token"), QStringLiteral("secret")}) {
        if (r.has(secret)) {
            r.markSeen(secret);
            r.error(secret,
                AlertingText::tr("secrets never go into the workspace file; store it with: "
                                 "dozor secret set --channel %1")
                    .arg(c.id));
        }
    }
    r.finish();
    return c;
}

AlertRoute readRoute(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    AlertRoute route;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            AlertingText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return route;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    for (const QString &name : r.stringList(QStringLiteral("levels")).value_or(QStringList())) {
        if (const auto level = alertLevelFromName(name))
            route.levels.append(*level);
        else
            r.error(QStringLiteral("levels"),
                AlertingText::tr("levels are \"critical\", \"warning\" and \"info\", got \"%1\"")
                    .arg(name.left(40)));
    }
    route.tags = r.stringList(QStringLiteral("tags")).value_or(QStringList());
    route.channels = r.stringList(QStringLiteral("channels")).value_or(QStringList());
    r.finish();
    return route;
}

MaintenanceWindow readWindow(const QJsonValue &value, const QString &path, QList<Diagnostic> *diags)
{
    MaintenanceWindow w;
    if (!value.isObject()) {
        diags->append({Diagnostic::Severity::Error, path,
            AlertingText::tr("must be an object, got %1").arg(jsonTypeName(value))});
        return w;
    }
    JsonObjectReader r(value.toObject(), path, diags);
    w.id = r.string(QStringLiteral("id"), true).value_or(QString());
    w.targetId = r.string(QStringLiteral("target")).value_or(QString());
    w.reason = r.string(QStringLiteral("reason")).value_or(QString());
    const QString every = r.string(QStringLiteral("every")).value_or(QString());
    if (every.isEmpty()) {
        w.repeat = MaintenanceWindow::Repeat::Once;
        for (const auto &[key, into] : {std::pair {QStringLiteral("start"), &w.start},
                 std::pair {QStringLiteral("end"), &w.end}}) {
            if (const auto text = r.string(key, true)) {
                *into = QDateTime::fromString(*text, Qt::ISODate);
                if (!into->isValid())
                    r.error(key,
                        AlertingText::tr("must be a date and time such as "
                                         "2026-12-05T01:00:00+03:00, got \"%1\"")
                            .arg(text->left(40)));
            }
        }
    } else {
        if (every == QLatin1String("day"))
            w.repeat = MaintenanceWindow::Repeat::Daily;
        else if (every == QLatin1String("week"))
            w.repeat = MaintenanceWindow::Repeat::Weekly;
        else
            r.error(QStringLiteral("every"),
                AlertingText::tr("must be \"day\" or \"week\", got \"%1\"").arg(every.left(40)));
        w.at = r.string(QStringLiteral("at"), true).value_or(QString());
        readInt(r, "minutes", w.durationMin);
        w.timeZone = r.string(QStringLiteral("time_zone")).value_or(QString());
        for (const QString &day : r.stringList(QStringLiteral("days")).value_or(QStringList())) {
            if (const auto d = weekdayFromName(day))
                w.weekdays.append(*d);
            else
                r.error(QStringLiteral("days"),
                    AlertingText::tr("days are mon, tue, wed, thu, fri, sat, sun; got \"%1\"")
                        .arg(day.left(40)));
        }
    }
    r.finish();
    return w;
}

void readRemediation(JsonObjectReader &parent, Remediation &rem, QList<Diagnostic> *diags)
{
    const auto object = parent.object(QStringLiteral("remediation"));
    if (!object)
        return;
    JsonObjectReader r(*object, parent.fieldPath(QStringLiteral("remediation")), diags);
    if (const auto action = r.string(QStringLiteral("action"), true)) {
        if (const auto a = remediationActionFromName(*action))
            rem.action = *a;
        else
            r.error(QStringLiteral("action"),
                AlertingText::tr("must be \"restart_unit\", \"fix_path\" or \"command\", got "
                                 "\"%1\"")
                    .arg(action->left(40)));
    }
    rem.unit = r.string(QStringLiteral("unit")).value_or(QString());
    rem.path = r.string(QStringLiteral("path")).value_or(QString());
    rem.owner = r.string(QStringLiteral("owner")).value_or(QString());
    rem.group = r.string(QStringLiteral("group")).value_or(QString());
    rem.mode = r.string(QStringLiteral("mode")).value_or(QString());
    rem.recursive = r.boolean(QStringLiteral("recursive")).value_or(false);
    rem.run = r.string(QStringLiteral("run")).value_or(QString());
    rem.sudo = r.boolean(QStringLiteral("sudo")).value_or(false);
    rem.automatic = r.boolean(QStringLiteral("automatic")).value_or(false);
    readInt(r, "max_attempts", rem.maxAttempts);
    readInt(r, "window_minutes", rem.windowMin);
    readInt(r, "cooldown_minutes", rem.cooldownMin);
    readInt(r, "timeout", rem.timeoutSec);
    r.finish();
}

} // namespace

std::optional<int> weekdayFromName(const QString &name)
{
    for (int i = 0; i < 7; ++i) {
        if (name.compare(QLatin1String(weekdayNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

QString weekdayName(int isoDay)
{
    return isoDay >= 1 && isoDay <= 7 ? QLatin1String(weekdayNames[isoDay - 1]) : QString();
}

void readAlerts(JsonObjectReader &root, AlertSettings &alerts, QList<Diagnostic> *diags)
{
    const auto object = root.object(QStringLiteral("alerts"));
    if (!object)
        return;
    JsonObjectReader r(*object, QStringLiteral("alerts"), diags);
    readInt(r, "repeat_minutes", alerts.repeatMinutes);
    readInt(r, "fail_threshold", alerts.policy.failThreshold);
    readInt(r, "recover_threshold", alerts.policy.recoverThreshold);
    if (const auto flap = r.object(QStringLiteral("flapping"))) {
        JsonObjectReader f(*flap, QStringLiteral("alerts.flapping"), diags);
        readInt(f, "changes", alerts.policy.flapChanges);
        readInt(f, "window_minutes", alerts.policy.flapWindowMin);
        f.finish();
    }
    if (const auto delivery = r.object(QStringLiteral("delivery"))) {
        JsonObjectReader d(*delivery, QStringLiteral("alerts.delivery"), diags);
        readInt(d, "attempts", alerts.deliveryAttempts);
        readInt(d, "first_retry_seconds", alerts.retryDelaySec);
        d.finish();
    }
    if (const auto channels = r.array(QStringLiteral("channels"))) {
        for (qsizetype i = 0; i < channels->size(); ++i)
            alerts.channels.append(
                readChannel(channels->at(i), QStringLiteral("alerts.channels[%1]").arg(i), diags));
    }
    if (const auto routes = r.array(QStringLiteral("routes"))) {
        for (qsizetype i = 0; i < routes->size(); ++i)
            alerts.routes.append(
                readRoute(routes->at(i), QStringLiteral("alerts.routes[%1]").arg(i), diags));
    }
    r.finish();
}

void readMaintenance(
    JsonObjectReader &root, QList<MaintenanceWindow> &windows, QList<Diagnostic> *diags)
{
    const auto array = root.array(QStringLiteral("maintenance"));
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i)
        windows.append(readWindow(array->at(i), QStringLiteral("maintenance[%1]").arg(i), diags));
}

void readCheckFields(JsonObjectReader &r, CheckSpec &spec, QList<Diagnostic> *diags)
{
    if (const auto v = r.integer(QStringLiteral("fail_threshold")))
        spec.failThreshold = clampInt(*v);
    if (const auto v = r.integer(QStringLiteral("recover_threshold")))
        spec.recoverThreshold = clampInt(*v);
    if (const auto v = r.integer(QStringLiteral("retry_interval")))
        spec.retryIntervalSec = clampInt(*v);
    spec.tags = r.stringList(QStringLiteral("tags")).value_or(QStringList());
    readRemediation(r, spec.remediation, diags);
}

QJsonObject alertsToJson(const AlertSettings &alerts)
{
    QJsonObject o;
    const AlertSettings d;
    if (alerts.repeatMinutes != d.repeatMinutes)
        o.insert(QStringLiteral("repeat_minutes"), alerts.repeatMinutes);
    if (alerts.policy.failThreshold != d.policy.failThreshold)
        o.insert(QStringLiteral("fail_threshold"), alerts.policy.failThreshold);
    if (alerts.policy.recoverThreshold != d.policy.recoverThreshold)
        o.insert(QStringLiteral("recover_threshold"), alerts.policy.recoverThreshold);
    if (alerts.policy.flapChanges != d.policy.flapChanges
        || alerts.policy.flapWindowMin != d.policy.flapWindowMin)
        o.insert(QStringLiteral("flapping"),
            QJsonObject {{QStringLiteral("changes"), alerts.policy.flapChanges},
                {QStringLiteral("window_minutes"), alerts.policy.flapWindowMin}});
    if (alerts.deliveryAttempts != d.deliveryAttempts || alerts.retryDelaySec != d.retryDelaySec)
        o.insert(QStringLiteral("delivery"),
            QJsonObject {{QStringLiteral("attempts"), alerts.deliveryAttempts},
                {QStringLiteral("first_retry_seconds"), alerts.retryDelaySec}});
    QJsonArray channels;
    for (const AlertChannel &c : alerts.channels) {
        QJsonObject j {
            {QStringLiteral("id"), c.id}, {QStringLiteral("type"), channelTypeName(c.type)}};
        if (c.type == ChannelType::Telegram) {
            j.insert(QStringLiteral("chat_id"), c.chatId);
            if (c.apiUrl != AlertChannel().apiUrl)
                j.insert(QStringLiteral("api_url"), c.apiUrl.toString());
        } else if (c.type == ChannelType::Webhook) {
            j.insert(QStringLiteral("url"), c.url.toString());
            if (c.slack)
                j.insert(QStringLiteral("format"), QStringLiteral("slack"));
            if (!c.secretHeader.isEmpty())
                j.insert(QStringLiteral("secret_header"), c.secretHeader);
        }
        if (c.timeoutSec != AlertChannel().timeoutSec)
            j.insert(QStringLiteral("timeout"), c.timeoutSec);
        channels.append(j);
    }
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), channels);
    QJsonArray routes;
    for (const AlertRoute &route : alerts.routes) {
        QJsonObject j;
        if (!route.levels.isEmpty()) {
            QStringList names;
            for (AlertLevel l : route.levels)
                names.append(alertLevelName(l));
            j.insert(QStringLiteral("levels"), QJsonArray::fromStringList(names));
        }
        if (!route.tags.isEmpty())
            j.insert(QStringLiteral("tags"), QJsonArray::fromStringList(route.tags));
        j.insert(QStringLiteral("channels"), QJsonArray::fromStringList(route.channels));
        routes.append(j);
    }
    if (!routes.isEmpty())
        o.insert(QStringLiteral("routes"), routes);
    return o;
}

QJsonObject maintenanceWindowToJson(const MaintenanceWindow &w)
{
    QJsonObject j {{QStringLiteral("id"), w.id}};
    if (!w.targetId.isEmpty())
        j.insert(QStringLiteral("target"), w.targetId);
    if (w.repeat == MaintenanceWindow::Repeat::Once) {
        j.insert(QStringLiteral("start"), w.start.toString(Qt::ISODate));
        j.insert(QStringLiteral("end"), w.end.toString(Qt::ISODate));
    } else {
        j.insert(QStringLiteral("every"),
            w.repeat == MaintenanceWindow::Repeat::Daily ? QStringLiteral("day")
                                                         : QStringLiteral("week"));
        j.insert(QStringLiteral("at"), w.at);
        j.insert(QStringLiteral("minutes"), w.durationMin);
        if (w.repeat == MaintenanceWindow::Repeat::Weekly) {
            QStringList days;
            for (int d : w.weekdays)
                days.append(weekdayName(d));
            j.insert(QStringLiteral("days"), QJsonArray::fromStringList(days));
        }
        if (!w.timeZone.isEmpty())
            j.insert(QStringLiteral("time_zone"), w.timeZone);
    }
    if (!w.reason.isEmpty())
        j.insert(QStringLiteral("reason"), w.reason);
    return j;
}

QJsonArray maintenanceToJson(const QList<MaintenanceWindow> &windows)
{
    QJsonArray out;
    for (const MaintenanceWindow &w : windows)
        out.append(maintenanceWindowToJson(w));
    return out;
}

void writeCheckFields(const CheckSpec &spec, QJsonObject &o)
{
    if (spec.failThreshold)
        o.insert(QStringLiteral("fail_threshold"), *spec.failThreshold);
    if (spec.recoverThreshold)
        o.insert(QStringLiteral("recover_threshold"), *spec.recoverThreshold);
    if (spec.retryIntervalSec)
        o.insert(QStringLiteral("retry_interval"), *spec.retryIntervalSec);
    if (!spec.tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(spec.tags));
    const Remediation &rem = spec.remediation;
    if (!rem.isSet())
        return;
    QJsonObject j {{QStringLiteral("action"), remediationActionName(rem.action)}};
    auto put = [&j](const char *key, const QString &value) {
        if (!value.isEmpty())
            j.insert(QLatin1String(key), value);
    };
    put("unit", rem.unit);
    put("path", rem.path);
    put("owner", rem.owner);
    put("group", rem.group);
    put("mode", rem.mode);
    if (rem.recursive)
        j.insert(QStringLiteral("recursive"), true);
    put("run", rem.run);
    if (rem.sudo)
        j.insert(QStringLiteral("sudo"), true);
    if (rem.automatic)
        j.insert(QStringLiteral("automatic"), true);
    const Remediation d;
    if (rem.maxAttempts != d.maxAttempts)
        j.insert(QStringLiteral("max_attempts"), rem.maxAttempts);
    if (rem.windowMin != d.windowMin)
        j.insert(QStringLiteral("window_minutes"), rem.windowMin);
    if (rem.cooldownMin != d.cooldownMin)
        j.insert(QStringLiteral("cooldown_minutes"), rem.cooldownMin);
    if (rem.timeoutSec != d.timeoutSec)
        j.insert(QStringLiteral("timeout"), rem.timeoutSec);
    o.insert(QStringLiteral("remediation"), j);
}

namespace {

class Report {
public:
    explicit Report(QList<Diagnostic> *out)
        : m_out(out)
    {
    }
    void error(const QString &path, const QString &message)
    {
        m_out->append({Diagnostic::Severity::Error, path, message});
    }
    void range(const QString &path, int value, int min, int max)
    {
        if (value < min || value > max)
            error(path, AlertingText::tr("must be %1–%2, got %3").arg(min).arg(max).arg(value));
    }

private:
    QList<Diagnostic> *m_out;
};

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

const QRegularExpression &headerName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re;
}

void validateChannels(const AlertSettings &a, Report &report)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < a.channels.size(); ++i) {
        const AlertChannel &c = a.channels.at(i);
        const QString path = QStringLiteral("alerts.channels[%1]").arg(i);
        if (c.id.isEmpty())
            report.error(path + QStringLiteral(".id"), AlertingText::tr("must not be empty"));
        else if (ids.contains(c.id))
            report.error(path + QStringLiteral(".id"),
                AlertingText::tr("duplicate channel id \"%1\"").arg(c.id));
        ids.insert(c.id);
        report.range(path + QStringLiteral(".timeout"), c.timeoutSec, 1, 120);
        if (c.type == ChannelType::Telegram) {
            if (c.chatId.isEmpty())
                report.error(path + QStringLiteral(".chat_id"),
                    AlertingText::tr("a Telegram channel needs the chat id its bot writes to "
                                     "(e.g. -1001234567890)"));
            if (!isWebUrl(c.apiUrl))
                report.error(path + QStringLiteral(".api_url"),
                    AlertingText::tr("must be an http(s) address, got \"%1\"")
                        .arg(c.apiUrl.toString().left(80)));
        } else if (c.type == ChannelType::Webhook) {
            if (!isWebUrl(c.url))
                report.error(path + QStringLiteral(".url"),
                    AlertingText::tr("a webhook needs an http(s) address, got \"%1\"")
                        .arg(c.url.toString().left(80)));
            if (!c.secretHeader.isEmpty() && !headerName().match(c.secretHeader).hasMatch())
                report.error(path + QStringLiteral(".secret_header"),
                    AlertingText::tr("must be a header name such as X-Dozor-Token, got \"%1\"")
                        .arg(c.secretHeader.left(40)));
        }
    }
    for (qsizetype i = 0; i < a.routes.size(); ++i) {
        const QString path = QStringLiteral("alerts.routes[%1].channels").arg(i);
        if (a.routes.at(i).channels.isEmpty())
            report.error(path, AlertingText::tr("a route needs at least one channel"));
        for (const QString &id : a.routes.at(i).channels) {
            if (!ids.contains(id))
                report.error(path, AlertingText::tr("no channel with id \"%1\"").arg(id));
        }
    }
}

void validateWindows(const Workspace &w, Report &report)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < w.maintenance.size(); ++i) {
        const MaintenanceWindow &m = w.maintenance.at(i);
        const QString path = QStringLiteral("maintenance[%1]").arg(i);
        if (m.id.isEmpty())
            report.error(path + QStringLiteral(".id"), AlertingText::tr("must not be empty"));
        else if (ids.contains(m.id))
            report.error(path + QStringLiteral(".id"),
                AlertingText::tr("duplicate maintenance window id \"%1\"").arg(m.id));
        ids.insert(m.id);
        if (!m.targetId.isEmpty() && !w.target(m.targetId))
            report.error(path + QStringLiteral(".target"),
                AlertingText::tr("no target with id \"%1\"").arg(m.targetId));
        if (m.repeat == MaintenanceWindow::Repeat::Once) {
            if (m.start.isValid() && m.end.isValid() && m.end <= m.start)
                report.error(
                    path + QStringLiteral(".end"), AlertingText::tr("must be later than start"));
            continue;
        }
        if (!parseTimeOfDay(m.at))
            report.error(path + QStringLiteral(".at"),
                AlertingText::tr("must be a time of day such as 03:00, got \"%1\"")
                    .arg(m.at.left(20)));
        report.range(path + QStringLiteral(".minutes"), m.durationMin, 1, 7 * 24 * 60);
        if (m.repeat == MaintenanceWindow::Repeat::Weekly && m.weekdays.isEmpty())
            report.error(path + QStringLiteral(".days"),
                AlertingText::tr("a weekly window needs its days, e.g. [\"sun\"]"));
        if (!m.timeZone.isEmpty() && !QTimeZone(m.timeZone.toUtf8()).isValid())
            report.error(path + QStringLiteral(".time_zone"),
                AlertingText::tr("unknown time zone \"%1\" (use an IANA name such as "
                                 "Europe/Moscow)")
                    .arg(m.timeZone.left(60)));
    }
}

void validateRemediation(
    const CheckSpec &c, const Workspace &w, const QString &path, Report &report)
{
    const Remediation &rem = c.remediation;
    if (!rem.isSet())
        return;
    const Target *t = w.target(c.targetId);
    if (t && !t->ssh && !t->local)
        report.error(path + QStringLiteral(".action"),
            AlertingText::tr("remediation runs on a server: target \"%1\" has no SSH login and is "
                             "not this computer")
                .arg(t->id));
    switch (rem.action) {
    case Remediation::Action::RestartUnit:
        if (rem.unit.isEmpty())
            report.error(path + QStringLiteral(".unit"),
                AlertingText::tr("restart_unit needs the systemd unit to restart"));
        break;
    case Remediation::Action::FixPath:
        if (rem.path.isEmpty())
            report.error(path + QStringLiteral(".path"), AlertingText::tr("fix_path needs a path"));
        if (rem.owner.isEmpty() && rem.group.isEmpty() && rem.mode.isEmpty())
            report.error(
                path, AlertingText::tr("fix_path needs an owner, a group or a mode to set"));
        if (!rem.mode.isEmpty()
            && !QRegularExpression(QStringLiteral("^[0-7]{3,4}$")).match(rem.mode).hasMatch())
            report.error(path + QStringLiteral(".mode"),
                AlertingText::tr("must be octal such as 755, got \"%1\"").arg(rem.mode.left(10)));
        break;
    case Remediation::Action::Command:
        if (rem.run.trimmed().isEmpty())
            report.error(path + QStringLiteral(".run"),
                AlertingText::tr("a command remediation needs the command to run"));
        break;
    case Remediation::Action::None:
        break;
    }
    report.range(path + QStringLiteral(".max_attempts"), rem.maxAttempts, 1, 20);
    report.range(path + QStringLiteral(".window_minutes"), rem.windowMin, 1, 24 * 60);
    report.range(path + QStringLiteral(".cooldown_minutes"), rem.cooldownMin, 0, 24 * 60);
    report.range(path + QStringLiteral(".timeout"), rem.timeoutSec, 1, 3600);
}

} // namespace

QList<Diagnostic> validate(const Workspace &w)
{
    QList<Diagnostic> out;
    Report report(&out);
    const IncidentPolicy &p = w.alerts.policy;
    report.range(QStringLiteral("alerts.repeat_minutes"), w.alerts.repeatMinutes, 1, 7 * 24 * 60);
    report.range(QStringLiteral("alerts.fail_threshold"), p.failThreshold, 1, 100);
    report.range(QStringLiteral("alerts.recover_threshold"), p.recoverThreshold, 1, 100);
    report.range(QStringLiteral("alerts.flapping.changes"), p.flapChanges, 2, 1000);
    report.range(QStringLiteral("alerts.flapping.window_minutes"), p.flapWindowMin, 1, 24 * 60);
    report.range(QStringLiteral("alerts.delivery.attempts"), w.alerts.deliveryAttempts, 1, 20);
    report.range(
        QStringLiteral("alerts.delivery.first_retry_seconds"), w.alerts.retryDelaySec, 1, 3600);
    validateChannels(w.alerts, report);
    validateWindows(w, report);
    for (qsizetype i = 0; i < w.checks.size(); ++i) {
        const CheckSpec &c = w.checks.at(i);
        const QString path = QStringLiteral("checks[%1]").arg(i);
        if (c.failThreshold)
            report.range(path + QStringLiteral(".fail_threshold"), *c.failThreshold, 1, 100);
        if (c.recoverThreshold)
            report.range(path + QStringLiteral(".recover_threshold"), *c.recoverThreshold, 1, 100);
        if (c.retryIntervalSec)
            report.range(
                path + QStringLiteral(".retry_interval"), *c.retryIntervalSec, 1, 24 * 3600);
        validateRemediation(c, w, path + QStringLiteral(".remediation"), report);
    }
    return out;
}

} // namespace dozor::AlertingJson
