// The job runner as a state machine: steps in order, each recorded before it starts; a
// failure stops, continues or rolls back (undo newest first); retries after a delay; a step
// past its deadline is stopped; cancel stops at safe steps and waits at the others; reports
// about runs it gave up on are ignored.
#include "jobs/JobRunner.h"
#include "jobs/JobScript.h"

#include <QProcess>
#include <QTest>

using namespace dozor;

namespace {
using Kind = JobRunner::Action::Kind;

JobStep step(const char *name, JobStep::OnFailure onFailure = JobStep::OnFailure::Stop,
    bool withUndo = false)
{
    JobStep s;
    s.name = QLatin1String(name);
    s.argv = {QByteArray(name)};
    s.timeoutSec = 60;
    s.onFailure = onFailure;
    if (withUndo) {
        JobStep undo;
        undo.name = QStringLiteral("undo ") + s.name;
        undo.argv = {"undo", QByteArray(name)};
        undo.timeoutSec = 30;
        s.undo = {undo};
    }
    return s;
}

JobPlan plan(QList<JobStep> steps)
{
    JobPlan p;
    p.kind = QStringLiteral("restore");
    p.targetId = QStringLiteral("web1");
    p.subject = QStringLiteral("db");
    p.title = QStringLiteral("Restore");
    p.steps = steps;
    return p;
}

// The steps started, as "name" (or "undo name").
QStringList started(const QList<JobRunner::Action> &actions)
{
    QStringList names;
    for (const auto &a : actions) {
        if (a.kind == Kind::StartStep)
            names.append(a.what.name);
    }
    return names;
}

const JobRunner::Action *find(const QList<JobRunner::Action> &actions, Kind kind)
{
    for (const auto &a : actions) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

// Drives a runner: every started step finishes with ok unless it is named in failing.
struct Driver {
    explicit Driver(JobPlan p)
        : runner(std::move(p))
    {
    }
    QStringList runAll(const QStringList &failing = {})
    {
        QStringList log;
        QList<JobRunner::Action> pending = runner.start(now);
        while (const JobRunner::Action *s = find(pending, Kind::StartStep)) {
            log.append(s->what.name);
            const bool ok = !failing.contains(s->what.name);
            now += 1000;
            pending =
                runner.stepFinished(s->runId, ok, ok ? QString() : QStringLiteral("exit 1"), now);
        }
        return log;
    }
    JobRunner runner;
    qint64 now = 1'000'000;
};
} // namespace

class TestJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsRunInOrderAndAreRecordedFirst()
    {
        JobRunner runner(plan({step("a"), step("b")}));
        const auto first = runner.start(1000);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).kind, Kind::Record); // "running" before it starts
        QCOMPARE(first.at(0).stepState, JobRunner::StepState::Running);
        QCOMPARE(first.at(1).kind, Kind::StartStep);
        QCOMPARE(first.at(1).deadlineMs, 1000 + 60'000);
        QCOMPARE(runner.nextWakeMs(), std::optional<qint64>(61'000));
        const auto second = runner.stepFinished(first.at(1).runId, true, QString(), 2000);
        QCOMPARE(started(second), QStringList {QStringLiteral("b")});
        const auto end = runner.stepFinished(find(second, Kind::StartStep)->runId, true, {}, 3000);
        QCOMPARE(find(end, Kind::Finish)->state, JobRunner::State::Succeeded);
        QVERIFY(runner.isFinished());
        QVERIFY(runner.start(4000).isEmpty());
        QVERIFY(!runner.nextWakeMs());
    }

    void aFailureStopsContinuesOrRollsBack()
    {
        Driver stop(plan({step("a", JobStep::OnFailure::Stop, true), step("b"), step("c")}));
        QCOMPARE(stop.runAll({QStringLiteral("b")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(stop.runner.state(), JobRunner::State::Failed);
        QCOMPARE(stop.runner.reason(), QStringLiteral("b: exit 1"));

        Driver go(plan({step("a"), step("b", JobStep::OnFailure::Continue), step("c")}));
        QCOMPARE(go.runAll({QStringLiteral("b")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(go.runner.state(), JobRunner::State::Succeeded);

        // Undo newest first, only of the steps that succeeded and have an undo.
        Driver back(plan({step("a", JobStep::OnFailure::Stop, true), step("b"),
            step("c", JobStep::OnFailure::Stop, true),
            step("d", JobStep::OnFailure::RollBack, true)}));
        QCOMPARE(back.runAll({QStringLiteral("d")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                QStringLiteral("d"), QStringLiteral("undo c"), QStringLiteral("undo a")}));
        QCOMPARE(back.runner.state(), JobRunner::State::RolledBack);

        // An undo that fails does not stop the others, and the job says so.
        Driver worse(plan({step("a", JobStep::OnFailure::Stop, true),
            step("b", JobStep::OnFailure::Stop, true), step("c", JobStep::OnFailure::RollBack)}));
        QCOMPARE(worse.runAll({QStringLiteral("c"), QStringLiteral("undo b")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                QStringLiteral("undo b"), QStringLiteral("undo a")}));
        QCOMPARE(worse.runner.state(), JobRunner::State::RollbackFailed);
        QVERIFY(worse.runner.reason().endsWith(QLatin1String("undoing it failed too")));

        // Nothing to undo: a plain failure.
        Driver nothing(plan({step("a"), step("b", JobStep::OnFailure::RollBack)}));
        nothing.runAll({QStringLiteral("b")});
        QCOMPARE(nothing.runner.state(), JobRunner::State::Failed);
    }

    // A lock released whatever the end: after success, a stop, a rollback (after its undos),
    // a cancel; a failure of its own is added to the reason and changes nothing else.
    void finallyStepsRunAtEveryEnd()
    {
        const auto withFinally = [](QList<JobStep> steps) {
            JobPlan p = plan(std::move(steps));
            p.finally = {step("unlock")};
            return p;
        };
        Driver ok(withFinally({step("a"), step("b")}));
        QCOMPARE(ok.runAll(),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("unlock")}));
        QCOMPARE(ok.runner.state(), JobRunner::State::Succeeded);
        QCOMPARE(ok.runner.plan().stepCount(), 3);
        QCOMPARE(ok.runner.plan().stepAt(2).name, QStringLiteral("unlock"));

        Driver stop(withFinally({step("a"), step("b"), step("c")}));
        QCOMPARE(stop.runAll({QStringLiteral("b")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("unlock")}));
        QCOMPARE(stop.runner.state(), JobRunner::State::Failed);
        QCOMPARE(stop.runner.reason(), QStringLiteral("b: exit 1"));

        Driver back(withFinally(
            {step("a", JobStep::OnFailure::Stop, true), step("b", JobStep::OnFailure::RollBack)}));
        QCOMPARE(back.runAll({QStringLiteral("b")}),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("undo a"),
                QStringLiteral("unlock")}));
        QCOMPARE(back.runner.state(), JobRunner::State::RolledBack);

        Driver broken(withFinally({step("a")}));
        broken.runAll({QStringLiteral("unlock")});
        QCOMPARE(broken.runner.state(), JobRunner::State::Succeeded);
        QCOMPARE(broken.runner.reason(), QStringLiteral("unlock failed: exit 1"));

        // Cancel: the running step stops, then the finally step runs; a cancel during it
        // changes nothing. Cancelled before it started: nothing ran, nothing to end.
        JobRunner cancelled(withFinally({step("a"), step("b")}));
        const auto first = cancelled.start(0);
        const auto stopped = cancelled.cancel(10);
        QVERIFY(find(stopped, Kind::StopStep));
        QCOMPARE(started(stopped), QStringList {QStringLiteral("unlock")});
        QVERIFY(cancelled.cancel(20).isEmpty());
        const auto end =
            cancelled.stepFinished(find(stopped, Kind::StartStep)->runId, true, {}, 30);
        QCOMPARE(find(end, Kind::Finish)->state, JobRunner::State::Cancelled);
        JobRunner never(withFinally({step("a")}));
        QVERIFY(started(never.cancel(0)).isEmpty());
        QCOMPARE(never.state(), JobRunner::State::Cancelled);
        Q_UNUSED(first)
    }

    void aFailedStepIsTriedAgainAfterItsDelay()
    {
        JobStep flaky = step("flaky");
        flaky.retries = 2;
        flaky.retryDelaySec = 10;
        JobRunner runner(plan({flaky}));
        auto out = runner.start(0);
        int run = find(out, Kind::StartStep)->runId;
        out = runner.stepFinished(run, false, QStringLiteral("busy"), 1000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().stepState, JobRunner::StepState::WillRetry);
        QCOMPARE(runner.nextWakeMs(), std::optional<qint64>(11'000));
        QVERIFY(runner.tick(10'999).isEmpty());
        out = runner.tick(11'000);
        QCOMPARE(find(out, Kind::StartStep)->attempt, 2);
        run = find(out, Kind::StartStep)->runId;
        out = runner.stepFinished(run, false, QStringLiteral("busy"), 12'000);
        out = runner.tick(22'000);
        run = find(out, Kind::StartStep)->runId;
        QCOMPARE(find(out, Kind::StartStep)->attempt, 3);
        out = runner.stepFinished(run, false, QStringLiteral("still busy"), 23'000);
        QCOMPARE(find(out, Kind::Finish)->state, JobRunner::State::Failed); // tried 3 times
        QCOMPARE(runner.reason(), QStringLiteral("flaky: still busy"));
    }

    void aStepPastItsDeadlineIsStopped()
    {
        JobRunner runner(plan({step("a", JobStep::OnFailure::Stop, true),
            step("slow", JobStep::OnFailure::RollBack)}));
        auto out = runner.start(0);
        out = runner.stepFinished(find(out, Kind::StartStep)->runId, true, {}, 1000);
        const int slow = find(out, Kind::StartStep)->runId;
        QVERIFY(runner.tick(60'999).isEmpty());
        out = runner.tick(61'000);
        QCOMPARE(out.first().kind, Kind::StopStep); // nothing keeps running on the server
        QCOMPARE(out.first().runId, slow);
        QCOMPARE(started(out), QStringList {QStringLiteral("undo a")});
        // The transport's late report about the stopped run changes nothing.
        QVERIFY(runner.stepFinished(slow, false, QStringLiteral("killed"), 61'500).isEmpty());
        QCOMPARE(runner.state(), JobRunner::State::RollingBack);
        out = runner.stepFinished(find(out, Kind::StartStep)->runId, true, {}, 62'000);
        QCOMPARE(find(out, Kind::Finish)->state, JobRunner::State::RolledBack);
        QVERIFY(runner.reason().contains(QLatin1String("did not finish within 60 s")));
    }

    void cancelStopsAtSafeStepsAndWaitsAtOthers()
    {
        JobStep swap = step("swap", JobStep::OnFailure::Stop, true);
        swap.safeToCancel = false;
        JobRunner runner(plan({step("copy", JobStep::OnFailure::Stop, true), swap, step("start")}));
        auto out = runner.start(0);
        out = runner.stepFinished(find(out, Kind::StartStep)->runId, true, {}, 1000);
        const int swapRun = find(out, Kind::StartStep)->runId;
        QVERIFY(runner.cancel(1500).isEmpty()); // the swap is not interrupted …
        QVERIFY(runner.cancelPending());
        out = runner.stepFinished(swapRun, true, {}, 2000);
        // … and once it is done, everything is put back, newest first; "start" never runs.
        QCOMPARE(started(out), QStringList {QStringLiteral("undo swap")});
        out = runner.stepFinished(find(out, Kind::StartStep)->runId, true, {}, 2500);
        QCOMPARE(started(out), QStringList {QStringLiteral("undo copy")});
        QVERIFY(runner.cancel(2600).isEmpty()); // a rollback is not cancelled
        out = runner.stepFinished(find(out, Kind::StartStep)->runId, true, {}, 3000);
        QCOMPARE(find(out, Kind::Finish)->state, JobRunner::State::Cancelled);

        JobRunner safe(plan({step("long")}));
        out = safe.start(0);
        const int run = find(out, Kind::StartStep)->runId;
        out = safe.cancel(500);
        QCOMPARE(out.first().kind, Kind::StopStep);
        QCOMPARE(out.first().runId, run);
        QCOMPARE(find(out, Kind::Finish)->state, JobRunner::State::Cancelled);
        QVERIFY(safe.stepFinished(run, false, QStringLiteral("killed"), 600).isEmpty());

        JobRunner early(plan({step("a")}));
        QCOMPARE(find(early.cancel(0), Kind::Finish)->state, JobRunner::State::Cancelled);
        QVERIFY(early.start(1).isEmpty());
    }

    void stepScriptExportsSecretsAndQuotesEveryWord()
    {
        JobStep s;
        s.argv = {"restic", "backup", "it's here", "$(reboot)"};
        const auto script = JobScript::forStep(s, {JobSecret {"RESTIC_PASSWORD", "a'b\nc", true}});
        QVERIFY(script);
        QCOMPARE(*script,
            QByteArray("RESTIC_PASSWORD='a'\\''b\nc'\nexport RESTIC_PASSWORD\n"
                       "exec 'restic' 'backup' 'it'\\''s here' '$(reboot)' </dev/null\n"));
        QVERIFY(!JobScript::forStep(s, {JobSecret {"BAD NAME", "x", true}}));
        QVERIFY(!JobScript::forStep(s, {JobSecret {"OK", QByteArray("a\0b", 3), true}}));
        QVERIFY(!JobScript::forStep(JobStep {}, {}));
    }

    // Run by a real sh: the step's output (with the secret), the marker (NUL bytes, a quote,
    // a leading '-'), then the second command's stdout (without the secret, its stderr
    // dropped); the exit status is the step's.
    void aStepThenASecondCommandKeepTheStepsStatus_data()
    {
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("NUL and quote") << QByteArray("\0it's-here\0", 12);
        QTest::newRow("leading dash") << QByteArray("-n %s\\");
    }

    void aStepThenASecondCommandKeepTheStepsStatus()
    {
        QFETCH(QByteArray, marker);
        JobStep s;
        s.argv = {"sh", "-c", "printf 'one\\000'; echo \"oops $PW\" >&2; exit 3"};
        const auto script = JobScript::forStepThen(s, {JobSecret {"PW", "secret", true}}, marker,
            {"sh", "-c", "echo \"[$PW]\"; echo dropped >&2"});
        QVERIFY(script);
        QVERIFY(!script->contains("exec"));
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-s")});
        QVERIFY(sh.waitForStarted());
        sh.write(*script);
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.exitCode(), 3);
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("one\0", 4) + marker + "[]\n");
        QCOMPARE(sh.readAllStandardError(), QByteArray("oops secret\n"));
        QVERIFY(!JobScript::forStepThen(s, {}, marker, {}));
        QVERIFY(!JobScript::forStepThen(JobStep {}, {}, marker, {"true"}));
    }

    void logLinesAreBoundedAndSplitOnAnyLineEnd()
    {
        JobLogLines lines;
        QCOMPARE(lines.append("one\ntw"), QStringList {QStringLiteral("one")});
        QCOMPARE(lines.append("o\r\n10%\r20%\r"),
            (QStringList {QStringLiteral("two"), QStringLiteral("10%"), QStringLiteral("20%")}));
        QCOMPARE(lines.append("\xff\xfe!\n").constFirst(), QStringLiteral("\uFFFD\uFFFD!"));
        const QStringList cut = lines.append(QByteArray(10'000, 'x') + "\nafter\n");
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut.at(0).size(), JobLogLines::maxLine + 2);
        QVERIFY(cut.at(0).endsWith(QStringLiteral(" …")));
        QCOMPARE(cut.at(1), QStringLiteral("after"));
        lines.append("tail");
        QCOMPARE(lines.flush(), QStringList {QStringLiteral("tail")});
        QVERIFY(lines.flush().isEmpty());
    }

    void secretsAreMaskedInLines()
    {
        const QList<JobSecret> secrets {
            {"A", "hunter2", true}, {"B", "x", true}, {"C", "yes", false}};
        QCOMPARE(maskSecrets(QStringLiteral("pw=hunter2 x yes"), secrets),
            QStringLiteral("pw=•••• x yes"));
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
