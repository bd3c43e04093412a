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
        LocalShellRun run(ProbeScript::everything().script, 10'000, ProbeParser::maxOutputBytes);
        QSignalSpy finished(&run, &LocalShellRun::finished);
        run.start();
        QVERIFY(finished.wait(15'000));
        const auto out = finished.first().first().value<RemoteRunResult>();
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        const auto snap = ProbeParser::parse(out.out);
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY2(
            snap->allProblems().isEmpty(), qPrintable(snap->allProblems().join(QLatin1Char('\n'))));
        QVERIFY(*snap->cpuCount >= 1);
        QVERIFY(snap->cpuPercent().has_value());
        QVERIFY(snap->memory->totalKb > 0);
        QVERIFY(!snap->mounts->isEmpty());
        QVERIFY(*snap->uptimeSec > 0);
    }

    // A run calls only the parts its checks need; df only for a disk check, the CPU pause only
    // without an earlier reading.
    void aRunReadsOnlyWhatItsChecksNeed()
    {
        const CheckSpec cpu = test::bareCheck(CheckType::Cpu);
        const QByteArray first = ProbeScript::build({cpu}, {}, false).script;
        QVERIFY(first.contains("\ndozor_cpu twice\n"));
        QVERIFY(!first.contains("\ndozor_disk\n"));
        QVERIFY(!first.contains("\ndozor_mem\n"));
        const QByteArray later =
            ProbeScript::build({cpu, test::bareCheck(CheckType::Disk)}, {}, true).script;
        QVERIFY(later.contains("\ndozor_cpu\n"));
        QVERIFY(later.contains("\ndozor_disk 10\n"));
    }

    // CPU, load, memory and uptime come from the shell's own reads of /proc: with no program
    // reachable on PATH, every one of them is still reported.
    void resourcesAreReadWithoutStartingAProcess()
    {
        QList<CheckSpec> checks;
        for (const CheckType t :
            {CheckType::Cpu, CheckType::Load, CheckType::Memory, CheckType::Uptime})
            checks.append(test::bareCheck(t));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        LocalShellRun run(
            ProbeScript::build(checks, {}, true).script, 10'000, ProbeParser::maxOutputBytes);
        QSignalSpy finished(&run, &LocalShellRun::finished);
        run.start();
        const bool done = finished.wait(15'000);
        qputenv("PATH", path);
        QVERIFY(done);
        const auto out = finished.first().first().value<RemoteRunResult>();
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QVERIFY2(out.err.isEmpty(), out.err.constData());
        const auto snap = ProbeParser::parse(out.out);
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY2(
            snap->allProblems().isEmpty(), qPrintable(snap->allProblems().join(QLatin1Char('\n'))));
        QVERIFY(snap->cpuFirst && !snap->cpuSecond);
        QVERIFY(*snap->cpuCount >= 1);
        QVERIFY(snap->load5.has_value());
        QVERIFY(snap->memory && snap->memory->totalKb > 0);
        QVERIFY(*snap->uptimeSec > 0);
        QVERIFY(!snap->mounts);
    }

    // The second sample of a CPU check is measured against the first one's reading.
    void cpuUseComesFromTheLastSampleOn()
    {
        Workspace w;
        w.targets = {test::localTarget(QStringLiteral("here"), QStringLiteral("Here"))};
        CheckSpec c = test::bareCheck(CheckType::Cpu);
        c.id = QStringLiteral("cpu");
        c.targetId = QStringLiteral("here");
        w.checks = {c};
        CheckExecutor executor(w, QString());
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        for (int i = 1; i <= 3; ++i) {
            if (i > 1)
                QTest::qWait(1100); // a reading younger than a second is not compared with
            executor.run({c.id});
            QVERIFY(QTest::qWaitFor([&] { return results.size() == i; }, 15'000));
            const auto r = results.last().first().value<CheckResult>();
            QVERIFY2(r.status != Status::Unknown, qPrintable(r.reason));
            QCOMPARE(r.values.value(0).metric, QStringLiteral("cpu_pct"));
        }
    }

    // A command that hangs is stopped at its check's time limit and named; the other checks
    // of the same run still report (a hanging pgrep once made CPU, memory, disk, load and
    // uptime all UNKNOWN). A hanging df is the disk check's alone.
    void aHangingCommandIsNamedAndTheRestReport()
    {
        QTemporaryDir tools;
        for (const char *name : {"pgrep", "df"}) {
            const QString path = tools.filePath(QString::fromLatin1(name));
            test::writeFile(path, "#!/bin/sh\nexec /bin/sleep 30\n");
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
        }
        Workspace w;
        w.targets = {test::localTarget(QStringLiteral("here"), QStringLiteral("Here"))};
        QList<CheckSpec> checks;
        for (const CheckType t : {CheckType::Process, CheckType::Disk, CheckType::Memory,
                 CheckType::Load, CheckType::Uptime, CheckType::Cpu}) {
            CheckSpec c = test::bareCheck(t);
            c.id = QString::fromLatin1(checkKind(t).name);
            c.targetId = QStringLiteral("here");
            c.timeoutSec = 1;
            c.process.name = QStringLiteral("nginx");
            checks.append(c);
        }
        w.checks = checks;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", tools.path().toUtf8() + ':' + path);
        CheckExecutor executor(w, QString());
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QSignalSpy idle(&executor, &CheckExecutor::idle);
        QStringList ids;
        for (const CheckSpec &c : checks)
            ids << c.id;
        executor.run(ids);
        const bool done = idle.wait(20'000);
        qputenv("PATH", path);
        QVERIFY(done);
        QHash<QString, CheckResult> byId;
        for (const auto &args : std::as_const(results))
            byId.insert(
                args.first().value<CheckResult>().checkId, args.first().value<CheckResult>());
        QCOMPARE(byId.value(QStringLiteral("process")).status, Status::Unknown);
        QCOMPARE(byId.value(QStringLiteral("process")).reason,
            QStringLiteral("pgrep did not finish within 1 s and was stopped"));
        QCOMPARE(byId.value(QStringLiteral("disk")).status, Status::Unknown);
        QCOMPARE(byId.value(QStringLiteral("disk")).reason,
            QStringLiteral("the probe did not report disk usage: df did not finish within 1 s and "
                           "was stopped"));
        for (const char *id : {"memory", "load", "uptime", "cpu"}) {
            const CheckResult r = byId.value(QString::fromLatin1(id));
            QVERIFY2(r.status != Status::Unknown,
                qPrintable(QString::fromLatin1(id) + QStringLiteral(": ") + r.reason));
        }
    }

    // Without `timeout` on the server the run's own deadline stops it; what was read before
    // still counts, and the check that was running is told so.
    void aRunStoppedAtItsDeadlineKeepsWhatItRead()
    {
        QTemporaryDir tools;
        const QString pgrep = tools.filePath(QStringLiteral("pgrep"));
        test::writeFile(pgrep, "#!/bin/sh\nexec /bin/sleep 30\n");
        QFile::setPermissions(pgrep, QFile::ReadOwner | QFile::ExeOwner);
        Workspace w;
        w.targets = {test::localTarget(QStringLiteral("here"), QStringLiteral("Here"))};
        CheckSpec process = test::bareCheck(CheckType::Process);
        process.id = QStringLiteral("process");
        process.targetId = QStringLiteral("here");
        process.process.name = QStringLiteral("nginx");
        process.timeoutSec = 1;
        CheckSpec memory = process;
        memory.id = QStringLiteral("memory");
        memory.type = CheckType::Memory;
        w.checks = {memory, process};
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", tools.path().toUtf8()); // no timeout, no sleep: only the fake pgrep
        CheckExecutor executor(w, QString());
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QSignalSpy idle(&executor, &CheckExecutor::idle);
        executor.run({memory.id, process.id});
        const bool done = idle.wait(20'000);
        qputenv("PATH", path);
        QVERIFY(done);
        QCOMPARE(results.size(), 2);
        for (const auto &args : std::as_const(results)) {
            const auto r = args.first().value<CheckResult>();
            if (r.checkId == memory.id) {
                QVERIFY2(r.status != Status::Unknown, qPrintable(r.reason));
            } else {
                QCOMPARE(r.status, Status::Unknown);
                QVERIFY2(r.reason.startsWith(QStringLiteral(
                             "the probe stopped while this check's commands ran: did not finish")),
                    qPrintable(r.reason));
            }
        }
    }

    void deadlineStopsTheProbe()
    {
        // 1 ms cannot fit the probe's half-second CPU sampling pause.
        LocalShellRun run(ProbeScript::everything().script, 1, ProbeParser::maxOutputBytes);
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
