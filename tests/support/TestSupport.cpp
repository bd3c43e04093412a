#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace dozor::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(DOZOR_TEST_SOURCE_DIR)).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

Target localTarget(const QString &id, const QString &name, const QStringList &tags)
{
    Target t;
    t.id = id;
    t.name = name;
    t.local = true;
    t.tags = tags;
    return t;
}

Target sshTarget(const QString &id, const QString &name, const QStringList &tags)
{
    Target t;
    t.id = id;
    t.name = name;
    SshEndpoint ssh;
    ssh.host = QStringLiteral("127.0.0.1");
    t.ssh = ssh;
    t.tags = tags;
    return t;
}

Workspace passwordServerWorkspace(const SshEndpoint &endpoint)
{
    Workspace w;
    Target t;
    t.id = QStringLiteral("srv");
    t.ssh = endpoint;
    t.ssh->auth = SshAuthMethod::Password;
    t.ssh->keyFile.clear();
    w.targets.append(t);
    CheckSpec memory = bareCheck(CheckType::Memory);
    memory.id = QStringLiteral("memory");
    memory.targetId = t.id;
    memory.warn = 100;
    memory.crit = 100;
    w.checks.append(memory);
    return w;
}

CheckSpec bareCheck(CheckType type)
{
    CheckSpec c;
    c.id = QStringLiteral("c");
    c.targetId = QStringLiteral("t");
    c.type = type;
    return c;
}

CheckSpec httpCheck(
    const QString &id, const QString &targetId, const QString &url, int intervalSec, int timeoutSec)
{
    CheckSpec c;
    c.id = id;
    c.targetId = targetId;
    c.type = CheckType::Http;
    c.intervalSec = intervalSec;
    c.timeoutSec = timeoutSec;
    c.http.url = QUrl(url);
    return c;
}

HttpFixture::HttpFixture(const QString &certFile, const QString &keyFile, const QString &script)
    : m_tls(!certFile.isEmpty())
{
    QStringList args = {sourcePath(script)};
    if (m_tls)
        args << QStringLiteral("--cert") << certFile << QStringLiteral("--key") << keyFile;
    m_process.setProgram(QStringLiteral(DOZOR_PYTHON));
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return;
    }
    const QByteArray line = readStdoutUntil(
        m_process, [](const QByteArray &out) { return out.contains('\n'); }, 15'000);
    if (line.startsWith("PORT "))
        m_port = line.mid(5).trimmed().toInt();
    else
        m_error = QString::fromUtf8(line + m_process.readAllStandardError());
}

HttpFixture::~HttpFixture()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString HttpFixture::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(path);
}

QByteArray readStdoutUntil(
    QProcess &process, const std::function<bool(const QByteArray &)> &done, int timeoutMs)
{
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!done(out) && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    return out;
}

bool makeCertificates(const QString &dir, QString *error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL"), QStringLiteral(DOZOR_OPENSSL));
    p.setProcessEnvironment(env);
    p.start(
        QStringLiteral("/bin/sh"), {sourcePath(QStringLiteral("integration/make_certs.sh")), dir});
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return false;
    }
    return true;
}

QProcessEnvironment dozorEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOZOR_HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

RunResult runDozor(const QStringList &args, const QString &home, int timeoutMs)
{
    return runDozorWith(args, dozorEnvironment(home), QByteArray(), timeoutMs);
}

RunResult runDozorWith(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    RunResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DOZOR_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (p.exitStatus() == QProcess::CrashExit) {
        r.signal = p.exitCode(); // QProcess reports the terminating signal here on Unix
        r.err += "\n[test: dozor ended by signal " + QByteArray::number(r.signal)
            + (r.finished ? "]" : ", killed after the time limit]");
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool signalProcess(QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    if (process.state() != QProcess::Running || pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), signal) == 0;
}

} // namespace dozor::test
