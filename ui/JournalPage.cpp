#include "JournalPage.h"

#include "JournalEntryDialog.h"
#include "RestoreWizard.h"
#include "StatusStyle.h"
#include "core/DurationText.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "monitor/Remediation.h"
#include "store/HistoryQueries.h"
#include "store/JournalExport.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
constexpr int kindRole = Qt::UserRole + 1; // "incident" or "entry"
constexpr int indexRole = Qt::UserRole + 2;
constexpr qint64 day = 86'400'000;

AlertLevel levelOf(const Incident &i)
{
    return alertLevelFor(i.worst);
}

Status statusOfLevel(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Critical:
        return Status::Crit;
    case AlertLevel::Warning:
        return Status::Warn;
    case AlertLevel::Info:
        break;
    }
    return Status::Ok;
}
} // namespace

JournalPage::JournalPage(
    WorkspaceDocument *document, HistoryQueries *queries, MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_queries(queries)
    , m_engine(engine)
    , m_target(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_note(new QPushButton(tr("Add &note…"), this))
    , m_remediate(new QPushButton(tr("&Run remediation…"), this))
    , m_restore(new QPushButton(tr("Res&tore a backup…"), this))
    , m_exportOne(new QPushButton(tr("Export &incident…"), this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_target->setObjectName(QStringLiteral("journalTarget"));
    m_severity->setObjectName(QStringLiteral("journalSeverity"));
    m_period->setObjectName(QStringLiteral("journalPeriod"));
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_list->setObjectName(QStringLiteral("journalList"));
    m_details->setObjectName(QStringLiteral("journalDetails"));

    m_severity->addItem(tr("Any severity"));
    m_severity->addItem(tr("Critical"), alertLevelName(AlertLevel::Critical));
    m_severity->addItem(tr("Warning"), alertLevelName(AlertLevel::Warning));
    m_severity->addItem(tr("Info"), alertLevelName(AlertLevel::Info));
    m_period->addItem(tr("Last 24 hours"), day);
    m_period->addItem(tr("Last 7 days"), 7 * day);
    m_period->addItem(tr("Last 30 days"), 30 * day);
    m_period->addItem(tr("Last 90 days"), 90 * day);
    m_period->addItem(tr("Everything"), qint64 {0});
    m_period->setCurrentIndex(2);
    m_search->setPlaceholderText(tr("Search titles, reasons, timelines, notes…"));
    m_search->setClearButtonEnabled(true);
    rebuildTargets();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_target);
    filters->addWidget(m_severity);
    filters->addWidget(m_period);
    filters->addWidget(m_search, 1);

    auto *newEntry = new QPushButton(tr("New &entry…"), this);
    newEntry->setObjectName(QStringLiteral("journalNewEntry"));
    newEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    newEntry->setToolTip(tr("Write up what happened (Ctrl+Shift+E); with an incident selected, "
                            "the entry is linked to it"));
    m_note->setObjectName(QStringLiteral("journalAddNote"));
    m_remediate->setObjectName(QStringLiteral("journalRemediate"));
    m_restore->setObjectName(QStringLiteral("journalRestore"));
    m_exportOne->setObjectName(QStringLiteral("journalExportOne"));
    auto *exportAll = new QPushButton(tr("E&xport list…"), this);
    exportAll->setObjectName(QStringLiteral("journalExportAll"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {newEntry, m_note, m_remediate, m_restore, m_exportOne, exportAll})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Started"), tr("Severity"), tr("What"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(300);
    connect(&m_refreshSoon, &QTimer::timeout, this, &JournalPage::refresh);
    for (QComboBox *box : {m_target, m_severity, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &JournalPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_refreshSoon.start(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &JournalPage::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const auto e = selectedEntry())
            editEntry(*e);
    });
    connect(newEntry, &QPushButton::clicked, this, &JournalPage::newEntry);
    connect(m_note, &QPushButton::clicked, this, &JournalPage::addNote);
    connect(m_remediate, &QPushButton::clicked, this, &JournalPage::runRemediation);
    // The restore wizard for the incident's server: its journal entry links to the incident.
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const auto incident = selectedIncident();
        const BackupSource *source = incident ? restoreSourceOf(incident->targetId) : nullptr;
        if (!source)
            return;
        auto *wizard =
            new RestoreWizard(m_document, m_engine, source->id, QString(), incident->id, this);
        wizard->show();
    });
    connect(m_exportOne, &QPushButton::clicked, this, [this] { exportMarkdown(true); });
    connect(exportAll, &QPushButton::clicked, this, [this] { exportMarkdown(false); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    connect(remove, &QShortcut::activated, this, &JournalPage::removeEntry);
    connect(document, &WorkspaceDocument::changed, this, &JournalPage::rebuildTargets);
    if (engine) {
        connect(engine, &MonitorEngine::incidentsChanged, this, [this] {
            if (isVisible())
                m_refreshSoon.start(1000);
        });
        connect(engine, &MonitorEngine::remediationFinished, this,
            [this](const QString &, const QString &outcome) {
                m_details->append(QStringLiteral("\n") + outcome);
                m_refreshSoon.start(500);
            });
    }
    showSelected();
}

void JournalPage::rebuildTargets()
{
    const QString current = m_target->currentData().toString();
    QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("All servers"));
    for (const Target &t : m_document->workspace().targets)
        m_target->addItem(t.displayName(), t.id);
    const int index = m_target->findData(current);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
}

void JournalPage::setSearch(const QString &text)
{
    m_search->setText(text);
    refresh();
}

JournalFilter JournalPage::filter() const
{
    JournalFilter f;
    f.targetId = m_target->currentData().toString();
    if (const QString level = m_severity->currentData().toString(); !level.isEmpty())
        f.severity = alertLevelFromName(level);
    if (const qint64 span = m_period->currentData().toLongLong(); span > 0)
        f.fromMs = QDateTime::currentMSecsSinceEpoch() - span;
    f.search = m_search->text().trimmed();
    return f;
}

void JournalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void JournalPage::refresh()
{
    const JournalFilter f = filter();
    m_queries->journal(
        this,
        [f](JournalBook &book) -> Expected<Listing> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            auto incidents = book.incidents(f);
            if (!incidents)
                return unexpected(incidents.error());
            auto entries = book.entries(f);
            if (!entries)
                return unexpected(entries.error());
            return Listing {*incidents, *entries};
        },
        [this](const Expected<Listing> &listing) { fill(listing); });
}

void JournalPage::fill(const Expected<Listing> &listing)
{
    const QString selected = m_list->currentItem()
        ? m_list->currentItem()->data(2, kindRole).toString() + QLatin1Char(':')
            + m_list->currentItem()->text(2)
        : QString();
    QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!listing) {
        m_incidents.clear();
        m_entries.clear();
        m_details->setPlainText(tr("The journal cannot be read: %1").arg(listing.error()));
        Q_EMIT refreshed();
        return;
    }
    m_incidents = listing->incidents;
    m_entries = listing->entries;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTreeWidgetItem *reselect = nullptr;
    for (qsizetype i = 0; i < m_incidents.size(); ++i) {
        const Incident &inc = m_incidents.at(i);
        const QString state = inc.isOpen()
            ? tr("open for %1").arg(formatDuration(now - inc.openedMs))
            : tr("resolved after %1").arg(formatDuration(inc.closedMs - inc.openedMs));
        auto *item = new QTreeWidgetItem(m_list,
            {JournalExport::timeText(inc.openedMs), JournalExport::severityText(levelOf(inc)),
                inc.title, inc.maintenance ? state + tr(" · in maintenance") : state});
        item->setIcon(1, StatusStyle::icon(statusOfLevel(levelOf(inc))));
        item->setData(2, kindRole, QStringLiteral("incident"));
        item->setData(2, indexRole, int(i));
        item->setToolTip(2, inc.reason);
        if (inc.isOpen()) {
            QFont bold = item->font(2);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
        if (selected == QStringLiteral("incident:") + inc.title)
            reselect = item;
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const JournalEntry &e = m_entries.at(i);
        auto *item = new QTreeWidgetItem(m_list,
            {JournalExport::timeText(e.startedMs), JournalExport::severityText(e.severity), e.title,
                e.source == QLatin1String("manual") ? tr("journal entry") : tr("noted by Dozor")});
        item->setIcon(1, StatusStyle::icon(statusOfLevel(e.severity)));
        item->setData(2, kindRole, QStringLiteral("entry"));
        item->setData(2, indexRole, int(i));
        if (selected == QStringLiteral("entry:") + e.title)
            reselect = item;
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    blocker.unblock();
    if (!reselect && !m_list->currentItem())
        reselect = m_list->topLevelItem(0); // the newest open incident: its story at once
    if (reselect)
        m_list->setCurrentItem(reselect);
    else
        showSelected();
    if (m_list->topLevelItemCount() == 0)
        m_details->setPlainText(tr("Nothing in the journal for this selection. Incidents appear "
                                   "here when a check keeps failing; New entry… writes one up "
                                   "by hand."));
    Q_EMIT refreshed();
}

std::optional<Incident> JournalPage::selectedIncident() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(2, kindRole).toString() != QLatin1String("incident"))
        return std::nullopt;
    return m_incidents.value(item->data(2, indexRole).toInt());
}

