// SSH sampling benchmark against a real sshd on loopback (run as root). Prints figures,
// asserts nothing about time. The server's CPU is billed through a cgroup holding the sshd
// listener: every process it forks is counted, finished ones included (cgroup v1 cpuacct or
// v2 cpu.stat). For an account whose .bashrc is stock and one whose .bashrc burns ~0.5 s of
// CPU (as pyenv/nvm/conda init do), each way of taking a sample of CPU, load, memory and
// disk (and one without disk):
//   dozor        Dozor's engine (CheckExecutor): one kept session, one long-lived /bin/sh fed
//                the real probe, CPU measured against the previous sample's reading
//   dozor-nodisk the same with CPU, load, memory and uptime checks (no df)
//   before       the probe as shipped until it read /proc itself (cat, grep, sleep 0.5, df …)
//                on the same kept shell: the baseline
//   controlmstr  OpenSSH with ControlMaster: one master connection, `ssh -S` per sample
//   ssh-login    `ssh host <probe>` with the OpenSSH client: a new login per sample
// Figures per sample: server CPU (the cgroup), client CPU (this process with its SSH thread,
// or the ssh client processes), wall-clock latency. Then the fleet: N simultaneous SshHost
// sessions (an ordinary account) sampling CPU, load, memory and uptime with the real probe as
// fast as they answer, with the same figures.
// Usage: bench_ssh_sampling [--samples N] [--sessions S] [--seconds T]
#include "BenchSupport.h"
#include "SshdFixture.h"
#include "monitor/CheckExecutor.h"
#include "remote/ProbeScript.h"
#include "remote/RemoteShell.h"
#include "remote/SshHost.h"
#include "remote/SshHosts.h"
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
using dozor::bench::CpuCgroup;

namespace {
QTextStream out(stdout);

// The probe as shipped before it read /proc with the shell's own read (the baseline).
const QByteArray probeBefore =
    R"probe(# Dozor host probe. Read-only, POSIX sh, nothing to install. It prints tagged sections
# that app/core/ProbeParser understands; the same script runs locally and over SSH
# on a long-lived remote shell, so keep it cheap: a few reads of /proc and one df.
# ProbeScript appends the sections of service, process, path and log checks and "@@end".
LC_ALL=C
export LC_ALL
dozor_t() { if command -v timeout >/dev/null 2>&1; then timeout 10 "$@"; else "$@"; fi; }
echo '@@dozor-probe 1'
echo '@@nproc'
getconf _NPROCESSORS_ONLN 2>/dev/null || grep -c '^processor' /proc/cpuinfo 2>/dev/null
echo '@@uptime'
cat /proc/uptime 2>/dev/null
echo '@@loadavg'
cat /proc/loadavg 2>/dev/null
echo '@@stat'
grep '^cpu ' /proc/stat 2>/dev/null
sleep 0.5 2>/dev/null || sleep 1
echo '@@stat'
grep '^cpu ' /proc/stat 2>/dev/null
echo '@@meminfo'
cat /proc/meminfo 2>/dev/null
echo '@@df'
dozor_t df -Pk 2>/dev/null
echo '@@dfi'
dozor_t df -Pi 2>/dev/null
echo '@@end'
)probe";

QList<CheckSpec> sampleChecks(bool disk)
{
    QList<CheckSpec> checks;
    for (const CheckType t : {CheckType::Cpu, CheckType::Load, CheckType::Memory,
             disk ? CheckType::Disk : CheckType::Uptime}) {
        CheckSpec c;
        c.id = QString::fromLatin1(checkKind(t).name);
        c.targetId = QStringLiteral("srv");
        c.type = t;
        c.timeoutSec = 20;
        checks.append(c);
    }
    return checks;
}

// Dozor's probe for a sample of CPU, load, memory and disk, after the first sample.
QByteArray dozorProbe()
{
    return ProbeScript::build(sampleChecks(true), {}, true).script;
}

