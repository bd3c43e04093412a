#include "MaintenanceDialog.h"

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
    m_open->setHeaderLabels({tr("Window"), tr("Server"), tr("Until"), tr("Reason")});
    m_open->setRootIsDecorated(false);
    auto *end = new QPushButton(tr("&End selected now"), this);
    connect(end, &QPushButton::clicked, this, &MaintenanceDialog::endSelected);

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
    layout->addWidget(end, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(620, 460);
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

void MaintenanceDialog::endSelected()
{
    const QTreeWidgetItem *item = m_open->currentItem();
    if (!item)
        return;
    if (item->data(0, Qt::UserRole).toBool()) {
        QMessageBox::information(
            this, windowTitle(), tr("This window is part of the workspace file; change it there."));
        return;
    }
    m_engine->closeGraceWindow(item->text(0), this, [this](const Expected<void> &done) {
        if (!done)
            QMessageBox::warning(this, windowTitle(), done.error());
        reload();
    });
}

void MaintenanceDialog::reload()
{
    const QList<MaintenanceWindow> configured = m_document->workspace().maintenance;
    m_queries->journal(
        this,
        [](JournalBook &book) -> Expected<QList<MaintenanceWindow>> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return book.maintenanceWindows(QDateTime::currentMSecsSinceEpoch());
        },
        [this, configured](const Expected<QList<MaintenanceWindow>> &started) {
            m_open->clear();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            auto add = [&](const MaintenanceWindow &w, bool fromWorkspace) {
                const auto active = maintenanceAt(w, now);
                const auto next = nextMaintenanceStart(w, now);
                const QString until = active
                    ? JournalExport::timeText(active->endMs)
                    : (next ? tr("next from %1").arg(JournalExport::timeText(*next)) : QString());
                const Target *t = m_document->workspace().target(w.targetId);
                auto *item = new QTreeWidgetItem(m_open,
                    {w.id, w.targetId.isEmpty() ? tr("all") : (t ? t->displayName() : w.targetId),
                        until, w.reason});
                item->setData(0, Qt::UserRole, fromWorkspace);
            };
            if (started) {
                for (const MaintenanceWindow &w : *started)
                    add(w, false);
            }
            for (const MaintenanceWindow &w : configured)
                add(w, true);
            Q_EMIT reloaded();
        });
}

} // namespace dozor
