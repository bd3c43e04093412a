#include "CliContext.h"
#include "Commands.h"
#include "core/AppPaths.h"
#include "core/DurationText.h"
#include "core/ExitCode.h"
#include "store/JournalBook.h"
#include "store/JournalExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dozor {

namespace {

struct JournalText {
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)
};

// --since, --from and --to: the period a listing, export or report covers.
struct PeriodOptions {
    QCommandLineOption since {QStringLiteral("since"),
        JournalText::tr("How far back: 24h, 7d, 30d … (default: everything)."),
        QStringLiteral("DURATION")};
    QCommandLineOption from {QStringLiteral("from"),
        JournalText::tr("Start of the period (2026-12-01 or 2026-12-01T08:00)."),
        QStringLiteral("TIME")};
    QCommandLineOption to {
        QStringLiteral("to"), JournalText::tr("End of the period."), QStringLiteral("TIME")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({since, from, to}); }
};

std::optional<qint64> parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t.isValid() ? std::optional(t.toMSecsSinceEpoch()) : std::nullopt;
}

// Fills fromMs/toMs; false after printing why when an option is malformed.
bool readPeriod(CliContext &cli, const QCommandLineParser &parser, const PeriodOptions &o,
    qint64 nowMs, qint64 *fromMs, qint64 *toMs)
{
    if (parser.isSet(o.since)) {
        const auto seconds = parseDurationText(parser.value(o.since));
        if (!seconds) {
            cli.err() << seconds.error() << Qt::endl;
            return false;
        }
        *fromMs = nowMs - *seconds * 1000;
    }
    for (const auto &[option, into] : {std::pair {&o.from, fromMs}, std::pair {&o.to, toMs}}) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseTime(parser.value(*option));
        if (!t) {
            cli.err() << JournalText::tr("--%1 needs a date or date and time such as 2026-12-01 or "
                                         "2026-12-01T08:00, got \"%2\"")
                             .arg(option->names().constFirst(), parser.value(*option))
                      << Qt::endl;
            return false;
        }
        *into = *t;
    }
    if (*fromMs && *toMs && *toMs <= *fromMs) {
        cli.err() << JournalText::tr("the period ends before it starts") << Qt::endl;
        return false;
    }
    return true;
}

std::optional<JournalBook *> openBook(CliContext &cli, JournalBook &book)
{
    if (const auto opened = book.open(); !opened) {
        cli.err() << opened.error() << Qt::endl;
        return std::nullopt;
    }
    return &book;
}

QJsonObject incidentJson(const Incident &i)
{
    QJsonObject o {{QStringLiteral("id"), i.id},
        {QStringLiteral("scope"),
            i.scope == IncidentScope::Host ? QStringLiteral("host") : QStringLiteral("check")},
        {QStringLiteral("target"), i.targetId}, {QStringLiteral("check"), i.checkId},
        {QStringLiteral("title"), i.title}, {QStringLiteral("reason"), i.reason},
        {QStringLiteral("severity"), alertLevelName(alertLevelFor(i.worst))},
        {QStringLiteral("worst"), statusName(i.worst)},
        {QStringLiteral("opened"),
            QDateTime::fromMSecsSinceEpoch(i.openedMs).toString(Qt::ISODate)},
        {QStringLiteral("maintenance"), i.maintenance},
        {QStringLiteral("checks"), QJsonArray::fromStringList(i.checks)}};
    if (!i.isOpen())
        o.insert(QStringLiteral("closed"),
            QDateTime::fromMSecsSinceEpoch(i.closedMs).toString(Qt::ISODate));
    return o;
}

