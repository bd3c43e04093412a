#include "MaintenanceDialog.h"

#include "MaintenanceWindowDialog.h"
#include "core/Maintenance.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "store/HistoryQueries.h"
#include "store/JournalExport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

MaintenanceDialog::MaintenanceDialog(
    WorkspaceDocument *document, HistoryQueries *queries, MonitorEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_queries(queries)
    , m_engine(engine)
    , m_target(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_open(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Maintenance windows"));
    m_target->addItem(tr("All servers"));
    for (const Target &t : document->workspace().targets)
        m_target->addItem(t.displayName(), t.id);
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    m_reason->setPlaceholderText(tr("e.g. kernel update, release 4.2"));
    m_reason->setObjectName(QStringLiteral("maintenanceReason"));
    m_start = new QPushButton(tr("&Start now"), this);
    m_start->setObjectName(QStringLiteral("maintenanceStart"));
    m_start->setEnabled(engine && engine->isRunning());
    connect(m_start, &QPushButton::clicked, this, &MaintenanceDialog::startWindow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_target);
    form->addRow(tr("&For:"), m_minutes);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_start);

    m_open->setObjectName(QStringLiteral("maintenanceOpen"));
    m_open->setHeaderLabels(
        {tr("Window"), tr("Server"), tr("When"), tr("Now or next"), tr("Reason")});
    m_open->setRootIsDecorated(false);
    m_end = new QPushButton(tr("&End selected now"), this);
    m_end->setObjectName(QStringLiteral("maintenanceEnd"));
    connect(m_end, &QPushButton::clicked, this, &MaintenanceDialog::endSelected);
    auto *add = new QPushButton(tr("&Schedule…"), this);
    add->setObjectName(QStringLiteral("maintenanceAdd"));
    add->setToolTip(tr("A window kept in the workspace: once, every day or on chosen days"));
    connect(add, &QPushButton::clicked, this, &MaintenanceDialog::addScheduled);
    m_edit = new QPushButton(tr("E&dit…"), this);
    m_edit->setObjectName(QStringLiteral("maintenanceEdit"));
    connect(m_edit, &QPushButton::clicked, this, &MaintenanceDialog::editSelected);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("maintenanceRemove"));
    connect(m_remove, &QPushButton::clicked, this, &MaintenanceDialog::removeSelected);
    connect(m_open, &QTreeWidget::currentItemChanged, this, &MaintenanceDialog::updateButtons);
    connect(m_open, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedScheduled().isEmpty())
            editSelected();
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_end);
    listButtons->addStretch(1);
    listButtons->addWidget(add);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_remove);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("During a window checks run and are recorded; incidents are marked "
                               "\"in maintenance\" and no alert is sent. An incident still open "
                               "when the window ends alerts then."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Open and upcoming windows:"), this));
    layout->addWidget(m_open, 1);
    layout->addLayout(listButtons);
    layout->addWidget(buttons);
    resize(720, 480);
    updateButtons();
    reload();
}

void MaintenanceDialog::startWindow()
{
    m_start->setEnabled(false);
    m_engine->openGraceWindow(m_target->currentData().toString(),
        qint64 {m_minutes->value()} * 60'000, m_reason->text().trimmed(), this,
        [this](const Expected<QString> &id) {
            m_start->setEnabled(true);
            if (!id)
                QMessageBox::warning(
                    this, windowTitle(), tr("The window was not started: %1").arg(id.error()));
            reload();
        });
}

QString MaintenanceDialog::selectedScheduled() const
{
    const QTreeWidgetItem *item = m_open->currentItem();
    return item && item->data(0, Qt::UserRole).toBool() ? item->text(0) : QString();
}

void MaintenanceDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_open->currentItem();
    const bool scheduled = !selectedScheduled().isEmpty();
    m_end->setEnabled(item && !scheduled && m_engine);
    m_edit->setEnabled(scheduled);
    m_remove->setEnabled(scheduled);
}

