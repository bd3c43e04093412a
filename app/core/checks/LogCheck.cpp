#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"

// log: lines matching an extended regular expression (grep -E) added to a log file since the
// previous sample, per minute. The read position (inode and size) is kept between samples,
// in the history too, so an edit or a restart goes on where it stopped.
namespace dozor {

namespace {
// At most this much of a log is read per sample; a burst beyond it is counted from its end.
constexpr qint64 maxLogBytesPerSample = qint64 {64} * 1024 * 1024;

ProbeSection section(const CheckSpec &c, const std::optional<LogCursor> &cursor)
{
    // Prints "f <inode> <size>", then (from the second sample on) "rotated" and "capped" when
    // so, and "c <count>" of the matching lines added since the previous read position. A
    // command that overruns the check's time limit is named by dozor_t and ends the section.
    const QByteArray file = sectionValue(c.log.file);
    QByteArray s = "if [ ! -e " + file + " ]; then echo missing; elif [ ! -r " + file
        + " ]; then echo unreadable; else dozor_lf=$(dozor_t stat -L -c '%i %s' -- " + file
        + " 2>/dev/null) || [ $? != 124 ] || dozor_to=stat; set -- $dozor_lf; "
          "[ -z \"$dozor_to\" ] && echo \"f $1 $2\"";
    if (cursor) {
        const QByteArray cap = QByteArray::number(maxLogBytesPerSample);
        const QByteArray prevSize = QByteArray::number(cursor->size);
        // Only numbers reach the shell's arithmetic (an error there would end the whole run).
        s += "; case \"$dozor_to:$1:$2\" in *[!0-9:]* | ::* | *:) ;; *) if [ \"$1\" = "
            + QByteArray::number(cursor->inode) + " ] && [ \"$2\" -ge " + prevSize
            + " ]; then dozor_lo=" + prevSize
            + "; else dozor_lo=0; echo rotated; fi; dozor_ln=$(( $2 - dozor_lo )); if [ "
              "\"$dozor_ln\" -gt "
            + cap + " ]; then dozor_lo=$(( $2 - " + cap + " )); dozor_ln=" + cap
            + "; echo capped; fi; dozor_lc=$(dozor_t sh -c 'tail -c +\"$1\" -- \"$2\" | head -c "
              "\"$3\" | grep -c -E -e \"$4\"' dozor_log $(( dozor_lo + 1 )) "
            + file + " \"$dozor_ln\" " + sectionValue(c.log.pattern)
            + ") || [ $? != 124 ] || dozor_to=grep; [ -z \"$dozor_to\" ] && echo \"c $dozor_lc\";; "
              "esac";
    }
    return {{c.log.file, c.log.pattern}, s + "; fi", cursor ? 2 : 1};
}

CheckResult evaluate(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next)
{
    CheckResult r = resultOf(check);
    const QString file = check.log.file;
    if (lines.value(0) == "missing")
        return unknownResult(r, CheckText::msg("%1 does not exist on the server").arg(file));
    if (lines.value(0) == "unreadable")
        return unknownResult(r, CheckText::msg("%1 cannot be read by the login account").arg(file));
    const auto f = lines.isEmpty() ? std::nullopt : tagged(lines.first(), "f");
    const QList<QByteArray> parts = f ? f->toByteArray().split(' ') : QList<QByteArray>();
    const auto inode = parts.size() == 2 ? unsignedNumber(parts.at(0)) : std::nullopt;
    const auto size = parts.size() == 2 ? unsignedNumber(parts.at(1)) : std::nullopt;
    if (!inode || !size)
        return unknownResult(
            r, CheckText::msg("the log's size was not reported: %1").arg(shownLines(lines)));
    *next = LogCursor {*inode, *size, nowMs, QString(), QString()};
    std::optional<quint64> count;
    bool rotated = false, capped = false;
    for (const QByteArray &line : lines.mid(1)) {
        if (const auto c = tagged(line, "c"))
            count = unsignedNumber(*c);
        rotated |= line == "rotated";
        capped |= line == "capped";
    }
    if (!previous) {
        r.status = Status::Ok;
        setReason(r,
            CheckText::msg("counting lines matching /%1/ in %2 from now on")
                .arg(check.log.pattern)
                .arg(file));
        return r;
    }
    if (!count)
        return unknownResult(
            r, CheckText::msg("grep gave no count: %1").arg(shownLines(lines.mid(1))));
    const double minutes = std::max(1.0, double(nowMs - previous->atMs)) / 60'000.0;
    const double perMin = double(*count) / minutes;
    r.values.append({QStringLiteral("matches"), double(*count), QString()});
    r.values.append({QStringLiteral("matches_per_min"), perMin, QStringLiteral("/min")});
    r.status = levelFor(perMin, checkKind(CheckType::Log).limits(check));
    Message reason = CheckText::msg("%n new line(s) matching /%2/ in %3 (%4 per minute)", nullptr,
        static_cast<int>(std::min<quint64>(*count, 1u << 30)))
                         .arg(check.log.pattern)
                         .arg(file)
                         .real(perMin, 1);
    if (rotated)
        reason = reason + CheckText::msg("; the log was rotated, counted from its start");
    if (capped)
        reason = reason + CheckText::msg("; only the newest 64 MiB were read");
    setReason(r, reason);
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("log"));
    if (!r)
        return;
    c.log.file = r->string(QStringLiteral("file"), true).value_or(QString());
    c.log.pattern = r->string(QStringLiteral("pattern"), true).value_or(QString());
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    QJsonObject o;
    if (!c.log.file.isEmpty())
        o.insert(QStringLiteral("file"), c.log.file);
    if (!c.log.pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), c.log.pattern);
    check.insert(QStringLiteral("log"), o);
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    if (!c.log.file.startsWith(QLatin1Char('/')))
        p.error(QStringLiteral("log.file"),
            CheckText::tr("must be an absolute path such as /var/log/app.log, got \"%1\"")
                .arg(c.log.file.left(80)));
    checkOneLine(p, QStringLiteral("log.file"), c.log.file);
    checkOneLine(p, QStringLiteral("log.pattern"), c.log.pattern);
    if (c.log.pattern.isEmpty())
        p.error(QStringLiteral("log.pattern"),
            CheckText::tr("must not be empty, e.g. \"ERROR|CRITICAL\""));
    else
        checkRegex(p, QStringLiteral("log.pattern"), c.log.pattern);
}
} // namespace

