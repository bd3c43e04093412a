// Restore preview of a 100,000-file archive against its live folder on a loopback sshd
// (OpenSSH), measured against the bare listings in the same run. Dozor's figure is the whole
// preview the app and `dozor restore preview` make: the listing script on the server's kept
// session (the archive's `tar -tv`, the live folder's `find -printf`, `df`), reading and
// comparing both, and, when files of the same size have another mtime, the second round trip
// that checksums them on both sides. The bare figure is `tar -tvzf ARCHIVE` then
// `find LIVE -printf …` run alone on the server, their output read to the end. Server CPU is
// billed through a cgroup holding the sshd listener (every process it forks, finished ones
// included); the bare tools' through their own cgroup. 1 % of the files differ: some changed
// in size, some deleted, some added; the second scenario also touches files without changing
// them (checksums decide). Then the GUI: the longest stall of the GUI thread's event loop while
// the preview dialog fills with the report, and when "Unchanged" is switched on (every entry).
// Root only; asserts nothing about time.
//   bench_restore_preview [--runs N] [--files N]
#include "BenchSupport.h"
#include "SshdFixture.h"
#include "backup/BackupService.h"
#include "jobs/JobTransport.h"
#include "remote/SshHosts.h"

#ifdef DOZOR_BENCH_GUI
#include "RestorePreviewDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#else
#include <QCoreApplication>
#endif

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;
using dozor::bench::CpuCgroup;

namespace {
QTextStream out(stdout);

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
};

Figures median(QList<Figures> runs)
{
    Figures m;
    const auto pick = [&runs](double Figures::*field) { return bench::medianOf(runs, field); };
    m.wallMs = pick(&Figures::wallMs);
    m.serverCpuMs = pick(&Figures::serverCpuMs);
    m.clientCpuMs = pick(&Figures::clientCpuMs);
    return m;
}

// The bare listings on the server, alone: a shell held in a cgroup of its own.
Figures bare(const QString &archive, const QString &live)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
            QStringLiteral("read go; export TZ=UTC LC_ALL=C; tar -tv --full-time -zf \"$1\"; "
                           "find \"$2/\" -mindepth 1 -printf \"$3\""),
            QStringLiteral("sh"), archive, live, QString::fromLatin1(RestoreTree::findFormat())});
    p.waitForStarted();
    CpuCgroup group(p.processId());
    const double cpu0 = group.seconds();
    QElapsedTimer clock;
    clock.start();
    p.write("go\n");
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        p.waitForReadyRead(100);
        p.readAllStandardOutput();
    }
    Figures f;
    f.wallMs = clock.nsecsElapsed() / 1e6;
    f.serverCpuMs = (group.seconds() - cpu0) * 1000;
    group.remove();
    return f;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(-1) && p.exitCode() == 0;
}

void row(const QString &label, const Figures &f, bool client)
{
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(label, -46)
               .arg(f.wallMs, 9, 'f', 1)
               .arg(f.serverCpuMs, 14, 'f', 1)
               .arg(client ? QString::number(f.clientCpuMs, 'f', 1) : QStringLiteral("—"), 13);
}

#ifdef DOZOR_BENCH_GUI
// The longest gap beyond 10 ms between the ticks of a 10-ms timer while work runs on the GUI
// thread's event loop, and for a second after.
double longestStallMs(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, (now - last) / 1e6 - 10);
        last = now;
    });
    tick.start(10);
    QTimer::singleShot(50, work);
    while (clock.elapsed() < 1200)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return worst;
}
#endif
} // namespace

