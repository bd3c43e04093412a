// Catalog refresh, measured against the bare tool in the same run: a folder of 10,000
// archives and a restic repository of 1,000 snapshots on a loopback sshd (OpenSSH). Dozor's
// figure is the whole refresh the app and `dozor backup list` do: the listing command and `df`
// of the folder on the server's kept listing session (the first refresh logs in: shown on its
// own line), parsing, and writing the catalog to the history file (a listing identical to the
// last one written is recognised and writes only the refresh time; one that differs by a few
// backups writes only those: its own row, "one archive added"). The bare tool is the same
// listing command run alone on the server (`find -printf`, `restic snapshots --json`), its
// output read to the end. Server CPU is billed through a cgroup holding the sshd listener
// (every process it forks, finished ones included); the bare tool's through its own cgroup. Root
// only; asserts nothing about time.
//   bench_backup_catalog [--runs N] [--restic-cache DIR]
// --restic-cache keeps the 1,000-snapshot repository between runs (making it takes minutes).
#include "BenchSupport.h"
#include "SshdFixture.h"
#include "backup/BackupPlans.h"
#include "backup/BackupService.h"
#include "jobs/JobTransport.h"
#include "remote/SshHosts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;
using dozor::bench::CpuCgroup;

namespace {
QTextStream out(stdout);
const QByteArray resticPassword = "bench-password";

double selfCpuSeconds()
{
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures {
    double wallMs = 0;
    double serverCpuMs = 0;
    double clientCpuMs = 0;
    int entries = 0;
};

Figures median(QList<Figures> runs)
{
    Figures m;
    const auto pick = [&runs](double Figures::*field) { return bench::medianOf(runs, field); };
    m.wallMs = pick(&Figures::wallMs);
    m.serverCpuMs = pick(&Figures::serverCpuMs);
    m.clientCpuMs = pick(&Figures::clientCpuMs);
    m.entries = runs.constFirst().entries;
    return m;
}

// The bare tool on the server, alone: started by a shell held in a cgroup of its own.
Figures bare(const QList<QByteArray> &argv, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    // The shell waits for "go" so it sits in the cgroup before the tool starts.
    QStringList args {
        QStringLiteral("-c"), QStringLiteral("read go; exec \"$@\""), QStringLiteral("sh")};
    for (const QByteArray &a : argv)
        args.append(QString::fromUtf8(a));
    p.start(QStringLiteral("/bin/sh"), args);
    p.waitForStarted();
    CpuCgroup group(p.processId());
    const double cpu0 = group.seconds();
    QElapsedTimer clock;
    clock.start();
    p.write("go\n");
    qint64 bytes = 0;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        p.waitForReadyRead(100);
        bytes += p.readAllStandardOutput().size();
    }
    Figures f;
    f.wallMs = clock.nsecsElapsed() / 1e6;
    f.serverCpuMs = (group.seconds() - cpu0) * 1000;
    f.entries = int(bytes);
    group.remove();
    return f;
}

bool makeRestic(
    const QString &repo, int snapshots, const QProcessEnvironment &env, const QString &data)
{
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("restic"), args);
        return p.waitForFinished(-1) && p.exitCode() == 0;
    };
    if (!QFile::exists(repo + QStringLiteral("/config"))
        && !run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-r"), repo}))
        return false;
    QProcess count;
    count.setProcessEnvironment(env);
    count.start(QStringLiteral("restic"),
        {QStringLiteral("-r"), repo, QStringLiteral("snapshots"), QStringLiteral("--json"),
            QStringLiteral("--no-lock")});
    count.waitForFinished(-1);
    int have = int(count.readAllStandardOutput().count("\"short_id\""));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1000);
    // Key derivation dominates each run: two at a time.
    while (have < snapshots) {
        QList<QProcess *> batch;
        for (int k = 0; k < 2 && have < snapshots; ++k, ++have) {
            auto *p = new QProcess;
            p->setProcessEnvironment(env);
            p->start(QStringLiteral("restic"),
                {QStringLiteral("-r"), repo, QStringLiteral("backup"), QStringLiteral("-q"),
                    QStringLiteral("--host"), QStringLiteral("bench"), QStringLiteral("--time"),
                    start.addSecs(qint64 {have} * 86400 / 1)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    data});
            batch.append(p);
        }
        for (QProcess *p : batch) {
            p->waitForFinished(-1);
            const bool ok = p->exitCode() == 0;
            delete p;
            if (!ok)
                return false;
        }
        if (have % 100 == 0)
            out << "  restic: " << have << " snapshots\n" << Qt::flush;
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure (median)"),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("restic-cache"),
        QStringLiteral("keep the restic repository here between runs"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("archives"), QStringLiteral("archives in the folder"),
        QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("snapshots"), QStringLiteral("restic snapshots"),
        QStringLiteral("N"), QStringLiteral("1000")});
    parser.process(app);
    if (::geteuid() != 0) {
        out << "bench_backup_catalog: run as root (it bills the server's CPU through cgroups)\n";
        return 1;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int archives = std::max(1, parser.value(QStringLiteral("archives")).toInt());
    const int snapshots = std::max(1, parser.value(QStringLiteral("snapshots")).toInt());

    QTemporaryDir dir;
    SshdFixture sshd(dir.filePath(QStringLiteral("sshd")));
    SshdOptions options;
    options.logLevel = QStringLiteral("INFO"); // logging costs CPU
    if (!sshd.start(options)) {
        out << "cannot start sshd: " << sshd.error() << '\n';
        return 1;
    }
    CpuCgroup server(sshd.pid());
    if (!server.ok()) {
        out << "cannot put sshd into a cgroup of its own (" << server.dir() << ")\n";
        return 1;
    }

    // The folder: archives an hour apart, sizes varied.
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < archives; ++i) {
        QFile f(folder
            + QStringLiteral("/full_%1.tar.gz")
                  .arg(now.addSecs(-3600LL * i).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(i % 97, 'x')) < 0) {
            out << "cannot write " << f.fileName() << '\n';
            return 1;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RESTIC_PASSWORD"), QString::fromLatin1(resticPassword));
    const QString cache = parser.value(QStringLiteral("restic-cache"));
    const QString repo = cache.isEmpty() ? dir.filePath(QStringLiteral("restic")) : cache;
    const QString data = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(data);
    QFile(data + QStringLiteral("/file")).open(QIODevice::WriteOnly);
    out << "making a restic repository of " << snapshots << " snapshots in " << repo << "…\n"
        << Qt::flush;
    QElapsedTimer making;
    making.start();
    if (!makeRestic(repo, snapshots, env, data)) {
        out << "restic failed to make the repository\n";
        return 1;
    }
    out << "  ready in " << making.elapsed() / 1000 << " s\n";

    Workspace w;
    Target t;
    t.id = QStringLiteral("srv");
    t.ssh = sshd.endpoint();
    w.targets.append(t);
    BackupSource files;
    files.id = QStringLiteral("files");
    files.targetId = t.id;
    files.path = folder;
    files.pattern = QStringLiteral("full_*.tar.gz");
    files.timeFormat = QStringLiteral("full_%Y%m%d-%H%M%S");
    BackupSource restic;
    restic.id = QStringLiteral("restic");
    restic.type = BackupSource::Type::Restic;
    restic.targetId = t.id;
    restic.repository = repo;
    w.backups = {files, restic};

    SshHosts hosts;
    hosts.setAcceptNewHostKeys(true);
    hosts.setKnownHostsFiles(dir.filePath(QStringLiteral("known_hosts")),
        dir.filePath(QStringLiteral("user_known_hosts")));
    const auto transports =
        transportsFor(w, [&hosts](const Target &target) { return hosts.settingsFor(target); });
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    JobManager jobs(history, transports);
    BackupService service(history, &jobs, transports);
    service.setWorkspace(w);
    service.setPasswords({{restic.id, resticPassword}});
    if (auto opened = service.open(); !opened) {
        out << "cannot open the history: " << opened.error() << '\n';
        return 1;
    }
    const auto refresh = [&](const QString &source) {
        Figures f;
        QString problem;
        int count = 0;
        bool done = false;
        const auto c = QObject::connect(&service, &BackupService::refreshed, &service,
            [&](const QString &id, const QString &why, int n) {
                if (id != source)
                    return;
                problem = why;
                count = n;
                done = true;
            });
        const double server0 = server.seconds();
        const double client0 = selfCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        service.refresh(source);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        f.wallMs = clock.nsecsElapsed() / 1e6;
        f.clientCpuMs = (selfCpuSeconds() - client0) * 1000;
        QObject::disconnect(c);
        // sshd bills a closed session's last work a moment later.
        QThread::msleep(200);
        f.serverCpuMs = (server.seconds() - server0) * 1000;
        f.entries = count;
        if (!problem.isEmpty())
            out << "  " << source << ": " << problem << '\n';
        return f;
    };
    // The first refresh of a server logs in (and accepts the host key); later ones reuse
    // the kept session.
    const Figures firstFiles = refresh(files.id);
    const Figures firstRestic = refresh(restic.id);

    out << "\nCatalog refresh, median of " << runs
        << " runs; loopback sshd, server CPU billed through " << server.dir() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("source"), -34)
               .arg(QStringLiteral("wall ms"), 9)
               .arg(QStringLiteral("server CPU ms"), 14)
               .arg(QStringLiteral("Dozor CPU ms"), 13)
               .arg(QStringLiteral("listed"), 8);
    const auto row = [](const QString &label, const Figures &f, bool client) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(label, -34)
                   .arg(f.wallMs, 9, 'f', 1)
                   .arg(f.serverCpuMs, 14, 'f', 1)
                   .arg(client ? QString::number(f.clientCpuMs, 'f', 1) : QStringLiteral("—"), 13)
                   .arg(f.entries, 8);
    };
    std::optional<Figures> changedFigures, changedTool;
    for (const BackupSource &source : {files, restic}) {
        QList<Figures> dozor, tool;
        for (int i = 0; i < runs; ++i) {
            dozor.append(refresh(source.id));
            tool.append(bare(BackupPlans::listing(source), env));
        }
        const Figures d = median(dozor);
        Figures b = median(tool);
        const QString what = source.id == files.id
            ? QStringLiteral("%1 archives").arg(archives)
            : QStringLiteral("%1 restic snapshots").arg(snapshots);
        row(QStringLiteral("Dozor refresh, ") + what, d, true);
        row(QStringLiteral("  first refresh (with the login)"),
            source.id == files.id ? firstFiles : firstRestic, true);
        if (source.id == files.id) {
            // Unchanged listings write nothing; one new archive since the last refresh makes
            // Dozor compare the listing with the last one and write the new archive. The first
            // listing of a folder just written to costs the server more (find alone too): the
            // bare tool gets a new archive before each of its runs as well.
            QList<Figures> changed, toolChanged;
            int added = 0;
            const auto addArchive = [&] {
                QFile f(folder
                    + QStringLiteral("/full_%1.tar.gz")
                          .arg(now.addSecs(60 * ++added)
                                   .toString(QStringLiteral("yyyyMMdd-HHmmss"))));
                if (!f.open(QIODevice::WriteOnly)) {
                    out << "cannot write " << f.fileName() << '\n';
                    return false;
                }
                return true;
            };
            for (int i = 0; i < runs; ++i) {
                if (!addArchive())
                    return 1;
                changed.append(refresh(source.id));
                if (!addArchive())
                    return 1;
                toolChanged.append(bare(BackupPlans::listing(source), env));
            }
            changedFigures = median(changed);
            changedTool = median(toolChanged);
            row(QStringLiteral("  one archive added since the last"), *changedFigures, true);
        }
        b.entries = 0;
        row(QStringLiteral("  bare %1 alone")
                .arg(QString::fromUtf8(BackupPlans::listing(source).constFirst())),
            b, false);
        out << QStringLiteral("  ratio: wall %1×, server CPU %2×\n")
                   .arg(d.wallMs / std::max(0.001, b.wallMs), 0, 'f', 2)
                   .arg(d.serverCpuMs / std::max(0.001, b.serverCpuMs), 0, 'f', 2);
        if (changedFigures) {
            changedTool->entries = 0;
            row(QStringLiteral("  bare find, one archive added"), *changedTool, false);
            out << QStringLiteral("  ratio with one archive added: wall %1×, server CPU %2×\n")
                       .arg(
                           changedFigures->wallMs / std::max(0.001, changedTool->wallMs), 0, 'f', 2)
                       .arg(changedFigures->serverCpuMs / std::max(0.001, changedTool->serverCpuMs),
                           0, 'f', 2);
            changedFigures.reset();
        }
    }
    sshd.kill();
    server.remove();
    return 0;
}
