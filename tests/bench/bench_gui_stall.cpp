// How long the GUI thread's event loop ever stalls while the desktop app runs 50 HTTP checks
// every second against a loopback server and a 90-day chart loads again and again.
//
// A 10-ms timer on the GUI thread records the gap between its ticks; a stall is a gap
// beyond the timer's own interval. Baseline, measured in the same run: the same 90-day
// query executed synchronously on the GUI thread (tiered, and reading every raw row) —
// the stall the app would have if it queried the history on the GUI thread.
//   bench_gui_stall [SECONDS]     (offscreen by default; prints figures, asserts nothing)
#include "BenchSupport.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TargetPage.h"
#include "TestSupport.h"
#include "charts/TimeSeriesChart.h"
#include "core/WorkspaceFile.h"
#include "monitor/MonitorEngine.h"
#include "store/HistoryReader.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace dozor;

namespace {
constexpr qint64 day = 86'400'000;
constexpr int checkCount = 50;

Workspace workspace(const QString &url)
{
    Workspace w;
    w.name = QStringLiteral("bench");
    w.targets = {test::sshTarget(QStringLiteral("web"), QStringLiteral("Web"))};
    for (int i = 0; i < checkCount; ++i)
        w.checks.append(test::httpCheck(QStringLiteral("web-%1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("web"), url, 1, 5));
    return w;
}
} // namespace

// With BENCH_TRACE set: names every event that takes the GUI thread more than 40 ms.
class TracingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        // Read before delivery: a DeferredDelete destroys the receiver.
        const QString name = QString::fromLatin1(receiver->metaObject()->className())
            + QLatin1Char(' ') + receiver->objectName();
        const bool result = QApplication::notify(receiver, event);
        static QElapsedTimer since = [] {
            QElapsedTimer e;
            e.start();
            return e;
        }();
        if (t.elapsed() > 4 && QThread::currentThread() == thread())
            QTextStream(stdout) << "  " << since.elapsed() << " slow event " << type << " to "
                                << name << ": " << t.elapsed() << " ms" << Qt::endl;
        return result;
    }

private:
    bool m_trace = qEnvironmentVariableIsSet("BENCH_TRACE");
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QTextStream out(stdout);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 30;

    QTemporaryDir home;
    qputenv("DOZOR_HOME", home.path().toUtf8());
    test::HttpFixture http;
    if (!http.isRunning()) {
        out << "cannot start the HTTP fixture: " << http.error() << Qt::endl;
        return 1;
    }
    const QString path = home.filePath(QStringLiteral("workspace.json"));
    const Workspace w = workspace(http.url(QStringLiteral("/ok")));
    saveWorkspaceFile(w, path);

    // 90 days of 10-s samples for the first check, ending now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rows = 90 * day / 10'000;
    out << "writing 90 days of history (" << rows << " samples)…" << Qt::endl;
    const QString historyPath = MonitorEngine(w, path).historyPath();
    bench::writeSeries(historyPath, QStringLiteral("web-00"), QStringLiteral("web"),
        QStringLiteral("response_ms"), QStringLiteral("ms"), now - 90 * day, 10'000, rows,
        [](qint64 i) { return 20.0 + (i % 90) + ((i % 8640) == 0 ? 900 : 0); });

    // Baseline: the 90-day query run synchronously on this (the GUI) thread.
    HistoryReader reader(historyPath);
    reader.open();
    const SeriesQuery tiered {QStringLiteral("web-00"), QStringLiteral("response_ms"),
        now - 90 * day, now, 2000, DecimationMode::Lttb};
    SeriesQuery raw = tiered;
    raw.maxPoints = static_cast<int>(rows) + 10; // every raw row
    const double tieredMs = bench::medianMs(5, [&] { (void)reader.series(tiered); });
    const double rawMs = bench::medianMs(3, [&] { (void)reader.series(raw); });

    DesktopSession session(w, path);
    session.start(QStringLiteral("target:web"));
    TargetPage *page = session.window()->targetPage();
    int chartLoads = 0, longLoads = 0, results = 0;
    QObject::connect(page, &TargetPage::chartsUpdated, &app, [&] {
        ++chartLoads;
        if (page->range() == TargetPage::Range::Quarter)
            ++longLoads;
    });
    QObject::connect(session.engine(), &MonitorEngine::resultReady, &app, [&] { ++results; });

    // Cycle the range every 1.5 s: 90 d comes up every third switch.
    const QList<TargetPage::Range> ranges = {
        TargetPage::Range::Quarter, TargetPage::Range::Hour, TargetPage::Range::Week};
    int next = 0;
    QTimer switcher;
    QObject::connect(&switcher, &QTimer::timeout, &app,
        [&] { page->setRange(ranges.at(next++ % ranges.size())); });
    switcher.start(1500);

    // The stall probe.
    QElapsedTimer clock;
    QList<qint64> gapsUs;
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 t = clock.nsecsElapsed() / 1000;
        if (last >= 0 && t > 2'000'000) { // skip the first two seconds (window creation)
            gapsUs.append(t - last);
            if (qEnvironmentVariableIsSet("BENCH_TRACE") && t - last > 50'000)
                out << "gap " << (t - last) / 1000 << " ms from " << last / 1000 << " ms ending at "
                    << t / 1000 << " ms, range " << int(page->range()) << ", charts "
                    << page->charts().size() << Qt::endl;
        }
        last = t;
    });
    clock.start();
    probe.start(10);
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    out << "running " << checkCount << " checks every second for " << seconds << " s…" << Qt::endl;
    QApplication::exec();
    session.shutdown();

    std::sort(gapsUs.begin(), gapsUs.end());
    const auto pct = [&](double p) {
        return gapsUs.isEmpty()
            ? 0.0
            : gapsUs.at(qMin<qsizetype>(gapsUs.size() - 1, qsizetype(p * gapsUs.size()))) / 1000.0;
    };
    out << "\nevent-loop gaps of a 10-ms timer on the GUI thread (" << gapsUs.size() << " ticks):\n"
        << QStringLiteral(
               "   median %1 ms, p99 %2 ms, p99.9 %3 ms, longest %4 ms → longest stall %5 ms\n")
               .arg(pct(0.5), 0, 'f', 1)
               .arg(pct(0.99), 0, 'f', 1)
               .arg(pct(0.999), 0, 'f', 1)
               .arg(pct(1.0), 0, 'f', 1)
               .arg(qMax(0.0, pct(1.0) - 10.0), 0, 'f', 1)
        << QStringLiteral(
               "   meanwhile: %1 check results (%2/s), %3 chart refreshes, %4 of them 90-day\n")
               .arg(results)
               .arg(results / double(seconds), 0, 'f', 1)
               .arg(chartLoads)
               .arg(longLoads)
        << "baseline — the same 90-day query synchronously on the GUI thread:\n"
        << QStringLiteral("   tiered (2000 points): %1 ms; every raw row (%2 rows): %3 ms\n")
               .arg(tieredMs, 0, 'f', 2)
               .arg(rows)
               .arg(rawMs, 0, 'f', 1);
    return 0;
}
