#include "SftpTreeSide.h"

#include <QCoreApplication>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#ifndef _WIN32
#include <sys/time.h>
#endif

namespace dozor {

namespace {

struct SftpText {
    Q_DECLARE_TR_FUNCTIONS(dozor::SftpTreeSide)
};

QString sftpErrorWords(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return SftpText::tr("no such file or folder");
    case SSH_FX_PERMISSION_DENIED:
    case SSH_FX_WRITE_PROTECT:
        return SftpText::tr("permission denied");
    case SSH_FX_FILE_ALREADY_EXISTS:
        return SftpText::tr("it already exists");
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST:
        return SftpText::tr("the connection was lost");
    case SSH_FX_OP_UNSUPPORTED:
        return SftpText::tr("the server does not support this");
    case SSH_FX_FAILURE:
        // OpenSSH's sftp-server says only "failure" for a full disk, a quota or a name
        // that is a folder.
        return SftpText::tr("the server refused (a full disk or quota, or a folder in the way)");
    default:
        return {};
    }
}

FileEntry sftpEntry(sftp_attributes a, const QString &path)
{
    FileEntry e;
    e.path = path;
    switch (a->type) {
    case SSH_FILEXFER_TYPE_REGULAR:
        e.type = FileEntry::Type::File;
        e.size = qint64(a->size);
        break;
    case SSH_FILEXFER_TYPE_DIRECTORY:
        e.type = FileEntry::Type::Folder;
        break;
    case SSH_FILEXFER_TYPE_SYMLINK:
        e.otherWhat = SftpText::tr("a symbolic link");
        break;
    default:
        e.otherWhat = SftpText::tr("a special file");
        break;
    }
    e.mode = a->permissions & 0777; // never a setuid bit carried over
    e.mtime = qint64(a->mtime64 ? a->mtime64 : a->mtime);
    return e;
}

class SftpReader final : public FileTreeSide::Reader {
public:
    SftpReader(SftpTreeSide &side, sftp_file file, QString path)
        : m_side(side)
        , m_file(file)
        , m_path(std::move(path))
    {
    }
    ~SftpReader() override { sftp_close(m_file); }
    SftpReader(const SftpReader &) = delete;
    SftpReader &operator=(const SftpReader &) = delete;

    Expected<qint64> read(char *data, qint64 size) override
    {
        const ssize_t n = sftp_read(m_file, data, size_t(size));
        if (n < 0)
            return unexpected(SftpText::tr("cannot read %1 on the server: %2")
                                  .arg(m_path, m_side.lastErrorText()));
        return qint64(n);
    }

private:
    SftpTreeSide &m_side;
    sftp_file m_file;
    QString m_path;
};

class SftpWriter final : public FileTreeSide::Writer {
public:
    SftpWriter(SftpTreeSide &side, sftp_session sftp, sftp_file file, QString path)
        : m_side(side)
        , m_sftp(sftp)
        , m_file(file)
        , m_path(std::move(path))
    {
    }
    ~SftpWriter() override
    {
        if (m_file)
            sftp_close(m_file);
    }
    SftpWriter(const SftpWriter &) = delete;
    SftpWriter &operator=(const SftpWriter &) = delete;

    Expected<void> write(const char *data, qint64 size) override
    {
        while (size > 0) {
            const ssize_t n = sftp_write(m_file, data, size_t(size));
            if (n <= 0)
                return failed();
            data += n;
            size -= n;
        }
        return {};
    }
    Expected<void> finish(qint64 mtime) override
    {
        const int closed = sftp_close(std::exchange(m_file, nullptr));
        if (closed != SSH_NO_ERROR)
            return failed();
        timeval times[2] = {};
        times[0].tv_sec = decltype(times[0].tv_sec)(mtime);
        times[1].tv_sec = decltype(times[1].tv_sec)(mtime);
        const QByteArray path = m_path.toUtf8();
        sftp_utimes(m_sftp, path.constData(), times); // a server that refuses keeps "now"
        return {};
    }

private:
    Expected<void> failed() const
    {
        return unexpected(
            SftpText::tr("cannot write %1 on the server: %2").arg(m_path, m_side.lastErrorText()));
    }
    SftpTreeSide &m_side;
    sftp_session m_sftp;
    sftp_file m_file;
    QString m_path;
};

} // namespace

SftpTreeSide::SftpTreeSide(ssh_session_struct *session)
    : m_session(session)
{
}

SftpTreeSide::~SftpTreeSide()
{
    if (m_sftp)
        sftp_free(m_sftp);
}

Expected<void> SftpTreeSide::open()
{
    m_sftp = sftp_new(m_session);
    if (!m_sftp)
        return unexpected(SftpText::tr("the server's SFTP service cannot be opened: %1")
                              .arg(QString::fromUtf8(ssh_get_error(m_session))));
    if (sftp_init(m_sftp) != SSH_OK) {
        const QString why = lastErrorText();
        sftp_free(std::exchange(m_sftp, nullptr));
        return unexpected(SftpText::tr("the server's SFTP service cannot be started (is the sftp "
                                       "subsystem enabled in sshd_config?): %1")
                              .arg(why));
    }
    return {};
}

