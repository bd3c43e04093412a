#include "JobsPage.h"

#include "StatusStyle.h"
#include "core/DurationText.h"
#include "monitor/MonitorEngine.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
constexpr int jobIdRole = Qt::UserRole;
constexpr int recentJobsShown = 200;
constexpr int jobLinesShown = 5000;

enum JobColumn { JobStartedColumn, JobTitleColumn, JobStateColumn, JobTookColumn };

constexpr int jobKindRole = Qt::UserRole + 2;

// The filter's group of a job's kind: a verification, a download or a prune is a backup job.
QString kindGroup(const QString &kind)
{
    if (kind == QLatin1String("verify") || kind == QLatin1String("download")
        || kind == QLatin1String("prune"))
        return QStringLiteral("backup");
    return kind;
}

Status jobStatusOf(const QString &state)
{
    if (state == QLatin1String("succeeded"))
        return Status::Ok;
    if (state == QLatin1String("running") || state == QLatin1String("pending")
        || state == QLatin1String("rolling_back") || state == QLatin1String("cancelled"))
        return Status::Warn;
    return Status::Crit;
}
} // namespace

JobsPage::JobsPage(MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Cancel job"), this))
    , m_show(new QComboBox(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *heading = new QLabel(tr("<b>Jobs</b>"), this);
    auto *hint = new QLabel(tr("Backups, verifications, downloads, prunes, restores and deploys, "
                               "running and recent. Each runs over an SSH session of its own, so "
                               "monitoring never waits for one."),
        this);
    m_show->setObjectName(QStringLiteral("jobKind"));
    m_show->addItem(tr("All jobs"), QString());
    m_show->addItem(tr("Backups"), QStringLiteral("backup"));
    m_show->addItem(tr("Restores"), QStringLiteral("restore"));
    m_show->addItem(tr("Deploys"), QStringLiteral("deploy"));
    m_show->setToolTip(tr("Which jobs the list shows"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    hint->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("jobList"));
    m_list->setHeaderLabels({tr("Started"), tr("Job"), tr("State"), tr("Took")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(JobTitleColumn, QHeaderView::Stretch);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(jobLinesShown);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_log->setFont(mono);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setToolTip(tr("Stop the job: the running step is stopped (with everything it "
                            "started on the server) when it is safe to stop, and what the job "
                            "did is undone"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_cancel);
    detailsLayout->addLayout(row);
    detailsLayout->addWidget(m_progress);
    detailsLayout->addWidget(m_log, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(showLabel);
    top->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &JobsPage::showSelected);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            applyKind(m_list->topLevelItem(i));
    });
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(engine, &MonitorEngine::jobChanged, this, &JobsPage::showJob);
    connect(engine, &MonitorEngine::jobFinished, this, &JobsPage::showJob);
    connect(engine, &MonitorEngine::jobLog, this, [this](qint64 id, const QString &line, bool) {
        QStringList &lines = m_lines[id];
        lines.append(line);
        if (lines.size() > jobLinesShown)
            lines.remove(0, lines.size() - jobLinesShown);
        if (id == selectedJob()) {
            QScrollBar *bar = m_log->verticalScrollBar();
            const bool atEnd = bar->value() == bar->maximum();
            m_log->appendPlainText(line);
            if (atEnd)
                bar->setValue(bar->maximum());
        }
    });
    connect(engine, &MonitorEngine::jobsInterrupted, this, &JobsPage::refresh);
    // Shown before monitoring started (the keychain is read first): read once it has.
    connect(engine, &MonitorEngine::storeOpened, this, [this] {
        if (isVisible())
            refresh();
    });
    m_progress->hide();
    m_cancel->hide();
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QTreeWidgetItem *JobsPage::itemFor(qint64 jobId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(JobStartedColumn, jobIdRole).toLongLong() == jobId)
            return m_list->topLevelItem(i);
    }
    return nullptr;
}

qint64 JobsPage::selectedJob() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(JobStartedColumn, jobIdRole).toLongLong() : 0;
}

void JobsPage::selectJob(qint64 jobId)
{
    if (QTreeWidgetItem *item = itemFor(jobId))
        m_list->setCurrentItem(item);
}

int JobsPage::runningJobs() const
{
    return int(std::count_if(
        m_live.cbegin(), m_live.cend(), [](const JobInfo &i) { return !i.isFinished(); }));
}

void JobsPage::refresh()
{
    if (!m_engine->isRunning())
        return;
    m_engine->readJobs(recentJobsShown, this, [this](const Expected<QList<JobRecord>> &jobs) {
        if (!jobs) {
            m_title->setText(tr("Cannot read the jobs: %1").arg(jobs.error()));
            return;
        }
        const qint64 selected = selectedJob();
        {
            QSignalBlocker blocker(m_list);
            // Newest first, as read; live jobs of this session keep their live state.
            for (auto it = jobs->crbegin(); it != jobs->crend(); ++it)
                fillRecord(*it);
        }
        m_list->resizeColumnToContents(JobStartedColumn);
        if (selected)
            selectJob(selected);
        else if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
        Q_EMIT refreshed();
    });
}

void JobsPage::fillRecord(const JobRecord &r)
{
    if (m_live.contains(r.id))
        return;
    QTreeWidgetItem *item = itemFor(r.id);
    if (!item) {
        item = new QTreeWidgetItem;
        item->setData(JobStartedColumn, jobIdRole, r.id);
        m_list->insertTopLevelItem(0, item);
    }
    item->setText(JobStartedColumn,
        QDateTime::fromMSecsSinceEpoch(r.startedMs)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    item->setText(JobTitleColumn, r.title);
    item->setData(JobTitleColumn, jobKindRole, kindGroup(r.kind));
    applyKind(item);
    item->setText(JobStateColumn, jobStateText(r.state));
    item->setIcon(JobStateColumn, StatusStyle::icon(jobStatusOf(r.state)));
    item->setToolTip(JobStateColumn, r.reason);
    item->setText(JobTookColumn,
        r.endedMs ? formatDuration(std::max<qint64>(0, r.endedMs - r.startedMs)) : QString());
}

void JobsPage::setKindFilter(const QString &kind)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(kind)));
}

