#pragma once

#include "Expected.h"
#include "Workspace.h"

#include <QObject>

namespace dozor {

// The workspace the desktop app edits. Every edit is validated as a whole workspace and
// saved atomically before it takes effect, so the file on disk and what the app monitors
// never disagree, and a rejected edit changes nothing.
class WorkspaceDocument : public QObject {
    Q_OBJECT
public:
    WorkspaceDocument(Workspace workspace, QString path, QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    const QString &path() const { return m_path; }
    QString baseDir() const;

    // Adds target, or replaces the one with id previousId (its checks follow a new id).
    Expected<void> putTarget(const Target &target, const QString &previousId = {});
    // Adds several targets in one edit (one save): all of them or none.
    Expected<void> addTargets(const QList<Target> &targets);
    // Removes the target and every check on it.
    Expected<void> removeTarget(const QString &targetId);
    // Adds check, or replaces the one with id previousId.
    Expected<void> putCheck(const CheckSpec &check, const QString &previousId = {});
    Expected<void> removeCheck(const QString &checkId);

    // An id that is free in the workspace, made from a display name ("Web shop" → "web-shop",
    // "web-shop-2" when taken).
    static QString suggestId(const QString &name, const QStringList &taken);
    QStringList targetIds() const;
    QStringList checkIds() const;

Q_SIGNALS:
    void changed();

private:
    Expected<void> apply(const Workspace &edited);

    Workspace m_workspace;
    QString m_path;
};

} // namespace dozor
