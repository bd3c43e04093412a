#include "BackupsPage.h"

#include "RestorePreviewDialog.h"
#include "RestoreWizard.h"
#include "ServerBackups.h"
#include "StatusStyle.h"
#include "charts/TimeSeriesChart.h"
#include "core/DurationText.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dozor {

namespace {
constexpr int backupSourceRole = Qt::UserRole;
constexpr int backupNameRole = Qt::UserRole + 1;

enum SourceColumn { SourceName, SourceServer, SourceType, SourceNewest, SourceCount, SourceState };
enum CatalogColumn {
    CatalogTime,
    CatalogAge,
    CatalogName,
    CatalogSize,
    CatalogVerified,
    CatalogPolicy
};

QString backupSizeText(const std::optional<qint64> &size)
{
    return size ? QLocale().formattedDataSize(*size) : QStringLiteral("—");
}

// A retention rule as the column and the empty slots say it.
QString ruleText(RetentionRule rule)
{
    switch (rule) {
    case RetentionRule::Last:
        return BackupsPage::tr("last");
    case RetentionRule::Hourly:
        return BackupsPage::tr("hourly");
    case RetentionRule::Daily:
        return BackupsPage::tr("daily");
    case RetentionRule::Weekly:
        return BackupsPage::tr("weekly");
    case RetentionRule::Monthly:
        return BackupsPage::tr("monthly");
    case RetentionRule::Yearly:
        return BackupsPage::tr("yearly");
    }
    return retentionRuleName(rule);
}

QString backupTypeText(const BackupSource &s)
{
    return s.isRepository()
        ? backupTypeName(s.type)
        : QStringLiteral("%1 · %2").arg(backupTypeName(s.type), backupKindName(s.kind));
}
} // namespace

