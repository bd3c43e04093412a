// A static deploy of a 5,000-file, 50 MiB build of which 1 % changed since the live release,
// through `dozor deploy` as a user runs it, over a loopback sshd (OpenSSH), next to
// `rsync -a --checksum` of the same change and `scp -r` of the whole folder, in the same run.
// The bytes are counted on the wire: every connection goes through a relay in this process
// that counts what it carries each way (SSH's encryption and framing included). Wall time is
// the whole command; the server's CPU is billed through a cgroup holding the sshd listener
// (everything it forks, finished processes included). Each run changes another 1 % of the files
// (new random contents), then deploys, rsyncs and copies; the figures are medians.
// Root only (the cgroup); asserts nothing about time.
//   bench_deploy [--runs N] [--files N] [--mib N]
#include "BenchSupport.h"
#include "SshdFixture.h"
#include "TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace dozor;
using namespace dozor::test;
using dozor::bench::CpuCgroup;

namespace {
QTextStream out(stdout);

// Forwards every connection to 127.0.0.1:target and counts the bytes each way.
class CountingRelay : public QObject {
public:
    explicit CountingRelay(int target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                server->connectToHost(QHostAddress::LocalHost, quint16(m_target));
                server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                const auto pipe = [](QTcpSocket *from, QTcpSocket *to, qint64 *count) {
                    connect(from, &QTcpSocket::readyRead, to, [from, to, count] {
                        const QByteArray chunk = from->readAll();
                        *count += chunk.size();
                        to->write(chunk);
                    });
                };
                pipe(client, server, &up);
                pipe(server, client, &down);
                connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
                connect(server, &QTcpSocket::disconnected, client, [client] {
                    client->disconnectFromHost();
                    client->deleteLater();
                });
            }
        });
    }
    int port() const { return m_server.serverPort(); }
    qint64 up = 0; // this computer → the server
    qint64 down = 0;

private:
    int m_target;
    QTcpServer m_server;
};

struct Figures {
    double wallMs = 0;
    double up = 0;
    double down = 0;
    double serverCpuMs = 0;
};

Figures median(const QList<Figures> &runs)
{
    Figures m;
    const auto pick = [&runs](double Figures::*field) { return bench::medianOf(runs, field); };
    m.wallMs = pick(&Figures::wallMs);
    m.up = pick(&Figures::up);
    m.down = pick(&Figures::down);
    m.serverCpuMs = pick(&Figures::serverCpuMs);
    return m;
}

QStringList lastSteps;

// Runs a program with the event loop turning (the relay lives on it); its figures.
Figures measure(CountingRelay &relay, const CpuCgroup &cgroup, const QString &program,
    const QStringList &args, const QProcessEnvironment &env, bool *ok)
{
    relay.up = relay.down = 0;
    const double cpu = cgroup.seconds();
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    loop.exec();
    Figures f;
    f.wallMs = clock.nsecsElapsed() / 1e6;
    f.serverCpuMs = (cgroup.seconds() - cpu) * 1000;
    // The last bytes of a closing connection pass the relay just after the client ends.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    f.up = double(relay.up);
    f.down = double(relay.down);
    *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        out << program << " failed: " << p.readAllStandardError().right(2000) << '\n';
    // A deploy's steps and how long each took (--json).
    const QJsonArray steps = QJsonDocument::fromJson(p.readAllStandardOutput())
                                 .object()
                                 .value(QStringLiteral("steps"))
                                 .toArray();
    lastSteps.clear();
    for (const QJsonValue &s : steps)
        lastSteps.append(QStringLiteral("  %1 ms  %2")
                             .arg(s[QLatin1String("duration_ms")].toInteger(), 6)
                             .arg(s[QLatin1String("name")].toString()));
    return f;
}

void fill(const QString &path, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), size / qsizetype(sizeof(quint32)));
    writeFile(path, bytes);
}

