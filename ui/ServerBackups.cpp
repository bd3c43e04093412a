#include "ServerBackups.h"

#include "StatusStyle.h"
#include "core/DurationText.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
enum Column { SourceColumn, NewestColumn, CountColumn, StateColumn };
constexpr int serverSourceRole = Qt::UserRole + 1;

// The sources table's words, shared with the Backups page (and its translation).
struct SummaryText {
    Q_DECLARE_TR_FUNCTIONS(dozor::BackupsPage)
};
} // namespace

BackupSourceSummary summarizeBackupSource(
    const std::optional<QList<CatalogRow>> &rows, const QString &problem, qint64 nowMs)
{
    BackupSourceSummary s;
    s.newest = !rows || rows->isEmpty()
        ? QStringLiteral("—")
        : SummaryText::tr("%1 ago").arg(
            formatDuration(std::max<qint64>(0, nowMs - rows->constFirst().timeMs)));
    s.count = rows ? QString::number(rows->size()) : QString();
    const bool failed = rows && std::any_of(rows->cbegin(), rows->cend(), [](const CatalogRow &r) {
        return r.verified && !*r.verified;
    });
    if (!problem.isEmpty()) {
        s.state = problem;
        s.status = Status::Unknown;
    } else if (failed) {
        s.state = SummaryText::tr("a backup failed verification");
        s.status = Status::Crit;
    } else if (rows) {
        s.state = rows->isEmpty() ? SummaryText::tr("no backups found") : SummaryText::tr("listed");
        s.status = rows->isEmpty() ? Status::Crit : Status::Ok;
    }
    return s;
}

ServerBackups::ServerBackups(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_sources(new QTreeWidget(this))
    , m_backUp(new QPushButton(tr("Back &up now"), this))
    , m_open(new QPushButton(tr("Show &catalog…"), this))
{
    setObjectName(QStringLiteral("serverBackups"));
    m_sources->setObjectName(QStringLiteral("serverBackupSources"));
    m_sources->setHeaderLabels({tr("Backup source"), tr("Newest"), tr("Backups"), tr("State")});
    m_sources->setRootIsDecorated(false);
    m_sources->setUniformRowHeights(true);
    m_sources->header()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_sources->setMaximumHeight(120);
    m_backUp->setObjectName(QStringLiteral("serverBackUpNow"));
    m_backUp->setToolTip(tr("Make a new backup of the selected source now, then list and verify "
                            "it (progress on the Jobs page)"));
    m_open->setObjectName(QStringLiteral("serverBackupCatalog"));
    m_open->setToolTip(tr("Every backup of the selected source, on the Backups page"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Backups</b>"), this));
    buttons->addStretch(1);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_sources);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedSource(); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
    connect(m_sources, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(SourceColumn, serverSourceRole).toString());
    });
    connect(m_backUp, &QPushButton::clicked, this, [this] {
        const QString id = selectedSource();
        if (id.isEmpty())
            return;
        m_engine->backUpNow(id, this, [this, id](const Expected<qint64> &job) {
            if (!job) {
                Q_EMIT message(tr("Back up %1: %2").arg(id, job.error()));
                return;
            }
            Q_EMIT message(tr("Back up %1: started (job %2, on the Jobs page)").arg(id).arg(*job));
            Q_EMIT jobStarted(*job);
        });
    });
    connect(m_sources, &QTreeWidget::currentItemChanged, this, &ServerBackups::updateButtons);
    connect(document, &WorkspaceDocument::changed, this, &ServerBackups::rebuild);
    connect(engine, &MonitorEngine::backupsRefreshed, this,
        [this](const QString &sourceId, const QString &problem, int) {
            m_problems.insert(sourceId, problem);
            readSource(sourceId);
        });
    connect(engine, &MonitorEngine::jobFinished, this, [this](const JobInfo &info) {
        if (info.plan.targetId == m_targetId && !info.plan.subject.isEmpty())
            readSource(info.plan.subject);
    });
    rebuild();
}

void ServerBackups::setTarget(const QString &targetId)
{
    if (targetId == m_targetId)
        return;
    m_targetId = targetId;
    rebuild();
}

QString ServerBackups::selectedSource() const
{
    const QTreeWidgetItem *item = m_sources->currentItem();
    return item ? item->data(SourceColumn, serverSourceRole).toString() : QString();
}

void ServerBackups::rebuild()
{
    const QString keep = selectedSource();
    m_sources->clear();
    for (const BackupSource &s : m_document->workspace().backups) {
        if (s.targetId != m_targetId)
            continue;
        auto *item = new QTreeWidgetItem(m_sources);
        item->setText(SourceColumn, s.id);
        item->setData(SourceColumn, serverSourceRole, s.id);
        item->setToolTip(SourceColumn, s.isRepository() ? s.repository : s.path);
        updateRow(s.id);
        readSource(s.id);
        if (s.id == keep || !m_sources->currentItem())
            m_sources->setCurrentItem(item);
    }
    setVisible(m_sources->topLevelItemCount() > 0);
    updateButtons();
}

void ServerBackups::updateButtons()
{
    const bool any = !selectedSource().isEmpty();
    m_backUp->setEnabled(any && m_engine->isRunning());
    m_open->setEnabled(any);
}

void ServerBackups::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The engine may have started, and jobs run elsewhere, since this was last shown.
    for (const BackupSource &s : m_document->workspace().backups) {
        if (s.targetId == m_targetId)
            readSource(s.id);
    }
    updateButtons();
}

void ServerBackups::readSource(const QString &sourceId)
{
    const BackupSource *s = m_document->workspace().backup(sourceId);
    if (!s || s->targetId != m_targetId)
        return;
    m_engine->readCatalog(
        sourceId, this, [this, sourceId](const Expected<QList<CatalogRow>> &rows) {
            if (!rows) {
                m_readProblems.insert(sourceId, rows.error());
                m_rows.remove(sourceId);
            } else {
                m_readProblems.remove(sourceId);
                m_rows.insert(sourceId, *rows);
            }
            updateRow(sourceId);
        });
}

void ServerBackups::updateRow(const QString &sourceId)
{
    for (int i = 0; i < m_sources->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sources->topLevelItem(i);
        if (item->data(SourceColumn, serverSourceRole).toString() != sourceId)
            continue;
        const auto rows = m_rows.contains(sourceId)
            ? std::optional<QList<CatalogRow>>(m_rows.value(sourceId))
            : std::nullopt;
        const QString problem = m_readProblems.contains(sourceId)
            ? tr("cannot read the catalog: %1").arg(m_readProblems.value(sourceId))
            : m_problems.value(sourceId);
        const BackupSourceSummary summary =
            summarizeBackupSource(rows, problem, QDateTime::currentMSecsSinceEpoch());
        item->setText(NewestColumn, summary.newest);
        item->setText(CountColumn, summary.count);
        item->setText(StateColumn, summary.state);
        item->setToolTip(StateColumn, summary.state);
        if (summary.status)
            item->setIcon(SourceColumn, StatusStyle::icon(*summary.status));
    }
}

} // namespace dozor
