#include "BuildFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dozor::BuildFolder {

namespace {
struct BuildText {
    Q_DECLARE_TR_FUNCTIONS(BuildFolder)
};
} // namespace

#ifdef Q_OS_UNIX
namespace {
// A name Qt cannot give back as it is on disk (not UTF-8) would be left out without a word:
// the first such name under folder, or nothing.
std::optional<QByteArray> nameNotUtf8(const QByteArray &folder)
{
    DIR *dir = ::opendir(folder.constData());
    if (!dir)
        return std::nullopt;
    std::optional<QByteArray> found;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        if (!QUtf8StringView(name).isValidUtf8()) {
            found = folder + '/' + name;
            break;
        }
        const QByteArray path = folder + '/' + name;
        struct stat st { };
        if (::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode)) {
            found = nameNotUtf8(path);
            if (found)
                break;
        }
    }
    ::closedir(dir);
    return found;
}
} // namespace
#endif

Expected<QList<DeployPlans::TreeEntry>> read(const QString &folder, const std::atomic_bool *cancel)
{
    using DeployPlans::TreeEntry;
    const QFileInfo top(folder);
    if (!top.isDir())
        return unexpected(BuildText::tr("the build folder %1 does not exist (did the build run?)")
                              .arg(QDir::toNativeSeparators(folder)));
    const QDir base(top.absoluteFilePath());
#ifdef Q_OS_UNIX
    if (const auto bad = nameNotUtf8(QFile::encodeName(base.absolutePath())))
        return unexpected(BuildText::tr("%1 in the build folder has a name that is not UTF-8: "
                                        "rename it (a web server could not serve it by that name "
                                        "either)")
                              .arg(QString::fromUtf8(*bad)));
#endif
    QList<TreeEntry> entries;
    QDirIterator it(base.absolutePath(),
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    while (it.hasNext()) {
        if (cancel && cancel->load())
            return unexpected(BuildText::tr("cancelled"));
        it.next();
        const QFileInfo info = it.fileInfo();
        TreeEntry e;
        e.path = base.relativeFilePath(info.absoluteFilePath());
        if (info.isSymLink())
            return unexpected(BuildText::tr("%1 in the build folder is a link: a static deploy "
                                            "sends files and folders only (copy what it links "
                                            "to into the build)")
                                  .arg(e.path));
        if (info.isDir()) {
            e.type = TreeEntry::Type::Folder;
            entries.append(e);
            continue;
        }
        if (!info.isFile())
            return unexpected(BuildText::tr("%1 in the build folder is not a file or a folder "
                                            "(a socket or a device?)")
                                  .arg(e.path));
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(BuildText::tr("cannot read %1: %2").arg(e.path, file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return unexpected(
                    BuildText::tr("cannot read %1: %2").arg(e.path, file.errorString()));
            if (n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            size += n;
        }
        e.sha256 = hash.result().toHex();
        e.size = size;
        entries.append(e);
    }
    if (entries.isEmpty())
        return unexpected(BuildText::tr("the build folder %1 is empty: there is nothing to deploy")
                              .arg(QDir::toNativeSeparators(folder)));
    return entries;
}

Expected<void> stage(const QString &folder, const QStringList &files, const QString &staging)
{
    const QDir from(folder);
    const QDir to(staging);
    for (const QString &path : files) {
        const QString source = from.filePath(path);
        const QString target = to.filePath(path);
        if (!to.mkpath(QFileInfo(target).path()))
            return unexpected(BuildText::tr("cannot make the folder for %1 in %2")
                                  .arg(path, QDir::toNativeSeparators(staging)));
#ifdef Q_OS_UNIX
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData())
            == 0)
            continue;
#endif
        QFile file(source);
        if (!file.copy(target))
            return unexpected(
                BuildText::tr("cannot copy %1 for the upload: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace dozor::BuildFolder