std::optional<JournalEntry> JournalPage::selectedEntry() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(2, kindRole).toString() != QLatin1String("entry"))
        return std::nullopt;
    return m_entries.value(item->data(2, indexRole).toInt());
}

const BackupSource *JournalPage::restoreSourceOf(const QString &targetId) const
{
    for (const BackupSource &s : m_document->workspace().backups) {
        if (s.targetId == targetId && !s.restoreTo.isEmpty())
            return &s;
    }
    return nullptr;
}

void JournalPage::showSelected()
{
    const auto incident = selectedIncident();
    const auto entry = selectedEntry();
    const CheckSpec *check = incident ? m_document->workspace().check(incident->checkId) : nullptr;
    m_note->setEnabled(incident.has_value());
    m_exportOne->setEnabled(incident.has_value());
    m_remediate->setEnabled(incident && incident->isOpen() && check && check->remediation.isSet()
        && m_engine && m_engine->isRunning());
    const BackupSource *restorable = incident ? restoreSourceOf(incident->targetId) : nullptr;
    m_restore->setEnabled(restorable && m_engine && m_engine->isRunning());
    m_restore->setToolTip(restorable
            ? tr("Restore a backup of %1 for this incident (the restore's journal entry links to "
                 "it)")
                  .arg(incident->targetId)
            : tr("The incident's server has no backup source with \"restore_to\""));
    m_remediate->setToolTip(check && check->remediation.isSet()
            ? remediationSummary(check->remediation).text()
            : tr("This check has no remediation (set \"remediation\" in the workspace)"));
    if (entry) {
        m_details->setMarkdown(JournalExport::entry(*entry));
        Q_EMIT detailsShown();
        return;
    }
    if (!incident)
        return;
    const QString id = incident->id;
    const Workspace workspace = m_document->workspace();
    m_queries->journal(
        this,
        [id, workspace](JournalBook &book) -> Expected<QString> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return JournalExport::incident(book, workspace, id);
        },
        [this, id](const Expected<QString> &markdown) {
            const auto now = selectedIncident();
            if (!now || now->id != id)
                return; // the selection moved on
            if (markdown)
                m_details->setMarkdown(*markdown);
            else
                m_details->setPlainText(markdown.error());
            Q_EMIT detailsShown();
        });
}

