#include "FileTree.h"

#include "RunOutcomeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <limits>

namespace dozor {

namespace {

struct TreeText {
    Q_DECLARE_TR_FUNCTIONS(dozor::FileTree)
};

constexpr qint64 copyBlockBytes = qint64 {32} * 1024;
constexpr qint64 progressEveryMs = 100;

struct PermissionBit {
    QFileDevice::Permission permission;
    quint32 bit;
};
constexpr PermissionBit permissionBits[] = {
    {QFileDevice::ReadOwner, 0400},
    {QFileDevice::WriteOwner, 0200},
    {QFileDevice::ExeOwner, 0100},
    {QFileDevice::ReadGroup, 0040},
    {QFileDevice::WriteGroup, 0020},
    {QFileDevice::ExeGroup, 0010},
    {QFileDevice::ReadOther, 0004},
    {QFileDevice::WriteOther, 0002},
    {QFileDevice::ExeOther, 0001},
};

quint32 modeOfPermissions(QFileDevice::Permissions permissions)
{
    quint32 mode = 0;
    for (const PermissionBit &b : permissionBits) {
        if (permissions.testFlag(b.permission))
            mode |= b.bit;
    }
    return mode;
}

QFileDevice::Permissions permissionsOfMode(quint32 mode)
{
    QFileDevice::Permissions permissions;
    for (const PermissionBit &b : permissionBits) {
        if (mode & b.bit)
            permissions |= b.permission;
    }
    return permissions;
}

FileEntry localEntry(const QFileInfo &info, const QString &path)
{
    FileEntry e;
    e.path = path;
    if (info.isSymLink()) {
        e.otherWhat = TreeText::tr("a symbolic link");
    } else if (info.isDir()) {
        e.type = FileEntry::Type::Folder;
    } else if (info.isFile()) {
        e.type = FileEntry::Type::File;
        e.size = info.size();
    } else {
        e.otherWhat = TreeText::tr("a special file");
    }
    e.mode = modeOfPermissions(info.permissions());
    e.mtime = info.lastModified().toSecsSinceEpoch();
    return e;
}

class LocalReader final : public FileTreeSide::Reader {
public:
    explicit LocalReader(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
    {
    }
    Expected<qint64> read(char *data, qint64 size) override
    {
        const qint64 n = m_file->read(data, size);
        if (n < 0)
            return unexpected(
                TreeText::tr("cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return n;
    }

private:
    std::unique_ptr<QFile> m_file;
};

class LocalWriter final : public FileTreeSide::Writer {
public:
    explicit LocalWriter(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
    {
    }
    Expected<void> write(const char *data, qint64 size) override
    {
        if (m_file->write(data, size) != size)
            return failed();
        return {};
    }
    Expected<void> finish(qint64 mtime) override
    {
        if (!m_file->flush())
            return failed();
        m_file->setFileTime(
            QDateTime::fromSecsSinceEpoch(mtime), QFileDevice::FileModificationTime);
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return failed();
        return {};
    }

private:
    Expected<void> failed() const
    {
        return unexpected(
            TreeText::tr("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
    }
    std::unique_ptr<QFile> m_file;
};

QString joinedPath(const QString &base, const QString &relative)
{
    if (relative.isEmpty())
        return base;
    return base.endsWith(u'/') ? QString(base + relative) : QString(base + u'/' + relative);
}

// The hidden name a copy is written under, beside path: "dir/.name.dozor-part-1a2b3c4d".
QString partPathFor(const QString &path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    const qsizetype slash = trimmed.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : trimmed.left(slash + 1);
    const QString name = trimmed.mid(slash + 1);
    return dir + u'.' + name + QStringLiteral(".dozor-part-")
        + QString::number(QRandomGenerator::global()->generate(), 16);
}

QString parentOf(const QString &path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    const qsizetype slash = trimmed.lastIndexOf(u'/');
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : trimmed.left(slash);
}

// Everything under root (a folder), parents before their children; stopped (the reason)
// when stopped() says so, refused past maxEntries.
Expected<QList<FileEntry>> treeUnder(FileTreeSide &side, const QString &root, int maxEntries,
    const std::function<std::optional<QString>()> &stopped)
{
    QList<FileEntry> all;
    QStringList folders {QString()};
    while (!folders.isEmpty()) {
        if (const auto why = stopped())
            return unexpected(*why);
        const QString folder = folders.takeFirst();
        const auto listed = side.list(joinedPath(root, folder));
        if (!listed)
            return unexpected(listed.error());
        if (all.size() + listed->size() > maxEntries)
            return unexpected(TreeText::tr("%1 holds more than %2 files and folders: too many to "
                                           "copy one by one")
                                  .arg(root)
                                  .arg(maxEntries));
        for (FileEntry e : *listed) {
            if (!isPlainFileName(e.path))
                return unexpected(TreeText::tr("%1 on %2 lists a name Dozor will not use as a "
                                               "file name: \"%3\"")
                                      .arg(joinedPath(root, folder), side.where(),
                                          e.path.left(80).toHtmlEscaped()));
            e.path = folder.isEmpty() ? e.path : QString(folder + u'/' + e.path);
            if (e.type == FileEntry::Type::Folder)
                folders.append(e.path);
            all.append(e);
        }
    }
    return all;
}

} // namespace

QString LocalFileTreeSide::where() const
{
    return TreeText::tr("this computer");
}

namespace {
// This process's umask (Linux: from /proc; elsewhere the usual 022).
quint32 localUmask()
{
    static const quint32 mask = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("Umask:")) {
                    bool ok = false;
                    const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                    if (ok)
                        return quint32(value & 0777);
                }
            }
        }
        return quint32(022);
    }();
    return mask;
}
} // namespace

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/')
        && !name.contains(u'\\') && !name.contains(QChar(0));
}

Expected<bool> LocalFileTreeSide::isFolder(const QString &path)
{
    return QFileInfo(path).isDir();
}

Expected<std::optional<FileEntry>> LocalFileTreeSide::stat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::optional<FileEntry>();
    return std::optional<FileEntry>(localEntry(info, QString()));
}

Expected<QList<FileEntry>> LocalFileTreeSide::list(const QString &folder)
{
    QDir dir(folder);
    if (!dir.isReadable())
        return unexpected(TreeText::tr("cannot read the folder %1").arg(folder));
    QList<FileEntry> entries;
    const QFileInfoList infos = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : infos)
        entries.append(localEntry(info, info.fileName()));
    return entries;
}

