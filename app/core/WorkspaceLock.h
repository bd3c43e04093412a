#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

namespace dozor {

// One watcher per workspace: the desktop app and `dozor watch` both run the checks, record
// the history and send the alerts, so two of them on one workspace would check everything
// twice and alert twice. The lock is a file next to the history database; it names the
// process that holds it and counts as free once that process has died (a crash does not
// leave the workspace locked).
class WorkspaceLock {
public:
    explicit WorkspaceLock(const QString &workspaceFile);

    // Held: this process now holds the lock (or already did). HeldByOther: another live
    // process does. Unavailable: the lock file cannot be made (the folder is not writable,
    // the disk is full); the history file next to it is not usable either, and opening it
    // then says why.
    enum class Result { Held, HeldByOther, Unavailable };
    Result tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    void unlock() { m_file.unlock(); }

    QString path() const { return m_path; }

    // Who holds the lock, in words: "dozor watch (process 4242 on this computer, since
    // 21:05)". Empty when nobody does.
    QString holder() const;

    // The name under which the running desktop app of this workspace listens for a second
    // launch (a local socket, private to the user).
    static QString instanceName(const QString &workspaceFile);

private:
    QString m_path;
    QLockFile m_file;
};

} // namespace dozor