void JournalPage::newEntry()
{
    JournalEntry e;
    e.startedMs = QDateTime::currentMSecsSinceEpoch();
    if (const auto incident = selectedIncident()) {
        e.incidentId = incident->id;
        e.title = incident->title;
        e.targetId = incident->targetId;
        e.severity = levelOf(*incident);
        e.startedMs = incident->openedMs;
        e.endedMs = incident->closedMs;
        e.what = incident->reason;
        openEntry(e, incident->title);
        return;
    }
    openEntry(e, QString());
}

void JournalPage::editEntry(const JournalEntry &entry)
{
    if (entry.incidentId.isEmpty()) {
        openEntry(entry, QString());
        return;
    }
    // The linked incident by its title, read first.
    const QString id = entry.incidentId;
    m_queries->journal(
        this,
        [id](JournalBook &book) -> Expected<std::optional<Incident>> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return book.incident(id);
        },
        [this, entry](const Expected<std::optional<Incident>> &incident) {
            openEntry(entry, incident && *incident ? (*incident)->title : QString());
        });
}

void JournalPage::openEntry(const JournalEntry &entry, const QString &incidentTitle)
{
    auto *dialog = new JournalEntryDialog(entry, m_document->workspace(), incidentTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JournalEntryDialog::saved, this, [this](const JournalEntry &e) {
        m_queries->journal(
            this,
            [e](JournalBook &book) -> Expected<void> {
                if (auto opened = book.open(); !opened)
                    return opened;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (e.id)
                    return book.updateEntry(e, now);
                const auto id = book.addEntry(e, now);
                return id ? Expected<void>() : Expected<void>(unexpected(id.error()));
            },
            [this](const Expected<void> &done) {
                if (!done)
                    QMessageBox::warning(
                        this, tr("Journal"), tr("The entry was not saved: %1").arg(done.error()));
                refresh();
            });
    });
    dialog->open();
}

