#include "WorkspaceLock.h"

#include "AppPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

namespace dozor {

namespace {
// The holder's command line where the system shows it (Linux), so the message can tell the
// desktop app from `dozor watch`.
QString commandLineOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> args = cmdline.read(4096).split('\0');
    QStringList words;
    for (const QByteArray &arg : args) {
        if (arg.isEmpty())
            continue;
        if (words.isEmpty())
            words.append(QFileInfo(QString::fromLocal8Bit(arg)).fileName());
        else if (arg.startsWith('-') || words.size() >= 2)
            break;
        else
            words.append(QString::fromLocal8Bit(arg));
    }
    return words.join(QLatin1Char(' '));
#else
    Q_UNUSED(pid);
    return {};
#endif
}
} // namespace

WorkspaceLock::WorkspaceLock(const QString &workspaceFile)
    : m_path(AppPaths::historyFileFor(workspaceFile) + QStringLiteral(".lock"))
    , m_file(m_path)
{
    // A holder that is alive keeps the lock however long it runs; a dead one frees it.
    m_file.setStaleLockTime(0);
}

WorkspaceLock::Result WorkspaceLock::tryLock()
{
    if (m_file.isLocked() || m_file.tryLock(0))
        return Result::Held;
    if (m_file.error() == QLockFile::LockFailedError)
        return Result::HeldByOther;
    // The data folder may not exist yet.
    if (QDir().mkpath(QFileInfo(m_path).absolutePath()) && m_file.tryLock(0))
        return Result::Held;
    return m_file.error() == QLockFile::LockFailedError ? Result::HeldByOther : Result::Unavailable;
}

QString WorkspaceLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_file.getLockInfo(&pid, &host, &app))
        return {};
    QString command = host == QSysInfo::machineHostName() ? commandLineOf(pid) : QString();
    if (command.isEmpty())
        command = app.isEmpty() ? QStringLiteral("dozor") : app;
    const QDateTime since = QFileInfo(m_path).lastModified();
    const QString where = host == QSysInfo::machineHostName()
        ? QCoreApplication::translate("WorkspaceLock", "on this computer")
        : QCoreApplication::translate("WorkspaceLock", "on %1").arg(host);
    const QString when = since.date() == QDate::currentDate()
        ? QLocale().toString(since.time(), QLocale::ShortFormat)
        : QLocale().toString(since, QLocale::ShortFormat);
    return QCoreApplication::translate("WorkspaceLock", "%1 (process %2 %3, since %4)")
        .arg(command)
        .arg(pid)
        .arg(where, when);
}

QString WorkspaceLock::instanceName(const QString &workspaceFile)
{
    // The history file names the workspace and the data folder (DOZOR_HOME) it belongs to.
    QByteArray key = AppPaths::historyFileFor(workspaceFile).toUtf8();
    key += '\n' + qgetenv("USER") + qgetenv("USERNAME");
    return QStringLiteral("dozor-")
        + QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace dozor
