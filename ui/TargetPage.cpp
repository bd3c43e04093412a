#include "TargetPage.h"

#include "ConnectionStateLabel.h"
#include "HeartbeatDelegate.h"
#include "ServerBackups.h"
#include "ServerDeploys.h"
#include "SlicedWorkQueue.h"
#include "StatusBoard.h"
#include "TargetCharts.h"
#include "TargetUptime.h"
#include "WorkspaceEditor.h"
#include "charts/TimeSeriesChart.h"
#include "core/DurationText.h"
#include "core/MetricDisplay.h"
#include "core/WorkspaceDocument.h"
#include "models/OverviewFilterModel.h"
#include "models/OverviewModel.h"
#include "monitor/MonitorEngine.h"
#include "store/HistoryQueries.h"

#include <QAction>
#include <QButtonGroup>
#include <QCollator>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dozor {

namespace {
int refreshEveryMs(TargetPage::Range range)
{
    switch (range) {
    case TargetPage::Range::Hour:
        return 10'000;
    case TargetPage::Range::SixHours:
        return 30'000;
    default:
        return 120'000;
    }
}
} // namespace

TargetPage::TargetPage(WorkspaceDocument *document, OverviewModel *overview, StatusBoard *board,
    HistoryQueries *queries, MonitorEngine *engine, WorkspaceEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_board(board)
    , m_queries(queries)
    , m_engine(engine)
    , m_editor(editor)
    , m_checks(new OverviewFilterModel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_connection(new ConnectionStateLabel(engine, this))
    , m_uptime(new QLabel(this))
    , m_rangeButtons(new QButtonGroup(this))
    , m_table(new QTableView(this))
    , m_backups(new ServerBackups(document, engine, this))
    , m_deploys(new ServerDeploys(document, engine, this))
    , m_chartArea(new QWidget)
    , m_chartGrid(new QGridLayout(m_chartArea))
    , m_noCharts(new QLabel(m_chartArea))
    , m_live(this)
    , m_work(new SlicedWorkQueue(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("targetPage"));
    m_checks->setSourceModel(overview);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The server's own actions.
    auto *editServer = new QPushButton(tr("&Edit server…"), this);
    connect(editServer, &QPushButton::clicked, this, [this] { m_editor->editTarget(m_targetId); });
    auto *removeServer = new QPushButton(tr("Remove server…"), this);
    connect(
        removeServer, &QPushButton::clicked, this, [this] { m_editor->removeTarget(m_targetId); });
    auto *addCheck = new QPushButton(tr("&Add check…"), this);
    addCheck->setObjectName(QStringLiteral("targetAddCheck"));
    connect(addCheck, &QPushButton::clicked, this, [this] { m_editor->addCheck(m_targetId); });
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    titles->addWidget(m_connection);
    m_uptime->setObjectName(QStringLiteral("targetUptime"));
    m_uptime->setToolTip(tr("Down time counts the times this server could not be reached (not "
                            "a failing check: each check's own uptime is in the table); time "
                            "Dozor was not running or not checking is not observed, never up"));
    titles->addWidget(m_uptime);
    header->addLayout(titles, 1);
    header->addWidget(addCheck);
    header->addWidget(editServer);
    header->addWidget(removeServer);

    // The checks of this server, with their actions.
    m_table->setObjectName(QStringLiteral("targetChecks"));
    m_table->setModel(m_checks);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::CheckColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->resizeSection(OverviewModel::StatusColumn, 110);
    m_table->horizontalHeader()->resizeSection(OverviewModel::CheckColumn, 180);
    m_table->setColumnHidden(OverviewModel::TargetColumn, true);
    m_table->setColumnHidden(OverviewModel::SparklineColumn, true);
    m_table->setItemDelegateForColumn(
        OverviewModel::HeartbeatColumn, new HeartbeatDelegate(m_table));
    m_table->horizontalHeader()->resizeSection(OverviewModel::HeartbeatColumn,
        m_table->itemDelegateForColumn(OverviewModel::HeartbeatColumn)
            ->sizeHint(QStyleOptionViewItem(), QModelIndex())
            .width());
    m_table->horizontalHeader()->setSectionResizeMode(
        OverviewModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setMaximumHeight(180);
    connect(m_table, &QTableView::doubleClicked, this,
        [this] { m_editor->editCheck(selectedCheck()); });

    auto addCheckAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        return button;
    };
    auto *runNow = addCheckAction(tr("Run now"), QKeySequence(Qt::Key_F5), [this] {
        const QString id = selectedCheck();
        m_engine->runNow(id.isEmpty() ? QStringList() : QStringList {id});
    });
    runNow->setToolTip(tr("Run the selected check now (F5)"));
    auto *editCheck = addCheckAction(
        tr("Edit…"), QKeySequence(Qt::Key_F2), [this] { m_editor->editCheck(selectedCheck()); });
    auto *removeCheck = addCheckAction(
        tr("Remove…"), QKeySequence::Delete, [this] { m_editor->removeCheck(selectedCheck()); });
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(runNow);
    checkButtons->addWidget(editCheck);
    checkButtons->addWidget(removeCheck);
    checkButtons->addStretch(1);

    // The range picker: Alt+1 … Alt+6.
    auto *ranges = new QHBoxLayout;
    ranges->addWidget(new QLabel(tr("Range:"), this));
    const QList<QPair<Range, QString>> rangeNames = {{Range::Hour, tr("1 h")},
        {Range::SixHours, tr("6 h")}, {Range::Day, tr("24 h")}, {Range::Week, tr("7 d")},
        {Range::Month, tr("30 d")}, {Range::Quarter, tr("90 d")}};
    int n = 1;
    for (const auto &[range, name] : rangeNames) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("range%1").arg(n));
        button->setText(name);
        button->setCheckable(true);
        button->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + n)));
        button->setToolTip(tr("Show the last %1 (Alt+%2)").arg(name).arg(n));
        m_rangeButtons->addButton(button, static_cast<int>(range));
        ranges->addWidget(button);
        ++n;
    }
    m_rangeButtons->button(static_cast<int>(Range::Hour))->setChecked(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
        [this](int id) { setRange(static_cast<Range>(id)); });
    ranges->addStretch(1);
    // Details an admin looks at second (HTTP status code and response size): on request.
    auto *details = new QToolButton(this);
    details->setObjectName(QStringLiteral("chartDetails"));
    details->setText(tr("Status code and size"));
    details->setCheckable(true);
    details->setToolTip(tr("Also chart each HTTP check's status code and response size"));
    connect(details, &QToolButton::toggled, this, [this](bool on) {
        m_showDetails = on;
        clearCharts();
        refresh();
    });
    ranges->addWidget(details);

    // Charts, two per row; until there are any, a line saying why (clearCharts() sets it).
    m_noCharts->setWordWrap(true);
    m_chartGrid->addWidget(m_noCharts, 0, 0, 1, 2);
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartArea);
    scroll->setFrameShape(QFrame::NoFrame);
    // Charts scrolled out of sight are not fed; they catch up when they come into view.
    m_loadVisible.setSingleShot(true);
    m_loadVisible.setInterval(60);
    connect(&m_loadVisible, &QTimer::timeout, this, &TargetPage::loadVisibleStale);
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, &m_loadVisible,
        qOverload<>(&QTimer::start));
    scroll->viewport()->installEventFilter(this); // a taller window shows more charts

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table);
    layout->addLayout(checkButtons);
    layout->addWidget(m_backups);
    layout->addWidget(m_deploys);
    layout->addLayout(ranges);
    layout->addWidget(scroll, 1);

    m_live.setInterval(refreshEveryMs(m_range));
    connect(&m_live, &QTimer::timeout, this, &TargetPage::refresh);
    clearCharts();
    connect(document, &WorkspaceDocument::changed, this, [this] {
        if (!m_document->workspace().target(m_targetId))
            return; // removed: the window switches away
        updateHeader();
        clearCharts();
        refresh();
    });
}

