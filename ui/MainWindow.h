#pragma once

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QLabel;
class QMessageBox;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace dozor {

class BackupsPage;
class HistoryQueries;
class JobsPage;
class JournalPage;
class MonitorEngine;
class SecretStore;
class OverviewPage;
class StatusBoard;
class TargetPage;
class TrayController;
class UiSettings;
class WorkspaceDocument;
class WorkspaceEditor;

// The window: a navigation list (Overview, then one entry per server) and the page it
// selects. Pages own their actions; the window only hosts them, keeps the menus, the status
// bar, and its geometry and last page across restarts. Closing it keeps Dozor running in
// the tray when there is one.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(WorkspaceDocument *document, StatusBoard *board, HistoryQueries *queries,
        MonitorEngine *engine, TrayController *tray, UiSettings *settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    OverviewPage *overviewPage() const { return m_overview; }
    TargetPage *targetPage() const { return m_target; }
    JournalPage *journalPage() const { return m_journal; }
    BackupsPage *backupsPage() const { return m_backups; }
    JobsPage *jobsPage() const { return m_jobs; }
    // Where "Alert channels…" stores tokens.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    void openMaintenance();
    void openAlertChannels();
    WorkspaceEditor *editor() const { return m_editor; }

    // "overview", "journal", "backups", "jobs" or "target:<id>"; unknown pages fall back to
    // the overview.
    void showPage(const QString &page);
    QString currentPage() const;
    void bringToFront();
    // The app is quitting: closing the window must not hide it to the tray.
    void setQuitting() { m_quitting = true; }
    // A line in the status bar for a while.
    void showMessage(const QString &message);
    // A problem the user has to fix in a file (an outside edit of the workspace that does
    // not load): a warning that stays until closed, without blocking the window.
    void showFileProblem(const QString &message);

public Q_SLOTS:
    void storeOpened(const QString &error);
    void storeWriteFailed(const QString &error);
    void storeCommitted();
    // Deliveries to an alert channel keep failing: a red line in the status bar until one
    // gets through again.
    void alertChannelFailing(const QString &channelId, qint64 sinceMs, const QString &error);
    void alertChannelRecovered(const QString &channelId);

Q_SIGNALS:
    void quitRequested();
    // A channel token was stored from the alert channels dialog.
    void alertSecretsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void rebuildNavigation();
    void updateTargetIcon(const QString &checkId);
    void navigationChanged(QListWidgetItem *item);
    void showNotification(const QString &title, const QString &message);
    void openSettings();
    void saveState();
    // "Jobs (2 running)" in the navigation.
    void updateJobsItem(int running);

    WorkspaceDocument *m_document;
    StatusBoard *m_board;
    MonitorEngine *m_engine;
    TrayController *m_tray;
    UiSettings *m_settings;
    WorkspaceEditor *m_editor;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    TargetPage *m_target;
    JournalPage *m_journal;
    BackupsPage *m_backups;
    JobsPage *m_jobs;
    HistoryQueries *m_queries;
    SecretStore *m_secrets = nullptr;
    QLabel *m_storeState;
    QLabel *m_alertState;
    QPointer<QMessageBox> m_fileProblem;
    QMap<QString, QString> m_failingChannels; // id → what the status bar says
    bool m_storeFailing = false;
    bool m_quitting = false;
};

} // namespace dozor
