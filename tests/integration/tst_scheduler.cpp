// The scheduler against a real HTTP server: checks run on their intervals, a check whose
// previous run is still going is not started again (no pile-up behind a slow server), every
// result reaches exactly one batch, and a status change is announced once.
#include "TestSupport.h"
#include "core/StatusTracker.h"
#include "monitor/IncidentEngine.h"
#include "monitor/Scheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace dozor;

namespace {
CheckSpec check(const QString &id, const QString &url, int timeoutSec)
{
    return test::httpCheck(id, QStringLiteral("web"), url, 1, timeoutSec);
}

int countFor(const QSignalSpy &spy, const QString &checkId)
{
    int n = 0;
    for (const auto &args : spy) {
        if (args.first().value<CheckResult>().checkId == checkId)
            ++n;
    }
    return n;
}
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<dozor::CheckResult>();
        qRegisterMetaType<dozor::ResultBatch>();
        qRegisterMetaType<dozor::StatusChange>();
    }

    void statusTrackerAnnouncesOnlyChanges()
    {
        StatusTracker t;
        CheckResult r;
        r.checkId = QStringLiteral("a");
        r.status = Status::Ok;
        QVERIFY(t.update(r).has_value()); // first sight
        QVERIFY(!t.update(r).has_value());
        r.status = Status::Crit;
        const auto change = t.update(r);
        QCOMPARE(*change->from, Status::Ok);
        QCOMPARE(change->to, Status::Crit);
        StatusTracker seeded;
        seeded.seed(QStringLiteral("a"), Status::Crit);
        QVERIFY(!seeded.update(r).has_value()); // a restart does not re-announce
    }

    void manyServersStartInBatches()
    {
        // Pure rule: ten servers a tick, never later than one tick before the interval ends.
        QCOMPARE(Scheduler::firstRunOffsetMs(0, 60), 0);
        QCOMPARE(Scheduler::firstRunOffsetMs(9, 60), 0);
        QCOMPARE(Scheduler::firstRunOffsetMs(10, 60), 1000);
        QCOMPARE(Scheduler::firstRunOffsetMs(299, 60), 29'000);
        QCOMPARE(Scheduler::firstRunOffsetMs(299, 10), 9000);
        QCOMPARE(Scheduler::firstRunOffsetMs(50, 1), 0);

        // 25 servers with one HTTP check each: every one reports, the first ten in the first
        // tick and the last five two ticks later.
        test::HttpFixture http;
        QVERIFY2(http.isRunning(), qPrintable(http.error()));
        Workspace w;
        for (int i = 0; i < 25; ++i) {
            const QString id = QStringLiteral("s%1").arg(i);
            w.targets.append(test::sshTarget(id, id));
            w.checks.append(test::httpCheck(
                QStringLiteral("c%1").arg(i), id, http.url(QStringLiteral("/ok")), 60, 5));
        }
        Scheduler scheduler(w, QString());
        QSignalSpy results(&scheduler, &Scheduler::resultReady);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 25, 15'000);
        qint64 first10 = 0, last5 = std::numeric_limits<qint64>::max();
        for (const auto &args : std::as_const(results)) {
            const auto r = args.first().value<CheckResult>();
            const int index = r.checkId.mid(1).toInt();
            if (index < 10)
                first10 = std::max(first10, r.startedMs);
            else if (index >= 20)
                last5 = std::min(last5, r.startedMs);
        }
        QVERIFY2(last5 > first10, "the last servers started with the first ones");
        scheduler.stop();
    }

    void intervalsBatchesAndNoPileUp()
    {
        test::HttpFixture http;
        QVERIFY2(http.isRunning(), qPrintable(http.error()));
        Workspace w;
        w.targets.append(Target {QStringLiteral("web"), QString(), false, std::nullopt, {}});
        // /trickle takes 30 s; the 10-s deadline ends each run. The scheduler's clock is fake
        // and the test ticks it, a second at a time: a naive scheduler would start a new run
        // of the slow check on every tick.
        w.checks = {check(QStringLiteral("fast"), http.url(QStringLiteral("/ok")), 5),
            check(QStringLiteral("slow"), http.url(QStringLiteral("/trickle")), 10)};
        qint64 fakeNow = 1'700'000'000'000;
        Scheduler scheduler(w, QString());
        scheduler.setClock([&] { return fakeNow; });
        scheduler.setTickInterval(24 * 3600 * 1000); // only the test ticks
        QSignalSpy results(&scheduler, &Scheduler::resultReady);
        QSignalSpy changes(&scheduler, &Scheduler::statusChanged);
        QSignalSpy batches(&scheduler, &Scheduler::batchReady);
        scheduler.start(); // both start
        for (int second = 1; second <= 4; ++second) {
            // Each fast run has finished before the next second's tick starts the next one.
            QTRY_COMPARE_WITH_TIMEOUT(countFor(results, QStringLiteral("fast")), second, 20'000);
            QCOMPARE(countFor(results, QStringLiteral("slow")), 0); // still in flight
            fakeNow += 1000;
            scheduler.tickNow();
        }
        QTRY_COMPARE_WITH_TIMEOUT(countFor(results, QStringLiteral("fast")), 5, 20'000);
        // The slow run ends at its deadline; no other run of it was started meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(countFor(results, QStringLiteral("slow")), 1, 20'000);
        scheduler.stop();
        const qsizetype resultsAtStop = results.size();
        const int slowWhenStopped = countFor(results, QStringLiteral("slow"));

        QVERIFY2(countFor(results, QStringLiteral("fast")) >= 3,
            "the fast check did not run every second");
        QVERIFY(slowWhenStopped >= 1);
        QVERIFY2(countFor(results, QStringLiteral("slow")) <= 2, "slow runs piled up");

        // Every result that arrived before stop() is in exactly one batch.
        qsizetype batched = 0;
        for (const auto &args : std::as_const(batches)) {
            const auto batch = args.first().value<ResultBatch>();
            QVERIFY(!batch.results.isEmpty() || !batch.changes.isEmpty());
            QVERIFY(batch.tickMs > 0);
            batched += batch.results.size();
        }
        QCOMPARE(batched, resultsAtStop);
        QVERIFY(batches.size() >= 3); // one per tick that had something, not one per result

        QStringList announced;
        for (const auto &args : std::as_const(changes))
            announced << args.first().value<StatusChange>().checkId + QLatin1Char('=')
                    + statusName(args.first().value<StatusChange>().to);
        announced.sort();
        QCOMPARE(announced, (QStringList {QStringLiteral("fast=OK"), QStringLiteral("slow=CRIT")}));
    }

    // A failure is confirmed by quick retries, not at the check's interval: a 60-s check
    // with fail_threshold 3 that starts failing is alerted after its first failed run and two
    // retries 10 s apart (interval + 2 x retry + timeout at worst), pending meanwhile. Once
    // the incident is open it runs at its interval again.
    void aFailureIsConfirmedByQuickRetries()
    {
        test::HttpFixture http;
        QVERIFY2(http.isRunning(), qPrintable(http.error()));
        Workspace w;
        w.targets.append(Target {QStringLiteral("web"), QString(), false, std::nullopt, {}});
        CheckSpec site = test::httpCheck(QStringLiteral("site"), QStringLiteral("web"),
            http.url(QStringLiteral("/error")), 60, 5);
        QCOMPARE(site.retrySec(), 10);
        w.checks = {site};
        const qint64 start = 1'700'000'000'000;
        qint64 fakeNow = start;
        Scheduler scheduler(w, QString());
        IncidentEngine incidents(w);
        scheduler.setIncidents(&incidents, nullptr, nullptr);
        scheduler.setClock([&] { return fakeNow; });
        scheduler.setTickInterval(24 * 3600 * 1000); // only the test ticks
        QSignalSpy results(&scheduler, &Scheduler::resultReady);
        std::optional<qint64> alertedAt;
        connect(&scheduler, &Scheduler::incidentsChanged, this, [&](const IncidentOutput &o) {
            if (!o.alerts.isEmpty() && !alertedAt)
                alertedAt = fakeNow;
        });
        scheduler.start(); // the first run, at once
        // Seconds pass one tick at a time; a run that started finishes before the next tick.
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20'000);
        QCOMPARE(incidents.phase(site.id), CheckPhase::Pending);
        for (int second = 1; second <= 20; ++second) {
            fakeNow += 1000;
            scheduler.tickNow();
            if (second % 10 == 0) // the retries, 10 s apart
                QTRY_COMPARE_WITH_TIMEOUT(results.size(), qsizetype {1 + second / 10}, 20'000);
        }
        QVERIFY(alertedAt.has_value());
        QCOMPARE(*alertedAt - start, qint64 {20'000});
        QCOMPARE(incidents.phase(site.id), CheckPhase::Incident);
        // The incident is open: the next run comes at the interval after the last one.
        for (int second = 21; second < 80; ++second) {
            fakeNow += 1000;
            scheduler.tickNow();
        }
        QTest::qWait(300);
        QCOMPARE(results.size(), qsizetype {3});
        fakeNow += 1000;
        scheduler.tickNow();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), qsizetype {4}, 20'000);
        scheduler.stop();
    }

    // An alert goes to the history (and from there to the dispatcher) as soon as the result
    // that raised it is in, not with the next tick's batch a second later.
    void anAlertIsHandedOnWithoutWaitingForATick()
    {
        test::HttpFixture http;
        QVERIFY2(http.isRunning(), qPrintable(http.error()));
        Workspace w;
        w.targets.append(Target {QStringLiteral("web"), QString(), false, std::nullopt, {}});
        CheckSpec failing = check(QStringLiteral("site"), http.url(QStringLiteral("/error")), 5);
        failing.failThreshold = 1;
        w.checks = {failing};
        qint64 fakeNow = 1'700'000'000'000;
        Scheduler scheduler(w, QString());
        IncidentEngine incidents(w);
        scheduler.setIncidents(&incidents, nullptr, nullptr);
        scheduler.setClock([&] { return fakeNow; });
        scheduler.setTickInterval(24 * 3600 * 1000); // no tick comes unless the test asks
        QSignalSpy batches(&scheduler, &Scheduler::batchReady);
        scheduler.start();
        auto alerted = [&] {
            for (const auto &args : std::as_const(batches)) {
                if (!args.first().value<ResultBatch>().incidents.alerts.isEmpty())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(alerted(), 20'000);
        scheduler.stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
