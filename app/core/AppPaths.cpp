#include "AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace dozor::AppPaths {

namespace {
QString home()
{
    return qEnvironmentVariable("DOZOR_HOME");
}
} // namespace

QString configDir()
{
    const QString h = home();
    if (!h.isEmpty())
        return QDir(h).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString dataDir()
{
    const QString h = home();
    if (!h.isEmpty())
        return QDir(h).filePath(QStringLiteral("data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultWorkspaceFile()
{
    return QDir(configDir()).filePath(QStringLiteral("workspace.json"));
}

QString historyFileFor(const QString &workspaceFile)
{
    const QFileInfo info(workspaceFile);
    const QString canonical = info.absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QDir(dataDir()).filePath(info.completeBaseName() + QLatin1Char('-')
        + QString::fromLatin1(hash) + QStringLiteral(".history.sqlite"));
}

QString localUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("?");
}

} // namespace dozor::AppPaths
