// Start-up time and memory of the desktop app next to the smallest Qt Widgets + Qt Charts
// window built with the same Qt (bench_minimal_chart), measured in the same run:
//   - time from process start to the first painted window (overview, for Dozor);
//   - resident memory (VmRSS) and its peak (VmHWM) two seconds after that;
//   - for Dozor also after the target page's one-hour charts are shown.
// Dozor runs on the default workspace (this computer) with an hour of recorded history.
// With --before, an earlier build of dozor is measured in the same runs, interleaved, so a
// change's cost shows against its baseline on the same machine at the same time.
//   bench_gui_startup [RUNS] [--before OTHER_DOZOR]
// (QT_QPA_PLATFORM decides the platform; offscreen if unset)
#include "BenchSupport.h"
#include "TestSupport.h"
#include "core/AppPaths.h"
#include "core/DefaultWorkspace.h"
#include "core/WorkspaceFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace dozor;

namespace {
struct Sample {
    double startMs = -1;
    double rssMb = -1;
    double peakMb = -1;
};

double statusKb(qint64 pid, const char *key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble();
    }
    return -1;
}

// Starts program, waits for a line containing marker on stderr, then settles and samples.
Sample measure(const QString &program, const QStringList &args, const QProcessEnvironment &env,
    const QByteArray &marker, int settleMs)
{
    Sample s;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    // waitForReadyRead wakes for the read channel only: the markers come on stderr (with
    // stdout, every wait ran its full 50 ms and the times were multiples of it).
    p.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (clock.elapsed() < 30'000 && !err.contains(marker)) {
        p.waitForReadyRead(50);
        err += p.readAllStandardError();
        if (err.contains(marker))
            s.startMs = clock.nsecsElapsed() / 1e6;
        if (p.state() == QProcess::NotRunning)
            break;
    }
    if (s.startMs >= 0) {
        QThread::msleep(settleMs);
        s.rssMb = statusKb(p.processId(), "VmRSS:") / 1024.0;
        s.peakMb = statusKb(p.processId(), "VmHWM:") / 1024.0;
    }
    p.terminate();
    if (!p.waitForFinished(10'000))
        p.kill();
    p.waitForFinished(3000);
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

void writeHistory(const QString &workspaceFile)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString history = AppPaths::historyFileFor(workspaceFile);
    const qint64 n = 3600 / 10; // an hour of 10-s samples
    const QString pc = QStringLiteral("this-computer");
    const auto wave = [](double base, double amp) {
        return [base, amp](qint64 i) { return base + amp * ((i * 7) % 23) / 23.0; };
    };
    bench::writeSeries(history, QStringLiteral("cpu"), pc, QStringLiteral("cpu_pct"),
        QStringLiteral("%"), now - 3'600'000, 10'000, n, wave(5, 30));
    bench::writeSeries(history, QStringLiteral("memory"), pc, QStringLiteral("mem_used_pct"),
        QStringLiteral("%"), now - 3'600'000, 10'000, n, wave(30, 5));
    bench::writeSeries(history, QStringLiteral("load"), pc, QStringLiteral("load5_per_core"),
        QString(), now - 3'600'000, 10'000, n, wave(0.2, 0.5));
    bench::writeSeries(history, QStringLiteral("disk"), pc, QStringLiteral("disk_used_pct:/"),
        QStringLiteral("%"), now - 3'600'000, 60'000, n / 6, wave(40, 1));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    QString before;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--before") && i + 1 < args.size())
            before = args.at(++i);
        else if (args.at(i).toInt() > 0)
            runs = args.at(i).toInt();
    }
    const QString dir = QCoreApplication::applicationDirPath();
    const QString minimal = dir + QStringLiteral("/bench_minimal_chart");
    const QString dozor = QStringLiteral(DOZOR_BINARY);

    // Each build gets a home of its own with the same workspace and history: a newer build
    // may migrate the history file to a schema the earlier one refuses.
    QTemporaryDir home, beforeHome;
    const QString workspaceFile = home.filePath(QStringLiteral("workspace.json"));
    const QString beforeWorkspaceFile = beforeHome.filePath(QStringLiteral("workspace.json"));
    for (const QString &file : {workspaceFile, beforeWorkspaceFile}) {
        saveWorkspaceFile(defaultWorkspace(), file);
        writeHistory(file);
    }
    const auto environment = [](const QString &path) {
        QProcessEnvironment env = test::dozorEnvironment(path);
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dozor.ui=true"));
        env.insert(QStringLiteral("DOZOR_LANG"), QStringLiteral("en"));
        return env;
    };
    const QProcessEnvironment env = environment(home.path());
    const QProcessEnvironment beforeEnv = environment(beforeHome.path());
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"));

    QList<double> minStart, minRss, minPeak, ovStart, ovRss, ovPeak, tgStart, tgRss, tgPeak;
    QList<double> bOvStart, bOvRss, bOvPeak, bTgStart, bTgRss, bTgPeak;
    for (int i = 0; i < runs; ++i) {
        const Sample m = measure(minimal, {}, env, "first paint after", 2000);
        // One build of dozor on the overview, and on the target page until its charts show.
        const auto app = [&](const QString &program, const char *page, const char *marker) {
            const bool earlier = program != dozor;
            return measure(program,
                {QStringLiteral("--workspace"), earlier ? beforeWorkspaceFile : workspaceFile,
                    QStringLiteral("--page"), QString::fromLatin1(page)},
                earlier ? beforeEnv : env, marker, 2000);
        };
        const Sample o = app(dozor, "overview", "first overview paint");
        const Sample t = app(dozor, "target:this-computer", "charts shown");
        if (!before.isEmpty()) {
            const Sample bo = app(before, "overview", "first overview paint");
            const Sample bt = app(before, "target:this-computer", "charts shown");
            bOvStart << bo.startMs;
            bOvRss << bo.rssMb;
            bOvPeak << bo.peakMb;
            bTgStart << bt.startMs;
            bTgRss << bt.rssMb;
            bTgPeak << bt.peakMb;
            out << QStringLiteral(
                "run %1: before: overview %2 ms %3 MiB | target charts %4 ms %5 MiB")
                       .arg(i + 1)
                       .arg(bo.startMs, 0, 'f', 0)
                       .arg(bo.rssMb, 0, 'f', 1)
                       .arg(bt.startMs, 0, 'f', 0)
                       .arg(bt.rssMb, 0, 'f', 1)
                << Qt::endl;
        }
        minStart << m.startMs;
        minRss << m.rssMb;
        minPeak << m.peakMb;
        ovStart << o.startMs;
        ovRss << o.rssMb;
        ovPeak << o.peakMb;
        tgStart << t.startMs;
        tgRss << t.rssMb;
        tgPeak << t.peakMb;
        out << QStringLiteral(
            "run %1: minimal %2 ms %3 MiB | overview %4 ms %5 MiB | target charts %6 ms %7 MiB")
                   .arg(i + 1)
                   .arg(m.startMs, 0, 'f', 0)
                   .arg(m.rssMb, 0, 'f', 1)
                   .arg(o.startMs, 0, 'f', 0)
                   .arg(o.rssMb, 0, 'f', 1)
                   .arg(t.startMs, 0, 'f', 0)
                   .arg(t.rssMb, 0, 'f', 1)
            << Qt::endl;
    }
    out << "\nmedian of " << runs << " runs, platform " << platform << ":\n"
        << QStringLiteral("  %1 %2 %3 %4\n")
               .arg(QStringLiteral(""), -42)
               .arg(QStringLiteral("start→paint"), 12)
               .arg(QStringLiteral("RSS"), 10)
               .arg(QStringLiteral("peak RSS"), 10);
    const auto row = [&](const QString &name, const QList<double> &s, const QList<double> &r,
                         const QList<double> &p) {
        out << QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(name, -42)
                   .arg(QStringLiteral("%1 ms").arg(median(s), 0, 'f', 0), 12)
                   .arg(QStringLiteral("%1 MiB").arg(median(r), 0, 'f', 1), 10)
                   .arg(QStringLiteral("%1 MiB").arg(median(p), 0, 'f', 1), 10);
    };
    row(QStringLiteral("minimal Qt Widgets + Charts window"), minStart, minRss, minPeak);
    row(QStringLiteral("dozor, overview"), ovStart, ovRss, ovPeak);
    row(QStringLiteral("dozor, target page with 1-h charts"), tgStart, tgRss, tgPeak);
    if (!before.isEmpty()) {
        row(QStringLiteral("before: dozor, overview"), bOvStart, bOvRss, bOvPeak);
        row(QStringLiteral("before: dozor, target page with 1-h charts"), bTgStart, bTgRss,
            bTgPeak);
    }
    return 0;
}
