#pragma once

#include "Expected.h"
#include "Workspace.h"

#include <QObject>

namespace dozor {

class WorkspaceFileWatcher;

// The workspace the desktop app edits. Every edit is validated as a whole workspace and
// saved atomically before it takes effect, so the file on disk and what the app monitors
// never disagree, and a rejected edit changes nothing. With watchFile(), edits made to the
// file by someone else are taken in the same way (changed()), or reported when invalid.
class WorkspaceDocument : public QObject {
    Q_OBJECT
public:
    WorkspaceDocument(Workspace workspace, QString path, QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    const QString &path() const { return m_path; }
    QString baseDir() const;

    // Adds target, or replaces the one with id previousId (its checks follow a new id);
    // newChecks are added in the same edit.
    Expected<void> putTarget(const Target &target, const QString &previousId = {},
        const QList<CheckSpec> &newChecks = {});
    // Adds several targets (and checks of theirs) in one edit (one save): all or none.
    Expected<void> addTargets(const QList<Target> &targets, const QList<CheckSpec> &checks = {});
    // Removes the target and every check on it.
    Expected<void> removeTarget(const QString &targetId);
    // Adds check, or replaces the one with id previousId.
    Expected<void> putCheck(const CheckSpec &check, const QString &previousId = {});
    // The workspace as putCheck / putChannel would make it, unsaved (editors validate with
    // it); index receives the item's place in its list.
    Workspace withCheck(
        const CheckSpec &check, const QString &previousId, qsizetype *index = nullptr) const;
    Workspace withChannel(
        const AlertChannel &channel, const QString &previousId, qsizetype *index = nullptr) const;
    Expected<void> removeCheck(const QString &checkId);
    // Adds an alert channel, or replaces the one with id previousId (routes follow a new id).
    Expected<void> putChannel(const AlertChannel &channel, const QString &previousId = {});
    // Replaces the alert route at index, or adds one (index < 0); removes one.
    Expected<void> putRoute(const AlertRoute &route, int index = -1);
    Expected<void> removeRoute(int index);
    // Removes the channel and takes it out of the routes (a route left with no channel goes).
    Expected<void> removeChannel(const QString &channelId);
    // Adds a maintenance window of the workspace, or replaces the one with id previousId.
    Workspace withWindow(const MaintenanceWindow &window, const QString &previousId,
        qsizetype *index = nullptr) const;
    Expected<void> putWindow(const MaintenanceWindow &window, const QString &previousId = {});
    Expected<void> removeWindow(const QString &windowId);
    // Adds a deploy recipe of its server, or replaces that server's recipe previousId.
    Workspace withDeploy(
        const DeployRecipe &recipe, const QString &previousId, qsizetype *index = nullptr) const;
    Expected<void> putDeploy(const DeployRecipe &recipe, const QString &previousId = {});
    Expected<void> removeDeploy(const QString &targetId, const QString &recipeId);

    // An id that is free in the workspace, made from a display name ("Web shop" → "web-shop",
    // "web-shop-2" when taken).
    // Follows edits of the file made outside the app from now on.
    void watchFile();

    static QString suggestId(const QString &name, const QStringList &taken);
    QStringList targetIds() const;
    QStringList checkIds() const;

Q_SIGNALS:
    void changed();
    // The file was edited outside the app: taken in (changed() follows), or refused with
    // the reasons (the app goes on with what it has).
    void reloadedFromFile();
    void fileEditRejected(const QString &message);

private:
    Expected<void> apply(const Workspace &edited);

    Workspace m_workspace;
    QString m_path;
    WorkspaceFileWatcher *m_watcher = nullptr;
};

} // namespace dozor
