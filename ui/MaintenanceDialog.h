#pragma once

#include "core/Alerting.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace dozor {

class HistoryQueries;
class MonitorEngine;
class WorkspaceDocument;

// Starts a maintenance window now (a server or all of them, for a while, with a reason) and
// lists the open and scheduled ones: those started here can be ended early, those kept in
// the workspace (once, daily, weekly) added, edited and removed. While one is open checks
// run and are recorded, incidents are marked "in maintenance", and no alert goes out.
class MaintenanceDialog : public QDialog {
    Q_OBJECT
public:
    MaintenanceDialog(WorkspaceDocument *document, HistoryQueries *queries, MonitorEngine *engine,
        QWidget *parent = nullptr);

    void startWindow();
    void reload();
    // The workspace's windows: a new one, the selected one.
    void addScheduled();
    void editSelected();
    void removeSelected();

Q_SIGNALS:
    void reloaded();

private:
    void endSelected();
    void updateButtons();
    // The selected row's window id when it is kept in the workspace.
    QString selectedScheduled() const;
    // "every day at 03:00", "Sun, Wed at 02:30 (Europe/Moscow)", "once".
    static QString scheduleText(const MaintenanceWindow &w);

    WorkspaceDocument *m_document;
    HistoryQueries *m_queries;
    MonitorEngine *m_engine;
    QComboBox *m_target;
    QSpinBox *m_minutes;
    QLineEdit *m_reason;
    QTreeWidget *m_open;
    QPushButton *m_start;
    QPushButton *m_end;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace dozor