BackupsPage::BackupsPage(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_sources(new QTreeWidget(this))
    , m_catalog(new QTreeWidget(this))
    , m_sourceState(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_sizes(new TimeSeriesChart(this))
    , m_refresh(new QPushButton(tr("&List again"), this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_download(new QPushButton(tr("&Download…"), this))
    , m_preview(new QPushButton(tr("Preview &restore…"), this))
    , m_restore(new QPushButton(tr("Res&tore…"), this))
    , m_backUp(new QPushButton(tr("&Back up now"), this))
    , m_prune(new QPushButton(tr("&Prune…"), this))
{
    setObjectName(QStringLiteral("backupsPage"));
    auto *title = new QLabel(tr("<b>Backups</b>"), this);
    auto *hint = new QLabel(tr("Every backup the servers hold, listed on the server itself. "
                               "Dozor deletes nothing unless you prune."),
        this);
    hint->setWordWrap(true);

    m_sources->setObjectName(QStringLiteral("backupSources"));
    m_sources->setHeaderLabels(
        {tr("Source"), tr("Server"), tr("Type"), tr("Newest"), tr("Backups"), tr("State")});
    m_sources->setRootIsDecorated(false);
    m_sources->setUniformRowHeights(true);
    m_sources->header()->setSectionResizeMode(SourceState, QHeaderView::Stretch);

    m_catalog->setObjectName(QStringLiteral("backupCatalog"));
    m_catalog->setHeaderLabels(
        {tr("Time"), tr("Age"), tr("Name"), tr("Size"), tr("Verified"), tr("Retention")});
    m_catalog->setRootIsDecorated(false);
    m_catalog->setUniformRowHeights(true);
    m_catalog->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalog->header()->setSectionResizeMode(CatalogPolicy, QHeaderView::Stretch);

    m_sourceState->setObjectName(QStringLiteral("backupSourceState"));
    m_sourceState->setWordWrap(true);
    m_sourceState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gaps->setObjectName(QStringLiteral("backupGaps"));
    m_gaps->setWordWrap(true);
    m_sizes->setObjectName(QStringLiteral("backupSizes"));
    m_sizes->setMinimumHeight(160);

    m_refresh->setObjectName(QStringLiteral("backupRefresh"));
    m_refresh->setToolTip(tr("List every source on its server again (F5)"));
    m_verify->setObjectName(QStringLiteral("backupVerify"));
    m_verify->setToolTip(tr("Test the selected backup: archive, checksum or database integrity"));
    m_download->setObjectName(QStringLiteral("backupDownload"));
    m_download->setToolTip(tr("Copy the selected backup from its server to a folder on this "
                              "computer (over SFTP)"));
    m_preview->setObjectName(QStringLiteral("backupPreviewRestore"));
    m_preview->setToolTip(tr("See what restoring the selected backup would change on its server "
                             "(read there; nothing is changed)"));
    m_restore->setObjectName(QStringLiteral("backupRestore"));
    m_restore->setToolTip(tr("Restore the selected backup, step by step: preview, plan, "
                             "confirmation, then the restore with its safety copy"));
    m_backUp->setObjectName(QStringLiteral("backupNow"));
    m_backUp->setToolTip(tr("Make a new backup of the selected source now, then list and "
                            "verify it"));
    m_prune->setObjectName(QStringLiteral("backupPrune"));
    m_prune->setToolTip(tr("Delete the backups the retention policy drops (shown first)"));
    auto *refreshKey = new QAction(this);
    refreshKey->setShortcut(QKeySequence::Refresh);
    refreshKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QAction::triggered, this, &BackupsPage::refreshAll);
    addAction(refreshKey);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_download);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_prune);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_sourceState);
    lowerLayout->addWidget(m_catalog, 1);
    lowerLayout->addWidget(m_gaps);
    lowerLayout->addWidget(m_sizes);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sources);
    split->addWidget(lower);
    split->setStretchFactor(1, 3);
    split->setSizes({110, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &BackupsPage::refreshAll);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_download, &QPushButton::clicked, this, &BackupsPage::downloadSelected);
    connect(m_preview, &QPushButton::clicked, this, &BackupsPage::previewRestore);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_prune, &QPushButton::clicked, this, &BackupsPage::prune);
    connect(m_sources, &QTreeWidget::currentItemChanged, this, [this] {
        readCatalog();
        updateActions();
    });
    connect(m_catalog, &QTreeWidget::currentItemChanged, this, &BackupsPage::updateActions);
    connect(m_catalog, &QTreeWidget::itemActivated, this, &BackupsPage::verifySelected);
    connect(document, &WorkspaceDocument::changed, this, &BackupsPage::rebuildSources);
    connect(engine, &MonitorEngine::backupsRefreshed, this,
        [this](const QString &sourceId, const QString &problem, int) {
            m_problems.insert(sourceId, problem);
            if (m_listing.remove(sourceId) && m_listing.isEmpty()) {
                const int failed = int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                    [](const QString &p) { return !p.isEmpty(); }));
                Q_EMIT message(failed == 0
                        ? tr("Every backup source listed.")
                        : tr("Backup sources listed; %n could not be listed (see State).", nullptr,
                            failed));
            }
            if (sourceId == selectedSource())
                readCatalog();
            else
                updateSourceRow(sourceId);
        });
    // Shown before monitoring started (the keychain is read first): list once it has.
    connect(engine, &MonitorEngine::storeOpened, this, [this] {
        if (!isVisible())
            return;
        if (!m_listedOnce) {
            m_listedOnce = true;
            refreshAll();
        }
        readCatalog();
    });
    connect(engine, &MonitorEngine::jobFinished, this, [this](const JobInfo &info) {
        if (info.plan.subject == selectedSource())
            readCatalog(); // a verification's result, a pruned list
    });
    rebuildSources();
    updateActions();
}

QString BackupsPage::selectedSource() const
{
    const QTreeWidgetItem *item = m_sources->currentItem();
    return item ? item->data(SourceName, backupSourceRole).toString() : QString();
}

void BackupsPage::selectSource(const QString &sourceId)
{
    for (int i = 0; i < m_sources->topLevelItemCount(); ++i) {
        if (m_sources->topLevelItem(i)->data(SourceName, backupSourceRole).toString() == sourceId)
            m_sources->setCurrentItem(m_sources->topLevelItem(i));
    }
}

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first visit lists every source; later ones show what is known and refresh on F5.
    if (!m_listedOnce && m_engine->isRunning()) {
        m_listedOnce = true;
        refreshAll();
    }
}

void BackupsPage::rebuildSources()
{
    const QString current = selectedSource();
    QSignalBlocker blocker(m_sources);
    m_sources->clear();
    const Workspace &w = m_document->workspace();
    for (const BackupSource &s : w.backups) {
        auto *item = new QTreeWidgetItem(m_sources);
        item->setData(SourceName, backupSourceRole, s.id);
        item->setText(SourceName, s.id);
        const Target *t = w.target(s.targetId);
        item->setText(SourceServer, t ? t->displayName() : s.targetId);
        item->setText(SourceType, backupTypeText(s));
        item->setToolTip(
            SourceName, s.isRepository() ? s.repository : s.path + QLatin1Char('/') + s.pattern);
        updateSourceRow(s.id);
    }
    if (w.backups.isEmpty()) {
        m_sourceState->setText(tr("This workspace has no backup sources yet. Add a "
                                  "<tt>\"backups\"</tt> array to the workspace file (the README's "
                                  "Backups section has examples): folders of archives, database "
                                  "copies, restic and borg repositories."));
        m_sourceState->setTextFormat(Qt::RichText);
    }
    blocker.unblock();
    if (!current.isEmpty())
        selectSource(current);
    if (!m_sources->currentItem() && m_sources->topLevelItemCount() > 0)
        m_sources->setCurrentItem(m_sources->topLevelItem(0));
    updateActions();
}