void JournalPage::addNote()
{
    const auto incident = selectedIncident();
    if (!incident)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"),
        tr("A note in the timeline of \"%1\":").arg(incident->title), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QString id = incident->id;
    m_queries->journal(
        this,
        [id, text](JournalBook &book) -> Expected<void> {
            if (auto opened = book.open(); !opened)
                return opened;
            return book.addNote(id, text.trimmed(), QDateTime::currentMSecsSinceEpoch());
        },
        [this](const Expected<void> &done) {
            if (!done)
                QMessageBox::warning(this, tr("Journal"), done.error());
            showSelected();
        });
}

void JournalPage::runRemediation()
{
    const auto incident = selectedIncident();
    const CheckSpec *check = incident ? m_document->workspace().check(incident->checkId) : nullptr;
    if (!check || !check->remediation.isSet() || !m_engine)
        return;
    const auto command = remediationCommand(check->remediation);
    const Target *target = m_document->workspace().target(check->targetId);
    QMessageBox confirm(QMessageBox::Question, tr("Run remediation"),
        tr("Run this on %1 now?").arg(target ? target->displayName() : check->targetId),
        QMessageBox::Cancel, this);
    confirm.setInformativeText(command ? QString::fromUtf8(*command) : command.error());
    QPushButton *run = confirm.addButton(tr("&Run"), QMessageBox::AcceptRole);
    run->setEnabled(command.ok());
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != run)
        return;
    m_engine->remediateNow(check->id);
    m_details->append(tr("\nRunning: %1 …").arg(remediationSummary(check->remediation).text()));
}

void JournalPage::exportMarkdown(bool selectedOnly)
{
    const auto incident = selectedIncident();
    if (selectedOnly && !incident)
        return;
    const QString suggested = selectedOnly
        ? QStringLiteral("incident-%1.md").arg(incident->id.left(8))
        : QStringLiteral("journal-%1.md").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export as Markdown"), suggested, tr("Markdown (*.md);;All files (*)"));
    if (file.isEmpty())
        return;
    const JournalFilter f = filter();
    const Workspace workspace = m_document->workspace();
    const QString id = selectedOnly ? incident->id : QString();
    m_queries->journal(
        this,
        [f, workspace, id](JournalBook &book) -> Expected<QString> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return id.isEmpty() ? JournalExport::period(book, workspace, f)
                                : JournalExport::incident(book, workspace, id);
        },
        [this, file](const Expected<QString> &markdown) {
            QSaveFile out(file);
            if (!markdown || !out.open(QIODevice::WriteOnly) || out.write(markdown->toUtf8()) < 0
                || !out.commit()) {
                QMessageBox::warning(this, tr("Export"),
                    tr("Cannot write %1: %2")
                        .arg(file, markdown ? out.errorString() : markdown.error()));
                return;
            }
            QMessageBox::information(this, tr("Export"), tr("Wrote %1").arg(file));
        });
}

void JournalPage::removeEntry()
{
    const auto entry = selectedEntry();
    if (!entry)
        return;
    if (QMessageBox::question(this, tr("Delete entry"),
            tr("Delete the journal entry \"%1\"? This cannot be undone.").arg(entry->title))
        != QMessageBox::Yes)
        return;
    const qint64 id = entry->id;
    m_queries->journal(
        this,
        [id](JournalBook &book) -> Expected<void> {
            if (auto opened = book.open(); !opened)
                return opened;
            return book.removeEntry(id);
        },
        [this](const Expected<void> &) { refresh(); });
}

} // namespace dozor
