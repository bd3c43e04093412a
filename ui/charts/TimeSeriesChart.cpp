#include "TimeSeriesChart.h"

#include "StatusStyle.h"
#include "core/MetricDisplay.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dozor {

class TimeSeriesChart::Private {
public:
    QChart *chart = new QChart;
    QChartView *view = nullptr;
    QLabel *message = nullptr;
    QLineSeries *line = new QLineSeries;
    QLineSeries *upper = new QLineSeries;
    QLineSeries *lower = new QLineSeries;
    QAreaSeries *spread = nullptr;
    QLineSeries *warnLine = new QLineSeries;
    QLineSeries *critLine = new QLineSeries;
    QHash<int, QScatterSeries *> eventSeries;
    QDateTimeAxis *x = new QDateTimeAxis;
    QValueAxis *y = new QValueAxis;
    QList<SeriesPoint> points;
    QList<Event> events;
    std::optional<double> warn, crit;
    QString unit;
    qint64 fromMs = 0, toMs = 0;

    void attach(QAbstractSeries *series)
    {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    void updateAxes();
    void updateThresholds();
    void updateEvents();
    QString valueText(double v) const { return MetricDisplay::formatValue(v, unit); }
    std::optional<SeriesPoint> nearest(qint64 t) const;
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->chart->legend()->hide();
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    d->x->setTickCount(6);
    d->y->setTickCount(5);
    d->y->setLabelFormat(QStringLiteral("%.4g"));

    d->spread = new QAreaSeries(d->upper, d->lower);
    // The area series only refers to its border lines; it owns them from here on.
    d->upper->setParent(d->spread);
    d->lower->setParent(d->spread);
    d->spread->setColor(QColor(0x3b, 0x7d, 0xd8, 50));
    d->spread->setBorderColor(Qt::transparent);
    d->attach(d->spread);
    d->line->setColor(QColor(0x3b, 0x7d, 0xd8));
    d->line->setPen(QPen(QColor(0x3b, 0x7d, 0xd8), 1.5));
    d->attach(d->line);
    d->warnLine->setPen(QPen(StatusStyle::color(Status::Warn), 1, Qt::DashLine));
    d->critLine->setPen(QPen(StatusStyle::color(Status::Crit), 1, Qt::DashLine));
    d->attach(d->warnLine);
    d->attach(d->critLine);

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(180);
    d->message = new QLabel(this);
    d->message->setAlignment(Qt::AlignCenter);
    d->message->setEnabled(false);
    d->message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->message);

    connect(d->line, &QLineSeries::hovered, this, [this](const QPointF &at, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        const auto p = d->nearest(static_cast<qint64>(at.x()));
        if (!p)
            return;
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(p->t), QLocale::ShortFormat);
        QString text = when + QLatin1Char('\n') + d->valueText(p->value);
        if (p->max > p->min)
            text += QLatin1Char('\n')
                + tr("min %1, max %2").arg(d->valueText(p->min), d->valueText(p->max));
        QToolTip::showText(QCursor::pos(), text, d->view);
    });
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    d->unit = unit;
}

void TimeSeriesChart::setRange(qint64 fromMs, qint64 toMs)
{
    d->fromMs = fromMs;
    d->toMs = toMs;
    const qint64 span = toMs - fromMs;
    d->x->setFormat(
        span <= 24LL * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("dd.MM HH:mm"));
    d->x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    d->updateThresholds();
    d->updateEvents();
}

void TimeSeriesChart::setPoints(const QList<SeriesPoint> &points, bool showSpread)
{
    d->points = points;
    QList<QPointF> line, upper, lower;
    line.reserve(points.size());
    for (const SeriesPoint &p : points) {
        const double t = static_cast<double>(p.t);
        line.append({t, p.value});
        if (showSpread) {
            upper.append({t, p.max});
            lower.append({t, p.min});
        }
    }
    d->line->replace(line);
    d->upper->replace(upper);
    d->lower->replace(lower);
    d->spread->setVisible(showSpread && !upper.isEmpty());
    setMessage(points.isEmpty() ? tr("No data in this range") : QString());
    d->updateAxes();
}

