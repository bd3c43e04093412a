#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/ShellQuote.h"

#include <QRegularExpression>

// service: systemd units that must be in one of the allowed states (default: active), from
// one `systemctl is-active` in the host probe.
namespace dozor {

namespace {
ProbeSection section(const CheckSpec &c, const std::optional<LogCursor> &)
{
    QList<QByteArray> units;
    for (const QString &u : c.service.units)
        units.append(u.toUtf8());
    const QByteArray cmd =
        ShellQuote::commandLine("systemctl", {"is-active"}, units).value_or(QByteArray());
    return {c.service.units,
        "if command -v systemctl >/dev/null 2>&1; then dozor_t " + cmd
            + "; else echo '!nosystemctl'; fi"};
}

CheckResult evaluate(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &, qint64, std::optional<LogCursor> *)
{
    CheckResult r = resultOf(check);
    static const QList<QByteArray> states = {"active", "reloading", "inactive", "failed",
        "activating", "deactivating", "maintenance", "refreshing", "unknown"};
    if (lines.value(0) == "!nosystemctl")
        return unknownResult(r, CheckText::msg("systemctl is not installed on the server"));
    const qsizetype n = check.service.units.size();
    bool wellFormed = lines.size() == n;
    for (qsizetype i = 0; wellFormed && i < n; ++i)
        wellFormed = states.contains(lines.at(i).trimmed());
    if (!wellFormed)
        return unknownResult(
            r, CheckText::msg("systemctl gave no unit states: %1").arg(shownLines(lines)));

    const QStringList allowed = check.service.allowedStates.isEmpty()
        ? QStringList {QStringLiteral("active")}
        : check.service.allowedStates;
    QStringList bad, good;
    int activeCount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QString unit = check.service.units.at(i);
        const QString state = QString::fromLatin1(lines.at(i).trimmed());
        const bool active = state == QLatin1String("active");
        activeCount += active ? 1 : 0;
        r.values.append({QStringLiteral("unit_active:") + unit, active ? 1.0 : 0.0, QString()});
        (allowed.contains(state) ? good : bad).append(QStringLiteral("%1 %2").arg(unit, state));
    }
    r.values.append({QStringLiteral("units_active"), double(activeCount), QString()});
    if (!bad.isEmpty()) {
        r.status = Status::Crit;
        setReason(r,
            CheckText::msg("%1 (allowed: %2)")
                    .arg(bad.join(QStringLiteral(", ")))
                    .arg(allowed.join(QStringLiteral(", ")))
                + Message(good.isEmpty() ? QString()
                                         : QStringLiteral("; ") + good.join(QStringLiteral(", "))));
    } else {
        r.status = Status::Ok;
        r.reason = good.join(QStringLiteral(", "));
    }
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("service"));
    if (!r)
        return;
    c.service.units = r->stringList(QStringLiteral("units")).value_or(QStringList());
    c.service.allowedStates =
        r->stringList(QStringLiteral("allowed_states")).value_or(QStringList());
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    QJsonObject o;
    o.insert(QStringLiteral("units"), QJsonArray::fromStringList(c.service.units));
    if (!c.service.allowedStates.isEmpty())
        o.insert(
            QStringLiteral("allowed_states"), QJsonArray::fromStringList(c.service.allowedStates));
    check.insert(QStringLiteral("service"), o);
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    if (c.service.units.isEmpty())
        p.error(QStringLiteral("service.units"),
            CheckText::tr("must list at least one systemd unit, e.g. [\"nginx\"]"));
    static const QRegularExpression unit(QStringLiteral("^[A-Za-z0-9:_.@\\\\-]{1,255}$"));
    for (qsizetype i = 0; i < c.service.units.size(); ++i) {
        if (!unit.match(c.service.units.at(i)).hasMatch())
            p.error(QStringLiteral("service.units[%1]").arg(i),
                CheckText::tr("is not a systemd unit name: \"%1\"")
                    .arg(c.service.units.at(i).left(80)));
    }
    static const QStringList states = {QStringLiteral("active"), QStringLiteral("inactive"),
        QStringLiteral("failed"), QStringLiteral("activating"), QStringLiteral("deactivating"),
        QStringLiteral("reloading")};
    for (qsizetype i = 0; i < c.service.allowedStates.size(); ++i) {
        if (!states.contains(c.service.allowedStates.at(i)))
            p.error(QStringLiteral("service.allowed_states[%1]").arg(i),
                CheckText::tr("must be one of %1; got \"%2\"")
                    .arg(
                        states.join(QStringLiteral(", ")), c.service.allowedStates.at(i).left(40)));
    }
}

EditorField listField(const char *objectName, const char *label, const char *hint,
    const char *errorKey, QStringList ServiceSpec::*member)
{
    return {.kind = EditorField::Kind::List,
        .objectName = objectName,
        .label = label,
        .hint = hint,
        .errorKey = errorKey,
        .get = [member](const CheckSpec &c) { return QVariant(c.service.*member); },
        .set =
            [member](CheckSpec &c, const QVariant &v) {
                c.service.*member = v.toStringList();
                return QString();
            }};
}
} // namespace

const CheckKind &serviceCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Service,
        .name = "service",
        .title = QT_TRANSLATE_NOOP("CheckKind", "systemd units"),
        .runner = CheckRunner::ProbeSection,
        .settingKeys = {QStringLiteral("service")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                listField("checkUnits", QT_TRANSLATE_NOOP("CheckKind", "systemd &units:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. nginx, gunicorn"), "service.units",
                    &ServiceSpec::units),
                listField("checkAllowedStates", QT_TRANSLATE_NOOP("CheckKind", "Allowed &states:"),
                    QT_TRANSLATE_NOOP("CheckKind", "active"), "service.allowed_states",
                    &ServiceSpec::allowedStates),
            },
        .probeSection = section,
        .evaluateSection = evaluate,
        .headlineMetric = "units_active",
        .metricLabels =
            {
                {"units_active", QT_TRANSLATE_NOOP("CheckKind", "Units active")},
                {"unit_active:", QT_TRANSLATE_NOOP("CheckKind", "%1 active")},
            },
    };
    return kind;
}

} // namespace dozor