void BackupsPage::updateSourceRow(const QString &sourceId)
{
    for (int i = 0; i < m_sources->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sources->topLevelItem(i);
        if (item->data(SourceName, backupSourceRole).toString() != sourceId)
            continue;
        const auto rows = m_rows.contains(sourceId)
            ? std::optional<QList<CatalogRow>>(m_rows.value(sourceId))
            : std::nullopt;
        const BackupSourceSummary summary = summarizeBackupSource(
            rows, m_problems.value(sourceId), QDateTime::currentMSecsSinceEpoch());
        item->setText(SourceNewest, summary.newest);
        item->setText(SourceCount, summary.count);
        if (summary.status) {
            item->setText(SourceState, summary.state);
            item->setIcon(SourceName, StatusStyle::icon(*summary.status));
        }
        item->setToolTip(SourceState, item->text(SourceState));
    }
}

void BackupsPage::refreshAll()
{
    for (const BackupSource &s : m_document->workspace().backups) {
        m_listing.insert(s.id);
        m_engine->refreshBackups(s.id);
    }
    Q_EMIT message(tr("Listing %n backup source(s) on their servers…", nullptr,
        int(m_document->workspace().backups.size())));
}

void BackupsPage::readCatalog()
{
    const QString sourceId = selectedSource();
    if (sourceId.isEmpty()) {
        m_catalog->clear();
        return;
    }
    m_engine->readCatalog(
        sourceId, this, [this, sourceId](const Expected<QList<CatalogRow>> &rows) {
            if (!rows) {
                m_sourceState->setText(tr("Cannot read the catalog: %1").arg(rows.error()));
                return;
            }
            m_rows.insert(sourceId, *rows);
            updateSourceRow(sourceId);
            m_engine->readPolicy(
                sourceId, this, [this, sourceId](const Expected<RetentionPlan> &plan) {
                    if (sourceId != selectedSource())
                        return;
                    showCatalog(m_rows.value(sourceId), plan ? *plan : RetentionPlan {});
                });
        });
}