QJsonObject entryJson(const JournalEntry &e)
{
    QJsonObject o {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), e.title},
        {QStringLiteral("severity"), alertLevelName(e.severity)},
        {QStringLiteral("target"), e.targetId},
        {QStringLiteral("start"),
            QDateTime::fromMSecsSinceEpoch(e.startedMs).toString(Qt::ISODate)},
        {QStringLiteral("what"), e.what}, {QStringLiteral("root_cause"), e.rootCause},
        {QStringLiteral("fix"), e.fix}, {QStringLiteral("follow_ups"), e.followUps},
        {QStringLiteral("incident"), e.incidentId}, {QStringLiteral("source"), e.source}};
    if (e.endedMs)
        o.insert(
            QStringLiteral("end"), QDateTime::fromMSecsSinceEpoch(e.endedMs).toString(Qt::ISODate));
    return o;
}

int list(CliContext &cli, QCommandLineParser &parser, JournalBook &book, const JournalFilter &f,
    bool json)
{
    const auto incidents = book.incidents(f);
    const auto entries =
        incidents ? book.entries(f) : Expected<QList<JournalEntry>>(unexpected(incidents.error()));
    if (!entries) {
        cli.err() << entries.error() << Qt::endl;
        return ExitFailure;
    }
    Q_UNUSED(parser)
    if (json) {
        QJsonArray is;
        for (const Incident &i : *incidents)
            is.append(incidentJson(i));
        QJsonArray es;
        for (const JournalEntry &e : *entries)
            es.append(entryJson(e));
        cli.out() << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("incidents"), is}, {QStringLiteral("entries"), es}})
                                           .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Incident &i : *incidents) {
        const QString state = i.isOpen()
            ? JournalText::tr("OPEN %1").arg(formatDuration(now - i.openedMs))
            : JournalText::tr("resolved after %1").arg(formatDuration(i.closedMs - i.openedMs));
        cli.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(JournalExport::timeText(i.openedMs),
                             JournalExport::severityText(alertLevelFor(i.worst)), i.title, state,
                             i.id)
                  << Qt::endl;
    }
    for (const JournalEntry &e : *entries)
        cli.out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(JournalExport::timeText(e.startedMs),
                             JournalExport::severityText(e.severity), e.title,
                             JournalText::tr("journal entry %1").arg(e.id))
                  << Qt::endl;
    if (incidents->isEmpty() && entries->isEmpty())
        cli.err() << JournalText::tr("nothing in the journal for this selection") << Qt::endl;
    return ExitOk;
}

} // namespace

int runJournalCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(JournalText::tr(
        "The incident journal: incidents Dozor recorded and entries written by people.\n"
        "  list    incidents (open first) and entries; filter with --target, --severity, "
        "--search and a period\n"
        "  add     a journal entry: --title, and any of --severity, --target, --start, --end, "
        "--what, --cause, --fix, --follow-ups, --incident\n"
        "  export  Markdown of one --incident, or of a period (to --output or standard output)"));
    parser.addOption(CliContext::workspaceOption());
    PeriodOptions period;
    period.addTo(parser);
    const QCommandLineOption target(
        QStringLiteral("target"), JournalText::tr("Only this server."), QStringLiteral("ID"));
    const QCommandLineOption severity(QStringLiteral("severity"),
        JournalText::tr("critical, warning or info."), QStringLiteral("LEVEL"));
    const QCommandLineOption search(QStringLiteral("search"),
        JournalText::tr("Only what contains all these words."), QStringLiteral("WORDS"));
    const QCommandLineOption json(QStringLiteral("json"), JournalText::tr("list: print JSON."));
    const QCommandLineOption title(
        QStringLiteral("title"), JournalText::tr("add: the title."), QStringLiteral("TEXT"));
    const QCommandLineOption start(QStringLiteral("start"),
        JournalText::tr("add: when it began (default now)."), QStringLiteral("TIME"));
    const QCommandLineOption end(
        QStringLiteral("end"), JournalText::tr("add: when it ended."), QStringLiteral("TIME"));
    const QCommandLineOption what(
        QStringLiteral("what"), JournalText::tr("add: what happened."), QStringLiteral("TEXT"));
    const QCommandLineOption cause(
        QStringLiteral("cause"), JournalText::tr("add: the root cause."), QStringLiteral("TEXT"));
    const QCommandLineOption fix(
        QStringLiteral("fix"), JournalText::tr("add: what fixed it."), QStringLiteral("TEXT"));
    const QCommandLineOption followUps(QStringLiteral("follow-ups"),
        JournalText::tr("add: what is still to do."), QStringLiteral("TEXT"));
    const QCommandLineOption incident(QStringLiteral("incident"),
        JournalText::tr("add: the incident it is about; export: only this incident."),
        QStringLiteral("ID"));
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
        JournalText::tr("export: write to FILE."), QStringLiteral("FILE"));
    parser.addOptions({target, severity, search, json, title, start, end, what, cause, fix,
        followUps, incident, output});
    parser.addPositionalArgument(QStringLiteral("action"), JournalText::tr("list, add or export"));
    // Two words are read so that "journal show ID" is told about "show", not about "ID".
    if (const auto stop = cli.parse(parser, args, 2))
        return *stop;
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("list") && action != QLatin1String("add")
        && action != QLatin1String("export")) {
        if (!action.isEmpty())
            cli.err() << JournalText::tr("unknown journal action \"%1\"").arg(action.left(40))
                      << Qt::endl;
        cli.err() << JournalText::tr("usage: dozor journal list|add|export (one incident: "
                                     "dozor journal export --incident ID)")
                  << Qt::endl;
        return ExitUsage;
    }
    if (parser.positionalArguments().size() > 1) {
        cli.err() << JournalText::tr("unexpected argument: %1")
                         .arg(parser.positionalArguments().at(1).left(80))
                  << Qt::endl;
        return ExitUsage;
    }
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    JournalFilter filter;
    if (!readPeriod(cli, parser, period, now, &filter.fromMs, &filter.toMs))
        return ExitUsage;
    filter.targetId = parser.value(target);
    filter.search = parser.value(search);
    if (parser.isSet(severity)) {
        filter.severity = alertLevelFromName(parser.value(severity));
        if (!filter.severity) {
            cli.err() << JournalText::tr("--severity is critical, warning or info, got \"%1\"")
                             .arg(parser.value(severity))
                      << Qt::endl;
            return ExitUsage;
        }
    }
    JournalBook book(AppPaths::historyFileFor(path));
    if (!openBook(cli, book))
        return ExitFailure;

    if (action == QLatin1String("list"))
        return list(cli, parser, book, filter, parser.isSet(json));

    if (action == QLatin1String("add")) {
        JournalEntry e;
        e.title = parser.value(title).trimmed();
        if (e.title.isEmpty()) {
            cli.err() << JournalText::tr("a journal entry needs --title") << Qt::endl;
            return ExitUsage;
        }
        e.severity = filter.severity.value_or(AlertLevel::Warning);
        e.targetId = filter.targetId;
        if (!e.targetId.isEmpty() && !workspace->target(e.targetId)) {
            cli.err() << JournalText::tr("no target with id \"%1\" in %2").arg(e.targetId, path)
                      << Qt::endl;
            return ExitUsage;
        }
        for (const auto &[option, into] :
            {std::pair {&start, &e.startedMs}, std::pair {&end, &e.endedMs}}) {
            if (!parser.isSet(*option))
                continue;
            const auto t = parseTime(parser.value(*option));
            if (!t) {
                cli.err() << JournalText::tr("--%1 needs a date or date and time such as "
                                             "2026-12-01T08:00, got \"%2\"")
                                 .arg(option->names().constFirst(), parser.value(*option))
                          << Qt::endl;
                return ExitUsage;
            }
            *into = *t;
        }
        e.what = parser.value(what);
        e.rootCause = parser.value(cause);
        e.fix = parser.value(fix);
        e.followUps = parser.value(followUps);
        e.incidentId = parser.value(incident);
        if (!e.incidentId.isEmpty()) {
            const auto linked = book.incident(e.incidentId);
            if (!linked || !linked->has_value()) {
                cli.err() << JournalText::tr("there is no incident %1 in the history (dozor "
                                             "journal list shows their ids)")
                                 .arg(e.incidentId)
                          << Qt::endl;
                return ExitUsage;
            }
        }
        const auto id = book.addEntry(e, now);
        if (!id) {
            cli.err() << id.error() << Qt::endl;
            return ExitFailure;
        }
        cli.out() << *id << Qt::endl;
        return ExitOk;
    }

    const auto markdown = parser.isSet(incident)
        ? JournalExport::incident(book, *workspace, parser.value(incident))
        : JournalExport::period(book, *workspace, filter);
    if (!markdown) {
        cli.err() << markdown.error() << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(output)) {
        cli.out() << *markdown;
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown->toUtf8()) < 0 || !file.commit()) {
        cli.err()
            << JournalText::tr("cannot write %1: %2").arg(parser.value(output), file.errorString())
            << Qt::endl;
        return ExitFailure;
    }
    cli.err() << JournalText::tr("Wrote %1").arg(parser.value(output)) << Qt::endl;
    return ExitOk;
}

int runUptimeCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(JournalText::tr(
        "Uptime and mean time to recovery per check and per server over a period (default the "
        "last 30 days). Only time Dozor observed counts; the rest is shown as not observed."));
    parser.addOption(CliContext::workspaceOption());
    PeriodOptions period;
    period.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), JournalText::tr("Print JSON."));
    parser.addOption(json);
    if (const auto stop = cli.parse(parser, args))
        return *stop;
    const QString path = cli.workspacePath(parser);
    const auto workspace = cli.loadWorkspace(parser, CliContext::MissingDefault::Report);
    if (!workspace)
        return ExitUsage;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 fromMs = now - 30LL * 86'400'000;
    qint64 toMs = 0;
    if (!readPeriod(cli, parser, period, now, &fromMs, &toMs))
        return ExitUsage;
    if (!toMs)
        toMs = now;
    JournalBook book(AppPaths::historyFileFor(path));
    if (!openBook(cli, book))
        return ExitFailure;
    const auto rows = book.uptime(fromMs, toMs, now);
    if (!rows) {
        cli.err() << rows.error() << Qt::endl;
        return ExitFailure;
    }
    QJsonArray array;
    for (const UptimeRow &r : *rows) {
        const Target *t = workspace->target(r.targetId);
        const CheckSpec *c = workspace->check(r.checkId);
        const QString name = r.checkId.isEmpty()
            ? (t ? t->displayName() : r.targetId)
            : QStringLiteral("  %1").arg(c ? c->displayName() : r.checkId);
        const auto pct = r.uptimePercent();
        if (parser.isSet(json)) {
            QJsonObject o {{QStringLiteral("target"), r.targetId},
                {QStringLiteral("check"), r.checkId},
                {QStringLiteral("observed_seconds"), double(r.observedMs / 1000)},
                {QStringLiteral("not_observed_seconds"), double(r.notObservedMs() / 1000)},
                {QStringLiteral("down_seconds"), double(r.downMs / 1000)},
                {QStringLiteral("incidents"), r.incidents}};
            o.insert(QStringLiteral("uptime_percent"), pct ? QJsonValue(*pct) : QJsonValue());
            o.insert(QStringLiteral("mttr_seconds"),
                r.mttrMs ? QJsonValue(double(*r.mttrMs / 1000)) : QJsonValue());
            array.append(o);
            continue;
        }
        cli.out() << JournalText::tr("%1: %2 up, %3 incident(s), MTTR %4, not observed %5")
                         .arg(name,
                             pct ? QString::number(*pct, 'f', 3) + QLatin1Char('%')
                                 : JournalText::tr("—"),
                             QString::number(r.incidents),
                             r.mttrMs ? formatDuration(*r.mttrMs) : JournalText::tr("—"),
                             formatDuration(r.notObservedMs()))
                  << Qt::endl;
    }
    if (parser.isSet(json))
        cli.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else if (rows->isEmpty())
        cli.err() << JournalText::tr("nothing was observed in this period") << Qt::endl;
    return ExitOk;
}

} // namespace dozor