QString SftpTreeSide::lastErrorText() const
{
    const QString words = m_sftp ? sftpErrorWords(sftp_get_error(m_sftp)) : QString();
    if (!words.isEmpty())
        return words;
    const QString detail = QString::fromUtf8(ssh_get_error(m_session));
    return detail.isEmpty() ? SftpText::tr("unknown error") : detail;
}

QString SftpTreeSide::where() const
{
    return SftpText::tr("the server");
}

Expected<std::optional<FileEntry>> SftpTreeSide::stat(const QString &path)
{
    const QByteArray p = path.toUtf8();
    sftp_attributes a = sftp_lstat(m_sftp, p.constData());
    if (!a) {
        const int code = sftp_get_error(m_sftp);
        if (code == SSH_FX_NO_SUCH_FILE || code == SSH_FX_NO_SUCH_PATH)
            return std::optional<FileEntry>();
        return unexpected(
            SftpText::tr("cannot look at %1 on the server: %2").arg(path, lastErrorText()));
    }
    FileEntry e = sftpEntry(a, QString());
    sftp_attributes_free(a);
    return std::optional<FileEntry>(e);
}

Expected<bool> SftpTreeSide::isFolder(const QString &path)
{
    const QByteArray p = path.toUtf8();
    sftp_attributes a = sftp_stat(m_sftp, p.constData()); // follows a link, unlike stat()
    if (!a) {
        const int code = sftp_get_error(m_sftp);
        if (code == SSH_FX_NO_SUCH_FILE || code == SSH_FX_NO_SUCH_PATH)
            return false;
        return unexpected(
            SftpText::tr("cannot look at %1 on the server: %2").arg(path, lastErrorText()));
    }
    const bool folder = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
    sftp_attributes_free(a);
    return folder;
}

Expected<QList<FileEntry>> SftpTreeSide::list(const QString &folder)
{
    const QByteArray p = folder.toUtf8();
    sftp_dir dir = sftp_opendir(m_sftp, p.constData());
    if (!dir)
        return unexpected(SftpText::tr("cannot read the folder %1 on the server: %2")
                              .arg(folder, lastErrorText()));
    QList<FileEntry> entries;
    while (sftp_attributes a = sftp_readdir(m_sftp, dir)) {
        const QString name = QString::fromUtf8(a->name);
        if (name != u"." && name != u"..")
            entries.append(sftpEntry(a, name));
        sftp_attributes_free(a);
    }
    const bool complete = sftp_dir_eof(dir);
    sftp_closedir(dir);
    if (!complete)
        return unexpected(SftpText::tr("cannot read the folder %1 on the server: %2")
                              .arg(folder, lastErrorText()));
    return entries;
}

Expected<void> SftpTreeSide::makeFolder(const QString &path, quint32 mode)
{
    const QByteArray p = path.toUtf8();
    if (sftp_mkdir(m_sftp, p.constData(), mode_t(mode | 0700)) != SSH_OK)
        return unexpected(
            SftpText::tr("cannot make the folder %1 on the server: %2").arg(path, lastErrorText()));
    return {};
}

Expected<std::unique_ptr<FileTreeSide::Reader>> SftpTreeSide::openRead(const QString &path)
{
    const QByteArray p = path.toUtf8();
    sftp_file file = sftp_open(m_sftp, p.constData(), O_RDONLY, 0);
    if (!file)
        return unexpected(
            SftpText::tr("cannot read %1 on the server: %2").arg(path, lastErrorText()));
    return std::unique_ptr<Reader>(std::make_unique<SftpReader>(*this, file, path));
}

Expected<std::unique_ptr<FileTreeSide::Writer>> SftpTreeSide::create(
    const QString &path, quint32 mode)
{
    const QByteArray p = path.toUtf8();
    sftp_file file =
        sftp_open(m_sftp, p.constData(), O_WRONLY | O_CREAT | O_EXCL, mode_t(mode | 0600));
    if (!file)
        return unexpected(
            SftpText::tr("cannot create %1 on the server: %2").arg(path, lastErrorText()));
    return std::unique_ptr<Writer>(std::make_unique<SftpWriter>(*this, m_sftp, file, path));
}

Expected<void> SftpTreeSide::rename(const QString &from, const QString &to)
{
    const QByteArray f = from.toUtf8();
    const QByteArray t = to.toUtf8();
    if (sftp_rename(m_sftp, f.constData(), t.constData()) != SSH_OK)
        return unexpected(SftpText::tr("cannot rename %1 to %2 on the server: %3")
                              .arg(from, to, lastErrorText()));
    return {};
}

void SftpTreeSide::remove(const QString &path, bool folder)
{
    const QByteArray p = path.toUtf8();
    if (folder)
        sftp_rmdir(m_sftp, p.constData());
    else
        sftp_unlink(m_sftp, p.constData());
}

} // namespace dozor