Expected<void> LocalFileTreeSide::makeFolder(const QString &path, quint32 mode)
{
    if (!QDir().mkdir(path))
        return unexpected(TreeText::tr("cannot make the folder %1").arg(path));
    QFile::setPermissions(path, permissionsOfMode((mode | 0700) & ~localUmask()));
    return {};
}

Expected<std::unique_ptr<FileTreeSide::Reader>> LocalFileTreeSide::openRead(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return unexpected(TreeText::tr("cannot read %1: %2").arg(path, file->errorString()));
    return std::unique_ptr<Reader>(std::make_unique<LocalReader>(std::move(file)));
}

Expected<std::unique_ptr<FileTreeSide::Writer>> LocalFileTreeSide::create(
    const QString &path, quint32 mode)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return unexpected(TreeText::tr("cannot create %1: %2").arg(path, file->errorString()));
    file->setPermissions(permissionsOfMode((mode | 0600) & ~localUmask()));
    return std::unique_ptr<Writer>(std::make_unique<LocalWriter>(std::move(file)));
}

Expected<void> LocalFileTreeSide::rename(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return unexpected(TreeText::tr("%1 already exists").arg(to));
    if (!QDir().rename(from, to))
        return unexpected(TreeText::tr("cannot rename %1 to %2").arg(from, to));
    return {};
}

void LocalFileTreeSide::remove(const QString &path, bool folder)
{
    if (folder)
        QDir().rmdir(path);
    else
        QFile::remove(path);
}

