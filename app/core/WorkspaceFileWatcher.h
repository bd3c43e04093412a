#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace dozor {

// Notices when the workspace file is changed by someone else (an editor, a script, git pull)
// and reads it again once the writing has settled. A valid file is handed on as edited();
// one with errors is reported in words and nothing changes, so the last good workspace keeps
// running. Its owner's own saves are not edits: call markCurrent() right after saving.
class WorkspaceFileWatcher : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceFileWatcher(QString path, QObject *parent = nullptr);

    // Takes the file as it is now as already seen.
    void markCurrent();
    // The file differs from what was seen last (an outside edit not taken in yet).
    bool changedSinceSeen() const;
    // Takes in an outside edit now instead of after the settling delay.
    void rereadNow() { reread(); }
    static constexpr int settleMs = 300;

Q_SIGNALS:
    void edited(const dozor::Workspace &workspace);
    void rejected(const QString &message);

private:
    void rearm();
    void reread();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_seen;
};

} // namespace dozor