void BackupsPage::showCatalog(const QList<CatalogRow> &rows, const RetentionPlan &plan)
{
    const QString sourceId = selectedSource();
    const BackupSource *source = m_document->workspace().backup(sourceId);
    const QString keepName = m_catalog->currentItem()
        ? m_catalog->currentItem()->data(CatalogName, backupNameRole).toString()
        : QString();
    QHash<QString, const RetentionVerdict *> verdicts;
    for (const RetentionVerdict &v : plan.verdicts)
        verdicts.insert(v.name, &v);
    QSignalBlocker blocker(m_catalog);
    m_catalog->clear();
    m_dropped.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SeriesPoint> sizes;
    QList<TimeSeriesChart::Event> failures;
    for (const CatalogRow &r : rows) {
        auto *item = new QTreeWidgetItem(m_catalog);
        item->setData(CatalogName, backupNameRole, r.name);
        item->setText(CatalogTime,
            QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(CatalogAge, formatDuration(std::max<qint64>(0, now - r.timeMs)));
        item->setText(CatalogName, r.name);
        item->setText(CatalogSize, backupSizeText(r.size));
        item->setTextAlignment(CatalogSize, Qt::AlignRight | Qt::AlignVCenter);
        if (!r.verified) {
            item->setText(CatalogVerified, QStringLiteral("—"));
            item->setToolTip(CatalogVerified, tr("not verified yet"));
        } else if (*r.verified) {
            item->setText(CatalogVerified,
                tr("✓ %1").arg(QDateTime::fromMSecsSinceEpoch(r.verifiedMs)
                                   .toString(QStringLiteral("MM-dd HH:mm"))));
            item->setForeground(CatalogVerified, StatusStyle::color(Status::Ok));
        } else {
            item->setText(CatalogVerified, tr("✗ failed"));
            item->setForeground(CatalogVerified, StatusStyle::color(Status::Crit));
            item->setToolTip(CatalogVerified, r.verifyReason);
            failures.append({r.timeMs, Status::Crit,
                tr("%1 failed verification: %2").arg(r.name, r.verifyReason)});
        }
        if (const RetentionVerdict *v = verdicts.value(r.name)) {
            if (v->keep) {
                QStringList why;
                for (qsizetype i = 0; i < v->rules.size(); ++i)
                    why.append(QStringLiteral("%1 %2")
                                   .arg(retentionRuleName(v->rules.at(i)), v->periods.value(i))
                                   .trimmed());
                item->setText(CatalogPolicy,
                    source && source->retention.isEmpty()
                        ? tr("kept (no policy)")
                        : tr("keep: %1").arg(why.join(QStringLiteral(", "))));
            } else {
                item->setText(CatalogPolicy, tr("drop"));
                item->setForeground(CatalogPolicy, StatusStyle::color(Status::Warn));
                m_dropped.append(r.name);
            }
        }
        if (r.size)
            sizes.prepend({r.timeMs, double(*r.size) / 1048576.0, 0, 0});
        if (r.name == keepName)
            m_catalog->setCurrentItem(item);
    }
    for (int c = 0; c < CatalogPolicy; ++c)
        m_catalog->resizeColumnToContents(c);
    QStringList gaps;
    for (const RetentionGap &g : plan.gaps)
        gaps.append(tr("no %1 backup for %2").arg(ruleText(g.rule), g.period));
    m_gaps->setText(
        gaps.isEmpty() ? QString() : tr("Empty slots: %1").arg(gaps.join(QStringLiteral("; "))));
    m_gaps->setVisible(!gaps.isEmpty());
    QString state;
    const Target *target = source ? m_document->workspace().target(source->targetId) : nullptr;
    const QString server = target ? target->displayName() : source ? source->targetId : QString();
    if (source) {
        state = source->retention.isEmpty()
            ? tr("%1 on %2 · no retention policy (everything is kept)")
                  .arg(source->id, source->targetId)
            : tr("%1 on %2 · policy: %3")
                  .arg(source->id, source->targetId, source->retention.text());
        if (const QString problem = m_problems.value(sourceId); !problem.isEmpty())
            state += QStringLiteral("\n")
                + tr("The last listing failed: %1 (shown: the last listing that worked)")
                      .arg(problem);
    }
    m_sourceState->setTextFormat(Qt::PlainText);
    m_sourceState->setText(state);
    m_sizes->setTitle(tr("Size of each backup of %1").arg(sourceId));
    m_sizes->setUnit(QStringLiteral("MiB"));
    if (sizes.size() >= 2) {
        m_sizes->setRange(
            sizes.constFirst().t - 3'600'000, std::max(now, sizes.constLast().t + 3'600'000));
        m_sizes->setLine(QStringLiteral("size"), tr("Size"), sizes, false);
        m_sizes->setEvents(failures);
        m_sizes->setMessage(QString());
    } else {
        m_sizes->setLine(QStringLiteral("size"), tr("Size"), {}, false);
        m_sizes->setMessage(tr("Sizes show once there are two backups with a known size"));
    }
    blocker.unblock();
    updateActions();
    Q_EMIT catalogShown();
}

void BackupsPage::updateActions()
{
    const bool running = m_engine->isRunning();
    const bool hasSource = !selectedSource().isEmpty();
    m_refresh->setEnabled(running && !m_document->workspace().backups.isEmpty());
    m_verify->setEnabled(running && m_catalog->currentItem());
    const BackupSource *source = m_document->workspace().backup(selectedSource());
    m_download->setEnabled(
        running && m_catalog->currentItem() && source && !source->isRepository());
    m_download->setToolTip(source && source->isRepository()
            ? tr("Restic and borg snapshots are not files: the restore brings them back")
            : tr("Copy the selected backup from its server to a folder on this computer "
                 "(over SFTP)"));
    m_preview->setEnabled(running && m_catalog->currentItem());
    m_restore->setEnabled(
        running && m_catalog->currentItem() && source && !source->restoreTo.isEmpty());
    m_restore->setToolTip(source && source->restoreTo.isEmpty()
            ? tr("%1 has no \"restore_to\": set where a restore of it writes (README, Restore)")
                  .arg(source->id)
            : tr("Restore the selected backup, step by step: preview, plan, confirmation, then "
                 "the restore with its safety copy"));
    m_backUp->setEnabled(running && hasSource);
    m_prune->setEnabled(running && hasSource && !m_dropped.isEmpty());
    m_prune->setToolTip(m_dropped.isEmpty()
            ? tr("The retention policy keeps every backup listed: nothing to prune")
            : tr("Delete the %n backup(s) the retention policy drops (shown first)", nullptr,
                int(m_dropped.size())));
}

void BackupsPage::started(const QString &what, const Expected<qint64> &job)
{
    if (!job) {
        Q_EMIT message(tr("%1: %2").arg(what, job.error()));
        return;
    }
    Q_EMIT message(tr("%1: started (job %2, on the Jobs page)").arg(what).arg(*job));
    Q_EMIT jobStarted(*job);
}

void BackupsPage::verifySelected()
{
    const QTreeWidgetItem *item = m_catalog->currentItem();
    if (!item)
        return;
    const QString name = item->data(CatalogName, backupNameRole).toString();
    m_engine->verifyBackup(selectedSource(), name, this,
        [this, name](const Expected<qint64> &job) { started(tr("Verify %1").arg(name), job); });
}

void BackupsPage::previewRestore()
{
    const QTreeWidgetItem *item = m_catalog->currentItem();
    const BackupSource *source = m_document->workspace().backup(selectedSource());
    if (!item || !source)
        return;
    const Target *target = m_document->workspace().target(source->targetId);
    auto *dialog = new RestorePreviewDialog(m_engine, source->id,
        item->data(CatalogName, backupNameRole).toString(),
        target ? target->displayName() : source->targetId, this);
    dialog->show();
    dialog->start();
}

void BackupsPage::restoreSelected()
{
    const QTreeWidgetItem *item = m_catalog->currentItem();
    const QString sourceId = selectedSource();
    if (!item || sourceId.isEmpty())
        return;
    auto *wizard = new RestoreWizard(m_document, m_engine, sourceId,
        item->data(CatalogName, backupNameRole).toString(), QString(), this);
    connect(wizard, &RestoreWizard::jobEnded, this, [this](const JobInfo &) { readCatalog(); });
    wizard->show();
}

void BackupsPage::downloadSelected()
{
    const QTreeWidgetItem *item = m_catalog->currentItem();
    const QString sourceId = selectedSource();
    if (!item || sourceId.isEmpty())
        return;
    const QString name = item->data(CatalogName, backupNameRole).toString();
    QSettings settings;
    const QString key = QStringLiteral("backups/downloadFolder");
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download %1 into").arg(name),
        settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString());
    if (folder.isEmpty())
        return;
    settings.setValue(key, folder);
    m_engine->downloadBackup(sourceId, name, folder, this,
        [this, name](const Expected<qint64> &job) { started(tr("Download %1").arg(name), job); });
}

