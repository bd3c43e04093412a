#pragma once

#include "core/Workspace.h"
#include "remote/SshTypes.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace dozor {

class HistoryQueries;
class MainWindow;
class MonitorEngine;
class SecretStore;
class StatusBoard;
class TrayController;
class UiSettings;
class WorkspaceDocument;

// The desktop app put together: the workspace document, the monitoring engine, history
// queries, the live status board, the tray and the window, wired to each other. start()
// reads the last statuses from the history (off the GUI thread) before the first checks
// run, so a restart does not announce everything again.
class DesktopSession : public QObject {
    Q_OBJECT
public:
    DesktopSession(Workspace workspace, QString workspaceFile, QObject *parent = nullptr);
    ~DesktopSession() override;

    // page: "overview" or "target:<id>"; empty restores the last page. hidden: start in the
    // tray (only when there is one).
    void start(const QString &page = {}, bool hidden = false);
    // Stops the checks and writes the last results; called once before quitting.
    void shutdown();

    WorkspaceDocument *document() const { return m_document.get(); }
    StatusBoard *board() const { return m_board.get(); }
    MonitorEngine *engine() const { return m_engine.get(); }
    HistoryQueries *queries() const { return m_queries.get(); }
    TrayController *tray() const { return m_tray.get(); }
    MainWindow *window() const { return m_window.get(); }
    UiSettings *settings() const { return m_settings.get(); }

Q_SIGNALS:
    // The engine runs (the history's last statuses are known).
    void started();
    void quitRequested();

private:
    void startEngine();
    // Hands the engine the passwords and key passphrases of the workspace's SSH logins,
    // read from the keychain; then runs then (if given).
    void loadSecrets(std::function<void()> then = {});
    void loadSparklines();
    // A server presented a host key nobody accepted yet: ask once per key and session.
    void askAboutHostKey(const QString &targetId, const HostKeyInfo &key);
    // The tray's Pause alerts: a maintenance window for the whole workspace while paused.
    void pauseAlerts(bool paused);
    // Quits, after asking when jobs are still running.
    void confirmQuit();
    void closePauseWindow(const QString &windowId);

    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<StatusBoard> m_board;
    std::unique_ptr<MonitorEngine> m_engine;
    std::unique_ptr<HistoryQueries> m_queries;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<MainWindow> m_window;
    SecretStore *m_secrets;
    QSet<QString> m_hostKeyQuestions; // "target fingerprint": asked, or being asked
    QString m_pauseWindow; // the maintenance window of "Pause alerts", while it runs
    int m_pauseGeneration = 0; // which pause or resume an answer belongs to
};

} // namespace dozor