const CheckKind &logCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Log,
        .name = "log",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Log error rate"),
        .runner = CheckRunner::ProbeSection,
        .defaultWarn = defaults::logWarnPerMin,
        .defaultCrit = defaults::logCritPerMin,
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " /min"),
        .limitTip = QT_TRANSLATE_NOOP(
            "CheckKind", "New matching lines per minute that make the check a warning"),
        .settingKeys = {QStringLiteral("log")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                textField("checkLogFile", QT_TRANSLATE_NOOP("CheckKind", "Log &file:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. /var/log/app/error.log"), "log.file",
                    &CheckSpec::log, &LogSpec::file, true),
                textField("checkLogPattern", QT_TRANSLATE_NOOP("CheckKind", "Lines &matching:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. ERROR|CRITICAL"), "log.pattern",
                    &CheckSpec::log, &LogSpec::pattern, false),
            },
        .probeSection = section,
        .evaluateSection = evaluate,
        .readPosition = [](const CheckSpec &c) { return c.log.file; },
        .headlineMetric = "matches_per_min",
        .metricLabels =
            {
                {"matches", QT_TRANSLATE_NOOP("CheckKind", "Matching log lines")},
                {"matches_per_min",
                    QT_TRANSLATE_NOOP("CheckKind", "Matching log lines per minute")},
            },
    };
    return kind;
}

} // namespace dozor