void MaintenanceDialog::addScheduled()
{
    MaintenanceWindowDialog dialog(m_document, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MaintenanceDialog::editSelected()
{
    const QString id = selectedScheduled();
    if (id.isEmpty())
        return;
    MaintenanceWindowDialog dialog(m_document, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MaintenanceDialog::removeSelected()
{
    const QString id = selectedScheduled();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove maintenance window"),
        tr("Remove the maintenance window \"%1\" from the workspace? Alerts go out again at "
           "its times.")
            .arg(id));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_document->removeWindow(id); !removed)
        QMessageBox::warning(
            this, windowTitle(), tr("The window was not removed: %1").arg(removed.error()));
    reload();
}

void MaintenanceDialog::endSelected()
{
    const QTreeWidgetItem *item = m_open->currentItem();
    if (!item || item->data(0, Qt::UserRole).toBool())
        return;
    m_engine->closeGraceWindow(item->text(0), this, [this](const Expected<void> &done) {
        if (!done)
            QMessageBox::warning(this, windowTitle(), done.error());
        reload();
    });
}

void MaintenanceDialog::reload()
{
    const QList<MaintenanceWindow> configured = m_document->workspace().maintenance;
    const QString selected = m_open->currentItem() ? m_open->currentItem()->text(0) : QString();
    m_queries->journal(
        this,
        [](JournalBook &book) -> Expected<QList<MaintenanceWindow>> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return book.maintenanceWindows(QDateTime::currentMSecsSinceEpoch());
        },
        [this, configured, selected](const Expected<QList<MaintenanceWindow>> &started) {
            m_open->clear();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            auto add = [&](const MaintenanceWindow &w, bool fromWorkspace) {
                const auto active = maintenanceAt(w, now);
                const auto next = nextMaintenanceStart(w, now);
                const bool over = w.repeat == MaintenanceWindow::Repeat::Once && w.end.isValid()
                    && w.end.toMSecsSinceEpoch() <= now;
                const auto upcoming = next ? maintenanceAt(w, *next) : std::nullopt;
                const QString until = active
                    ? tr("in effect until %1").arg(JournalExport::timeText(active->endMs))
                    : upcoming ? tr("next %1 – %2")
                                     .arg(JournalExport::timeText(upcoming->startMs),
                                         JournalExport::timeText(upcoming->endMs))
                    : over ? tr("over")
                           : QString();
                const Target *t = m_document->workspace().target(w.targetId);
                auto *item = new QTreeWidgetItem(m_open,
                    {w.id,
                        w.targetId.isEmpty() ? tr("All servers")
                                             : (t ? t->displayName() : w.targetId),
                        fromWorkspace ? scheduleText(w) : tr("started here"), until, w.reason});
                item->setData(0, Qt::UserRole, fromWorkspace);
                if (w.id == selected)
                    m_open->setCurrentItem(item);
            };
            if (started) {
                for (const MaintenanceWindow &w : *started)
                    add(w, false);
            }
            for (const MaintenanceWindow &w : configured)
                add(w, true);
            for (int column = 0; column < m_open->columnCount() - 1; ++column)
                m_open->resizeColumnToContents(column);
            updateButtons();
            Q_EMIT reloaded();
        });
}

QString MaintenanceDialog::scheduleText(const MaintenanceWindow &w)
{
    QString text;
    switch (w.repeat) {
    case MaintenanceWindow::Repeat::Once:
        return tr("once");
    case MaintenanceWindow::Repeat::Daily:
        text = tr("every day at %1").arg(w.at);
        break;
    case MaintenanceWindow::Repeat::Weekly: {
        QStringList days;
        for (int day : w.weekdays)
            days.append(QLocale().dayName(day, QLocale::ShortFormat));
        text = tr("%1 at %2").arg(days.join(QStringLiteral(", ")), w.at);
        break;
    }
    }
    return w.timeZone.isEmpty() ? text : tr("%1 (%2)").arg(text, w.timeZone);
}

} // namespace dozor