QString mib(double bytes)
{
    return QString::number(bytes / 1024 / 1024, 'f', 2) + QStringLiteral(" MiB");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs (median)"), QStringLiteral("N"),
        QStringLiteral("5")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("files in the build"),
        QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("mib"), QStringLiteral("size of the build"),
        QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int files = std::max(100, parser.value(QStringLiteral("files")).toInt());
    const qint64 total = qint64 {std::max(1, parser.value(QStringLiteral("mib")).toInt())} << 20;
    if (::geteuid() != 0) {
        out << "bench_deploy needs root (a cgroup bills the server's CPU)\n";
        return 1;
    }
    QTemporaryDir dir;
    SshdFixture sshd(dir.filePath(QStringLiteral("sshd")));
    SshdOptions options;
    options.logLevel = QStringLiteral("INFO");
    options.extraConfig = QStringLiteral("SetEnv SHLVL=5\n");
    if (!sshd.start(options)) {
        out << "cannot start sshd: " << sshd.error() << '\n';
        return 1;
    }
    CpuCgroup cgroup(sshd.pid());
    if (!cgroup.ok()) {
        out << "cannot put sshd into a cgroup of its own (" << cgroup.dir() << ")\n";
        return 1;
    }
    CountingRelay relay(sshd.port());

    // The build: files in 50 folders, sizes spread around the mean.
    const QString build = dir.filePath(QStringLiteral("build"));
    const qint64 mean = total / files;
    QList<QString> paths;
    qint64 built = 0;
    for (int i = 0; i < files; ++i) {
        const QString path = QStringLiteral("d%1/f%2.js").arg(i % 50).arg(i);
        const qint64 size = i == files - 1
            ? std::max<qint64>(1, total - built)
            : mean / 2 + qint64(QRandomGenerator::global()->bounded(int(mean)));
        built += size;
        fill(QDir(build).filePath(path), size);
        paths.append(path);
    }
    const QString server = dir.filePath(QStringLiteral("server"));
    QDir().mkpath(server);
    const QString home = dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    using L = QLatin1String;
    const QJsonObject root {{L("schema"), 1},
        {L("targets"),
            QJsonArray {QJsonObject {{L("id"), L("srv")},
                {L("ssh"),
                    QJsonObject {{L("host"), L("127.0.0.1")}, {L("port"), relay.port()},
                        {L("user"), SshdFixture::currentUser()}, {L("auth"), L("key")},
                        {L("key_file"), sshd.clientKey()}}}}}},
        {L("deploy"),
            QJsonArray {QJsonObject {{L("id"), L("site")}, {L("target"), L("srv")},
                {L("kind"), L("static")}, {L("path"), QString(server + QStringLiteral("/site"))},
                {L("from"), build}, {L("keep"), 3}}}}};
    const QString workspace = QDir(home).filePath(QStringLiteral("ws.json"));
    writeFile(workspace, QJsonDocument(root).toJson());
    const QProcessEnvironment env = dozorEnvironment(home);
    const QStringList ssh {QStringLiteral("-p"), QString::number(relay.port()),
        QStringLiteral("-i"), sshd.clientKey(), QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
        QStringLiteral("LogLevel=ERROR")};
    const QString login = SshdFixture::currentUser() + QStringLiteral("@127.0.0.1:");
    const QStringList deployArgs {QStringLiteral("deploy"), QStringLiteral("srv"),
        QStringLiteral("site"), QStringLiteral("--yes"), QStringLiteral("--json"),
        QStringLiteral("--workspace"), workspace};
    const QStringList rsyncArgs {QStringLiteral("-a"), QStringLiteral("--checksum"),
        QStringLiteral("-e"), QStringLiteral("ssh ") + ssh.join(QLatin1Char(' ')),
        build + QLatin1Char('/'), login + server + QStringLiteral("/rsync/")};

    out << "Static build: " << files << " files, " << mib(double(built)) << "; " << runs
        << " run(s), 1 % of the files changed before each\n";
    bool ok = false;
    Figures first = measure(relay, cgroup, QStringLiteral(DOZOR_BINARY),
        deployArgs + QStringList {QStringLiteral("--accept-new-host-keys")}, env, &ok);
    if (!ok)
        return 1;
    measure(relay, cgroup, QStringLiteral("rsync"), rsyncArgs, env, &ok);
    if (!ok)
        return 1;
    out << "First deploy (everything uploaded): " << mib(first.up) << " sent, "
        << QString::number(first.wallMs, 'f', 0) << " ms\n";

    QList<Figures> dozorRuns, rsyncRuns, scpRuns;
    const int changed = std::max(1, files / 100);
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < changed; ++i) {
            const QString path = QDir(build).filePath(
                paths.at(QRandomGenerator::global()->bounded(int(paths.size()))));
            fill(path, QFileInfo(path).size());
        }
        dozorRuns.append(
            measure(relay, cgroup, QStringLiteral(DOZOR_BINARY), deployArgs, env, &ok));
        if (!ok)
            return 1;
        if (run == runs - 1)
            out << "The last deploy's steps:\n" << lastSteps.join(QLatin1Char('\n')) << '\n';
        rsyncRuns.append(measure(relay, cgroup, QStringLiteral("rsync"), rsyncArgs, env, &ok));
        if (!ok)
            return 1;
        const QString copy = server + QStringLiteral("/scp-%1").arg(run);
        scpRuns.append(measure(relay, cgroup, QStringLiteral("scp"),
            QStringList {QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-P"),
                QString::number(relay.port())}
                + ssh.mid(2) + QStringList {build, login + copy},
            env, &ok));
        if (!ok)
            return 1;
        QDir(copy).removeRecursively();
    }
    const auto row = [](const char *name, const Figures &f) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QLatin1String(name), -28)
                   .arg(mib(f.up), 12)
                   .arg(mib(f.down), 12)
                   .arg(QString::number(f.wallMs, 'f', 0) + QStringLiteral(" ms"), 10)
                   .arg(QString::number(f.serverCpuMs, 'f', 0) + QStringLiteral(" ms"), 10);
    };
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("1 % changed (median)"), -28)
               .arg(QStringLiteral("sent"), 12)
               .arg(QStringLiteral("received"), 12)
               .arg(QStringLiteral("wall"), 10)
               .arg(QStringLiteral("server CPU"), 10);
    row("dozor deploy", median(dozorRuns));
    row("rsync -a --checksum", median(rsyncRuns));
    row("scp -r (whole folder)", median(scpRuns));
    cgroup.remove();
    return 0;
}