int main(int argc, char **argv)
{
#ifdef DOZOR_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure (median)"),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("files in the live folder"),
        QStringLiteral("N"), QStringLiteral("100000")});
    parser.process(app);
    if (::geteuid() != 0) {
        out << "bench_restore_preview: run as root (it bills the server's CPU through cgroups)\n";
        return 1;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int files = std::max(100, parser.value(QStringLiteral("files")).toInt());

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

    // The live folder: files in folders of 100, 40 to 240 bytes each.
    const QString live = dir.filePath(QStringLiteral("srv/app"));
    out << "writing " << files << " files…\n" << Qt::flush;
    const auto path = [&](int i) -> QString {
        return live + QStringLiteral("/d%1/f%2.txt").arg(i / 100, 4, 10, QLatin1Char('0')).arg(i);
    };
    for (int i = 0; i < files; ++i) {
        if (i % 100 == 0)
            QDir().mkpath(path(i).section(QLatin1Char('/'), 0, -2));
        QFile f(path(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(40 + i % 200, 'a' + i % 26)) < 0) {
            out << "cannot write " << f.fileName() << '\n';
            return 1;
        }
    }
    const QString backups = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(backups);
    const QString name =
        QStringLiteral("full_%1.tar.gz")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString archive = backups + QLatin1Char('/') + name;
    if (!run(QStringLiteral("tar"),
            {QStringLiteral("-C"), QStringLiteral("/"), QStringLiteral("-czf"), archive,
                QLatin1Char('.') + live})) {
        out << "tar failed\n";
        return 1;
    }
    // 1 %: 0.4 % changed in size, 0.2 % deleted, 0.1 % added (0.3 % touched later).
    const int step = 1000;
    for (int i = 0; i < files; i += step) {
        for (int k = 0; k < 4; ++k) {
            QFile f(path(i + k));
            f.open(QIODevice::Append);
            f.write("more");
        }
        for (int k = 4; k < 6; ++k)
            QFile::remove(path(i + k));
        QFile added(path(i) + QStringLiteral(".new"));
        added.open(QIODevice::WriteOnly);
        added.write("new");
    }

    Workspace w;
    Target t;
    t.id = QStringLiteral("srv");
    t.ssh = sshd.endpoint();
    w.targets.append(t);
    BackupSource source;
    source.id = QStringLiteral("full");
    source.targetId = t.id;
    source.path = backups;
    source.pattern = QStringLiteral("full_*.tar.gz");
    source.timeFormat = QStringLiteral("full_%Y%m%d-%H%M%S");
    source.restoreTo = live;
    w.backups = {source};
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
    if (auto opened = service.open(); !opened) {
        out << "cannot open the history: " << opened.error() << '\n';
        return 1;
    }
    bool listed = false;
    QObject::connect(&service, &BackupService::refreshed, &service, [&] { listed = true; });
    service.refresh(source.id);
    while (!listed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    RestorePreviewReport last;
    const auto preview = [&] {
        Figures f;
        bool done = false;
        const double server0 = server.seconds();
        const double client0 = selfCpuSeconds();
        QElapsedTimer clock;
        clock.start();
        service.previewRestore(source.id, name, {}, [&](const RestorePreviewReport &r) {
            last = r;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        f.wallMs = clock.nsecsElapsed() / 1e6;
        f.clientCpuMs = (selfCpuSeconds() - client0) * 1000;
        QThread::msleep(200); // sshd bills a session's last work a moment later
        f.serverCpuMs = (server.seconds() - server0) * 1000;
        if (!last.error.isEmpty())
            out << "  preview failed: " << last.error << '\n';
        return f;
    };
    const Figures first = preview();

    out << "\nRestore preview of a " << files << "-file archive against its live folder, median "
        << "of " << runs << " runs; loopback sshd, server CPU billed through " << server.dir()
        << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("what"), -46)
               .arg(QStringLiteral("wall ms"), 9)
               .arg(QStringLiteral("server CPU ms"), 14)
               .arg(QStringLiteral("Dozor CPU ms"), 13);
    QList<Figures> bareRuns;
    for (int i = 0; i < runs; ++i)
        bareRuns.append(bare(archive, live));
    const Figures b = median(bareRuns);
    const auto scenario = [&](const QString &label) {
        QList<Figures> dozor;
        for (int i = 0; i < runs; ++i)
            dozor.append(preview());
        const Figures d = median(dozor);
        row(label, d, true);
        out << QStringLiteral("  %1 create, %2 overwrite, %3 metadata, %4 delete, %5 unchanged\n")
                   .arg(last.tree.count(RestoreChange::Create))
                   .arg(last.tree.count(RestoreChange::Overwrite))
                   .arg(last.tree.count(RestoreChange::MetadataOnly))
                   .arg(last.tree.count(RestoreChange::Delete))
                   .arg(last.tree.count(RestoreChange::Unchanged));
        out << QStringLiteral("  ratio to the bare listings: wall %1×, server CPU %2×\n")
                   .arg(d.wallMs / std::max(0.001, b.wallMs), 0, 'f', 2)
                   .arg(d.serverCpuMs / std::max(0.001, b.serverCpuMs), 0, 'f', 2);
    };
    scenario(QStringLiteral("Dozor preview, 1 % changed"));
    row(QStringLiteral("  first preview (with the login)"), first, true);
    // Touched, not changed: same size, another mtime; checksums on both sides decide.
    const QDateTime later = QDateTime::currentDateTime().addDays(-1);
    for (int i = 0; i < files; i += step) {
        for (int k = 6; k < 9; ++k) {
            QFile f(path(i + k));
            f.open(QIODevice::ReadWrite);
            f.setFileTime(later, QFileDevice::FileModificationTime);
        }
    }
    scenario(QStringLiteral("Dozor preview, plus 0.3 % touched (checksums)"));
    row(QStringLiteral("bare tar -tvzf + find -printf alone"), b, false);

#ifdef DOZOR_BENCH_GUI
    out << "\nGUI thread while the preview dialog fills (" << last.tree.items.size()
        << " entries; longest stall of a 10-ms timer)\n";
    RestorePreviewDialog dialog(nullptr, source.id, name, QStringLiteral("srv"));
    dialog.show();
    QCoreApplication::processEvents();
    const double fill = longestStallMs([&] { dialog.showReport(last); });
    out << QStringLiteral("  report shown (changes only):        %1 ms\n").arg(fill, 0, 'f', 1);
    auto *unchanged = dialog.findChild<QCheckBox *>(QStringLiteral("restoreKind-unchanged"));
    const double all = longestStallMs([&] { unchanged->setChecked(true); });
    out << QStringLiteral("  \"Unchanged\" switched on (all rows): %1 ms\n").arg(all, 0, 'f', 1);
    const double search = longestStallMs([&] {
        dialog.findChild<QLineEdit *>(QStringLiteral("restorePreviewSearch"))
            ->setText(QStringLiteral("f12345"));
    });
    out << QStringLiteral("  search typed over all rows:         %1 ms\n").arg(search, 0, 'f', 1);
#endif
    sshd.kill();
    server.remove();
    return 0;
}
