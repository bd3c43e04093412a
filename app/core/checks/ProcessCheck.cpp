#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/ShellQuote.h"

// process: how many processes run, by exact name or a regular expression on the command
// line (pgrep -c in the host probe), between min and max.
namespace dozor {

namespace {
// pgrep reads its argument as an extended regular expression; a name is matched as written
// ("c++", "py3.11"), so every character with a meaning there is escaped.
QByteArray literalPattern(const QString &name)
{
    QByteArray out;
    for (const char ch : name.toUtf8()) {
        if (QByteArrayView("\\^$.|?*+()[]{}").contains(ch))
            out += '\\';
        out += ch;
    }
    return out;
}

ProbeSection section(const CheckSpec &c, const std::optional<LogCursor> &)
{
    const bool byName = !c.process.name.isEmpty();
    const QByteArray cmd = ShellQuote::commandLine("pgrep", {"-c", byName ? "-x" : "-f"},
        {byName ? literalPattern(c.process.name) : c.process.pattern.toUtf8()})
                               .value_or(QByteArray());
    return {{c.process.name, c.process.pattern},
        "if command -v pgrep >/dev/null 2>&1; then dozor_t " + cmd + "; else echo '!nopgrep'; fi"};
}

CheckResult evaluate(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &, qint64, std::optional<LogCursor> *)
{
    CheckResult r = resultOf(check);
    if (lines.value(0) == "!nopgrep")
        return unknownResult(
            r, CheckText::msg("pgrep is not installed on the server (package procps)"));
    const auto count = lines.size() == 1 ? unsignedNumber(lines.first()) : std::nullopt;
    if (!count)
        return unknownResult(r, CheckText::msg("pgrep gave no count: %1").arg(shownLines(lines)));
    const Message what = check.process.name.isEmpty()
        ? CheckText::msg("processes matching /%1/").arg(check.process.pattern)
        : CheckText::msg("%1 processes").arg(check.process.name);
    const int n = static_cast<int>(std::min<quint64>(*count, 1u << 30));
    r.values.append({QStringLiteral("processes"), double(n), QString()});
    if (n < check.process.min) {
        r.status = Status::Crit;
        setReason(
            r, CheckText::msg("%1: %2, need at least %3").arg(what).arg(n).arg(check.process.min));
    } else if (check.process.max && n > *check.process.max) {
        r.status = Status::Crit;
        setReason(r,
            CheckText::msg("%1: %2, at most %3 allowed").arg(what).arg(n).arg(*check.process.max));
    } else {
        r.status = Status::Ok;
        setReason(r, CheckText::msg("%1: %2").arg(what).arg(n));
    }
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("process"));
    if (!r)
        return;
    c.process.name = r->string(QStringLiteral("name")).value_or(QString());
    c.process.pattern = r->string(QStringLiteral("pattern")).value_or(QString());
    if (const auto min = r->boundedInteger(QStringLiteral("min")))
        c.process.min = *min;
    if (const auto max = r->boundedInteger(QStringLiteral("max")))
        c.process.max = *max;
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    QJsonObject o;
    if (!c.process.name.isEmpty())
        o.insert(QStringLiteral("name"), c.process.name);
    if (!c.process.pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), c.process.pattern);
    o.insert(QStringLiteral("min"), c.process.min);
    if (c.process.max)
        o.insert(QStringLiteral("max"), *c.process.max);
    check.insert(QStringLiteral("process"), o);
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    const ProcessSpec &s = c.process;
    if (s.name.isEmpty() && s.pattern.isEmpty())
        p.error(QStringLiteral("process.name"),
            CheckText::tr("needs either \"name\" (the process name, e.g. gunicorn) or "
                          "\"pattern\" (a regular expression on the command line)"));
    else if (!s.name.isEmpty() && !s.pattern.isEmpty())
        p.error(QStringLiteral("process.name"),
            CheckText::tr("set \"name\" or \"pattern\", not both: a name counts processes "
                          "called exactly that, a pattern matches their command lines"));
    if (!s.pattern.isEmpty())
        checkRegex(p, QStringLiteral("process.pattern"), s.pattern);
    checkOneLine(p, QStringLiteral("process.pattern"), s.pattern);
    checkOneLine(p, QStringLiteral("process.name"), s.name);
    if (s.name.size() > 15)
        p.warning(QStringLiteral("process.name"),
            CheckText::tr("Linux keeps only the first 15 characters of a process name, so "
                          "\"%1\" never matches; use \"pattern\" instead")
                .arg(s.name.left(80)));
    if (s.min < 0)
        p.error(QStringLiteral("process.min"), CheckText::tr("must not be negative"));
    if (s.max && *s.max < s.min)
        p.error(
            QStringLiteral("process.max"), CheckText::tr("must be at least min (%1)").arg(s.min));
}
} // namespace

const CheckKind &processCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Process,
        .name = "process",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Process count"),
        .runner = CheckRunner::ProbeSection,
        .settingKeys = {QStringLiteral("process")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                textField("checkProcessName", QT_TRANSLATE_NOOP("CheckKind", "Process &name:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. gunicorn (exact name)"), "process.name",
                    &CheckSpec::process, &ProcessSpec::name, true),
                textField("checkProcessPattern",
                    QT_TRANSLATE_NOOP("CheckKind", "Command-line &pattern:"),
                    QT_TRANSLATE_NOOP("CheckKind", "or a regular expression on the command line"),
                    "process.pattern", &CheckSpec::process, &ProcessSpec::pattern, false),
                {.kind = EditorField::Kind::Integer,
                    .objectName = "checkProcessMin",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "At &least:"),
                    .errorKey = "process.min",
                    .max = 100000,
                    .get = [](const CheckSpec &c) { return QVariant(c.process.min); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.process.min = v.toInt();
                            return QString();
                        }},
                {.kind = EditorField::Kind::Integer,
                    .objectName = "checkProcessMax",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "At &most:"),
                    .hint = QT_TRANSLATE_NOOP("CheckKind", "no limit"),
                    .errorKey = "process.max",
                    .min = -1,
                    .max = 100000,
                    .get = [](const CheckSpec &c) { return QVariant(c.process.max.value_or(-1)); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.process.max = v.toInt() < 0 ? std::nullopt : std::optional(v.toInt());
                            return QString();
                        }},
            },
        .probeSection = section,
        .evaluateSection = evaluate,
        .headlineMetric = "processes",
        .metricLabels = {{"processes", QT_TRANSLATE_NOOP("CheckKind", "Processes")}},
    };
    return kind;
}

} // namespace dozor
