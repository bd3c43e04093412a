#pragma once

#include "core/Retention.h"
#include "store/CatalogBook.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class TimeSeriesChart;
class WorkspaceDocument;

// Every backup of every server in one place: the workspace's backup sources with the
// freshness of their newest backup, and the selected source's catalog (time, age, name,
// size, verified ✓/✗/—, the retention slot that keeps it or "drop"), the policy's empty
// slots, and its sizes over time. Actions: list again (F5), verify the selected backup, back
// up now, prune what the policy drops (the list first, then the server's name typed). Jobs
// it starts show on the Jobs page; this page only reads and asks the engine.
class BackupsPage : public QWidget {
    Q_OBJECT
public:
    BackupsPage(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent = nullptr);

    QTreeWidget *sources() const { return m_sources; }
    QTreeWidget *catalog() const { return m_catalog; }
    QString selectedSource() const;
    void selectSource(const QString &sourceId);

public Q_SLOTS:
    // Lists every source on its server again.
    void refreshAll();
    void verifySelected();
    void downloadSelected();
    void previewRestore();
    void restoreSelected();
    void backUpNow();
    void prune();

Q_SIGNALS:
    // A job was started from here (the window shows the Jobs page's progress).
    void jobStarted(qint64 jobId);
    // The catalog of the selected source has been read (tests wait for it).
    void catalogShown();
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildSources();
    void readCatalog();
    void showCatalog(const QList<CatalogRow> &rows, const RetentionPlan &plan);
    void updateSourceRow(const QString &sourceId);
    void updateActions();
    void started(const QString &what, const Expected<qint64> &job);

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QTreeWidget *m_sources;
    QTreeWidget *m_catalog;
    QLabel *m_sourceState;
    QLabel *m_gaps;
    TimeSeriesChart *m_sizes;
    QPushButton *m_refresh;
    QPushButton *m_verify;
    QPushButton *m_download;
    QPushButton *m_preview;
    QPushButton *m_restore;
    QPushButton *m_backUp;
    QPushButton *m_prune;
    QHash<QString, QList<CatalogRow>> m_rows; // by source, as last read
    QSet<QString> m_listing; // sources listed again, not back yet (the status bar says so)
    QHash<QString, QString> m_problems; // the last listing's problem, by source
    QStringList m_dropped; // of the selected source, by the policy
    bool m_listedOnce = false;
};

} // namespace dozor
