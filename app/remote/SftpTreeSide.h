#pragma once

#include "FileTree.h"

struct ssh_session_struct;
struct sftp_session_struct;

namespace dozor {

// A server's files over SFTP, on an open, blocking libssh session (its owner's thread only).
class SftpTreeSide final : public FileTreeSide {
public:
    explicit SftpTreeSide(ssh_session_struct *session);
    ~SftpTreeSide() override;
    SftpTreeSide(const SftpTreeSide &) = delete;
    SftpTreeSide &operator=(const SftpTreeSide &) = delete;

    // Starts the SFTP subsystem; every other call needs it.
    Expected<void> open();

    QString where() const override;
    Expected<std::optional<FileEntry>> stat(const QString &path) override;
    Expected<bool> isFolder(const QString &path) override;
    Expected<QList<FileEntry>> list(const QString &folder) override;
    Expected<void> makeFolder(const QString &path, quint32 mode) override;
    Expected<std::unique_ptr<Reader>> openRead(const QString &path) override;
    Expected<std::unique_ptr<Writer>> create(const QString &path, quint32 mode) override;
    Expected<void> rename(const QString &from, const QString &to) override;
    void remove(const QString &path, bool folder) override;

    // "permission denied", "no such file or folder"…: the last error, in words.
    QString lastErrorText() const;

private:
    ssh_session_struct *m_session;
    sftp_session_struct *m_sftp = nullptr;
};

} // namespace dozor