qint64 TargetPage::spanMs(Range range)
{
    constexpr qint64 hour = 3600 * 1000;
    switch (range) {
    case Range::Hour:
        return hour;
    case Range::SixHours:
        return 6 * hour;
    case Range::Day:
        return 24 * hour;
    case Range::Week:
        return 7 * 24 * hour;
    case Range::Month:
        return 30 * 24 * hour;
    case Range::Quarter:
        return 90 * 24 * hour;
    }
    return hour;
}

void TargetPage::setTarget(const QString &targetId)
{
    if (targetId == m_targetId)
        return;
    m_targetId = targetId;
    m_checks->setTarget(targetId);
    m_backups->setTarget(targetId);
    m_deploys->setTarget(targetId);
    clearCharts();
    updateHeader();
    refresh();
}

void TargetPage::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeButtons->button(static_cast<int>(range)))
        button->setChecked(true);
    m_live.setInterval(refreshEveryMs(range));
    refresh();
}

QList<TimeSeriesChart *> TargetPage::charts() const
{
    QList<TimeSeriesChart *> out;
    for (const QString &key : m_chartOrder)
        out.append(m_charts.value(key));
    return out;
}

void TargetPage::updateHeader()
{
    const Target *target = m_document->workspace().target(m_targetId);
    if (!target)
        return;
    m_title->setText(target->displayName());
    QString where;
    if (target->local)
        where = tr("This computer");
    else if (target->ssh)
        where = target->ssh->address();
    if (!target->tags.isEmpty())
        where += QStringLiteral(" · ") + target->tags.join(QStringLiteral(", "));
    m_details->setText(where);
    m_connection->setTargetId(target->ssh ? m_targetId : QString());
}

