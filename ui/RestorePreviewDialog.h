#pragma once

#include "backup/RestorePlans.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class RestorePreviewFilter;
class RestorePreviewModel;

// What restoring one backup would change on its server, read there without changing anything:
// the counts of each kind of change as filters, a search, and the tree of paths with both
// sides; a database's tables and rows; a dump's objects; what blocks the restore, in words.
// The preview dialog and the restore wizard's preview page.
class RestorePreviewView : public QWidget {
    Q_OBJECT
public:
    RestorePreviewView(MonitorEngine *engine, QWidget *parent = nullptr);

    // Asks the server for the preview of a backup (only paths, when given).
    void start(const QString &sourceId, const QString &backupName, const QStringList &paths,
        const QString &serverName);
    // Shows a report (start() calls it when the server answered).
    void showReport(const RestorePreviewReport &report);
    bool isBusy() const { return m_busyNow; }
    QTreeView *tree() const { return m_tree; }
    const RestorePreviewReport &report() const { return m_report; }

Q_SIGNALS:
    // A report arrived and is shown.
    void shown();

private:
    void applyFilter();

    MonitorEngine *m_engine;
    QString m_serverName;
    RestorePreviewReport m_report;
    bool m_busyNow = false;
    int m_generation = 0; // of the preview asked for last: older answers are dropped
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
};

// The preview on its own, from the Backups page: the view, Preview again and Close.
class RestorePreviewDialog : public QDialog {
    Q_OBJECT
public:
    RestorePreviewDialog(MonitorEngine *engine, QString sourceId, QString backupName,
        QString serverName, QWidget *parent = nullptr);

    void start();
    void showReport(const RestorePreviewReport &report) { m_view->showReport(report); }
    QTreeView *tree() const { return m_view->tree(); }
    const RestorePreviewReport &report() const { return m_view->report(); }
    RestorePreviewView *view() const { return m_view; }

Q_SIGNALS:
    void shown();

private:
    QString m_sourceId;
    QString m_backupName;
    QString m_serverName;
    RestorePreviewView *m_view;
    QPushButton *m_again;
};

} // namespace dozor
