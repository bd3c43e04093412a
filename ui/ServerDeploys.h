#pragma once

#include "store/JobBook.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class WorkspaceDocument;

// The deploys section of a server's page: a Deploy button per recipe of the server, Roll back…
// for those that keep releases, Recipes (add, edit, remove), and the server's deploys on record
// (who, when, what, the releases before and after, how it ended, how long it took). Each
// Deploy button opens a DeployDialog (what will change, then the run).
class ServerDeploys : public QWidget {
    Q_OBJECT
public:
    ServerDeploys(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent = nullptr);

    void setTarget(const QString &targetId);
    QTreeWidget *history() const { return m_history; }
    // Opens the deploy (or rollback) dialog of a recipe of this server.
    void openDeploy(const QString &recipeId, bool rollback);
    // Opens the recipe editor (empty: a new recipe).
    void editRecipe(const QString &recipeId);

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void message(const QString &text);
    // The user wants a job's log (the Jobs page).
    void jobRequested(qint64 jobId);

private:
    void rebuild();
    void readHistory();
    void fill(const QList<JobRecord> &jobs);

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QString m_targetId;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_recipeButtons;
    QPushButton *m_rollback;
    QPushButton *m_recipes;
    QLabel *m_empty;
    QTreeWidget *m_history;
};

// "release A → release B" and the words of a deploy's end, shared with the dialog.
QString deployReleasesText(const JobRecord &job);

} // namespace dozor