void BackupsPage::backUpNow()
{
    const QString sourceId = selectedSource();
    if (sourceId.isEmpty())
        return;
    m_engine->backUpNow(sourceId, this, [this, sourceId](const Expected<qint64> &job) {
        started(tr("Back up %1").arg(sourceId), job);
    });
}

void BackupsPage::prune()
{
    const QString sourceId = selectedSource();
    const BackupSource *source = m_document->workspace().backup(sourceId);
    if (!source || m_dropped.isEmpty())
        return;
    const Target *target = m_document->workspace().target(source->targetId);
    const QString server = target ? target->displayName() : source->targetId;
    // The exact list, then the server's name typed: deleting backups cannot be undone.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("pruneDialog"));
    dialog->setWindowTitle(tr("Prune %1").arg(sourceId));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(tr("The policy (%1) drops these %n backup(s) of %2 on %3. They are "
                               "deleted on the server and cannot be brought back.",
                                nullptr, int(m_dropped.size()))
                                .arg(source->retention.text(), sourceId, server),
        dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("pruneList"));
    list->addItems(m_dropped);
    layout->addWidget(list);
    auto *confirmLabel = new QLabel(
        tr("Type the server's name, <b>%1</b>, to delete them:").arg(server.toHtmlEscaped()),
        dialog);
    layout->addWidget(confirmLabel);
    auto *confirm = new QLineEdit(dialog);
    confirm->setObjectName(QStringLiteral("pruneConfirm"));
    confirmLabel->setBuddy(confirm);
    layout->addWidget(confirm);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *remove = box->addButton(tr("&Delete %n backup(s)", nullptr, int(m_dropped.size())),
        QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("pruneDelete"));
    remove->setEnabled(false);
    connect(confirm, &QLineEdit::textChanged, remove,
        [remove, server](const QString &typed) { remove->setEnabled(typed.trimmed() == server); });
    connect(remove, &QPushButton::clicked, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    connect(dialog, &QDialog::accepted, this, [this, sourceId, names = m_dropped] {
        m_engine->pruneBackups(
            sourceId, names, this, [this, sourceId](const Expected<qint64> &job) {
                started(tr("Prune %1").arg(sourceId), job);
            });
    });
    dialog->open();
}

} // namespace dozor
