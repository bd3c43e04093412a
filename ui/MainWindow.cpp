#include "MainWindow.h"

#include "AlertChannelsDialog.h"
#include "BackupsPage.h"
#include "JobsPage.h"
#include "JournalPage.h"
#include "MaintenanceDialog.h"
#include "OverviewPage.h"
#include "ScreenFit.h"
#include "ServerBackups.h"
#include "ServerDeploys.h"
#include "SettingsDialog.h"
#include "StatusBoard.h"
#include "StatusStyle.h"
#include "TargetPage.h"
#include "TrayController.h"
#include "UiSettings.h"
#include "WorkspaceEditor.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "store/HistoryQueries.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace dozor {

namespace {
const QString overviewPageName = QStringLiteral("overview");
const QString journalPageName = QStringLiteral("journal");
const QString backupsPageName = QStringLiteral("backups");
const QString jobsPageName = QStringLiteral("jobs");
const QString targetPrefix = QStringLiteral("target:");
constexpr int pageRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(WorkspaceDocument *document, StatusBoard *board, HistoryQueries *queries,
    MonitorEngine *engine, TrayController *tray, UiSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_board(board)
    , m_engine(engine)
    , m_tray(tray)
    , m_settings(settings)
    , m_editor(new WorkspaceEditor(document, engine, this, this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new OverviewPage(document, board, m_editor, m_stack))
    , m_target(
          new TargetPage(document, m_overview->model(), board, queries, engine, m_editor, m_stack))
    , m_journal(new JournalPage(document, queries, engine, m_stack))
    , m_backups(new BackupsPage(document, engine, m_stack))
    , m_jobs(new JobsPage(engine, m_stack))
    , m_queries(queries)
    , m_storeState(new QLabel(this))
    , m_alertState(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dozor"));
    setWindowIcon(StatusStyle::appIcon(std::nullopt));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(16, 16));
    m_navigation->setMinimumWidth(160);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_target);
    m_stack->addWidget(m_journal);
    m_stack->addWidget(m_backups);
    m_stack->addWidget(m_jobs);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);

    m_storeState->setObjectName(QStringLiteral("storeState"));
    statusBar()->addPermanentWidget(m_storeState);
    m_alertState->setObjectName(QStringLiteral("alertState"));
    m_alertState->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_alertState->hide();
    statusBar()->addPermanentWidget(m_alertState);

    createMenus();
    rebuildNavigation();

