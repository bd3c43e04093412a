#include "SshdFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace dozor::test {

namespace {
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool run(
    const QString &program, const QStringList &args, QString *error, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return false;
    }
    return true;
}

// Children of each process, from /proc/*/stat.
QList<qint64> descendantsOf(qint64 root)
{
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), pid);
    }
    QList<qint64> out;
    QList<qint64> queue {root};
    while (!queue.isEmpty()) {
        const qint64 pid = queue.takeFirst();
        const QList<qint64> kids = children.values(pid);
        out += kids;
        queue += kids;
    }
    return out;
}
} // namespace

SshdFixture::SshdFixture(QString dir)
    : m_dir(std::move(dir))
{
}

SshdFixture::~SshdFixture()
{
    kill();
}

QString SshdFixture::clientKey() const
{
    return QDir(m_dir).filePath(QStringLiteral("client_ed25519"));
}

SshEndpoint SshdFixture::endpoint(const QString &user) const
{
    SshEndpoint ssh;
    ssh.host = QStringLiteral("127.0.0.1");
    ssh.port = m_port;
    ssh.user = user.isEmpty() ? currentUser() : user;
    ssh.auth = SshAuthMethod::KeyFile;
    ssh.keyFile = clientKey();
    return ssh;
}

QString SshdFixture::currentUser()
{
    const passwd *account = ::getpwuid(::geteuid());
    return account ? QString::fromLocal8Bit(account->pw_name) : QString();
}

QString SshdFixture::clientPublicKey() const
{
    return clientKey() + QStringLiteral(".pub");
}

QByteArray SshdFixture::hostPublicKeyLine(const QString &hostKeyName) const
{
    QFile f(QDir(m_dir).filePath(hostKeyName + QStringLiteral(".pub")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
    return fields.size() >= 2 ? fields.at(0) + ' ' + fields.at(1) : QByteArray();
}

bool SshdFixture::makeKey(const QString &name, QString *error)
{
    const QString path = QDir(m_dir).filePath(name);
    if (QFile::exists(path))
        return true;
    return run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
            QStringLiteral("-N"), QString(), QStringLiteral("-C"), QStringLiteral("dozor-test"),
            QStringLiteral("-f"), path},
        error);
}

bool SshdFixture::start(const Options &options)
{
    kill();
    QDir().mkpath(m_dir);
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation, as root only
    if (!makeKey(options.hostKeyName, &m_error)
        || !makeKey(QStringLiteral("client_ed25519"), &m_error))
        return false;
    QFile::setPermissions(QDir(m_dir).filePath(options.hostKeyName),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(QDir(m_dir).filePath(QStringLiteral("authorized_keys")));
    QFile::copy(clientPublicKey(), QDir(m_dir).filePath(QStringLiteral("authorized_keys")));
    // The port is found by binding and releasing it, so another process may take it before
    // sshd binds: then a fresh port is tried (unless the caller restarts on a known port,
    // which is tried again after a moment).
    const bool portChosenHere = m_port == 0;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        if (m_port == 0)
            m_port = freePort();
        const Launch launched = launch(options);
        if (launched == Launch::Listening)
            return true;
        if (launched == Launch::Failed)
            return false;
        kill();
        if (portChosenHere)
            m_port = 0;
        else
            QThread::msleep(500);
    }
    return false;
}

SshdFixture::Launch SshdFixture::launch(const Options &options)
{
    const QString config =
        QStringLiteral("ListenAddress 127.0.0.1\n"
                       "Port %1\n"
                       "HostKey %2/%3\n"
                       "PidFile %2/sshd.pid\n"
                       "AuthorizedKeysFile %2/authorized_keys\n"
                       "StrictModes no\n"
                       "UsePAM no\n"
                       "PermitRootLogin prohibit-password\n"
                       "PasswordAuthentication %4\n"
                       "KbdInteractiveAuthentication no\n"
                       "LogLevel %6\n"
                       "MaxStartups 200\n"
                       "MaxSessions 20\n"
                       "Subsystem sftp internal-sftp\n"
                       "%5\n")
            .arg(QString::number(m_port), m_dir, options.hostKeyName,
                options.passwordAuth ? QStringLiteral("yes") : QStringLiteral("no"),
                options.extraConfig, options.logLevel);
    QFile cfg(QDir(m_dir).filePath(QStringLiteral("sshd_config")));
    if (!cfg.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = cfg.errorString();
        return Launch::Failed;
    }
    cfg.write(config.toUtf8());
    cfg.close();
    m_log.clear();
    m_early.clear();
    // The log goes to a file, not a pipe: a test that blocks in a waitFor… of another
    // process never lets a full pipe stall sshd (and every login with it).
    m_logFile = QDir(m_dir).filePath(QStringLiteral("sshd.log"));
    QFile::remove(m_logFile);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/sshd"),
        {QStringLiteral("-D"), QStringLiteral("-E"), m_logFile, QStringLiteral("-f"),
            cfg.fileName()});
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return Launch::Failed;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15'000) {
        m_process.waitForReadyRead(100);
        m_early += m_process.readAll();
        m_log = m_early + readFile(m_logFile);
        if (m_log.contains("Server listening on"))
            return Launch::Listening;
        if (m_log.contains("Address already in use") || m_log.contains("Cannot bind any address")) {
            m_error = QStringLiteral("sshd could not bind port %1: ").arg(m_port)
                + QString::fromUtf8(m_log);
            return Launch::PortTaken;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("sshd did not start: ") + QString::fromUtf8(m_log);
    return Launch::Failed;
}

void SshdFixture::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_process.processId();
    for (const qint64 child : descendantsOf(pid))
        ::kill(static_cast<pid_t>(child), SIGKILL);
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray SshdFixture::log()
{
    // What sshd has written so far (its log file, and anything it printed before it).
    while (m_process.waitForReadyRead(0)) { }
    m_early += m_process.readAll();
    m_log = m_early + readFile(m_logFile);
    return m_log;
}

int SshdFixture::authRequests()
{
    return static_cast<int>(log().count("userauth-request for user"));
}

bool ensureTestUser(const QString &name, const QByteArray &password, QString *error)
{
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-u"), name});
    id.waitForFinished(10'000);
    if (id.exitCode() != 0
        && !run(QStringLiteral("useradd"),
            {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/bash"), name}, error))
        return false;
    return run(QStringLiteral("chpasswd"), {}, error, name.toUtf8() + ':' + password + '\n');
}

double SshdFixture::treeCpuSeconds() const
{
    const qint64 root = m_process.processId();
    if (root <= 0)
        return 0;
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    QList<qint64> pids = descendantsOf(root);
    pids.prepend(root);
    double total = 0;
    for (qint64 pid : std::as_const(pids)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Fields 14–17 of stat(5) (utime stime cutime cstime) are 11–14 after the name.
        for (int i = 11; i <= 14 && i < f.size(); ++i)
            total += f.at(i).toDouble() / ticks;
    }
    return total;
}

QList<qint64> processesWithCommandLine(const QByteArray &text)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray line = cmdline.readAll();
        line.replace('\0', ' ');
        if (line.contains(text))
            found.append(pid);
    }
    return found;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace dozor::test
