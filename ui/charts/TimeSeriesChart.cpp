#include "TimeSeriesChart.h"

#include "StatusStyle.h"
#include "core/AxisScale.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

namespace dozor {

namespace {
// Distinguishable on light and dark backgrounds; the first is the single-line colour.
const QColor lineColors[] = {QColor(0x3b, 0x7d, 0xd8), QColor(0xe6, 0x7e, 0x22),
    QColor(0x2e, 0x9e, 0x5b), QColor(0x8e, 0x5c, 0xcf), QColor(0x1a, 0xa3, 0xa3),
    QColor(0xd4, 0x5d, 0x9a), QColor(0xa0, 0x6a, 0x2c), QColor(0x7f, 0x8c, 0x8d)};

void setCategories(QCategoryAxis *axis, const QList<double> &values, const QStringList &labels)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    QSet<QString> used;
    for (qsizetype i = 0; i < values.size() && i < labels.size(); ++i) {
        // Category labels must differ: a repeated time of day gets an invisible mark.
        QString label = labels.at(i);
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        axis->append(label, values.at(i));
    }
}
} // namespace

class TimeSeriesChart::Private {
public:
    struct Line {
        QString key;
        QString label;
        QLineSeries *series = nullptr;
        QList<SeriesPoint> points;
        bool rolledUp = false;
        bool right = false; // read against the right axis
    };

    TimeSeriesChart *q;
    QChart *chart = new QChart;
    QChartView *view = nullptr;
    QLabel *message = nullptr;
    QList<Line> lines;
    QLineSeries *upper = new QLineSeries;
    QLineSeries *lower = new QLineSeries;
    QAreaSeries *spread = nullptr;
    QLineSeries *warnLine = new QLineSeries;
    QLineSeries *critLine = new QLineSeries;
    QHash<int, QScatterSeries *> eventSeries;
    QGraphicsLineItem *crosshair = nullptr;
    QCategoryAxis *x = new QCategoryAxis;
    QCategoryAxis *y = new QCategoryAxis;
    QCategoryAxis *y2 = nullptr; // the right axis, once a line needs it
    AxisScale::ValueTicks yTicks, y2Ticks;
    QHash<QString, QList<Event>> eventsBySource; // "" when the chart has one source
    QList<Event> events; // all of them, named by their source when there are several
    std::optional<double> warn, crit;
    QString unit, unit2;
    qint64 fromMs = 0, toMs = 0;

    explicit Private(TimeSeriesChart *owner)
        : q(owner)
    {
    }
    void attach(QAbstractSeries *series, bool right = false)
    {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(right && y2 ? y2 : y);
    }
    void ensureRightAxis();
    AxisScale::ValueTicks ticksFor(bool right) const;
    void setValueAxis(QCategoryAxis *axis, const AxisScale::ValueTicks &ticks);
    void updateAxes();
    void updateTimeAxis();
    void updateThresholds();
    void updateEvents();
    void updateSpread();
    void updateLegend();
    void applyPalette();
    void showCrosshair(const QPoint &viewPos);
    void hideCrosshair();
    QString valueText(double v, bool right = false) const
    {
        return right ? AxisScale::formatLike(y2Ticks, v, unit2)
                     : AxisScale::formatLike(yTicks, v, unit);
    }
};

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->chart->legend()->hide();
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->chart->addAxis(d->x, Qt::AlignBottom);
    d->chart->addAxis(d->y, Qt::AlignLeft);
    for (QCategoryAxis *axis : {d->x, d->y}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        // A label is a value with its unit: never cut to "…".
        axis->setTruncateLabels(false);
    }

    d->spread = new QAreaSeries(d->upper, d->lower);
    // The area series only refers to its border lines; it owns them from here on.
    d->upper->setParent(d->spread);
    d->lower->setParent(d->spread);
    d->spread->setColor(QColor(0x3b, 0x7d, 0xd8, 50));
    d->spread->setBorderColor(Qt::transparent);
    d->spread->setName(tr("min … max"));
    d->attach(d->spread);
    d->warnLine->setPen(QPen(StatusStyle::color(Status::Warn), 1, Qt::DashLine));
    d->critLine->setPen(QPen(StatusStyle::color(Status::Crit), 1, Qt::DashLine));
    d->attach(d->warnLine);
    d->attach(d->critLine);

    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(180);
    d->view->setMouseTracking(true);
    d->view->viewport()->setMouseTracking(true);
    d->view->viewport()->installEventFilter(this);
    d->crosshair = new QGraphicsLineItem(d->chart);
    d->crosshair->setZValue(100);
    d->crosshair->hide();
    d->message = new QLabel(this);
    d->message->setAlignment(Qt::AlignCenter);
    d->message->setEnabled(false);
    d->message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->message);
    d->applyPalette();
    d->updateAxes();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    d->chart->setTitle(title);
}

