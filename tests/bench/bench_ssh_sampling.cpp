// SSH sampling benchmark against a real sshd on loopback (run as root). Prints figures,
// asserts nothing about time. For each way of taking a sample, with an account whose
// .bashrc is stock and one whose .bashrc burns ~0.5 s of CPU (as pyenv/nvm/conda init do):
//   persistent  Dozor's way: one kept session, one long-lived /bin/sh fed the probe on stdin
//   exec        one exec channel per sample on the kept session (the login shell starts each time)
//   ssh-login   `ssh host <probe>` with the OpenSSH client: a new login per sample (baseline)
// Figures per sample: server CPU (sshd and its whole process tree, reaped children
// included, as far as sshd reaps them), the whole machine's busy CPU minus this process and
// its children (catches short-lived processes sshd does not account; needs an otherwise
// idle machine), client CPU (this process, or the ssh client processes), wall-clock latency.
// Then: samples per second one process sustains over N simultaneous SshHost sessions.
// Usage: bench_ssh_sampling [--samples N] [--sessions S] [--seconds T]
#include "SshdFixture.h"
#include "remote/RemoteShell.h"
#include "remote/SshHost.h"
#include "remote/SshSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {
QTextStream out(stdout);

const QByteArray probe = "cat /proc/loadavg /proc/meminfo /proc/stat; df -Pk";

double cpuSeconds(int who)
{
    rusage u {};
    ::getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Busy CPU seconds of the whole machine (all cores), from /proc/stat.
double machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> v = f.readLine().simplified().split(' ');
    double busy = 0;
    for (int i = 1; i < v.size() && i <= 8; ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busy += v.at(i).toDouble();
    }
    return busy / double(::sysconf(_SC_CLK_TCK));
}

struct Figures {
    double serverMs = 0;
    double machineMs = 0; // whole machine minus this process and its children
    double clientMs = 0;
    double latencyMs = 0;
    int failures = 0;
};

// A .bashrc whose first lines run before Debian's "not interactive: return" guard, as the
// init lines of version managers usually do: a loop of about half a second of CPU.
const QByteArray slowRc = "i=0; while [ $i -lt 250000 ]; do i=$((i+1)); done\n";

class Bench {
public:
    Bench(SshdFixture &sshd, QString knownHosts)
        : m_sshd(sshd)
        , m_knownHosts(std::move(knownHosts))
    {
    }

    SshConnectSettings settings(const QString &user) const
    {
        SshConnectSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_sshd.port();
        s.user = user;
        s.auth = SshAuthMethod::KeyFile;
        s.keyFile = m_sshd.clientKey();
        s.knownHostsFile = m_knownHosts;
        s.acceptNewHostKey = true;
        return s;
    }

