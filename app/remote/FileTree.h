#pragma once

#include "SshTypes.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace dozor {

// What a file tree copy found at one path.
struct FileEntry {
    enum class Type { File, Folder, Other };
    QString path; // relative to the copied root ("" for the root itself), '/' separated
    Type type = Type::Other;
    qint64 size = 0;
    quint32 mode = 0644; // permission bits
    qint64 mtime = 0; // seconds since the epoch
    QString otherWhat; // for Other: "a symbolic link", "a device"…
};

// One side of a copy. Every call blocks (with the side's own timeouts); errors come back in
// words that name the path.
class FileTreeSide {
public:
    class Reader {
    public:
        virtual ~Reader() = default;
        // Up to size bytes; 0 at the end.
        virtual Expected<qint64> read(char *data, qint64 size) = 0;
    };
    class Writer {
    public:
        virtual ~Writer() = default;
        virtual Expected<void> write(const char *data, qint64 size) = 0;
        // Flushes and closes, the modification time set to mtime.
        virtual Expected<void> finish(qint64 mtime) = 0;
    };

    virtual ~FileTreeSide() = default;
    // "this computer", "the server": for messages.
    virtual QString where() const = 0;
    // The entry at path, or nullopt when nothing is there (a symbolic link is not followed).
    virtual Expected<std::optional<FileEntry>> stat(const QString &path) = 0;
    // Whether path is a folder, a symbolic link to one counting (where a copy goes).
    virtual Expected<bool> isFolder(const QString &path) = 0;
    // The entries of a folder (names only in path), without "." and "..".
    virtual Expected<QList<FileEntry>> list(const QString &folder) = 0;
    virtual Expected<void> makeFolder(const QString &path, quint32 mode) = 0;
    virtual Expected<std::unique_ptr<Reader>> openRead(const QString &path) = 0;
    // A new file (fails when something is already there).
    virtual Expected<std::unique_ptr<Writer>> create(const QString &path, quint32 mode) = 0;
    virtual Expected<void> rename(const QString &from, const QString &to) = 0;
    // Best effort: a partial copy being cleaned up.
    virtual void remove(const QString &path, bool folder) = 0;
};

// This computer's files.
class LocalFileTreeSide final : public FileTreeSide {
public:
    QString where() const override;
    Expected<std::optional<FileEntry>> stat(const QString &path) override;
    Expected<bool> isFolder(const QString &path) override;
    Expected<QList<FileEntry>> list(const QString &folder) override;
    Expected<void> makeFolder(const QString &path, quint32 mode) override;
    Expected<std::unique_ptr<Reader>> openRead(const QString &path) override;
    // Permission bits as given, less this process's umask (a dump private on the server is
    // not made readable to everyone here, nor one readable there writable here).
    Expected<std::unique_ptr<Writer>> create(const QString &path, quint32 mode) override;
    Expected<void> rename(const QString &from, const QString &to) override;
    void remove(const QString &path, bool folder) override;
};

// Whether name (one entry of a folder listing: untrusted when a server sent it) can be used
// as one path element: not empty, not "." or "..", no '/', '\\' or NUL.
bool isPlainFileName(const QString &name);

// What a copy did.
struct FileTreeCopied {
    int files = 0;
    int folders = 0;
    qint64 bytes = 0;
};

// Copies the file or folder at fromPath to toPath, which must not exist yet (Dozor never
// overwrites): everything is written under a hidden name beside toPath and renamed to it
// once complete, so toPath never holds half a copy; a copy that fails or is stopped removes
// what it wrote. Files keep their permission bits and modification times. Symbolic links
// and special files are refused before anything is written, as are names that are not plain
// file names and trees of more than maxEntries entries. stop is asked between blocks;
// progress gets bytes copied and the total, at most every 100 ms and at the end.
struct FileTreeCopy {
    std::function<bool()> stop;
    std::function<void(qint64 done, qint64 total)> progress;
    int timeoutMs = -1; // -1: no limit
    int maxEntries = 1'000'000;
};
Expected<FileTreeCopied> copyFileTree(FileTreeSide &from, const QString &fromPath, FileTreeSide &to,
    const QString &toPath, const FileTreeCopy &how);

// "Uploaded 12 files (3.4 MB) to /srv/site/releases/x": the log line of a finished copy.
QString fileTreeCopiedText(const FileTreeCopied &copied, const FileTransfer &transfer);

// Does transfer between here (this computer) and there (the server's side, or this computer
// again) and says how it went as a run's result: exit status 0 with the copy's log line as
// its output, or the error. The elapsed time is the caller's to set.
RemoteRunResult runFileTransfer(
    FileTreeSide &here, FileTreeSide &there, const FileTransfer &transfer, const FileTreeCopy &how);

} // namespace dozor
