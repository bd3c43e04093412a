#include "DesktopSession.h"

#include "HostKeyPrompt.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "StatusBoard.h"
#include "TrayController.h"
#include "UiSettings.h"
#include "core/MetricDisplay.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "remote/KnownHosts.h"
#include "secrets/SecretStore.h"
#include "store/HistoryQueries.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcDesktop, "dozor.desktop", QtWarningMsg)

namespace dozor {

namespace {
constexpr int sparklinePoints = 120;
} // namespace

DesktopSession::DesktopSession(Workspace workspace, QString workspaceFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<UiSettings>())
    , m_document(std::make_unique<WorkspaceDocument>(workspace, workspaceFile))
    , m_board(std::make_unique<StatusBoard>(m_document.get()))
    , m_engine(std::make_unique<MonitorEngine>(workspace, workspaceFile))
    , m_queries(std::make_unique<HistoryQueries>(m_engine->historyPath()))
    , m_tray(std::make_unique<TrayController>(m_board.get(), m_document.get(), m_settings.get()))
    , m_window(std::make_unique<MainWindow>(m_document.get(), m_board.get(), m_queries.get(),
          m_engine.get(), m_tray.get(), m_settings.get()))
    , m_secrets(new SecretStore(SecretStore::defaultService(), this))
{
    MonitorEngine *engine = m_engine.get();
    m_window->setSecretStore(m_secrets);
    connect(m_window.get(), &MainWindow::alertSecretsChanged, this, [this] { loadSecrets(); });
    connect(m_document.get(), &WorkspaceDocument::changed, engine, [this] {
        // The secrets first (a server may have a new login or id, or the dialog stored a new
        // secret), so the checks the edit reruns log in with them.
        loadSecrets([this] { m_engine->setWorkspace(m_document->workspace()); });
    });
    // Edits of the file made outside the app (an editor, git pull) apply as the app's own do.
    m_document->watchFile();
    connect(m_document.get(), &WorkspaceDocument::reloadedFromFile, m_window.get(), [this] {
        m_window->showMessage(tr("The workspace file was changed outside Dozor; the changes "
                                 "are applied."));
    });
    connect(m_document.get(), &WorkspaceDocument::fileEditRejected, m_window.get(),
        [this](const QString &message) { m_window->showFileProblem(message); });
    connect(engine, &MonitorEngine::resultReady, m_board.get(), &StatusBoard::addResult);
    connect(engine, &MonitorEngine::statusChanged, m_board.get(), &StatusBoard::addChange);
    connect(engine, &MonitorEngine::trayAlert, m_tray.get(), &TrayController::onAlert);
    connect(engine, &MonitorEngine::incidentsChanged, m_board.get(), &StatusBoard::addIncidents);
    connect(engine, &MonitorEngine::storeOpened, m_window.get(), &MainWindow::storeOpened);
    connect(
        engine, &MonitorEngine::storeWriteFailed, m_window.get(), &MainWindow::storeWriteFailed);
    connect(engine, &MonitorEngine::storeCommitted, m_window.get(), &MainWindow::storeCommitted);
    connect(engine, &MonitorEngine::hostKeyUnknown, this, &DesktopSession::askAboutHostKey);
    connect(engine, &MonitorEngine::alertChannelFailing, m_window.get(),
        &MainWindow::alertChannelFailing);
    connect(engine, &MonitorEngine::alertChannelRecovered, m_window.get(),
        &MainWindow::alertChannelRecovered);
    // Pausing alerts from the tray silences every channel, not just the tray: a maintenance
    // window for the whole workspace, on record in the journal, ended by Resume.
    connect(m_tray.get(), &TrayController::pauseChanged, this, &DesktopSession::pauseAlerts);
    connect(
        m_tray.get(), &TrayController::openRequested, m_window.get(), &MainWindow::bringToFront);
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopSession::confirmQuit);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopSession::confirmQuit);
}

void DesktopSession::confirmQuit()
{
    const int running = m_window->jobsPage()->runningJobs();
    if (running == 0) {
        Q_EMIT quitRequested();
        return;
    }
    // A job cut off by quitting is marked interrupted; what it started on a server may go on
    // there. Say so, and let the user wait for it instead.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Dozor"),
        tr("%n job(s) still running (Jobs page). Quitting stops them where they are: they are "
           "recorded as interrupted, and a step already running on a server may go on there.",
            nullptr, running),
        QMessageBox::NoButton, m_window->isVisible() ? m_window.get() : nullptr);
    box->setObjectName(QStringLiteral("quitWithJobs"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit = box->addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
        if (clicked == quit)
            Q_EMIT quitRequested();
    });
    box->open();
}

DesktopSession::~DesktopSession()
{
    shutdown();
}

void DesktopSession::start(const QString &page, bool hidden)
{
    if (!page.isEmpty())
        m_window->showPage(page);
    if (!hidden || !m_tray->isTrayAvailable())
        m_window->show();
    // The last recorded statuses first (a few milliseconds, on the reader thread), then the
    // checks: nothing recorded before is announced again.
    m_queries->query(
        this, [](HistoryReader &reader) { return reader.lastChanges(); },
        [this](const Expected<QHash<QString, StatusChange>> &last) {
            if (last) {
                m_board->seed(*last);
                m_engine->seedStatuses(statusesOf(*last));
            }
            loadSecrets([this] { startEngine(); });
        });
    m_queries->query(
        this, [](HistoryReader &reader) { return reader.recentResults(); },
        [this](const Expected<QHash<QString, QList<RecentResult>>> &recent) {
            if (recent)
                m_board->seedHeartbeats(*recent);
        });
    m_queries->journal(
        this,
        [](JournalBook &book) -> Expected<QList<Incident>> {
            if (auto opened = book.open(); !opened)
                return unexpected(opened.error());
            return book.openIncidents();
        },
        [this](const Expected<QList<Incident>> &open) {
            if (open)
                m_board->seedIncidents(*open);
        });
}