void TargetPage::refresh()
{
    if (m_targetId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_pending = 0;
    m_staleLookPending = false;
    m_stale.clear(); // the refresh decides again what is in view
    m_work->clear(); // work for the previous refresh is moot
    for (const CheckSpec &c : m_document->workspace().checks) {
        if (c.targetId == m_targetId)
            loadSeriesList(c.id, generation);
    }
    loadUptime(generation);
}

void TargetPage::loadUptime(quint64 generation)
{
    const qint64 to = m_clock();
    const qint64 from = to - spanMs(m_range);
    const QString targetId = m_targetId;
    m_queries->journal(
        this,
        [from, to, targetId](
            JournalBook &book) { return TargetUptime::read(book, targetId, from, to); },
        [this, generation, targetId](const Expected<TargetUptime> &uptime) {
            if (generation != m_generation)
                return;
            if (!uptime) {
                m_uptime->setText(tr("Uptime not available: %1").arg(uptime.error()));
                return;
            }
            bool reachabilityWatched = false;
            for (const CheckSpec &c : m_document->workspace().checks) {
                if (c.targetId != targetId)
                    continue;
                m_board->setUptime(c.id, uptime->day.value(c.id), uptime->month.value(c.id));
                reachabilityWatched = reachabilityWatched || checkKind(c.type).runsOnHost();
            }
            m_uptime->setText(uptime->serverText(reachabilityWatched));
        });
}

void TargetPage::loadSeriesList(const QString &checkId, quint64 generation)
{
    ++m_pending;
    const qint64 to = m_clock();
    const qint64 from = to - spanMs(m_range);
    struct Answer {
        Expected<QList<SeriesInfo>> series;
        Expected<QList<StatusChange>> events;
    };
    m_queries->query(
        this,
        [checkId, from, to](HistoryReader &reader) {
            return Answer {reader.seriesOf(checkId), reader.statusEvents(checkId, from, to)};
        },
        [this, checkId, generation](const Answer &answer) {
            if (generation != m_generation)
                return;
            if (!answer.series) {
                m_noCharts->setText(tr("History not available: %1").arg(answer.series.error()));
                m_noCharts->show();
                finishOne();
                return;
            }
            QList<TimeSeriesChart::Event> events;
            if (answer.events) {
                for (const StatusChange &c : *answer.events)
                    events.append({c.atMs, c.to, c.reason});
            }
            // The check's headline metric (response time, disk used …) leads its charts; the
            // rest in natural order (load1, load5, load15).
            QList<SeriesInfo> series = *answer.series;
            QCollator natural;
            natural.setNumericMode(true);
            std::stable_sort(
                series.begin(), series.end(), [&](const SeriesInfo &a, const SeriesInfo &b) {
                    return natural.compare(a.metric, b.metric) < 0;
                });
            if (const CheckSpec *check = m_document->workspace().check(checkId)) {
                QStringList names;
                for (const SeriesInfo &info : series)
                    names.append(info.metric);
                if (const auto headline = MetricDisplay::headlineName(check->type, names)) {
                    std::stable_partition(series.begin(), series.end(),
                        [&](const SeriesInfo &info) { return info.metric == *headline; });
                }
            }
            for (const SeriesInfo &info : std::as_const(series)) {
                if (!m_showDetails && MetricDisplay::isDetail(info.metric))
                    continue;
                ++m_pending;
                // Creating a chart costs a few milliseconds: one work item per chart.
                m_work->schedule([this, checkId, info, events, generation] {
                    if (generation != m_generation)
                        return;
                    TimeSeriesChart *chart = chartFor(checkId, info);
                    const CheckSpec *check = m_document->workspace().check(checkId);
                    chart->setEvents(check ? check->displayName() : checkId, events);
                    if (!inView(chart))
                        markStale(checkId, info);
                    else
                        loadSeries(checkId, info, generation);
                    finishOne();
                });
            }
            finishOne();
        });
}

bool TargetPage::inView(const TimeSeriesChart *chart) const
{
    if (!isVisible() || !chart->isVisible())
        return false;
    const QWidget *viewport = m_scroll->viewport();
    const QRect area(chart->mapTo(viewport, QPoint(0, 0)), chart->size());
    return area.intersects(viewport->rect());
}

void TargetPage::markStale(const QString &checkId, const SeriesInfo &info)
{
    m_stale.insert(checkId + QLatin1Char('\n') + info.metric, {checkId, info});
    // New charts are laid out (and become visible) a moment later: look again then, and
    // count as one piece of pending work until that look is done.
    if (!m_staleLookPending) {
        m_staleLookPending = true;
        ++m_pending;
    }
    m_loadVisible.start();
}

void TargetPage::loadVisibleStale()
{
    for (auto it = m_stale.begin(); it != m_stale.end();) {
        TimeSeriesChart *chart = m_charts.value(familyKey(it->first, it->second.metric));
        if (!chart) {
            it = m_stale.erase(it);
        } else if (inView(chart)) {
            loadSeries(it->first, it->second, m_generation);
            it = m_stale.erase(it);
        } else {
            ++it;
        }
    }
    if (std::exchange(m_staleLookPending, false))
        finishOne();
}

void TargetPage::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT chartsUpdated();
}