void TimeSeriesChart::setThresholds(std::optional<double> warn, std::optional<double> crit)
{
    d->warn = warn;
    d->crit = crit;
    d->updateThresholds();
    d->updateAxes();
}

void TimeSeriesChart::setEvents(const QList<Event> &events)
{
    d->events = events;
    d->updateEvents();
}

void TimeSeriesChart::setMessage(const QString &message)
{
    d->message->setText(message);
    d->message->setVisible(!message.isEmpty());
}

int TimeSeriesChart::plotWidth() const
{
    const int width = static_cast<int>(d->chart->plotArea().width());
    return width > 10 ? width : qMax(100, this->width() - 80);
}

qsizetype TimeSeriesChart::pointCount() const
{
    return d->line->count();
}

void TimeSeriesChart::Private::updateAxes()
{
    double lo = 0, hi = 1;
    bool first = true;
    for (const SeriesPoint &p : std::as_const(points)) {
        const double a = qMin(p.min, p.value), b = qMax(p.max, p.value);
        lo = first ? a : qMin(lo, a);
        hi = first ? b : qMax(hi, b);
        first = false;
    }
    lo = qMin(lo, 0.0);
    // Show a threshold when it is near the data; far above, it would flatten the line.
    for (const auto &limit : {warn, crit}) {
        if (limit && *limit <= hi * 2.5)
            hi = qMax(hi, *limit);
    }
    if (unit == QLatin1String("%"))
        hi = qMin(qMax(hi * 1.1, 1.0), 100.0);
    else
        hi = hi <= lo ? lo + 1 : hi * 1.1;
    y->setRange(lo, hi);
    updateEvents(); // event marks sit at the top
}

void TimeSeriesChart::Private::updateThresholds()
{
    const double a = static_cast<double>(fromMs), b = static_cast<double>(toMs);
    warnLine->replace(warn ? QList<QPointF> {{a, *warn}, {b, *warn}} : QList<QPointF>());
    critLine->replace(crit ? QList<QPointF> {{a, *crit}, {b, *crit}} : QList<QPointF>());
}

void TimeSeriesChart::Private::updateEvents()
{
    QHash<int, QList<QPointF>> marks;
    const double top = y->max();
    for (const Event &e : std::as_const(events)) {
        if (e.atMs >= fromMs && e.atMs <= toMs)
            marks[static_cast<int>(e.status)].append({static_cast<double>(e.atMs), top});
    }
    for (Status s : {Status::Ok, Status::Warn, Status::Unknown, Status::Crit}) {
        const int key = static_cast<int>(s);
        QScatterSeries *series = eventSeries.value(key);
        if (!series && !marks.contains(key))
            continue;
        if (!series) {
            series = new QScatterSeries;
            series->setMarkerSize(9);
            series->setColor(StatusStyle::color(s));
            series->setBorderColor(StatusStyle::color(s).darker(140));
            attach(series);
            eventSeries.insert(key, series);
            QObject::connect(
                series, &QScatterSeries::hovered, view, [this](const QPointF &at, bool entered) {
                    if (!entered)
                        return;
                    QStringList lines;
                    for (const Event &e : std::as_const(events)) {
                        if (qAbs(static_cast<double>(e.atMs) - at.x()) < 1.0)
                            lines.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs),
                                             QLocale::ShortFormat)
                                + QStringLiteral(" — ") + StatusStyle::label(e.status)
                                + QStringLiteral(": ") + e.text);
                    }
                    if (!lines.isEmpty())
                        QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), view);
                });
        }
        series->replace(marks.value(key));
    }
}

std::optional<SeriesPoint> TimeSeriesChart::Private::nearest(qint64 t) const
{
    if (points.isEmpty())
        return std::nullopt;
    const auto it = std::lower_bound(points.begin(), points.end(), t,
        [](const SeriesPoint &p, qint64 value) { return p.t < value; });
    if (it == points.end())
        return points.last();
    if (it == points.begin())
        return *it;
    const auto before = std::prev(it);
    return (t - before->t) <= (it->t - t) ? *before : *it;
}

} // namespace dozor