double cpuSeconds(int who)
{
    rusage u {};
    ::getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures {
    double serverMs = 0; // the sshd cgroup
    double clientMs = 0;
    double latencyMs = 0;
    int failures = 0;
};

// A .bashrc whose first lines run before Debian's "not interactive: return" guard, as the
// init lines of version managers usually do: a loop of about half a second of CPU.
const QByteArray slowRc = "i=0; while [ $i -lt 250000 ]; do i=$((i+1)); done\n";

class Bench {
public:
    Bench(SshdFixture &sshd, const CpuCgroup &server, QString knownHosts, QString controlDir)
        : m_sshd(sshd)
        , m_server(server)
        , m_knownHosts(std::move(knownHosts))
        , m_controlDir(std::move(controlDir))
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
        const double server0 = m_server.seconds();
        const double client0 = cpuSeconds(who);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < samples; ++i)
            f.failures += sampleOnce() ? 0 : 1;
        f.latencyMs = double(clock.nsecsElapsed()) / 1e6 / samples;
        QThread::msleep(200); // let the last sample's processes end
        f.serverMs = (m_server.seconds() - server0) * 1000 / samples;
        f.clientMs = (cpuSeconds(who) - client0) * 1000 / samples;
        return f;
    }

    // Dozor's engine: the executor with its kept SSH session, the real probe and parser.
    Figures dozor(const QString &user, bool disk, int samples)
    {
        Workspace w;
        Target t;
        t.id = QStringLiteral("srv");
        SshEndpoint e = m_sshd.endpoint(user);
        t.ssh = e;
        w.targets = {t};
        w.checks = sampleChecks(disk);
        CheckExecutor executor(w, QString());
        executor.sshHosts()->setKnownHostsFiles(m_knownHosts, QString());
        executor.sshHosts()->setAcceptNewHostKeys(true);
        QStringList ids;
        for (const CheckSpec &c : std::as_const(w.checks))
            ids.append(c.id);
        int results = 0, unknown = 0;
        QObject::connect(
            &executor, &CheckExecutor::resultReady, &executor, [&](const CheckResult &r) {
                ++results;
                if (r.status == Status::Unknown && unknown++ == 0)
                    out << "  " << r.checkId << ": " << r.reason << '\n';
            });
        // One sample a second, the shortest interval a check can have: the steady state, in
        // which CPU use is measured against the previous sample's reading (samples closer
        // together than half a second read /proc/stat twice, half a second apart).
        QElapsedTimer pace;
        double runMs = 0;
        auto sampleOnce = [&] {
            if (pace.isValid())
                QThread::msleep(std::max<qint64>(0, 1000 - pace.elapsed()));
            pace.start();
            const int before = results;
            executor.run(ids);
            while (results < before + ids.size())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            runMs += double(pace.nsecsElapsed()) / 1e6;
            return true;
        };
        sampleOnce(); // connecting and the first CPU reading are not steady-state samples
        unknown = 0;
        runMs = 0;
        Figures f = measure(samples, RUSAGE_SELF, sampleOnce);
        f.failures = unknown;
        f.latencyMs = runMs / samples; // without the pauses between samples
        return f;
    }

    Figures before(const QString &user, int samples)
    {
        SshSession session;
        if (!session.open(settings(user)))
            return {0, 0, 0, samples};
        RemoteShell shell(session);
        if (!shell.start(10'000))
            return {0, 0, 0, samples};
        shell.run(probeBefore, 1 << 22, 10'000);
        return measure(samples, RUSAGE_SELF, [&] {
            const auto r = shell.run(probeBefore, 1 << 22, 10'000);
            return r.completed() && r.out.contains("MemTotal");
        });
    }

    QStringList sshArguments(const QString &user, const QStringList &extra) const
    {
        return QStringList {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                   QStringLiteral("-i"), m_sshd.clientKey(), QStringLiteral("-p"),
                   QString::number(m_sshd.port()), QStringLiteral("-o"),
                   QStringLiteral("UserKnownHostsFile=") + m_knownHosts, QStringLiteral("-o"),
                   QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                   QStringLiteral("BatchMode=yes")}
        + extra + QStringList {user + QStringLiteral("@127.0.0.1")};
    }

    // One OpenSSH client run of Dozor's probe (fed on stdin to sh).
    bool sshSample(const QStringList &arguments)
    {
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), arguments + QStringList {QStringLiteral("sh")});
        ssh.write(dozorProbe());
        ssh.closeWriteChannel();
        return ssh.waitForFinished(30'000) && ssh.exitCode() == 0
            && ssh.readAllStandardOutput().contains("MemTotal");
    }

    Figures sshLogin(const QString &user, int samples)
    {
        const QStringList arguments = sshArguments(user, {});
        return measure(samples, RUSAGE_CHILDREN, [&] { return sshSample(arguments); });
    }

    Figures controlMaster(const QString &user, int samples)
    {
        const QString socket = m_controlDir + QLatin1Char('/') + user;
        const QStringList common = {QStringLiteral("-S"), socket};
        QProcess master;
        master.start(QStringLiteral("ssh"),
            sshArguments(user, common + QStringList {QStringLiteral("-M"), QStringLiteral("-N")}));
        QElapsedTimer wait;
        wait.start();
        while (!QFile::exists(socket) && wait.elapsed() < 20'000)
            QThread::msleep(20);
        const QStringList arguments = sshArguments(user, common);
        sshSample(arguments); // the first run through the master is not a steady-state sample
        Figures f = measure(samples, RUSAGE_CHILDREN, [&] { return sshSample(arguments); });
        master.terminate();
        master.waitForFinished(5'000);
        return f;
    }

    const CpuCgroup &server() const { return m_server; }

private:
    SshdFixture &m_sshd;
    const CpuCgroup &m_server;
    QString m_knownHosts;
    QString m_controlDir;
};

void printRow(const QString &method, const QString &account, const Figures &f)
{
    out << qSetFieldWidth(13) << Qt::left << method << qSetFieldWidth(8) << account
        << qSetFieldWidth(12) << Qt::right << QString::number(f.serverMs, 'f', 2)
        << QString::number(f.clientMs, 'f', 2) << QString::number(f.latencyMs, 'f', 1)
        << qSetFieldWidth(0)
        << (f.failures ? QStringLiteral("  (%1 failed)").arg(f.failures) : QString()) << '\n';
    out.flush();
}

// The fleet: sessions simultaneous SshHost connections, each feeding its persistent shell
// Dozor's probe again as soon as the last run returned.
void fleet(Bench &bench, int sessions, int seconds)
{
    std::vector<std::unique_ptr<SshHost>> hosts;
    int done = 0, failed = 0;
    bool running = true;
    QObject context;
    const QByteArray probe = ProbeScript::build(sampleChecks(false), {}, true).script;
    // Connections are opened one after the other (sshd's MaxStartups refuses a crowd of
    // simultaneous logins), each host sampling from when it is in.
    std::size_t started = 0;
    std::function<void(SshHost *)> next = [&](SshHost *host) {
        host->runScript(probe, 60'000, &context, [&, host](const RemoteRunResult &r) {
            const bool ok = r.completed() && r.out.contains("MemTotal");
            if (!ok && failed++ == 0)
                out << "  fleet: "
                    << (r.error.isEmpty() ? QString::fromUtf8(r.out.left(200)) : r.error) << '\n';
            done += ok ? 1 : 0;
            if (started < hosts.size())
                next(hosts.at(started++).get());
            if (running)
                next(host);
        });
    };
    for (int i = 0; i < sessions; ++i) {
        hosts.push_back(std::make_unique<SshHost>(
            QStringLiteral("h%1").arg(i), bench.settings(QStringLiteral("dzbstock"))));
    }
    next(hosts.at(started++).get());
    // The first round includes connecting: count from when every host has answered once.
    QElapsedTimer wait;
    wait.start();
    // processEvents() with a time limit does not wait for events: a timer wakes the loop.
    QTimer tick;
    tick.start(100);
    while ((started < hosts.size() || done + failed < sessions) && wait.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const int startDone = done;
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const double server0 = bench.server().seconds();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    running = false;
    const double elapsed = clock.elapsed() / 1000.0;
    const int samples = std::max(done - startDone, 1);
    out << "fleet (CPU, load, memory, uptime): " << sessions << " sessions, " << samples
        << " samples in " << QString::number(elapsed, 'f', 1)
        << " s = " << QString::number(samples / elapsed, 'f', 1)
        << " samples/s; per sample: server CPU "
        << QString::number((bench.server().seconds() - server0) * 1000 / samples, 'f', 2)
        << " ms, client CPU "
        << QString::number((cpuSeconds(RUSAGE_SELF) - cpu0) * 1000 / samples, 'f', 2)
        << " ms; connect round took " << wait.elapsed() << " ms; failures " << failed << '\n';
    hosts.clear();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("fleet-only"), QStringLiteral("only the fleet figure")});
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
    CpuCgroup server(sshd.pid());
    if (!server.ok()) {
        out << "cannot put sshd into a cgroup of its own (" << server.dir()
            << "): its CPU cannot be billed\n";
        return 1;
    }
    const QString controlDir = dir.filePath(QStringLiteral("control"));
    QDir().mkpath(controlDir);
    Bench bench(sshd, server, dir.filePath(QStringLiteral("known_hosts")), controlDir);
    // Accept the host key once (for the OpenSSH client's strict checking too).
    {
        SshSession s;
        if (auto opened = s.open(bench.settings(QStringLiteral("dzbstock"))); !opened) {
            out << "cannot log in: " << opened.error() << '\n';
            return 1;
        }
    }

    out << "A sample of CPU, load, memory and disk; " << samples
        << " samples per row, loopback sshd (OpenSSH), server CPU billed through " << server.dir()
        << "\n";
    out << qSetFieldWidth(13) << Qt::left << "method" << qSetFieldWidth(8) << "bashrc"
        << qSetFieldWidth(12) << Qt::right << "server ms"
        << "client ms"
        << "latency ms" << qSetFieldWidth(0) << '\n';
    for (const auto &[user, rc] : accounts) {
        if (parser.isSet(QStringLiteral("fleet-only")))
            break;
        const QString label = rc.isEmpty() ? QStringLiteral("stock") : QStringLiteral("slow");
        printRow(QStringLiteral("dozor"), label, bench.dozor(user, true, samples));
        printRow(QStringLiteral("dozor-nodisk"), label, bench.dozor(user, false, samples));
        printRow(QStringLiteral("before"), label, bench.before(user, samples));
        printRow(QStringLiteral("controlmstr"), label, bench.controlMaster(user, samples));
        printRow(QStringLiteral("ssh-login"), label, bench.sshLogin(user, samples));
    }
    fleet(bench, parser.value(QStringLiteral("sessions")).toInt(),
        parser.value(QStringLiteral("seconds")).toInt());
    sshd.kill();
    server.remove();
    return 0;
}