int TargetPage::pointsFor(const QString &checkId, TimeSeriesChart *chart, qint64 spanMs) const
{
    // One point per pixel (LTTB keeps the shape; painting cost grows with points), and never
    // more than the check can have produced.
    const CheckSpec *check = m_document->workspace().check(checkId);
    const qint64 interval = check ? qMax(1, check->intervalSec) * 1000LL : 1000;
    const qint64 produced = spanMs / interval + 2;
    return static_cast<int>(qMin<qint64>(chart->plotWidth(), produced));
}

void TargetPage::loadSeries(const QString &checkId, const SeriesInfo &info, quint64 generation)
{
    TimeSeriesChart *chart = chartFor(checkId, info);
    SeriesQuery query;
    query.checkId = checkId;
    query.metric = info.metric;
    query.toMs = m_clock();
    query.fromMs = query.toMs - spanMs(m_range);
    query.maxPoints = pointsFor(checkId, chart, query.toMs - query.fromMs);
    chart->setRange(query.fromMs, query.toMs);
    Q_EMIT seriesRequested(query);
    ++m_pending;
    const QString key = familyKey(checkId, info.metric);
    const QString metric = info.metric;
    m_queries->query(
        this, [query](HistoryReader &reader) { return reader.series(query); },
        [this, key, metric, generation](const Expected<SeriesData> &data) {
            if (generation != m_generation)
                return;
            m_work->schedule([this, key, metric, generation, data] {
                if (generation != m_generation)
                    return;
                if (TimeSeriesChart *chart = m_charts.value(key)) {
                    if (data)
                        chart->setLine(metric, TargetCharts::lineLabel(key, metric), data->points,
                            data->tier != HistoryTier::Raw,
                            TargetCharts::onRightAxis(key, metric) ? TimeSeriesChart::Axis::Right
                                                                   : TimeSeriesChart::Axis::Left);
                    else
                        chart->setMessage(data.error());
                }
                finishOne();
            });
        });
}

QString TargetPage::familyKey(const QString &checkId, const QString &metric) const
{
    return TargetCharts::familyKey(m_document->workspace(), m_targetId, checkId, metric);
}

TimeSeriesChart *TargetPage::chartFor(const QString &checkId, const SeriesInfo &info)
{
    const QString key = familyKey(checkId, info.metric);
    const CheckSpec *check = m_document->workspace().check(checkId);
    if (TimeSeriesChart *existing = m_charts.value(key)) {
        // A family's limits are those of its judged metric (memory, not swap).
        const auto limits =
            check ? MetricDisplay::thresholdsFor(*check, info.metric) : Thresholds {};
        if (limits.warn || limits.crit)
            existing->setThresholds(limits.warn, limits.crit);
        return existing;
    }
    auto *chart = TargetCharts::make(key, check, info, m_chartArea);
    const int index = static_cast<int>(m_chartOrder.size());
    m_chartGrid->addWidget(chart, index / 2 + 1, index % 2);
    m_charts.insert(key, chart);
    m_chartOrder.append(key);
    m_noCharts->hide();
    return chart;
}

void TargetPage::clearCharts()
{
    ++m_generation; // answers for the old charts are dropped
    m_work->clear();
    m_stale.clear();
    qDeleteAll(m_charts);
    m_charts.clear();
    m_chartOrder.clear();
    m_noCharts->setText(tr("No history recorded for this server yet. Charts appear after the "
                           "first results."));
    m_noCharts->show();
}

void TargetPage::selectCheck(const QString &checkId)
{
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        const QModelIndex index = m_checks->index(row, OverviewModel::CheckColumn);
        if (index.data(OverviewModel::CheckIdRole).toString() != checkId)
            continue;
        m_table->setCurrentIndex(index);
        m_table->selectRow(row);
        m_table->scrollTo(index);
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
}

QString TargetPage::selectedCheck() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().data(OverviewModel::CheckIdRole).toString();
    // With one check, it is the one meant.
    return m_checks->rowCount() == 1
        ? m_checks->index(0, 0).data(OverviewModel::CheckIdRole).toString()
        : QString();
}

bool TargetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && !m_stale.isEmpty())
        m_loadVisible.start();
    return QWidget::eventFilter(watched, event);
}

void TargetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_live.start();
    refresh();
}

void TargetPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_live.stop();
}

} // namespace dozor
