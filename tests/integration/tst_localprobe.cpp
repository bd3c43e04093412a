// The real probe script in a real /bin/sh on this machine, parsed by the real parser.
#include "TestSupport.h"
#include "core/DefaultWorkspace.h"
#include "core/ProbeParser.h"
#include "monitor/CheckExecutor.h"
#include "monitor/MonitorEngine.h"
#include "remote/LocalShellRun.h"
#include "remote/ProbeScript.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

class TestLocalProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<dozor::RemoteRunResult>();
        qRegisterMetaType<dozor::CheckResult>();
    }

    void logChecksGoOnWhereTheyStoppedAfterARestart()
    {
        QTemporaryDir dir;
        qputenv("DOZOR_HOME", dir.path().toUtf8());
        const QString log = dir.filePath(QStringLiteral("app.log"));
        test::writeFile(log, "started\n");
        Workspace w;
        w.targets = {test::localTarget(QStringLiteral("here"), QStringLiteral("Here"))};
        CheckSpec c = test::bareCheck(CheckType::Log);
        c.id = QStringLiteral("errors");
        c.targetId = QStringLiteral("here");
        c.log.file = log;
        c.log.pattern = QStringLiteral("ERROR");
        c.intervalSec = 3600;
        w.checks = {c};
        const QString file = dir.filePath(QStringLiteral("ws.json"));

        // The reason of the first result of a fresh engine, once it is in the history file
        // (with where the check stopped reading).
        auto firstResult = [&] {
            MonitorEngine engine(w, file);
            QSignalSpy results(&engine, &MonitorEngine::resultReady);
            QSignalSpy committed(&engine, &MonitorEngine::storeCommitted);
            engine.start();
            if (!results.wait(15'000)
                || !QTest::qWaitFor([&] { return !committed.isEmpty(); }, 15'000))
                return QStringLiteral("(no result)");
            engine.stop();
            return results.first().first().value<CheckResult>().reason;
        };
        const QString first = firstResult();
        QVERIFY2(first.contains(QLatin1String("from now on")), qPrintable(first));
        // Lines written while Dozor was not running are counted by the next run.
        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("ERROR one\nERROR two\nfine\nERROR three\n");
        f.close();
        const QString second = firstResult();
        QVERIFY2(second.startsWith(QLatin1String("3 new line")), qPrintable(second));
        qunsetenv("DOZOR_HOME");
    }

    void probeRunsAndParses()
    {
        LocalShellRun run(ProbeScript::build({}, {}).script, 10'000, ProbeParser::maxOutputBytes);
        QSignalSpy finished(&run, &LocalShellRun::finished);
        run.start();
        QVERIFY(finished.wait(15'000));
        const auto out = finished.first().first().value<RemoteRunResult>();
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        const auto snap = ProbeParser::parse(out.out);
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY2(snap->problems.isEmpty(), qPrintable(snap->problems.join(QLatin1Char('\n'))));
        QVERIFY(*snap->cpuCount >= 1);
        QVERIFY(snap->cpuPercent().has_value());
        QVERIFY(snap->memory->totalKb > 0);
        QVERIFY(!snap->mounts->isEmpty());
        QVERIFY(*snap->uptimeSec > 0);
    }

    void deadlineStopsTheProbe()
    {
        // 1 ms cannot fit the probe's half-second CPU sampling pause.
        LocalShellRun run(ProbeScript::build({}, {}).script, 1, ProbeParser::maxOutputBytes);
        QSignalSpy finished(&run, &LocalShellRun::finished);
        run.start();
        QVERIFY(finished.wait(10'000));
        const auto out = finished.first().first().value<RemoteRunResult>();
        QVERIFY(out.error.contains(QStringLiteral("did not finish")));
    }

    void defaultWorkspaceChecksAllReport()
    {
        const Workspace w = defaultWorkspace();
        CheckExecutor executor(w, QString());
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QSignalSpy idle(&executor, &CheckExecutor::idle);
        QStringList ids;
        for (const auto &c : w.checks)
            ids << c.id;
        executor.run(ids);
        QVERIFY(executor.run(ids).size() == ids.size()); // already running: skipped, not doubled
        QVERIFY(idle.wait(15'000));
        QCOMPARE(results.size(), ids.size());
        for (const auto &args : std::as_const(results)) {
            const auto r = args.first().value<CheckResult>();
            QVERIFY2(r.status != Status::Unknown,
                qPrintable(r.checkId + QStringLiteral(": ") + r.reason));
            QVERIFY(!r.values.isEmpty());
            QVERIFY(!r.reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalProbe)
#include "tst_localprobe.moc"
