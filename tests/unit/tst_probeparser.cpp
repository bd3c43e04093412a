// The probe parser reads bytes from machines we do not control: real outputs must parse
// exactly, and truncated or hostile ones must give words, never a crash.
#include "TestSupport.h"
#include "core/ProbeParser.h"
#include "core/ResourceEvaluator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dozor;

class TestProbeParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ubuntuServer()
    {
        const auto snap = ProbeParser::parse(
            test::readFile(test::sourcePath(QStringLiteral("fixtures/probe/ubuntu22-server.txt"))));
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY(snap->allProblems().isEmpty());
        QCOMPARE(*snap->cpuCount, 4);
        QCOMPARE(*snap->load5, 7.20);
        QCOMPARE(*snap->uptimeSec, 3456789.12);
        // busy: user +100, system +20, softirq +2, steal +2 = 124; idle +80 and iowait +10
        QVERIFY(qAbs(*snap->cpuPercent() - 100.0 * 124 / 214) < 1e-9);
        QCOMPARE(snap->memory->totalKb, quint64(8140804));
        QCOMPARE(snap->memory->availableKb, quint64(894888));
        QCOMPARE(snap->memory->swapTotalKb, quint64(2097148));
        // tmpfs, udev and snap loop devices are not disks anyone fills up
        QStringList mounts;
        for (const auto &m : *snap->mounts)
            mounts << m.mountPoint;
        QCOMPARE(mounts,
            (QStringList {QStringLiteral("/"), QStringLiteral("/boot/efi"),
                QStringLiteral("/var/lib/postgresql"), QStringLiteral("/srv/media files")}));
        const MountUsage &root = snap->mounts->first();
        QVERIFY(qAbs(root.usedPercent() - 100.0 * 70311228 / (70311228 + 6639880)) < 1e-9);
        QCOMPARE(*root.inodesUsed, quint64(4902912));
        QVERIFY(!snap->mounts->at(1).inodesTotal); // vfat reports 0 inodes: unknown, not 0 %
        QCOMPARE(*snap->mounts->at(3).inodesTotal, quint64(6553600)); // mount point with a space
    }

    void thisKindOfMachine()
    {
        const auto snap = ProbeParser::parse(test::readFile(
            test::sourcePath(QStringLiteral("fixtures/probe/debian12-container.txt"))));
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY(snap->allProblems().isEmpty());
        QCOMPARE(snap->mounts->size(), 1);
        QCOMPARE(snap->mounts->first().mountPoint, QStringLiteral("/"));
        QCOMPARE(*snap->cpuPercent(), 0.0);
    }

    void kernelWithoutMemAvailable()
    {
        const auto snap = ProbeParser::parse(test::readFile(
            test::sourcePath(QStringLiteral("fixtures/probe/old-kernel-no-memavailable.txt"))));
        QVERIFY(snap.ok());
        QCOMPARE(snap->memory->availableKb, quint64(101780 * 2 + 203560));
        QCOMPARE(snap->memory->swapTotalKb, quint64(0));
        QCOMPARE(*snap->cpuPercent(), 100.0);
    }

    void everyTruncationIsSafe()
    {
        const QByteArray full =
            test::readFile(test::sourcePath(QStringLiteral("fixtures/probe/ubuntu22-server.txt")));
        QVERIFY(!full.isEmpty());
        int partial = 0;
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const auto snap = ProbeParser::parse(QByteArrayView(full).first(cut));
            if (snap.ok()) {
                if (cut < full.size() - 1) // only the last newline missing is still complete
                    QVERIFY(
                        !snap->allProblems().isEmpty()); // a cut before @@end is always reported
                ++partial;
            } else {
                QVERIFY(!snap.error().isEmpty());
            }
        }
        QVERIFY(partial > 0);
    }

    void garbageGivesWords()
    {
        const auto empty = ProbeParser::parse(QByteArrayView());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error(), QStringLiteral("the probe printed nothing"));

        const auto html = ProbeParser::parse("<html><body>502 Bad Gateway</body></html>");
        QVERIFY(!html.ok());
        QVERIFY(html.error().startsWith(QStringLiteral("not Dozor probe output")));

        const auto future = ProbeParser::parse("@@dozor-probe 9\n@@end\n");
        QVERIFY(!future.ok());
        QVERIFY(future.error().contains(QStringLiteral("unsupported")));

        QByteArray huge(ProbeParser::maxOutputBytes + 1, 'a');
        const auto big = ProbeParser::parse(huge);
        QVERIFY(!big.ok());
        QVERIFY(big.error().contains(QStringLiteral("larger than")));
    }

    void hostileSectionsAreRejectedOneByOne()
    {
        const QByteArray text = "@@dozor-probe 1\n"
                                "@@nproc\n-3\n"
                                "@@uptime\nNaN inf\n"
                                "@@loadavg\n1e999 2 3 1/1 1\n"
                                "@@stat\ncpu  a b c d\n"
                                "@@meminfo\nMemTotal: 0 kB\n"
                                "@@df\nFilesystem 1024-blocks Used Available Capacity Mounted on\n"
                                "/dev/sda1 99999999999999999999999 1 1 1% /\n"
                                "/dev/sdb1 100 \x01\x02 3 4% /x\n"
                                "@@unknown-future-section\nwhatever\n"
                                "@@end\n";
        const auto snap = ProbeParser::parse(text);
        QVERIFY(snap.ok());
        QVERIFY(!snap->cpuCount);
        QVERIFY(!snap->uptimeSec);
        QVERIFY(!snap->load1);
        QVERIFY(!snap->cpuFirst);
        QVERIFY(!snap->memory);
        QVERIFY(!snap->mounts);
        QCOMPARE(snap->allProblems().size(), 6);
    }

    // The kernel's list of online CPUs is counted; garbage there is named; without it
    // (no /sys) getconf's count stands.
    void onlineCpusAreCounted()
    {
        auto count = [](const QByteArray &body) {
            return ProbeParser::parse(QByteArray("@@dozor-probe 1\n" + body + "@@end\n"));
        };
        QCOMPARE(count("@@bootid\nbfaa1715-e384\n")->bootId, QByteArray("bfaa1715-e384"));
        QCOMPARE(*count("@@cpus\n0-3,6\n")->cpuCount, 5);
        QCOMPARE(*count("@@cpus\n0\n")->cpuCount, 1);
        QCOMPARE(*count("@@cpus\n@@nproc\n8\n")->cpuCount, 8);
        QVERIFY(count("@@cpus\n@@nproc\n8\n")->problems.isEmpty());
        for (const QByteArray bad : {"3-1", "0-99999999", "a-b", "1,,2", "-"}) {
            const auto snap = count("@@cpus\n" + bad + "\n");
            QVERIFY2(!snap->cpuCount, bad.constData());
            QCOMPARE(snap->allProblems().size(), 1);
            QVERIFY(snap->allProblems().first().contains(QString::fromLatin1(bad)));
        }
    }

    // Figures that cannot be true are kept aside with their line, never dropped in silence.
    void implausibleDiskFiguresAreKeptAside()
    {
        const QByteArray text = "@@dozor-probe 1\n@@df\n"
                                "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                "/dev/sda1 1000 9990 -8990 999% /\n"
                                "/dev/sdb1 1000 100 900 10% /data\n"
                                "/dev/sdc1 1000 2000 0 100% /over\n"
                                "autofs - - - - /net\n"
                                "@@end\n";
        const auto snap = ProbeParser::parse(text);
        QVERIFY(snap.ok());
        QCOMPARE(snap->mounts->size(), 1);
        QCOMPARE(snap->mounts->first().mountPoint, QStringLiteral("/data"));
        QCOMPARE(snap->implausibleMounts.size(), 2);
        QCOMPARE(snap->implausibleMounts.at(0).mountPoint, QStringLiteral("/"));
        QCOMPARE(
            snap->implausibleMounts.at(0).line, QStringLiteral("/dev/sda1 1000 9990 -8990 999% /"));
        QCOMPARE(snap->implausibleMounts.at(1).mountPoint, QStringLiteral("/over"));

        // A disk check watching every mount, or that one, cannot judge: UNKNOWN with the line.
        CheckSpec disk;
        disk.type = CheckType::Disk;
        const CheckResult all = evaluateResourceCheck(disk, *snap);
        QCOMPARE(all.status, Status::Unknown);
        QCOMPARE(all.reason,
            QStringLiteral("df reported figures for / that cannot be true: "
                           "/dev/sda1 1000 9990 -8990 999% /"));
        disk.mounts = {QStringLiteral("/data")};
        QCOMPARE(evaluateResourceCheck(disk, *snap).status, Status::Ok);
    }

    // A bind mount of a filesystem already listed (a container's /etc/hosts, /srv bound
    // into a chroot) is the same space: counted once, watched when named; the figures may
    // have moved between df's two readings of it.
    void bindMountsAreCountedOnce()
    {
        const QByteArray text = "@@dozor-probe 1\n@@df\n"
                                "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                                "/dev/vda 1000 950 50 95% /\n"
                                "/dev/vda 1000 952 48 96% /etc/hosts\n"
                                "/dev/vdb 1000 950 50 95% /data\n"
                                "@@end\n";
        const auto snap = ProbeParser::parse(text);
        QVERIFY(snap.ok());
        QCOMPARE(snap->mounts->size(), 3);
        QCOMPARE(snap->mounts->at(1).sameAs, QStringLiteral("/"));
        QVERIFY(snap->mounts->at(2).sameAs.isEmpty()); // another device, same figures
        CheckSpec disk;
        disk.type = CheckType::Disk;
        const CheckResult all = evaluateResourceCheck(disk, *snap);
        QStringList metrics;
        for (const MetricValue &v : all.values)
            metrics.append(v.metric);
        QCOMPARE(metrics,
            (QStringList {
                QStringLiteral("disk_used_pct:/"), QStringLiteral("disk_used_pct:/data")}));
        disk.mounts = {QStringLiteral("/etc/hosts")};
        QCOMPARE(evaluateResourceCheck(disk, *snap).values.size(), 1);
    }

    void controlCharactersInMountNamesAreNeutralised()
    {
        const QByteArray text =
            "@@dozor-probe 1\n@@df\n/dev/sda1 100 50 50 50% /evil\x1b[31m\n@@end\n";
        const auto snap = ProbeParser::parse(text);
        QVERIFY(snap.ok());
        QCOMPARE(snap->mounts->first().mountPoint, QStringLiteral("/evil?[31m"));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(20261123);
        const QByteArray base =
            test::readFile(test::sourcePath(QStringLiteral("fixtures/probe/ubuntu22-server.txt")));
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = base;
            const int edits = 1 + rng.bounded(20);
            for (int e = 0; e < edits; ++e)
                mutated[rng.bounded(static_cast<int>(mutated.size()))] =
                    static_cast<char>(rng.bounded(256));
            const auto snap = ProbeParser::parse(mutated);
            if (snap.ok() && snap->cpuPercent())
                QVERIFY(*snap->cpuPercent() >= 0 && *snap->cpuPercent() <= 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestProbeParser)
#include "tst_probeparser.moc"