void DesktopSession::startEngine()
{
    m_engine->setTrayAvailable(true); // without a tray, the window shows them
    m_engine->start();
    loadSparklines();
    Q_EMIT started();
}

void DesktopSession::loadSecrets(std::function<void()> then)
{
    // What cannot be read shows as the server's login error ("no password is stored …", or
    // the keychain's own problem).
    m_secrets->readForWorkspace(m_document->workspace(), m_document->path(), this,
        [this, then = std::move(then)](
            const QHash<QString, QByteArray> &secrets, const QHash<QString, QString> &problems) {
            QHash<QString, QString> unreadable;
            for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
                if (!SecretStore::isMissing(it.value()))
                    unreadable.insert(it.key(), it.value());
            }
            m_engine->setSecrets(secrets, unreadable);
            // A channel whose token cannot be read says so in its deliveries.
            m_secrets->readAlertSecrets(m_document->workspace(), m_document->path(), this,
                [this, then](
                    const QHash<QString, QByteArray> &tokens, const QHash<QString, QString> &) {
                    m_engine->setAlertSecrets(tokens);
                    // Repository passwords of restic and borg sources (a missing one: the
                    // tool says it needs one when it runs).
                    m_secrets->readBackupSecrets(m_document->workspace(), m_document->path(), this,
                        [this, then](const QHash<QString, QByteArray> &passwords,
                            const QHash<QString, QString> &) {
                            m_engine->setBackupSecrets(passwords);
                            if (then)
                                then();
                        });
                });
        });
}

void DesktopSession::pauseAlerts(bool paused)
{
    // Asynchronous both ways: a window still being opened when the user resumes is closed
    // as soon as its id is known.
    ++m_pauseGeneration;
    if (!m_pauseWindow.isEmpty())
        closePauseWindow(std::exchange(m_pauseWindow, QString()));
    if (!paused)
        return;
    const qint64 left = m_tray->pausedUntilMs() - QDateTime::currentMSecsSinceEpoch();
    m_engine->openGraceWindow(QString(), std::max<qint64>(left, 1000),
        tr("alerts paused from the tray menu"), this,
        [this, generation = m_pauseGeneration](const Expected<QString> &id) {
            if (!id) {
                if (generation == m_pauseGeneration) // not superseded by a resume
                    m_window->showMessage(
                        tr("Cannot pause the other alert channels: %1").arg(id.error()));
                return;
            }
            if (generation == m_pauseGeneration)
                m_pauseWindow = *id;
            else
                closePauseWindow(*id); // resumed (or paused anew) in the meantime
        });
}

void DesktopSession::closePauseWindow(const QString &windowId)
{
    // A window that has already run out (the pause ended on time, or the computer slept
    // past it) is fine: nothing is to be resumed then.
    m_engine->closeGraceWindow(windowId, this, [](const Expected<void> &done) {
        if (!done)
            qCInfo(lcDesktop) << "ending the pause window:" << done.error();
    });
}

void DesktopSession::askAboutHostKey(const QString &targetId, const HostKeyInfo &key)
{
    // Declined keys are not asked about again until the next start; the server's checks
    // say why they do not run.
    const QString question = targetId + QLatin1Char(' ') + key.fingerprint;
    if (m_hostKeyQuestions.contains(question))
        return;
    m_hostKeyQuestions.insert(question);
    const Target *target = m_document->workspace().target(targetId);
    HostKeyPrompt::ask(m_window.get(), target ? target->displayName() : targetId, key,
        [this, question, key](bool trusted) {
            if (!trusted)
                return;
            if (const auto added = KnownHosts::add(key); !added) {
                m_window->showMessage(tr("Cannot remember the host key: %1").arg(added.error()));
                return;
            }
            m_hostKeyQuestions.remove(question);
            m_engine->retrySsh();
        });
}

void DesktopSession::loadSparklines()
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - StatusBoard::sparklineSpanMs;
    for (const CheckSpec &check : m_document->workspace().checks) {
        struct Answer {
            SeriesInfo series;
            QList<SeriesPoint> points;
        };
        const CheckType type = check.type;
        const QString id = check.id;
        m_queries->query(
            this,
            [type, id, from, to](HistoryReader &reader) -> std::optional<Answer> {
                const auto series = reader.seriesOf(id);
                if (!series || series->isEmpty())
                    return std::nullopt;
                QStringList names;
                for (const SeriesInfo &s : *series)
                    names.append(s.metric);
                const auto headline = MetricDisplay::headlineName(type, names);
                if (!headline)
                    return std::nullopt;
                const SeriesInfo info = *std::find_if(series->begin(), series->end(),
                    [&](const SeriesInfo &s) { return s.metric == *headline; });
                const SeriesQuery q {
                    id, *headline, from, to, sparklinePoints, DecimationMode::Lttb};
                const auto data = reader.series(q);
                if (!data)
                    return std::nullopt;
                return Answer {info, data->points};
            },
            [this, id](const std::optional<Answer> &answer) {
                if (answer)
                    m_board->seedSparkline(id, answer->series, answer->points);
            });
    }
}

void DesktopSession::shutdown()
{
    if (m_window)
        m_window->setQuitting();
    m_engine->stop(); // the last results are written before the file is closed
    m_queries->stop();
}

} // namespace dozor