    connect(m_navigation, &QListWidget::currentItemChanged, this, &MainWindow::navigationChanged);
    connect(document, &WorkspaceDocument::changed, this, &MainWindow::rebuildNavigation);
    connect(board, &StatusBoard::checkUpdated, this, &MainWindow::updateTargetIcon);
    connect(board, &StatusBoard::worstChanged, this,
        [this](std::optional<Status> worst) { setWindowIcon(StatusStyle::appIcon(worst)); });
    m_overview->setGroupedByServer(settings->overviewGrouped());
    connect(m_overview, &OverviewPage::groupingChanged, this,
        [this](bool grouped) { m_settings->setOverviewGrouped(grouped); });
    connect(m_overview, &OverviewPage::checkActivated, this,
        [this](const QString &targetId, const QString &checkId) {
            showPage(targetPrefix + targetId);
            m_target->selectCheck(checkId);
        });
    connect(m_editor, &WorkspaceEditor::targetSaved, this,
        [this](const QString &id) { showPage(targetPrefix + id); });
    connect(m_editor, &WorkspaceEditor::failed, this, [this](const QString &message) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Dozor"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    const auto showJob = [this](qint64 jobId) {
        showPage(jobsPageName);
        m_jobs->selectJob(jobId);
    };
    connect(m_backups, &BackupsPage::message, this, &MainWindow::showMessage);
    connect(m_backups, &BackupsPage::jobStarted, this, showJob);
    connect(m_target->backups(), &ServerBackups::message, this, &MainWindow::showMessage);
    connect(m_target->backups(), &ServerBackups::jobStarted, this, showJob);
    connect(m_target->deploys(), &ServerDeploys::message, this, &MainWindow::showMessage);
    connect(m_target->deploys(), &ServerDeploys::jobRequested, this, showJob);
    connect(m_target->backups(), &ServerBackups::openRequested, this, [this](const QString &id) {
        showPage(backupsPageName);
        m_backups->selectSource(id);
    });
    connect(m_jobs, &JobsPage::runningChanged, this, &MainWindow::updateJobsItem);
    connect(engine, &MonitorEngine::jobsInterrupted, this, [this](const QList<JobRecord> &jobs) {
        QStringList titles;
        bool restore = false;
        for (const JobRecord &j : jobs) {
            titles.append(j.title);
            restore = restore || j.kind == QLatin1String("restore");
        }
        showFileProblem(tr("Dozor stopped while these jobs ran; they are marked interrupted "
                           "(Jobs page). Check the server before running them again:\n%1")
                            .arg(titles.join(QLatin1Char('\n')))
            + (restore ? QStringLiteral("\n")
                        + tr(
                            "A restore left its record on the server: Backups → Restore… offers to "
                            "finish it or roll it back.")
                       : QString()));
    });
    connect(tray, &TrayController::notified, this, &MainWindow::showNotification);
    connect(tray, &TrayController::pauseChanged, this, [this](bool paused) {
        statusBar()->showMessage(paused ? tr("Alerts paused") : tr("Alerts resumed"), 5000);
    });