    template<typename F>
    Figures measure(int samples, int who, F &&sampleOnce)
    {
        Figures f;
        const double server0 = m_sshd.treeCpuSeconds();
        const double client0 = cpuSeconds(who);
        const double all0 = cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN);
        const double machine0 = machineBusySeconds();
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < samples; ++i)
            f.failures += sampleOnce() ? 0 : 1;
        f.latencyMs = double(clock.nsecsElapsed()) / 1e6 / samples;
        // Let sshd reap the last children so their time is counted.
        QThread::msleep(200);
        f.serverMs = (m_sshd.treeCpuSeconds() - server0) * 1000 / samples;
        f.clientMs = (cpuSeconds(who) - client0) * 1000 / samples;
        const double all = cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN) - all0;
        f.machineMs = (machineBusySeconds() - machine0 - all) * 1000 / samples;
        return f;
    }

    Figures persistent(const QString &user, int samples)
    {
        SshSession session;
        if (!session.open(settings(user)))
            return {0, 0, 0, 0, samples};
        RemoteShell shell(session);
        if (!shell.start(10'000))
            return {0, 0, 0, 0, samples};
        shell.run(probe, 1 << 22, 10'000); // warm: the first run is not a steady-state sample
        return measure(samples, RUSAGE_SELF, [&] {
            const auto r = shell.run(probe, 1 << 22, 10'000);
            return r.completed() && r.out.contains("MemTotal");
        });
    }

    Figures exec(const QString &user, int samples)
    {
        SshSession session;
        if (!session.open(settings(user)))
            return {0, 0, 0, 0, samples};
        return measure(samples, RUSAGE_SELF, [&] {
            const auto r = session.exec(probe, QByteArray(), 1 << 22, 10'000);
            return r.completed() && r.out.contains("MemTotal");
        });
    }

    Figures sshLogin(const QString &user, int samples)
    {
        return measure(samples, RUSAGE_CHILDREN, [&] {
            QProcess ssh;
            ssh.start(QStringLiteral("ssh"),
                {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                    QStringLiteral("-i"), m_sshd.clientKey(), QStringLiteral("-p"),
                    QString::number(m_sshd.port()), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=") + m_knownHosts, QStringLiteral("-o"),
                    QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                    QStringLiteral("BatchMode=yes"), user + QStringLiteral("@127.0.0.1"),
                    QString::fromLatin1(probe)});
            return ssh.waitForFinished(30'000) && ssh.exitCode() == 0
                && ssh.readAllStandardOutput().contains("MemTotal");
        });
    }

private:
    SshdFixture &m_sshd;
    QString m_knownHosts;
};

void printRow(const QString &method, const QString &account, const Figures &f)
{
    out << qSetFieldWidth(12) << Qt::left << method << qSetFieldWidth(8) << account
        << qSetFieldWidth(12) << Qt::right << QString::number(f.serverMs, 'f', 2)
        << QString::number(f.machineMs, 'f', 2) << QString::number(f.clientMs, 'f', 2)
        << QString::number(f.latencyMs, 'f', 1) << qSetFieldWidth(0)
        << (f.failures ? QStringLiteral("  (%1 failed)").arg(f.failures) : QString()) << '\n';
    out.flush();
}

// Samples per second over sessions simultaneous SshHost connections, each feeding its
// persistent shell the probe again as soon as the last run returned.
void throughput(Bench &bench, int sessions, int seconds)
{
    std::vector<std::unique_ptr<SshHost>> hosts;
    int done = 0, failed = 0;
    bool running = true;
    QObject context;
    std::function<void(SshHost *)> next = [&](SshHost *host) {
        host->runScript(probe, 20'000, &context, [&, host](const RemoteRunResult &r) {
            (r.completed() ? done : failed) += 1;
            if (running)
                next(host);
        });
    };
    for (int i = 0; i < sessions; ++i) {
        hosts.push_back(std::make_unique<SshHost>(
            QStringLiteral("h%1").arg(i), bench.settings(QStringLiteral("root"))));
        next(hosts.back().get());
    }
    // The first round includes connecting: count from when every host has answered once.
    QElapsedTimer wait;
    wait.start();
    while (done + failed < sessions && wait.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int startDone = done;
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    running = false;
    const double elapsed = clock.elapsed() / 1000.0;
    const int samples = done - startDone;
    out << "throughput: " << sessions << " sessions, " << samples << " samples in "
        << QString::number(elapsed, 'f', 1) << " s = " << QString::number(samples / elapsed, 'f', 1)
        << " samples/s; client CPU "
        << QString::number((cpuSeconds(RUSAGE_SELF) - cpu0) * 1000 / std::max(samples, 1), 'f', 2)
        << " ms/sample; connect round took " << wait.elapsed() << " ms; failures " << failed
        << '\n';
    hosts.clear();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("samples"), QStringLiteral("samples per method"),
        QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("sessions"), QStringLiteral("simultaneous sessions"),
        QStringLiteral("S"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("throughput duration"),
        QStringLiteral("T"), QStringLiteral("10")});
    parser.process(app);
    if (::geteuid() != 0) {
        out << "bench_ssh_sampling: run as root (it starts sshd and creates two test accounts)\n";
        return 1;
    }
    const int samples = std::max(1, parser.value(QStringLiteral("samples")).toInt());

    QTemporaryDir dir;
    SshdFixture sshd(dir.filePath(QStringLiteral("sshd")));
    SshdOptions options;
    options.logLevel = QStringLiteral("INFO"); // the fixture waits for "Server listening"
    if (!sshd.start(options)) {
        out << "cannot start sshd: " << sshd.error() << '\n';
        return 1;
    }
    // sshd reads authorized_keys as the logging-in user: let the test accounts read it.
    const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(dir.path(), readable);
    QFile::setPermissions(sshd.dir(), readable);
    QFile::setPermissions(QDir(sshd.dir()).filePath(QStringLiteral("authorized_keys")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QString error;
    const QList<QPair<QString, QByteArray>> accounts = {
        {QStringLiteral("dzbstock"), QByteArray()}, {QStringLiteral("dzbslow"), slowRc}};
    for (const auto &[user, rc] : accounts) {
        if (!ensureTestUser(user, "unused-" + user.toUtf8(), &error)) {
            out << "cannot create " << user << ": " << error << '\n';
            return 1;
        }
        // Stock Debian .bashrc, with the slow lines (if any) in front.
        QFile skel(QStringLiteral("/etc/skel/.bashrc"));
        const QByteArray stock = skel.open(QIODevice::ReadOnly) ? skel.readAll() : QByteArray();
        QFile bashrc(QStringLiteral("/home/%1/.bashrc").arg(user));
        if (bashrc.open(QIODevice::WriteOnly | QIODevice::Truncate))
            bashrc.write(rc + stock);
    }
    Bench bench(sshd, dir.filePath(QStringLiteral("known_hosts")));
    // Accept the host key once (for the OpenSSH client's strict checking too).
    {
        SshSession s;
        if (auto opened = s.open(bench.settings(QStringLiteral("dzbstock"))); !opened) {
            out << "cannot log in: " << opened.error() << '\n';
            return 1;
        }
    }

    out << "probe: " << probe << "; " << samples << " samples per row, loopback sshd (OpenSSH), "
        << "2-core machine\n";
    out << qSetFieldWidth(12) << Qt::left << "method" << qSetFieldWidth(8) << "bashrc"
        << qSetFieldWidth(12) << Qt::right << "sshd-tree ms"
        << "machine ms"
        << "client ms"
        << "latency ms" << qSetFieldWidth(0) << '\n';
    for (const auto &[user, rc] : accounts) {
        const QString label = rc.isEmpty() ? QStringLiteral("stock") : QStringLiteral("slow");
        printRow(QStringLiteral("persistent"), label, bench.persistent(user, samples));
        printRow(QStringLiteral("exec"), label, bench.exec(user, samples));
        printRow(QStringLiteral("ssh-login"), label, bench.sshLogin(user, samples));
    }
    throughput(bench, parser.value(QStringLiteral("sessions")).toInt(),
        parser.value(QStringLiteral("seconds")).toInt());
    return 0;
}