QString TimeSeriesChart::title() const
{
    return d->chart->title();
}

void TimeSeriesChart::setUnit(const QString &unit)
{
    d->unit = unit;
    d->updateAxes();
}

void TimeSeriesChart::setRightAxis(const QString &unit)
{
    d->unit2 = unit;
    d->ensureRightAxis();
    d->updateAxes();
}

void TimeSeriesChart::setRange(qint64 fromMs, qint64 toMs)
{
    d->fromMs = fromMs;
    d->toMs = toMs;
    d->updateTimeAxis();
    d->updateThresholds();
    d->updateEvents();
}

void TimeSeriesChart::addLine(const QString &key, const QString &label, Axis axis)
{
    const bool right = axis == Axis::Right;
    if (right)
        d->ensureRightAxis();
    auto it = std::find_if(
        d->lines.begin(), d->lines.end(), [&](const Private::Line &l) { return l.key == key; });
    if (it == d->lines.end()) {
        Private::Line line;
        line.key = key;
        line.right = right;
        line.series = new QLineSeries;
        const QColor color = lineColors[d->lines.size() % std::size(lineColors)];
        line.series->setPen(QPen(color, 1.5));
        d->attach(line.series, right);
        d->lines.append(line);
        it = std::prev(d->lines.end());
    }
    it->label = label;
    it->series->setName(label);
    d->updateLegend();
}

void TimeSeriesChart::setLine(const QString &key, const QString &label,
    const QList<SeriesPoint> &points, bool rolledUp, Axis axis)
{
    addLine(key, label, axis);
    const auto it = std::find_if(
        d->lines.begin(), d->lines.end(), [&](const Private::Line &l) { return l.key == key; });
    it->points = points;
    it->rolledUp = rolledUp;
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const SeriesPoint &p : points)
        xy.append({static_cast<double>(p.t), p.value});
    it->series->replace(xy);
    d->updateSpread();
    d->updateLegend();
    const bool any = std::any_of(d->lines.cbegin(), d->lines.cend(),
        [](const Private::Line &l) { return !l.points.isEmpty(); });
    setMessage(any ? QString() : tr("No data in this range"));
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
    setEvents(QString(), events);
}

void TimeSeriesChart::setEvents(const QString &source, const QList<Event> &events)
{
    d->eventsBySource.insert(source, events);
    d->events.clear();
    const bool named = d->eventsBySource.size() > 1;
    for (auto it = d->eventsBySource.constBegin(); it != d->eventsBySource.constEnd(); ++it) {
        for (Event e : it.value()) {
            if (named && !it.key().isEmpty())
                e.text = it.key() + QStringLiteral(" — ") + e.text;
            d->events.append(e);
        }
    }
    std::sort(d->events.begin(), d->events.end(),
        [](const Event &a, const Event &b) { return a.atMs < b.atMs; });
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
    qsizetype n = 0;
    for (const Private::Line &l : d->lines)
        n += l.series->count();
    return n;
}

QStringList TimeSeriesChart::lineLabels() const
{
    QStringList labels;
    for (const Private::Line &l : d->lines)
        labels.append(l.label);
    return labels;
}