    if (!restoreGeometry(settings->windowGeometry()))
        resize(1180, 760);
    // Saved on a larger screen or at another scale factor: never larger than this screen.
    ScreenFit::clampToScreen(this);
    showPage(settings->lastPage());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addServer = file->addAction(tr("Add &server…"), m_editor, &WorkspaceEditor::addTarget);
    addServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *import = file->addAction(
        tr("&Import servers from SSH config…"), m_editor, &WorkspaceEditor::importSshConfig);
    import->setObjectName(QStringLiteral("importSshConfigAction"));
    QAction *addCheck = file->addAction(tr("Add &check…"), this, [this] {
        const QString page = currentPage();
        m_editor->addCheck(
            page.startsWith(targetPrefix) ? page.mid(targetPrefix.size()) : QString());
    });
    addCheck->setObjectName(QStringLiteral("addCheckAction"));
    addCheck->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview =
        view->addAction(tr("&Overview"), this, [this] { showPage(overviewPageName); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *journal = view->addAction(tr("&Journal"), this, [this] { showPage(journalPageName); });
    journal->setObjectName(QStringLiteral("journalAction"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction *backups = view->addAction(tr("&Backups"), this, [this] { showPage(backupsPageName); });
    backups->setObjectName(QStringLiteral("backupsAction"));
    backups->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *jobs = view->addAction(tr("J&obs"), this, [this] { showPage(jobsPageName); });
    jobs->setObjectName(QStringLiteral("jobsAction"));
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    QAction *next = view->addAction(tr("&Next page"), this, [this] {
        m_navigation->setCurrentRow((m_navigation->currentRow() + 1) % m_navigation->count());
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = view->addAction(tr("&Previous page"), this, [this] {
        const int n = m_navigation->count();
        m_navigation->setCurrentRow((m_navigation->currentRow() + n - 1) % n);
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    QAction *maintenance =
        alerts->addAction(tr("&Maintenance windows…"), this, &MainWindow::openMaintenance);
    maintenance->setObjectName(QStringLiteral("maintenanceAction"));
    maintenance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction *channels =
        alerts->addAction(tr("Alert &channels…"), this, &MainWindow::openAlertChannels);
    channels->setObjectName(QStringLiteral("alertChannelsAction"));
    alerts->addSeparator();
    alerts->addAction(m_tray->pause15Action());
    alerts->addAction(m_tray->pause60Action());
    alerts->addAction(m_tray->resumeAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dozor"), this, [this] {
        QMessageBox::about(this, tr("About Dozor"),
            tr("<h3>Dozor %1</h3><p>An operations console for a few to a few hundred Linux "
               "servers: live status over HTTP(S) and SSH, history charts, alerts.</p>"
               "<p>Workspace: %2</p>")
                .arg(QStringLiteral(DOZOR_VERSION), m_document->path().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildNavigation()
{
    const QString current = currentPage();
    QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    auto *overview = new QListWidgetItem(tr("Overview"), m_navigation);
    overview->setData(pageRole, overviewPageName);
    QFont bold = overview->font();
    bold.setBold(true);
    overview->setFont(bold);
    auto *journal = new QListWidgetItem(tr("Journal"), m_navigation);
    journal->setData(pageRole, journalPageName);
    journal->setToolTip(tr("Incidents and journal entries (Ctrl+J)"));
    auto *backups = new QListWidgetItem(tr("Backups"), m_navigation);
    backups->setData(pageRole, backupsPageName);
    backups->setToolTip(
        tr("Every backup of every server, its freshness and verification (Ctrl+B)"));
    auto *jobs = new QListWidgetItem(tr("Jobs"), m_navigation);
    jobs->setData(pageRole, jobsPageName);
    jobs->setToolTip(tr("Running and recent backups, verifications and prunes (Ctrl+Shift+J)"));
    for (const Target &t : m_document->workspace().targets) {
        auto *item = new QListWidgetItem(t.displayName(), m_navigation);
        item->setData(pageRole, QString(targetPrefix + t.id));
        item->setToolTip(t.local ? tr("This computer") : (t.ssh ? t.ssh->host : QString()));
    }
    for (const CheckSpec &c : m_document->workspace().checks)
        updateTargetIcon(c.id);
    updateJobsItem(m_jobs->runningJobs());
    blocker.unblock();
    showPage(current.isEmpty() ? overviewPageName : current);
}

void MainWindow::updateTargetIcon(const QString &checkId)
{
    const CheckSpec *check = m_document->workspace().check(checkId);
    if (!check)
        return;
    std::optional<Status> worst;
    for (const CheckSpec &c : m_document->workspace().checks) {
        if (c.targetId != check->targetId)
            continue;
        if (const auto s = m_board->state(c.id).status)
            worst = worst ? dozor::worse(*worst, *s) : *s;
    }
    const QString page = targetPrefix + check->targetId;
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        if (item->data(pageRole).toString() == page)
            item->setIcon(StatusStyle::icon(worst));
    }
}

void MainWindow::showPage(const QString &page)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(pageRole).toString() == page) {
            m_navigation->setCurrentRow(i);
            navigationChanged(m_navigation->item(i));
            return;
        }
    }
    m_navigation->setCurrentRow(0);
    navigationChanged(m_navigation->item(0));
}

QString MainWindow::currentPage() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(pageRole).toString() : QString();
}

void MainWindow::navigationChanged(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString page = item->data(pageRole).toString();
    if (page.startsWith(targetPrefix)) {
        m_target->setTarget(page.mid(targetPrefix.size()));
        m_stack->setCurrentWidget(m_target);
    } else if (page == journalPageName) {
        m_stack->setCurrentWidget(m_journal);
    } else if (page == backupsPageName) {
        m_stack->setCurrentWidget(m_backups);
    } else if (page == jobsPageName) {
        m_stack->setCurrentWidget(m_jobs);
    } else {
        m_stack->setCurrentWidget(m_overview);
    }
}

void MainWindow::updateJobsItem(int running)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        if (item->data(pageRole).toString() == jobsPageName)
            item->setText(running > 0 ? tr("Jobs (%1 running)").arg(running) : tr("Jobs"));
    }
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::storeOpened(const QString &error)
{
    if (error.isEmpty()) {
        m_storeState->setText(tr("History recorded"));
        m_storeState->setToolTip(m_engine->historyPath());
        return;
    }
    m_storeFailing = true;
    m_storeState->setText(tr("History not recorded"));
    m_storeState->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_storeState->setToolTip(error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("History not recorded"),
        tr("Dozor cannot use its history file, so charts stay empty and nothing is recorded. "
           "Checks still run.\n\n%1\n\nFree some disk space or fix the file's permissions, then "
           "start Dozor again.")
            .arg(error),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::storeWriteFailed(const QString &error)
{
    m_storeFailing = true;
    m_storeState->setText(tr("History writes failing — kept in memory and retried"));
    m_storeState->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_storeState->setToolTip(error);
}

void MainWindow::storeCommitted()
{
    if (!m_storeFailing && !m_storeState->text().isEmpty())
        return;
    m_storeFailing = false;
    m_storeState->setStyleSheet(QString());
    m_storeState->setText(tr("History recorded"));
    m_storeState->setToolTip(m_engine->historyPath());
}

void MainWindow::alertChannelFailing(const QString &channelId, qint64 sinceMs, const QString &error)
{
    const bool isNew = !m_failingChannels.contains(channelId);
    m_failingChannels.insert(channelId,
        tr("Alerts to %1 failing since %2")
            .arg(channelId,
                QDateTime::fromMSecsSinceEpoch(sinceMs).toString(QStringLiteral("HH:mm"))));
    m_alertState->setText(QStringList(m_failingChannels.values()).join(QStringLiteral(" · ")));
    if (!error.isEmpty())
        m_alertState->setToolTip(error);
    m_alertState->show();
    if (isNew && !error.isEmpty())
        m_tray->showMessage(m_failingChannels.value(channelId), error);
}

void MainWindow::alertChannelRecovered(const QString &channelId)
{
    m_failingChannels.remove(channelId);
    m_alertState->setText(QStringList(m_failingChannels.values()).join(QStringLiteral(" · ")));
    m_alertState->setVisible(!m_failingChannels.isEmpty());
    statusBar()->showMessage(tr("Alerts to %1 are delivered again").arg(channelId), 10'000);
}

void MainWindow::showNotification(const QString &title, const QString &message)
{
    if (m_tray->isTrayAvailable())
        return; // the tray showed it
    statusBar()->showMessage(
        title + QStringLiteral(" — ") + message.section(QLatin1Char('\n'), 0, 0), 15'000);
    QApplication::alert(this);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 15'000);
}

void MainWindow::showFileProblem(const QString &message)
{
    if (!m_fileProblem) {
        m_fileProblem = new QMessageBox(
            QMessageBox::Warning, tr("Workspace file"), QString(), QMessageBox::Close, this);
        m_fileProblem->setObjectName(QStringLiteral("fileProblem"));
        m_fileProblem->setModal(false);
        m_fileProblem->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_fileProblem->setText(message);
    m_fileProblem->show();
    showMessage(tr("The workspace file has errors; the last good version keeps running."));
}

void MainWindow::openMaintenance()
{
    auto *dialog = new MaintenanceDialog(m_document, m_queries, m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAlertChannels()
{
    auto *dialog = new AlertChannelsDialog(m_document, m_engine, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertChannelsDialog::secretsChanged, this, &MainWindow::alertSecretsChanged);
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(
        m_settings, m_tray->isTrayAvailable(), m_document->path(), m_engine->historyPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setLastPage(currentPage());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_quitting && m_tray->isTrayAvailable() && m_settings->closeToTray()) {
        hide();
        event->ignore();
        if (!m_settings->trayHintShown()) {
            m_settings->setTrayHintShown(true);
            m_tray->showMessage(tr("Dozor keeps watching"),
                tr("Monitoring continues in the tray. To stop Dozor, choose Quit in the tray "
                   "menu."));
        }
        return;
    }
    event->accept();
    if (!m_quitting)
        Q_EMIT quitRequested();
}

} // namespace dozor
