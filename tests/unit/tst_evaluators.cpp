// Status evaluation: thresholds from the field, reasons in words, UNKNOWN when data is missing.
#include "TestSupport.h"
#include "core/BootWatch.h"
#include "core/HttpEvaluator.h"
#include "core/ResourceEvaluator.h"

#include <QTest>

using namespace dozor;

namespace {
HostSnapshot withDisk(
    quint64 usedKb, quint64 availKb, quint64 inodesUsed = 10, quint64 inodesTotal = 100)
{
    HostSnapshot s;
    MountUsage m;
    m.filesystem = QStringLiteral("/dev/sda1");
    m.mountPoint = QStringLiteral("/");
    m.usedKb = usedKb;
    m.availableKb = availKb;
    m.totalKb = usedKb + availKb;
    m.inodesUsed = inodesUsed;
    m.inodesTotal = inodesTotal;
    s.mounts = QList<MountUsage> {m};
    return s;
}

double value(const CheckResult &r, const QString &metric)
{
    for (const auto &v : r.values) {
        if (v.metric == metric)
            return v.value;
    }
    return -1;
}

HttpObservation response(int code, qint64 ms, const QByteArray &body = "ok")
{
    HttpObservation o;
    o.outcome = HttpObservation::Outcome::Response;
    o.statusCode = code;
    o.elapsedMs = ms;
    o.body = body;
    return o;
}

const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
} // namespace