Expected<FileTreeCopied> copyFileTree(FileTreeSide &from, const QString &fromPath, FileTreeSide &to,
    const QString &toPath, const FileTreeCopy &how)
{
    const QDeadlineTimer deadline =
        how.timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(how.timeoutMs);
    const auto root = from.stat(fromPath);
    if (!root)
        return unexpected(root.error());
    if (!*root)
        return unexpected(TreeText::tr("there is no %1 on %2").arg(fromPath, from.where()));
    const auto stopped = [&]() -> std::optional<QString> {
        if (how.stop && how.stop())
            return RunOutcomeText::cancelled();
        if (deadline.hasExpired())
            return RunOutcomeText::timedOut(how.timeoutMs);
        return std::nullopt;
    };
    QList<FileEntry> entries {**root};
    if ((*root)->type == FileEntry::Type::Folder) {
        const auto under = treeUnder(from, fromPath, how.maxEntries, stopped);
        if (!under)
            return unexpected(under.error());
        entries.append(*under);
    }
    qint64 total = 0;
    for (const FileEntry &e : std::as_const(entries)) {
        if (e.type == FileEntry::Type::Other)
            return unexpected(TreeText::tr("%1 is %2: Dozor copies files and folders only")
                                  .arg(joinedPath(fromPath, e.path), e.otherWhat));
        // Sizes a server reports are untrusted: the total saturates instead of wrapping.
        total = e.size > 0 && total > std::numeric_limits<qint64>::max() - e.size
            ? std::numeric_limits<qint64>::max()
            : total + std::max<qint64>(0, e.size);
    }
    const auto there = to.stat(toPath);
    if (!there)
        return unexpected(there.error());
    if (*there)
        return unexpected(TreeText::tr("%1 already exists on %2: Dozor never overwrites; choose "
                                       "another name or move it away first")
                              .arg(toPath, to.where()));
    const QString parent = parentOf(toPath);
    const auto parentThere = to.isFolder(parent);
    if (!parentThere)
        return unexpected(parentThere.error());
    if (!*parentThere)
        return unexpected(TreeText::tr("there is no folder %1 on %2").arg(parent, to.where()));

    const QString part = partPathFor(toPath);
    QList<std::pair<QString, bool>> written; // removed newest first when the copy fails
    const auto fail = [&](const QString &why) -> Expected<FileTreeCopied> {
        for (auto it = written.crbegin(); it != written.crend(); ++it)
            to.remove(it->first, it->second);
        return unexpected(why);
    };
    FileTreeCopied copied;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto report = [&](bool always) {
        if (how.progress && (always || sinceProgress.elapsed() >= progressEveryMs)) {
            how.progress(copied.bytes, total);
            sinceProgress.restart();
        }
    };
    QByteArray block(copyBlockBytes, Qt::Uninitialized);
    report(true);
    for (const FileEntry &e : std::as_const(entries)) {
        if (const auto why = stopped())
            return fail(*why);
        const QString source = joinedPath(fromPath, e.path);
        const QString target = joinedPath(part, e.path);
        if (e.type == FileEntry::Type::Folder) {
            if (auto made = to.makeFolder(target, e.mode); !made)
                return fail(made.error());
            written.append({target, true});
            ++copied.folders;
            continue;
        }
        auto reader = from.openRead(source);
        if (!reader)
            return fail(reader.error());
        auto writer = to.create(target, e.mode);
        if (!writer)
            return fail(writer.error());
        written.append({target, false});
        for (;;) {
            if (const auto why = stopped())
                return fail(*why);
            const auto n = (*reader)->read(block.data(), block.size());
            if (!n)
                return fail(n.error());
            if (*n == 0)
                break;
            if (auto w = (*writer)->write(block.constData(), *n); !w)
                return fail(w.error());
            copied.bytes += *n;
            report(false);
        }
        if (auto done = (*writer)->finish(e.mtime); !done)
            return fail(done.error());
        ++copied.files;
    }
    if (const auto why = stopped())
        return fail(*why);
    if (auto renamed = to.rename(part, toPath); !renamed)
        return fail(renamed.error());
    report(true);
    return copied;
}

RemoteRunResult runFileTransfer(
    FileTreeSide &here, FileTreeSide &there, const FileTransfer &transfer, const FileTreeCopy &how)
{
    const auto copied = transfer.upload
        ? copyFileTree(here, transfer.localPath, there, transfer.remotePath, how)
        : copyFileTree(there, transfer.remotePath, here, transfer.localPath, how);
    RemoteRunResult result;
    if (copied) {
        result.exitStatus = 0;
        // The bytes are made inside QtCore (toUtf8), not by an inline append of ours: an SSH
        // worker hands them to the owner's thread in a queued signal, ordered by QtCore's
        // queue lock, which ThreadSanitizer cannot see (tests/tsan.supp).
        result.out = (fileTreeCopiedText(*copied, transfer) + u'\n').toUtf8();
    } else {
        result.error = copied.error();
    }
    return result;
}

QString fileTreeCopiedText(const FileTreeCopied &copied, const FileTransfer &transfer)
{
    const QString size = QLocale().formattedDataSize(copied.bytes);
    if (transfer.upload)
        return QCoreApplication::translate(
            "dozor::FileTree", "Uploaded %n file(s) (%1) to %2", nullptr, copied.files)
            .arg(size, transfer.remotePath);
    return QCoreApplication::translate(
        "dozor::FileTree", "Downloaded %n file(s) (%1) to %2", nullptr, copied.files)
        .arg(size, transfer.localPath);
}

} // namespace dozor