QStringList TimeSeriesChart::valueAxisLabels() const
{
    return d->y->categoriesLabels();
}

QStringList TimeSeriesChart::rightAxisLabels() const
{
    return d->y2 ? d->y2->categoriesLabels() : QStringList();
}

QStringList TimeSeriesChart::timeAxisLabels() const
{
    QStringList labels = d->x->categoriesLabels();
    for (QString &label : labels)
        label.remove(QChar(0x200B));
    return labels;
}

QString TimeSeriesChart::crosshairText(qint64 atMs) const
{
    QStringList rows;
    std::optional<qint64> shownTime;
    for (const Private::Line &l : d->lines) {
        if (l.points.isEmpty())
            continue;
        const auto it = std::lower_bound(l.points.begin(), l.points.end(), atMs,
            [](const SeriesPoint &p, qint64 value) { return p.t < value; });
        const SeriesPoint *p = nullptr;
        if (it == l.points.end())
            p = &l.points.last();
        else if (it == l.points.begin())
            p = &*it;
        else
            p = (atMs - std::prev(it)->t) <= (it->t - atMs) ? &*std::prev(it) : &*it;
        if (!shownTime)
            shownTime = p->t;
        const QString value = d->valueText(p->value, l.right);
        QString row = d->lines.size() > 1 ? l.label + QStringLiteral(": ") + value : value;
        if (l.rolledUp && p->max > p->min)
            row += QStringLiteral("  ")
                + tr("(min %1, max %2)")
                      .arg(d->valueText(p->min, l.right), d->valueText(p->max, l.right));
        rows.append(row);
    }
    if (rows.isEmpty())
        return {};
    // Status changes within a few pixels of the crosshair.
    const double perPixel = static_cast<double>(d->toMs - d->fromMs) / std::max(1, plotWidth());
    for (const Event &e : std::as_const(d->events)) {
        if (std::abs(static_cast<double>(e.atMs - atMs)) <= 4 * perPixel)
            rows.append(StatusStyle::label(e.status) + QStringLiteral(": ") + e.text);
    }
    rows.prepend(QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(shownTime.value_or(atMs)), QLocale::ShortFormat));
    return rows.join(QLatin1Char('\n'));
}

bool TimeSeriesChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            d->showCrosshair(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::Leave)
            d->hideCrosshair();
    }
    return QWidget::eventFilter(watched, event);
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        d->applyPalette();
}

void TimeSeriesChart::Private::showCrosshair(const QPoint &viewPos)
{
    const QPointF inChart = chart->mapFromScene(view->mapToScene(viewPos));
    const QRectF plot = chart->plotArea();
    if (!plot.contains(inChart) || lines.isEmpty()) {
        hideCrosshair();
        return;
    }
    crosshair->setLine(QLineF(inChart.x(), plot.top(), inChart.x(), plot.bottom()));
    crosshair->show();
    const qint64 at = static_cast<qint64>(chart->mapToValue(inChart).x());
    const QString text = q->crosshairText(at);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(view->viewport()->mapToGlobal(viewPos) + QPoint(16, 16), text, view);
}

void TimeSeriesChart::Private::hideCrosshair()
{
    crosshair->hide();
    QToolTip::hideText();
}

void TimeSeriesChart::Private::applyPalette()
{
    const QPalette palette = q->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QCategoryAxis *axis : {x, y, y2}) {
        if (!axis)
            continue;
        axis->setLabelsBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    view->setBackgroundBrush(palette.color(QPalette::Base));
    crosshair->setPen(QPen(text, 1, Qt::DotLine));
    message->setPalette(palette);
}

void TimeSeriesChart::Private::ensureRightAxis()
{
    if (y2)
        return;
    y2 = new QCategoryAxis;
    y2->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y2->setTruncateLabels(false);
    y2->setGridLineVisible(false); // one grid, the left axis's
    chart->addAxis(y2, Qt::AlignRight);
    applyPalette();
}