class TestEvaluators : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diskDefaults_data()
    {
        QTest::addColumn<quint64>("used");
        QTest::addColumn<int>("status");
        QTest::newRow("79%") << quint64(79) << int(Status::Ok);
        QTest::newRow("80%") << quint64(80) << int(Status::Warn);
        QTest::newRow("89%") << quint64(89) << int(Status::Warn);
        QTest::newRow("90%") << quint64(90) << int(Status::Crit);
    }
    void diskDefaults()
    {
        QFETCH(quint64, used);
        QFETCH(int, status);
        const CheckResult r = evaluateResourceCheck(
            test::bareCheck(CheckType::Disk), withDisk(used * 1000, (100 - used) * 1000));
        QCOMPARE(int(r.status), status);
        QCOMPARE(value(r, QStringLiteral("disk_used_pct:/")), double(used));
    }

    void diskInodesAndMissingMounts()
    {
        const CheckResult inodes =
            evaluateResourceCheck(test::bareCheck(CheckType::Disk), withDisk(10, 90, 95, 100));
        QCOMPARE(inodes.status, Status::Crit);
        QCOMPARE(inodes.reason, QStringLiteral("/ inodes 95.0% used"));

        CheckSpec c = test::bareCheck(CheckType::Disk);
        c.mounts = {QStringLiteral("/data")};
        const CheckResult missing = evaluateResourceCheck(c, withDisk(10, 90));
        QCOMPARE(missing.status, Status::Unknown);
        QCOMPARE(missing.reason, QStringLiteral("not mounted: /data"));

        c.warn = 5;
        c.mounts = {QStringLiteral("/")};
        const CheckResult custom = evaluateResourceCheck(c, withDisk(10, 90));
        QCOMPARE(custom.status, Status::Warn);
        QVERIFY(custom.reason.startsWith(QStringLiteral("/ 10.0% used")));
    }

    void memoryAndSwap()
    {
        HostSnapshot s;
        s.memory = MemoryInfo {1000, 100, 2000, 500};
        const CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Memory), s);
        QCOMPARE(r.status, Status::Warn); // 90 % used: warn 85, crit 95
        QCOMPARE(value(r, QStringLiteral("mem_used_pct")), 90.0);
        QCOMPARE(value(r, QStringLiteral("swap_used_pct")), 75.0);
        s.memory->availableKb = 40;
        QCOMPARE(evaluateResourceCheck(test::bareCheck(CheckType::Memory), s).status, Status::Crit);
    }

    void loadIsPerCore()
    {
        HostSnapshot s;
        s.load1 = 9;
        s.load5 = 5;
        s.load15 = 1;
        s.cpuCount = 4; // 1.25 per core: fine
        QCOMPARE(evaluateResourceCheck(test::bareCheck(CheckType::Load), s).status, Status::Ok);
        s.cpuCount = 2; // 2.5 per core: warn (1.5)
        QCOMPARE(evaluateResourceCheck(test::bareCheck(CheckType::Load), s).status, Status::Warn);
        s.cpuCount = 1; // 5 per core: crit (3)
        const CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Load), s);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(value(r, QStringLiteral("load5_per_core")), 5.0);
    }

    void missingDataIsUnknownWithTheProbesWords()
    {
        HostSnapshot s;
        s.sectionProblems["stat"] << QStringLiteral("/proc/stat cpu line unreadable");
        const CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Cpu), s);
        QCOMPARE(r.status, Status::Unknown);
        QCOMPARE(r.reason,
            QStringLiteral("the probe did not report CPU usage: /proc/stat cpu line unreadable"));
        QVERIFY(r.values.isEmpty());
    }

    // A section's problem is told to the checks that read it, not to the others; a problem of
    // the run as a whole is told to all.
    void aSectionsProblemStaysWithItsChecks()
    {
        HostSnapshot s;
        s.sectionProblems["df"] << QStringLiteral("df did not finish within 10 s and was stopped");
        s.sectionProblems["meminfo"] << QStringLiteral("/proc/meminfo has no MemTotal");
        const CheckResult disk = evaluateResourceCheck(test::bareCheck(CheckType::Disk), s);
        QCOMPARE(disk.reason,
            QStringLiteral("the probe did not report disk usage: df did not finish within 10 s "
                           "and was stopped"));
        const CheckResult memory = evaluateResourceCheck(test::bareCheck(CheckType::Memory), s);
        QCOMPARE(memory.reason,
            QStringLiteral("the probe did not report memory: /proc/meminfo has no MemTotal"));
        const CheckResult uptime = evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s);
        QCOMPARE(uptime.reason, QStringLiteral("the probe did not report the uptime"));
        s.problems << QStringLiteral("probe output ended early (cut off or killed)");
        QCOMPARE(evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s).reason,
            QStringLiteral("the probe did not report the uptime: probe output ended early (cut "
                           "off or killed)"));
    }

    // CPU use between the previous sample's reading and this one: counters that went back
    // (the host restarted) give no figure this time, and say why.
    void cpuCountersThatWentBackAreNamed()
    {
        HostSnapshot s;
        s.cpuFirst = CpuTimes {900, 1000};
        s.cpuSecond = CpuTimes {10, 20};
        s.cpuCountersReset = true;
        const CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Cpu), s);
        QCOMPARE(r.status, Status::Unknown);
        QVERIFY2(r.reason.contains(QLatin1String("started again")), qPrintable(r.reason));
    }

    // A reboot seen while watching warns until the uptime reaches the warning level; a
    // recent boot found at the first look (a CI runner's first dozor check) does not.
    void uptimeWarnsOnlyAfterARebootSeen()
    {
        HostSnapshot s;
        s.uptimeSec = 125;
        CheckResult r = evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.reason, QStringLiteral("up 2 min"));
        s.rebootSeen = true;
        r = evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s);
        QCOMPARE(r.status, Status::Warn);
        QCOMPARE(r.reason, QStringLiteral("rebooted 2 min ago"));
        QVERIFY(!r.rebootedAtMs);
        const QDateTime boot(QDate(2026, 12, 1), QTime(14, 2));
        s.bootAtMs = boot.toMSecsSinceEpoch();
        s.newReboot = true;
        r = evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s);
        QCOMPARE(r.reason, QStringLiteral("rebooted 2 min ago (booted 2026-12-01 14:02)"));
        QCOMPARE(r.rebootedAtMs, s.bootAtMs);
        s.uptimeSec = 90000;
        s.newReboot = false;
        r = evaluateResourceCheck(test::bareCheck(CheckType::Uptime), s);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.reason, QStringLiteral("up 1 d 1 h (booted 2026-12-01 14:02)"));
    }

    void bootWatchTellsARebootFromARecentBoot()
    {
        const qint64 t0 = 1'700'000'000'000;
        BootWatch w;
        // First look: booted 2 minutes ago, no news.
        BootWatch::Seen seen = w.observe(QStringLiteral("web"), 120, "A", t0);
        QCOMPARE(seen.bootAtMs, t0 - 120'000);
        QVERIFY(!seen.rebootSeen);
        // The same boot a minute later (the estimate jitters, the boot time stays put).
        seen = w.observe(QStringLiteral("web"), 180.4, "A", t0 + 60'000);
        QCOMPARE(seen.bootAtMs, t0 - 120'000);
        QVERIFY(!seen.rebootSeen);
        // Another boot id: a reboot seen, new once, then still seen.
        seen = w.observe(QStringLiteral("web"), 20, "B", t0 + 120'000);
        QVERIFY(seen.rebootSeen && seen.newReboot);
        QCOMPARE(seen.bootAtMs, t0 + 100'000);
        seen = w.observe(QStringLiteral("web"), 80, "B", t0 + 180'000);
        QVERIFY(seen.rebootSeen && !seen.newReboot);
        // Without boot ids: an uptime that went back.
        w.observe(QStringLiteral("old"), 3600, QByteArray(), t0);
        seen = w.observe(QStringLiteral("old"), 3500, QByteArray(), t0 + 10'000);
        QVERIFY(seen.newReboot);
        // A boot known from the history: a later boot (the server rebooted while Dozor was
        // not running) is seen; the same boot, with a clock a few seconds off, is not.
        w.seed(QStringLiteral("db"), t0 - 86'400'000);
        QVERIFY(!w.observe(QStringLiteral("db"), 86'400 + 5, "C", t0 + 2'000).rebootSeen);
        w.seed(QStringLiteral("db2"), t0 - 86'400'000);
        seen = w.observe(QStringLiteral("db2"), 300, "D", t0);
        QVERIFY(seen.rebootSeen && seen.newReboot);
        // A server edited to another host starts afresh.
        w.forget(QStringLiteral("web"));
        QVERIFY(!w.observe(QStringLiteral("web"), 10, "E", t0 + 240'000).rebootSeen);
    }

    void httpStatusAndTiming()
    {
        CheckSpec c = test::bareCheck(CheckType::Http);
        QCOMPARE(evaluateHttp(c, response(200, 120), now).status, Status::Ok);
        QCOMPARE(evaluateHttp(c, response(204, 120), now).status, Status::Ok);
        const CheckResult slow = evaluateHttp(c, response(200, 1500), now);
        QCOMPARE(slow.status, Status::Warn);
        QCOMPARE(slow.reason, QStringLiteral("slow: HTTP 200 in 1500 ms (warning at 1000 ms)"));
        QCOMPARE(evaluateHttp(c, response(200, 3000), now).status, Status::Crit);
        HttpObservation error = response(500, 20);
        error.reasonPhrase = QStringLiteral("Internal Server Error");
        const CheckResult e = evaluateHttp(c, error, now);
        QCOMPARE(e.status, Status::Crit);
        QCOMPARE(e.reason, QStringLiteral("HTTP 500 Internal Server Error (expected 2xx)"));
        c.http.expectStatus = {500};
        QCOMPARE(evaluateHttp(c, error, now).status, Status::Ok);
    }

    void redirectIsReportedWithItsLocation()
    {
        HttpObservation o = response(301, 5, "");
        o.location = QStringLiteral("https://example.org/");
        const CheckResult r = evaluateHttp(test::bareCheck(CheckType::Http), o, now);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason,
            QStringLiteral("redirect 301 to https://example.org/ (not followed; expected 2xx)"));
    }

    void keywordsAndTruncation()
    {
        CheckSpec c = test::bareCheck(CheckType::Http);
        c.http.keyword = QStringLiteral("healthy");
        QCOMPARE(evaluateHttp(c, response(200, 5, "status: healthy"), now).status, Status::Ok);
        HttpObservation cut = response(200, 5, "xxxx");
        cut.bodyTruncated = true;
        c.http.maxBodyBytes = 4;
        const CheckResult missing = evaluateHttp(c, cut, now);
        QCOMPARE(missing.status, Status::Crit);
        QCOMPARE(missing.reason,
            QStringLiteral(
                "keyword \"healthy\" not found in the body (only the first 4 bytes were read)"));
        c.http.keyword.clear();
        c.http.keywordAbsent = QStringLiteral("Maintenance");
        QCOMPARE(evaluateHttp(c, response(200, 5, "Maintenance mode"), now).status, Status::Crit);
    }

    // A server answering 500 or 404 has that as the cause, whatever else is wrong with the
    // answer (its error page lacks the keyword, it was slow, the certificate is ending).
    void theStatusIsNamedBeforeTheKeyword()
    {
        CheckSpec c = test::bareCheck(CheckType::Http);
        c.http.keyword = QStringLiteral("healthy");
        for (const int code : {500, 404}) {
            HttpObservation o = response(code, 3500, "<h1>Server Error</h1>");
            o.reasonPhrase =
                code == 500 ? QStringLiteral("Internal Server Error") : QStringLiteral("Not Found");
            o.certificateExpiry = now.addDays(3);
            const CheckResult r = evaluateHttp(c, o, now);
            QCOMPARE(r.status, Status::Crit);
            QCOMPARE(r.reason,
                QStringLiteral("HTTP %1 %2 (expected 2xx)").arg(code).arg(o.reasonPhrase));
        }
        // With the expected status, the missing keyword is the cause, before the slowness.
        const CheckResult slow = evaluateHttp(c, response(200, 3500, "oops"), now);
        QCOMPARE(slow.reason, QStringLiteral("keyword \"healthy\" not found in the body"));
    }

    void certificateExpiry()
    {
        const CheckSpec c = test::bareCheck(CheckType::Http);
        HttpObservation o = response(200, 5);
        o.certificateExpiry = now.addDays(40);
        QCOMPARE(evaluateHttp(c, o, now).status, Status::Ok);
        QCOMPARE(value(evaluateHttp(c, o, now), QStringLiteral("tls_days_left")), 40.0);
        o.certificateExpiry = now.addDays(20);
        QCOMPARE(evaluateHttp(c, o, now).status, Status::Warn);
        o.certificateExpiry = now.addDays(10);
        const CheckResult r = evaluateHttp(c, o, now);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("TLS certificate expires in 10 day(s)"));
    }

    void transportFailures()
    {
        CheckSpec c = test::bareCheck(CheckType::Http);
        c.timeoutSec = 7;
        HttpObservation o;
        o.outcome = HttpObservation::Outcome::Timeout;
        QCOMPARE(evaluateHttp(c, o, now).reason, QStringLiteral("no complete response within 7 s"));
        o.outcome = HttpObservation::Outcome::TlsFailure;
        o.tlsErrors = {QStringLiteral("The certificate has expired")};
        QCOMPARE(
            evaluateHttp(c, o, now).reason, QStringLiteral("TLS: The certificate has expired"));
        o.outcome = HttpObservation::Outcome::NetworkError;
        o.error = QStringLiteral("Connection refused");
        const CheckResult r = evaluateHttp(c, o, now);
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("Connection refused"));
        QVERIFY(r.values.isEmpty());
    }

    void statusOrder()
    {
        QCOMPARE(worse(Status::Warn, Status::Unknown), Status::Unknown);
        QCOMPARE(worse(Status::Crit, Status::Unknown), Status::Crit);
        QCOMPARE(worse(Status::Ok, Status::Warn), Status::Warn);
        QCOMPARE(statusFromName(QStringLiteral("crit")), std::optional<Status>(Status::Crit));
    }
};

QTEST_GUILESS_MAIN(TestEvaluators)
#include "tst_evaluators.moc"
