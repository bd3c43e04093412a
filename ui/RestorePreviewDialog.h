#pragma once

#include "backup/RestorePlans.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QCheckBox;
class QTreeView;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class RestorePreviewFilter;
class RestorePreviewModel;

// What restoring one backup would change on its server, read there without changing anything:
// the counts of each kind of change as filters, a search, and the tree of paths with both
// sides; a database's tables and rows; a dump's objects; what blocks the restore, in words.
class RestorePreviewDialog : public QDialog {
    Q_OBJECT
public:
    RestorePreviewDialog(MonitorEngine *engine, QString sourceId, QString backupName,
        QString serverName, QWidget *parent = nullptr);

    // Asks the server (again).
    void start();
    // Shows a report (start() calls it when the server answered).
    void showReport(const RestorePreviewReport &report);
    QTreeView *tree() const { return m_tree; }
    const RestorePreviewReport &report() const { return m_report; }

Q_SIGNALS:
    // A report arrived and is shown (for tests and the status bar).
    void shown();

private:
    void applyFilter();

    MonitorEngine *m_engine;
    QString m_sourceId;
    QString m_backupName;
    QString m_serverName;
    RestorePreviewReport m_report;
    QLabel *m_heading;
    QProgressBar *m_busy;
    QLabel *m_state;
    QLabel *m_findings;
    QLabel *m_warnings;
    QList<QCheckBox *> m_kinds;
    QLineEdit *m_search;
    QStackedWidget *m_pages;
    QTreeView *m_tree;
    RestorePreviewModel *m_model;
    RestorePreviewFilter *m_filter;
    QTreeWidget *m_tables;
    QTreeWidget *m_objects;
    QLabel *m_space;
    QPushButton *m_again;
};

} // namespace dozor