AxisScale::ValueTicks TimeSeriesChart::Private::ticksFor(bool right) const
{
    double lo = 0, hi = 1;
    bool first = true;
    for (const Line &l : std::as_const(lines)) {
        if (l.right != right)
            continue;
        for (const SeriesPoint &p : l.points) {
            const double a = qMin(p.min, p.value), b = qMax(p.max, p.value);
            lo = first ? a : qMin(lo, a);
            hi = first ? b : qMax(hi, b);
            first = false;
        }
    }
    lo = qMin(lo, 0.0);
    // Show a threshold (left axis) when it is near the data; far above, it would flatten
    // the line.
    if (!right) {
        for (const auto &limit : {warn, crit}) {
            if (limit && *limit <= hi * 2.5)
                hi = qMax(hi, *limit);
        }
    }
    const QString &u = right ? unit2 : unit;
    if (u == QLatin1String("%"))
        hi = qMin(qMax(hi * 1.05, 1.0), 100.0);
    else if (hi <= lo)
        hi = lo + 1;
    else
        hi += (hi - lo) * 0.05; // a line at its maximum stays off the plot's top border
    return AxisScale::valueTicks(lo, hi, u);
}

void TimeSeriesChart::Private::setValueAxis(QCategoryAxis *axis, const AxisScale::ValueTicks &ticks)
{
    const QStringList before = axis->categoriesLabels();
    axis->setRange(ticks.lo, ticks.hi);
    axis->setStartValue(ticks.lo);
    setCategories(axis, ticks.values, ticks.labels);
    // New labels may be wider than the ones the axis was laid out for.
    if (before != axis->categoriesLabels() && chart->layout())
        chart->layout()->invalidate();
}

void TimeSeriesChart::Private::updateAxes()
{
    yTicks = ticksFor(false);
    setValueAxis(y, yTicks);
    if (y2) {
        y2Ticks = ticksFor(true);
        setValueAxis(y2, y2Ticks);
    }
    updateEvents(); // event marks sit at the top
}

void TimeSeriesChart::Private::updateTimeAxis()
{
    const AxisScale::TimeTicks ticks = AxisScale::timeTicks(fromMs, toMs);
    x->setRange(static_cast<double>(fromMs), static_cast<double>(toMs));
    x->setStartValue(static_cast<double>(fromMs));
    QList<double> values;
    for (const qint64 v : ticks.values)
        values.append(static_cast<double>(v));
    setCategories(x, values, ticks.labels);
}

void TimeSeriesChart::Private::updateThresholds()
{
    const double a = static_cast<double>(fromMs), b = static_cast<double>(toMs);
    warnLine->replace(warn ? QList<QPointF> {{a, *warn}, {b, *warn}} : QList<QPointF>());
    critLine->replace(crit ? QList<QPointF> {{a, *crit}, {b, *crit}} : QList<QPointF>());
}

void TimeSeriesChart::Private::updateSpread()
{
    // The spread belongs to a single rolled-up line; with several it would hide them.
    QList<QPointF> up, down;
    if (lines.size() == 1 && lines.first().rolledUp) {
        for (const SeriesPoint &p : lines.first().points) {
            const double t = static_cast<double>(p.t);
            up.append({t, p.max});
            down.append({t, p.min});
        }
    }
    upper->replace(up);
    lower->replace(down);
    spread->setVisible(!up.isEmpty());
}

void TimeSeriesChart::Private::updateLegend()
{
    // A legend names the lines when there are several; thresholds, the spread and event
    // marks are explained by the crosshair instead.
    QLegend *legend = chart->legend();
    for (QLegendMarker *marker : legend->markers()) {
        const bool isLine = std::any_of(lines.cbegin(), lines.cend(),
            [marker](const Line &l) { return l.series == marker->series(); });
        marker->setVisible(isLine);
    }
    legend->setVisible(lines.size() > 1);
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
            updateLegend();
        }
        series->replace(marks.value(key));
    }
}

} // namespace dozor
