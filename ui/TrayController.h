#pragma once

#include "core/CheckResult.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace dozor {

class StatusBoard;
class UiSettings;
class WorkspaceDocument;

// The tray icon (coloured by the worst status), its tooltip listing the problems, its menu
// (Open, Pause alerts for 15 min / 1 h, Resume, Quit), and desktop notifications for the
// alerts routed to the tray channel (incidents past their thresholds, recoveries, flapping).
// Alerts that arrive together become one notification.
// Without a system tray the same notifications go to the window (see notified()).
class TrayController : public QObject {
    Q_OBJECT
public:
    TrayController(const StatusBoard *board, const WorkspaceDocument *document,
        UiSettings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    // Whether a system tray exists here; false means the app is a plain window app.
    bool isTrayAvailable() const;
    QMenu *menu() const { return m_menu; }
    QAction *pause15Action() const { return m_pause15; }
    QAction *pause60Action() const { return m_pause60; }
    QAction *resumeAction() const { return m_resume; }

    void pause(int minutes);
    void resume();
    bool isPaused() const;
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // How long changes are gathered into one notification; tests set 0.
    void setBatchDelay(int ms) { m_batch.setInterval(ms); }

public Q_SLOTS:
    void onAlert(const dozor::AlertIntent &alert);
    // A one-off message (e.g. "Dozor keeps running in the tray").
    void showMessage(const QString &title, const QString &message);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    // A notification was delivered (to the tray, or to the window when there is no tray).
    void notified(const QString &title, const QString &message);
    void pauseChanged(bool paused);

private:
    void updateIcon();
    void updateTooltip();
    void updatePauseActions();
    void deliverBatch();
    QString checkLabel(const QString &checkId) const;

    const StatusBoard *m_board;
    const WorkspaceDocument *m_document;
    UiSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_pause15;
    QAction *m_pause60;
    QAction *m_resume;
    QAction *m_quit;
    QTimer m_batch;
    QTimer m_pauseEnd;
    QList<AlertIntent> m_pending;
    qint64 m_pausedUntilMs = 0;
    std::function<qint64()> m_clock;
};

} // namespace dozor
