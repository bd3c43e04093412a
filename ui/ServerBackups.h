#pragma once

#include "core/Status.h"
#include "store/CatalogBook.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QPushButton;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class WorkspaceDocument;

// How a backup source is doing, in the words of a sources table: its newest backup's age,
// how many there are, and a state with its status (nothing while it has not been read).
struct BackupSourceSummary {
    QString newest;
    QString count;
    QString state;
    std::optional<Status> status;
};
// rows: the source's catalog as last read (nullopt: not read yet); problem: why its last
// listing failed, if it did.
BackupSourceSummary summarizeBackupSource(
    const std::optional<QList<CatalogRow>> &rows, const QString &problem, qint64 nowMs);

// The backups section of a server's page: that server's backup sources with the freshness of
// their newest backup, Back up now for the selected one, and a way to its catalog on the
// Backups page. Hidden for a server without backup sources. Only reads and asks the engine.
class ServerBackups : public QWidget {
    Q_OBJECT
public:
    ServerBackups(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent = nullptr);

    void setTarget(const QString &targetId);
    QTreeWidget *sources() const { return m_sources; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The user wants this source's catalog (the Backups page).
    void openRequested(const QString &sourceId);
    void jobStarted(qint64 jobId);
    void message(const QString &text);

private:
    void rebuild();
    void readSource(const QString &sourceId);
    void updateRow(const QString &sourceId);
    QString selectedSource() const;
    void updateButtons();

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QString m_targetId;
    QTreeWidget *m_sources;
    QPushButton *m_backUp;
    QPushButton *m_open;
    QHash<QString, QList<CatalogRow>> m_rows;
    QHash<QString, QString> m_problems; // the last listing's, by source
    QHash<QString, QString> m_readProblems; // reading the catalog here failed, by source
};

} // namespace dozor