void JobsPage::applyKind(QTreeWidgetItem *item) const
{
    const QString shown = m_show->currentData().toString();
    item->setHidden(
        !shown.isEmpty() && item->data(JobTitleColumn, jobKindRole).toString() != shown);
}

void JobsPage::showJob(const JobInfo &info)
{
    const int before = runningJobs();
    m_live.insert(info.id, info);
    QTreeWidgetItem *item = itemFor(info.id);
    if (!item) {
        item = new QTreeWidgetItem;
        item->setData(JobStartedColumn, jobIdRole, info.id);
        m_list->insertTopLevelItem(0, item);
    }
    const QString state = jobStateName(info.state);
    item->setText(JobStartedColumn,
        QDateTime::fromMSecsSinceEpoch(info.startedMs)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    item->setText(JobTitleColumn, info.plan.title);
    item->setData(JobTitleColumn, jobKindRole, kindGroup(info.plan.kind));
    applyKind(item);
    item->setText(JobStateColumn,
        info.isFinished() || info.step < 0 ? jobStateText(state)
                                           : tr("%1 · step %2 of %3")
                                                 .arg(jobStateText(state))
                                                 .arg(info.step + 1)
                                                 .arg(info.plan.stepCount()));
    item->setIcon(JobStateColumn, StatusStyle::icon(jobStatusOf(state)));
    item->setToolTip(JobStateColumn, info.reason);
    item->setText(JobTookColumn,
        info.isFinished() ? formatDuration(std::max<qint64>(0, info.endedMs - info.startedMs))
                          : QString());
    if (info.id == selectedJob())
        updateDetails(info);
    if (runningJobs() != before)
        Q_EMIT runningChanged(runningJobs());
}

void JobsPage::showSelected()
{
    const qint64 id = selectedJob();
    m_log->clear();
    if (!id) {
        m_title->clear();
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    if (m_live.contains(id)) {
        updateDetails(m_live.value(id));
        m_log->setPlainText(m_lines.value(id).join(QLatin1Char('\n')));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
        return;
    }
    m_progress->hide();
    m_cancel->hide();
    m_engine->readJob(id, this, [this, id](const Expected<std::optional<JobRecord>> &job) {
        if (id != selectedJob() || !job || !*job)
            return;
        const JobRecord &r = **job;
        QString title = tr("<b>%1</b> — %2").arg(r.title.toHtmlEscaped(), jobStateText(r.state));
        if (!r.reason.isEmpty())
            title += QStringLiteral("<br>") + r.reason.toHtmlEscaped();
        if (!r.user.isEmpty())
            title += QStringLiteral("<br>") + tr("started by %1").arg(r.user.toHtmlEscaped());
        m_title->setText(title);
        m_log->setPlainText(r.logTail);
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
}

void JobsPage::updateDetails(const JobInfo &info)
{
    QString title =
        tr("<b>%1</b> — %2")
            .arg(info.plan.title.toHtmlEscaped(), jobStateText(jobStateName(info.state)));
    if (info.cancelRequested)
        title += QStringLiteral("<br>")
            + tr("Cancel asked: the job stops after this step, which is not safe to interrupt");
    if (!info.reason.isEmpty())
        title += QStringLiteral("<br>") + info.reason.toHtmlEscaped();
    m_title->setText(title);
    const int total = info.plan.stepCount();
    const QString stepText =
        tr("step %1 of %2: %3")
            .arg(std::min(info.step + 1, total))
            .arg(total)
            .arg(
                info.step >= 0 && info.step < total ? info.plan.stepAt(info.step).name : QString());
    if (!info.isFinished() && info.bytesTotal > 0) {
        // A transfer: its bytes, in thousandths so a 40 GB file fits the bar's int.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp(info.bytesDone * 1000 / info.bytesTotal, 0LL, 1000LL)));
        m_progress->setFormat(tr("%1 — %2 of %3")
                                  .arg(stepText, QLocale().formattedDataSize(info.bytesDone),
                                      QLocale().formattedDataSize(info.bytesTotal)));
    } else {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(info.isFinished() && info.state == JobRunner::State::Succeeded
                ? total
                : info.stepsDone);
        m_progress->setFormat(
            info.isFinished() ? jobStateText(jobStateName(info.state)) : stepText);
    }
    m_progress->setVisible(true);
    m_cancel->setVisible(!info.isFinished());
    m_cancel->setEnabled(!info.cancelRequested);
}

void JobsPage::cancelSelected()
{
    const qint64 id = selectedJob();
    if (id && m_live.contains(id) && !m_live.value(id).isFinished())
        m_engine->cancelJob(id);
}

} // namespace dozor
