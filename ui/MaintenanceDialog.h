#pragma once

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
// lists the open ones, which can be ended early. While one is open checks run and are
// recorded, incidents are marked "in maintenance", and no alert goes out.
class MaintenanceDialog : public QDialog {
    Q_OBJECT
public:
    MaintenanceDialog(WorkspaceDocument *document, HistoryQueries *queries, MonitorEngine *engine,
        QWidget *parent = nullptr);

    void startWindow();
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void endSelected();

    WorkspaceDocument *m_document;
    HistoryQueries *m_queries;
    MonitorEngine *m_engine;
    QComboBox *m_target;
    QSpinBox *m_minutes;
    QLineEdit *m_reason;
    QTreeWidget *m_open;
    QPushButton *m_start;
};

} // namespace dozor
