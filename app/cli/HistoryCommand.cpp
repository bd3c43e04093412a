#include "CliContext.h"
#include "Commands.h"
#include "ResultFormat.h"
#include "core/AppPaths.h"
#include "core/DurationText.h"
#include "core/ExitCode.h"
#include "store/HistoryReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dozor {

namespace {
struct HistoryText {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
        && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

int runHistoryCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryText::tr("Export a recorded series from the history store."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption checkOpt(
        QStringLiteral("check"), HistoryText::tr("The check ID (required)."), QStringLiteral("ID"));
    const QCommandLineOption metricOpt(QStringLiteral("metric"),
        HistoryText::tr("Only this metric (default: every metric of the check)."),
        QStringLiteral("NAME"));
    const QCommandLineOption sinceOpt(QStringLiteral("since"),
        HistoryText::tr("How far back: 1h, 24h, 7d, 90d … (default 1h)."),
        QStringLiteral("DURATION"), QStringLiteral("1h"));
    const QCommandLineOption pointsOpt(QStringLiteral("points"),
        HistoryText::tr("At most N points per series (default 500)."), QStringLiteral("N"),
        QStringLiteral("500"));
    const QCommandLineOption minMaxOpt(QStringLiteral("minmax"),
        HistoryText::tr("Decimate keeping every bucket's minimum and maximum (default: LTTB)."));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), HistoryText::tr("Print CSV."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), HistoryText::tr("Print JSON."));
    parser.addOptions({checkOpt, metricOpt, sinceOpt, pointsOpt, minMaxOpt, csvOpt, jsonOpt});
    if (const auto stop = cli.parse(parser, args))
        return *stop;

    if (!parser.isSet(checkOpt)) {
        cli.err() << HistoryText::tr("--check ID is required") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(csvOpt) && parser.isSet(jsonOpt)) {
        cli.err() << HistoryText::tr("choose one of --csv and --json") << Qt::endl;
        return ExitUsage;
    }
    const Expected<qint64> since = parseDurationText(parser.value(sinceOpt));
    if (!since) {
        cli.err() << QStringLiteral("--since: ") << since.error() << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int points = parser.value(pointsOpt).toInt(&ok);
    if (!ok || points < 1 || points > 1'000'000) {
        cli.err() << HistoryText::tr("--points must be 1 … 1000000, got \"%1\"")
                         .arg(parser.value(pointsOpt))
                  << Qt::endl;
        return ExitUsage;
    }

    // An invalid workspace is said as such (its history may be fine, but a typo in the
    // file is what the user must hear about first).
    if (!cli.loadWorkspace(parser, CliContext::MissingDefault::Report))
        return ExitUsage;
    const QString checkId = parser.value(checkOpt);
    HistoryReader reader(AppPaths::historyFileFor(cli.workspacePath(parser)));
    if (const Expected<void> opened = reader.open(); !opened) {
        cli.err() << opened.error() << Qt::endl;
        return ExitFailure;
    }
    const auto series = reader.seriesOf(checkId);
    if (!series) {
        cli.err() << series.error() << Qt::endl;
        return ExitFailure;
    }
    QStringList metrics;
    for (const SeriesInfo &s : *series) {
        if (!parser.isSet(metricOpt) || s.metric == parser.value(metricOpt))
            metrics.append(s.metric);
    }
    if (metrics.isEmpty()) {
        cli.err() << (parser.isSet(metricOpt)
                ? HistoryText::tr("no metric \"%1\" recorded for check \"%2\"")
                      .arg(parser.value(metricOpt), checkId)
                : HistoryText::tr("nothing recorded for check \"%1\"").arg(checkId))
                  << Qt::endl;
        return ExitFailure;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray jsonSeries;
    if (parser.isSet(csvOpt))
        cli.out() << QStringLiteral("time,check,metric,value,min,max\n");
    for (const QString &metric : std::as_const(metrics)) {
        SeriesQuery q;
        q.checkId = checkId;
        q.metric = metric;
        q.fromMs = now - *since * 1000;
        q.toMs = now;
        q.maxPoints = points;
        q.mode = parser.isSet(minMaxOpt) ? DecimationMode::MinMax : DecimationMode::Lttb;
        const Expected<SeriesData> data = reader.series(q);
        if (!data) {
            cli.err() << data.error() << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(jsonOpt)) {
            QJsonArray pts;
            for (const SeriesPoint &p : data->points) {
                pts.append(QJsonObject {{QStringLiteral("time"), ResultFormat::isoTime(p.t)},
                    {QStringLiteral("t"), static_cast<double>(p.t)},
                    {QStringLiteral("value"), p.value}, {QStringLiteral("min"), p.min},
                    {QStringLiteral("max"), p.max}});
            }
            jsonSeries.append(
                QJsonObject {{QStringLiteral("check"), checkId}, {QStringLiteral("metric"), metric},
                    {QStringLiteral("tier"), historyTierName(data->tier)},
                    {QStringLiteral("rows_read"), static_cast<double>(data->rowsRead)},
                    {QStringLiteral("points"), pts}});
        } else if (parser.isSet(csvOpt)) {
            for (const SeriesPoint &p : data->points)
                cli.out() << ResultFormat::isoTime(p.t) << ',' << csvField(checkId) << ','
                          << csvField(metric) << ',' << p.value << ',' << p.min << ',' << p.max
                          << '\n';
        } else {
            cli.out() << HistoryText::tr("%1 / %2 — %n point(s) from the %3 tier", nullptr,
                static_cast<int>(data->points.size()))
                             .arg(checkId, metric, historyTierName(data->tier))
                      << '\n';
            for (const SeriesPoint &p : data->points)
                cli.out() << QStringLiteral("  ")
                          << QDateTime::fromMSecsSinceEpoch(p.t).toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          << QStringLiteral("  ") << QString::number(p.value, 'g', 6) << '\n';
        }
    }
    if (parser.isSet(jsonOpt))
        cli.out() << QString::fromUtf8(QJsonDocument(jsonSeries).toJson(QJsonDocument::Indented));
    cli.out().flush();
    return ExitOk;
}

} // namespace dozor
