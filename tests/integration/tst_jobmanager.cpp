// The operations layer end to end: jobs run by JobManager on this computer's shell and over a
// real sshd on loopback — output streamed while a step runs, every step recorded, rollback
// newest first, cancel and timeout leave no process on the server (checked in the process
// table), secrets never on a command line, in the log or in the history file, and a job
// whose Dozor died is shown as interrupted at the next start.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "backup/BackupService.h"
#include "jobs/JobManager.h"
#include "jobs/JobTransport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;
using namespace dozor::test;

namespace {

JobStep step(const QString &name, QList<QByteArray> argv, int timeoutSec = 60)
{
    JobStep s;
    s.name = name;
    s.argv = std::move(argv);
    s.timeoutSec = timeoutSec;
    return s;
}

JobPlan planOf(const QString &target, QList<JobStep> steps)
{
    JobPlan p;
    p.kind = QStringLiteral("backup");
    p.targetId = target;
    p.subject = QStringLiteral("full");
    p.title = QStringLiteral("Back up full on %1").arg(target);
    p.steps = std::move(steps);
    return p;
}

// Every process's command line with its arguments, as `ps -eo args` shows them.
QByteArray processTable()
{
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
    ps.waitForFinished(10'000);
    return ps.readAllStandardOutput();
}

// Every file and folder under root: relative path → type, permission bits, mtime and (for
// files) the content's SHA-256.
QMap<QString, QString> treeFingerprint(const QString &root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString what = QStringLiteral("%1 %2")
                           .arg(info.isDir() ? QStringLiteral("dir") : QStringLiteral("file"))
                           .arg(int(info.permissions()), 0, 16);
        if (info.isFile()) {
            what += QStringLiteral(" %1 %2")
                        .arg(info.lastModified().toSecsSinceEpoch())
                        .arg(QString::fromLatin1(QCryptographicHash::hash(
                            readFile(info.filePath()), QCryptographicHash::Sha256)
                                                     .toHex()));
        }
        tree.insert(QDir(root).relativeFilePath(info.filePath()), what);
    }
    return tree;
}

// A build folder: nested folders, an empty file, a private file, an executable, binary
// content and one file of bigBytes.
void makeTree(const QString &root, qint64 bigBytes)
{
    QDir().mkpath(root + QStringLiteral("/assets/img"));
    writeFile(root + QStringLiteral("/index.html"), "<h1>hello</h1>\n");
    writeFile(root + QStringLiteral("/empty"), QByteArray());
    writeFile(root + QStringLiteral("/secret.env"), "TOKEN=1\n");
    QFile::setPermissions(
        root + QStringLiteral("/secret.env"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeFile(root + QStringLiteral("/assets/run.sh"), "#!/bin/sh\necho hi\n");
    QFile::setPermissions(root + QStringLiteral("/assets/run.sh"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    QByteArray big(bigBytes, Qt::Uninitialized);
    for (qint64 i = 0; i < bigBytes; ++i)
        big[i] = char((i * 7919) >> 5);
    writeFile(root + QStringLiteral("/assets/img/big.bin"), big);
    QFile old(root + QStringLiteral("/index.html"));
    QVERIFY(old.open(QIODevice::ReadWrite));
    QVERIFY(old.setFileTime(
        QDateTime::fromSecsSinceEpoch(1'600'000'000), QFileDevice::FileModificationTime));
}

// "this computer" with one source: the full_*.tar.gz archives in folder, times in the names.
Workspace archivesHere(const QString &folder)
{
    Workspace w;
    w.targets.append(localTarget(QStringLiteral("here"), QStringLiteral("Here")));
    BackupSource s;
    s.id = QStringLiteral("full");
    s.targetId = QStringLiteral("here");
    s.path = folder;
    s.pattern = QStringLiteral("full_*.tar.gz");
    s.timeFormat = QStringLiteral("full_%Y%m%d-%H%M%S");
    w.backups = {s};
    return w;
}

JobStep transferStep(JobStep::Action action, const QString &from, const QString &to)
{
    JobStep s;
    s.name =
        action == JobStep::Action::Upload ? QStringLiteral("Upload") : QStringLiteral("Download");
    s.action = action;
    s.source = from;
    s.destination = to;
    s.timeoutSec = 120;
    return s;
}

// Names in folder that a copy left behind under its hidden name.
QStringList partsIn(const QString &folder)
{
    return QDir(folder).entryList(
        {QStringLiteral("*.dozor-part-*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestJobManager : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    std::unique_ptr<SshdFixture> m_sshd;
    int m_historyCount = 0;

    SshConnectSettings settings() const
    {
        SshConnectSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_sshd->port();
        s.user = SshdFixture::currentUser();
        s.auth = SshAuthMethod::KeyFile;
        s.keyFile = m_sshd->clientKey();
        s.knownHostsFile = QDir(m_home.path()).filePath(QStringLiteral("dozor/known_hosts"));
        s.userKnownHostsFile = QDir(m_home.path()).filePath(QStringLiteral(".ssh/known_hosts"));
        s.acceptNewHostKey = true;
        return s;
    }

    QString newHistory()
    {
        return QDir(m_home.path())
            .filePath(QStringLiteral("history-%1.sqlite").arg(++m_historyCount));
    }

    // A manager whose "srv" jobs go over the test sshd and "here" jobs to the local shell.
    std::unique_ptr<JobManager> manager(const QString &history)
    {
        auto m = std::make_unique<JobManager>(
            history, [this](const QString &target) -> Expected<JobTransport *> {
                if (target == QLatin1String("srv"))
                    return new SshJobTransport(target, settings());
                if (target == QLatin1String("here"))
                    return new LocalJobTransport;
                return unexpected(QStringLiteral("no server %1").arg(target));
            });
        const auto opened = m->open();
        if (!opened)
            qWarning() << opened.error();
        return m;
    }

    // The job's end (state Pending when it did not end in time: the comparison fails).
    static JobInfo waitFinished(JobManager &m, qint64 id, int timeoutMs = 30'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!(m.info(id) && m.info(id)->isFinished()) && !deadline.hasExpired())
            QTest::qWait(20);
        return m.info(id).value_or(JobInfo {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_serverDir.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void localJobStreamsAndRecordsEveryStep()
    {
        const QString history = newHistory();
        auto m = manager(history);
        QStringList lines;
        bool finishedWhenFirstLine = true;
        qint64 id = 0;
        connect(m.get(), &JobManager::jobLog, this, [&](qint64, const QString &line, bool) {
            if (line == QLatin1String("first"))
                finishedWhenFirstLine = m->info(id) && m->info(id)->isFinished();
            lines.append(line);
        });
        QSignalSpy finished(m.get(), &JobManager::jobFinished);
        JobPlan plan = planOf(QStringLiteral("here"),
            {step(QStringLiteral("Say"),
                 {"sh", "-c", "echo first; echo warn >&2; sleep 1; printf 'a\\r\\nb'"}),
                step(QStringLiteral("Again"), {"echo", "second"})});
        plan.incidentId = QStringLiteral("web1-http-1"); // started for an incident: linked
        const auto started = m->start(plan);
        QVERIFY2(started, qPrintable(started.error()));
        id = *started;
        const JobInfo info = waitFinished(*m, id);
        QCOMPARE(info.state, JobRunner::State::Succeeded);
        QCOMPARE(info.stepsDone, 2);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finishedWhenFirstLine); // streamed: the line came while the step ran
        for (const char *want : {"first", "warn", "a", "b", "second"})
            QVERIFY2(lines.contains(QLatin1String(want)), qPrintable(lines.join(u'|')));

        JobBook book(history);
        QVERIFY(book.open());
        const auto record = book.job(id);
        QVERIFY(record && *record);
        QCOMPARE((*record)->state, QStringLiteral("succeeded"));
        QCOMPARE((*record)->steps.size(), 2);
        QCOMPARE((*record)->steps.at(0).state, QStringLiteral("done"));
        QVERIFY((*record)->endedMs >= (*record)->startedMs);
        QVERIFY((*record)->logTail.contains(QStringLiteral("second")));
        const auto entries = book.journal().entries(JournalFilter {});
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().source, QStringLiteral("dozor:job:%1").arg(id));
        QCOMPARE(entries->constFirst().incidentId, QStringLiteral("web1-http-1"));
    }

    void failureRollsBackNewestFirst()
    {
        QTemporaryDir work;
        const QByteArray a = QDir(work.path()).filePath(QStringLiteral("a")).toUtf8();
        const QByteArray b = QDir(work.path()).filePath(QStringLiteral("b")).toUtf8();
        const QByteArray order = QDir(work.path()).filePath(QStringLiteral("order")).toUtf8();
        auto m = manager(newHistory());
        JobStep first = step(QStringLiteral("Make a"), {"touch", a});
        first.undo = {step(QStringLiteral("Remove a"),
            {"sh", "-c", "rm -- \"$1\" && echo a >> \"$2\"", "sh", a, order})};
        JobStep second = step(QStringLiteral("Make b"), {"touch", b});
        second.undo = {step(QStringLiteral("Remove b"),
            {"sh", "-c", "rm -- \"$1\" && echo b >> \"$2\"", "sh", b, order})};
        JobStep third = step(QStringLiteral("Fail"), {"sh", "-c", "echo boom >&2; exit 3"});
        third.onFailure = JobStep::OnFailure::RollBack;
        const auto id = m->start(planOf(QStringLiteral("here"), {first, second, third}));
        QVERIFY(id);
        const JobInfo info = waitFinished(*m, *id);
        QCOMPARE(info.state, JobRunner::State::RolledBack);
        QVERIFY2(info.reason.contains(QStringLiteral("exited with status 3: boom")),
            qPrintable(info.reason));
        QVERIFY(!QFile::exists(QString::fromUtf8(a)) && !QFile::exists(QString::fromUtf8(b)));
        QCOMPARE(readFile(QString::fromUtf8(order)), QByteArray("b\na\n"));
    }

    void unknownServerFailsInWords()
    {
        auto m = manager(newHistory());
        const auto id =
            m->start(planOf(QStringLiteral("nowhere"), {step(QStringLiteral("X"), {"true"})}));
        QVERIFY(id);
        const JobInfo info = waitFinished(*m, *id);
        QCOMPARE(info.state, JobRunner::State::Failed);
        QVERIFY2(
            info.reason.contains(QStringLiteral("no server nowhere")), qPrintable(info.reason));
    }

    void uploadAndDownloadOverSftpKeepEveryByteAndMode()
    {
        QTemporaryDir here;
        const QString build = here.filePath(QStringLiteral("build"));
        makeTree(build, 3 * 1024 * 1024 + 17);
        const QString remote = QDir(m_serverDir.path()).filePath(QStringLiteral("release-1"));
        const QString back = here.filePath(QStringLiteral("back"));
        auto m = manager(newHistory());
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        int lastStep = -1;
        bool backwards = false;
        connect(m.get(), &JobManager::jobChanged, this, [&](const JobInfo &info) {
            if (info.bytesTotal >= 0) {
                backwards = backwards || (info.step == lastStep && info.bytesDone < lastDone);
                lastDone = info.bytesDone;
                lastTotal = info.bytesTotal;
                lastStep = info.step;
            }
        });
        const auto id = m->start(planOf(QStringLiteral("srv"),
            {transferStep(JobStep::Action::Upload, build, remote),
                transferStep(JobStep::Action::Download, remote, back)}));
        QVERIFY(id);
        const JobInfo info = waitFinished(*m, *id, 60'000);
        QVERIFY2(info.state == JobRunner::State::Succeeded, qPrintable(info.reason));
        const qint64 total = 3 * 1024 * 1024 + 17 + 15 + 8 + 18;
        QCOMPARE(lastTotal, total);
        QCOMPARE(lastDone, total);
        QVERIFY(!backwards);
        const QMap<QString, QString> original = treeFingerprint(build);
        QCOMPARE(original.size(), 7);
        QCOMPARE(treeFingerprint(remote), original);
        QCOMPARE(treeFingerprint(back), original);
        const QStringList log = m->log(*id);
        QVERIFY2(
            log.filter(QStringLiteral("Uploaded 5 file")).size() == 1, qPrintable(log.join(u'|')));
        QVERIFY(log.filter(QStringLiteral("Downloaded 5 file")).size() == 1);
        QVERIFY(partsIn(m_serverDir.path()).isEmpty() && partsIn(here.path()).isEmpty());

        // Never over what is there: the second upload fails in words and changes nothing.
        writeFile(build + QStringLiteral("/index.html"), "changed\n");
        const auto again = m->start(
            planOf(QStringLiteral("srv"), {transferStep(JobStep::Action::Upload, build, remote)}));
        QVERIFY(again);
        const JobInfo refused = waitFinished(*m, *again);
        QCOMPARE(refused.state, JobRunner::State::Failed);
        QVERIFY2(refused.reason.contains(QStringLiteral("already exists on the server")),
            qPrintable(refused.reason));
        QCOMPARE(treeFingerprint(remote), original);
    }

    void transferRefusesLinksAndMissingFoldersInWords()
    {
        QTemporaryDir here;
        const QString build = here.filePath(QStringLiteral("build"));
        makeTree(build, 10);
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), build + QStringLiteral("/passwd")));
        auto m = manager(newHistory());
        const auto linked = m->start(planOf(QStringLiteral("srv"),
            {transferStep(JobStep::Action::Upload, build,
                QDir(m_serverDir.path()).filePath(QStringLiteral("linked")))}));
        const JobInfo a = waitFinished(*m, *linked);
        QCOMPARE(a.state, JobRunner::State::Failed);
        QVERIFY2(
            a.reason.contains(QStringLiteral("passwd is a symbolic link")), qPrintable(a.reason));
        QVERIFY(!QFileInfo::exists(QDir(m_serverDir.path()).filePath(QStringLiteral("linked"))));

        QFile::remove(build + QStringLiteral("/passwd"));
        const auto nowhere = m->start(planOf(QStringLiteral("srv"),
            {transferStep(JobStep::Action::Upload, build,
                QDir(m_serverDir.path()).filePath(QStringLiteral("no/such/dir")))}));
        const JobInfo b = waitFinished(*m, *nowhere);
        QCOMPARE(b.state, JobRunner::State::Failed);
        QVERIFY2(b.reason.contains(QStringLiteral("there is no folder")), qPrintable(b.reason));

        const auto missing = m->start(planOf(QStringLiteral("srv"),
            {transferStep(JobStep::Action::Download,
                QDir(m_serverDir.path()).filePath(QStringLiteral("nothing-here")),
                here.filePath(QStringLiteral("x")))}));
        const JobInfo c = waitFinished(*m, *missing);
        QCOMPARE(c.state, JobRunner::State::Failed);
        QVERIFY2(c.reason.contains(QStringLiteral("there is no")), qPrintable(c.reason));
    }

    void cancelledTransfersLeaveNoPartialCopy_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("upload");
        QTest::newRow("upload over SFTP") << QStringLiteral("srv") << true;
        QTest::newRow("download over SFTP") << QStringLiteral("srv") << false;
        QTest::newRow("copy on this computer") << QStringLiteral("here") << true;
    }

    void cancelledTransfersLeaveNoPartialCopy()
    {
        QFETCH(QString, target);
        QFETCH(bool, upload);
        QTemporaryDir here;
        QTemporaryDir there(QDir(m_serverDir.path()).filePath(QStringLiteral("cancel-XXXXXX")));
        const QString big = (upload ? here : there).filePath(QStringLiteral("big.bin"));
        {
            // Incompressible, so no layer can make it quick.
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 400; ++i) {
                for (qsizetype j = 0; j < block.size(); j += 4)
                    *reinterpret_cast<quint32 *>(block.data() + j) =
                        QRandomGenerator::global()->generate();
                f.write(block);
            }
        }
        const QString to = (upload ? there : here).filePath(QStringLiteral("copy.bin"));
        auto m = manager(newHistory());
        const auto id = m->start(planOf(target,
            {transferStep(upload ? JobStep::Action::Upload : JobStep::Action::Download, big, to)}));
        QVERIFY(id);
        if (target == QLatin1String("srv")) {
            QTRY_VERIFY_WITH_TIMEOUT(m->info(*id)->bytesDone > 0, 20'000);
            QVERIFY(m->info(*id)->bytesDone < m->info(*id)->bytesTotal);
        } // a copy in memory is over within a progress report: stopped as it starts
        m->cancel(*id);
        const JobInfo info = waitFinished(*m, *id);
        QCOMPARE(info.state, JobRunner::State::Cancelled);
        // The job ends at once; the transfer stops at its next block and removes its part.
        QTRY_VERIFY_WITH_TIMEOUT(
            partsIn(there.path()).isEmpty() && partsIn(here.path()).isEmpty(), 10'000);
        QVERIFY(!QFileInfo::exists(to));
    }

    void cancelOverSshLeavesNothingRunning()
    {
        const QString history = newHistory();
        auto m = manager(history);
        // A background child too: the whole process group must go, not just the shell.
        const auto id = m->start(planOf(QStringLiteral("srv"),
            {step(QStringLiteral("Long"), {"sh", "-c", "sleep 4712 & sleep 4711; wait"})}));
        QVERIFY(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            processTable().contains("sleep 4712") && processTable().contains("sleep 4711"), 20'000);
        m->cancel(*id);
        const JobInfo info = waitFinished(*m, *id);
        QCOMPARE(info.state, JobRunner::State::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(
            !processTable().contains("sleep 4711") && !processTable().contains("sleep 4712"),
            10'000);
        JobBook book(history);
        QVERIFY(book.open());
        const auto record = book.job(*id);
        QVERIFY(record && *record);
        QCOMPARE((*record)->state, QStringLiteral("cancelled"));
        QCOMPARE((*record)->steps.constFirst().state, QStringLiteral("stopped"));
    }

    void timeoutOverSshStopsTheStep()
    {
        auto m = manager(newHistory());
        const auto id = m->start(planOf(QStringLiteral("srv"),
            {step(QStringLiteral("Slow"), {"sh", "-c", "echo started; sleep 4713"}, 2)}));
        QVERIFY(id);
        const JobInfo info = waitFinished(*m, *id);
        QCOMPARE(info.state, JobRunner::State::Failed);
        QVERIFY2(info.reason.contains(QStringLiteral("did not finish within 2 s")),
            qPrintable(info.reason));
        QVERIFY(m->log(*id).contains(QStringLiteral("started")));
        QTRY_VERIFY_WITH_TIMEOUT(!processTable().contains("sleep 4713"), 10'000);
    }

    void secretsStayOffCommandLinesLogsAndFiles()
    {
        const QByteArray secret =
            "pa55-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
        const QString history = newHistory();
        auto m = manager(history);
        const auto id = m->start(planOf(QStringLiteral("srv"),
                                     {step(QStringLiteral("Use it"),
                                         {"sh", "-c",
                                             "sleep 2; printf '%s' \"$DOZOR_TEST_SECRET\" | wc -c; "
                                             "echo \"said $DOZOR_TEST_SECRET\""})}),
            {JobSecret {"DOZOR_TEST_SECRET", secret, true}});
        QVERIFY(id);
        bool seenRunning = false;
        while (!m->info(*id)->isFinished()) {
            const QByteArray table = processTable();
            seenRunning = seenRunning || table.contains("sleep 2");
            QVERIFY2(!table.contains(secret), table.constData());
            QTest::qWait(100);
        }
        QVERIFY(seenRunning);
        QCOMPARE(m->info(*id)->state, JobRunner::State::Succeeded);
        const QStringList log = m->log(*id);
        QVERIFY2(log.contains(QString::number(secret.size())), qPrintable(log.join(u'|')));
        QVERIFY2(log.contains(QStringLiteral("said ••••")), qPrintable(log.join(u'|')));
        m.reset(); // everything written and closed
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!readFile(file).contains(secret), qPrintable(file));
        }
    }

    void jobOfADeadDozorIsInterruptedAtTheNextStart()
    {
        const QString history = newHistory();
        qint64 orphan = 0, alive = 0;
        {
            JobBook book(history);
            QVERIFY(book.open());
            JobRecord r;
            r.kind = QStringLiteral("backup");
            r.targetId = QStringLiteral("srv");
            r.title = QStringLiteral("Back up full on srv");
            r.state = QStringLiteral("running");
            r.startedMs = 1000;
            r.ownerPid = 999'999'999; // no such process
            orphan = *book.create(r);
            JobStepRecord s;
            s.name = QStringLiteral("tar");
            s.state = QStringLiteral("running");
            s.startedMs = 1000;
            QVERIFY(book.recordStep(orphan, s));
            r.ownerPid = m_sshd->pid(); // a live process: another Dozor's job is left alone
            alive = *book.create(r);
        }
        JobManager m(history, nullptr);
        const auto settled = m.open();
        QVERIFY2(settled, qPrintable(settled.error()));
        QCOMPARE(settled->size(), 1);
        QCOMPARE(settled->constFirst().id, orphan);
        const auto record = m.book().job(orphan);
        QCOMPARE((*record)->state, QStringLiteral("interrupted"));
        QCOMPARE((*record)->steps.constFirst().state, QStringLiteral("interrupted"));
        QVERIFY((*record)->reason.contains(QStringLiteral("Dozor stopped")));
        QCOMPARE((*m.book().job(alive))->state, QStringLiteral("running"));
        const auto entries = m.book().journal().entries(JournalFilter {});
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().severity, AlertLevel::Critical);
    }

    // A refresh that reads the same listing again writes only its time; one that differs by a
    // few backups writes those (a backup replaced under its name loses its verification); a
    // catalog another Dozor wrote in between, or a listing with problems, is written in full.
    // After each, the catalog is exactly what the folder holds.
    void repeatedListingsStayTrue()
    {
        QTemporaryDir backups;
        const QString history = newHistory();
        for (const char *name : {"full_20261201-010000.tar.gz", "full_20261202-010000.tar.gz"})
            writeFile(backups.filePath(QLatin1String(name)), "archive");
        const Workspace w = archivesHere(backups.path());
        const BackupSource &s = w.backups.constFirst();
        const auto transports =
            transportsFor(w, [](const Target &) { return SshConnectSettings {}; });
        JobManager jobs(history, transports);
        BackupService service(history, &jobs, transports);
        service.setWorkspace(w);
        QVERIFY(jobs.open() && service.open());
        QSignalSpy refreshed(&service, &BackupService::refreshed);
        // The count the refresh reports (-1: it did not end in time).
        const auto refreshNow = [&]() -> QList<QVariant> {
            const qsizetype before = refreshed.size();
            service.refresh(s.id);
            const QDeadlineTimer deadline(10'000);
            while (refreshed.size() == before && !deadline.hasExpired())
                QTest::qWait(10);
            return refreshed.size() > before ? refreshed.constLast()
                                             : QList<QVariant> {QString(), QString(), -1};
        };
        QCOMPARE(refreshNow().at(2).toInt(), 2);
        const QString newest = QStringLiteral("full_20261202-010000.tar.gz");
        QVERIFY(service.catalog().recordVerification(s.id, newest, true, QString(), 5, 1000));
        const qint64 firstRefresh = (*service.catalog().source(s.id))->refreshedMs;
        QTest::qWait(5);
        // The same listing: the catalog keeps its verification, the refresh time moves on.
        QCOMPARE(refreshNow().at(2).toInt(), 2);
        QVERIFY((*service.catalog().source(s.id))->refreshedMs > firstRefresh);
        QCOMPARE(service.catalog().backups(s.id)->constFirst().verified, std::optional<bool>(true));
        // Replaced under its name (another size): no longer the backup that was verified.
        writeFile(backups.filePath(newest), "a longer archive");
        QCOMPARE(refreshNow().at(2).toInt(), 2);
        const auto rows = service.catalog().backups(s.id);
        QCOMPARE(rows->constFirst().name, newest);
        QCOMPARE(rows->constFirst().size, std::optional<qint64>(16));
        QVERIFY(!rows->constFirst().verified);
        // Another Dozor emptied the catalog in between: the same bytes are written again.
        CatalogBook other(history);
        QVERIFY(other.open());
        QVERIFY(other.replace(s.id, s.targetId, QStringLiteral("full"), {}, 2000, QString()));
        QCOMPARE(refreshNow().at(2).toInt(), 2);
        QCOMPARE(service.catalog().backups(s.id)->size(), 2);

        const auto catalogNames = [&] {
            QStringList names;
            const auto rows = service.catalog().backups(s.id);
            for (const CatalogRow &row : rows.value_or(QList<CatalogRow>()))
                names.append(row.name);
            names.sort();
            return names;
        };
        const auto folderNames = [&] {
            return QDir(backups.path())
                .entryList({QStringLiteral("full_*.tar.gz")}, QDir::Files, QDir::Name);
        };
        const auto verifiedOf = [&](const QString &name) {
            const auto rows = service.catalog().backups(s.id);
            for (const CatalogRow &row : rows.value_or(QList<CatalogRow>())) {
                if (row.name == name)
                    return row.verified;
            }
            return std::optional<bool>();
        };
        const QString oldest = QStringLiteral("full_20261201-010000.tar.gz");
        QVERIFY(service.catalog().recordVerification(s.id, oldest, true, QString(), 5, 1000));
        // One added: the others keep their verification.
        writeFile(backups.filePath(QStringLiteral("full_20261203-010000.tar.gz")), "third");
        QCOMPARE(refreshNow().at(1).toString(), QString());
        QCOMPARE(catalogNames(), folderNames());
        QCOMPARE(verifiedOf(oldest), std::optional<bool>(true));
        QCOMPARE(service.catalog().backups(s.id)->constFirst().name,
            QStringLiteral("full_20261203-010000.tar.gz"));
        QCOMPARE(service.catalog().backups(s.id)->constFirst().size, std::optional<qint64>(5));
        // A row changed behind Dozor's back (its refresh time untouched) stays as it is through
        // the next change: only what changed is written (a full write would put it right).
        const auto sizeOf = [&](const QString &name) {
            const auto rows = service.catalog().backups(s.id);
            for (const CatalogRow &row : rows.value_or(QList<CatalogRow>())) {
                if (row.name == name)
                    return row.size;
            }
            return std::optional<qint64>();
        };
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            raw.setDatabaseName(history);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE backup_catalog SET size = 999 WHERE name = '%1'")
                               .arg(oldest)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));
        // One removed, one added in the same refresh.
        QVERIFY(QFile::remove(backups.filePath(newest)));
        writeFile(backups.filePath(QStringLiteral("full_20261204-010000.tar.gz")), "fourth");
        QCOMPARE(refreshNow().at(2).toInt(), 3);
        QCOMPARE(catalogNames(), folderNames());
        QCOMPARE(verifiedOf(oldest), std::optional<bool>(true));
        QCOMPARE(sizeOf(oldest), std::optional<qint64>(999));
        // Another Dozor wrote other rows, as many as there were: the next change is written
        // in full, not applied to rows that are not the ones last listed.
        QVERIFY(other.replace(s.id, s.targetId, QStringLiteral("full"),
            {{QStringLiteral("a"), 1, 1, false}, {QStringLiteral("b"), 2, 1, false},
                {QStringLiteral("c"), 3, 1, false}},
            3000, QString()));
        writeFile(backups.filePath(QStringLiteral("full_20261205-010000.tar.gz")), "fifth");
        QCOMPARE(refreshNow().at(2).toInt(), 4);
        QCOMPARE(catalogNames(), folderNames());
        QCOMPARE(sizeOf(oldest), std::optional<qint64>(7));
        // A name the time format cannot read: said in words, and the catalog still exact.
        writeFile(backups.filePath(QStringLiteral("full_latest.tar.gz")), "odd");
        QVERIFY(refreshNow().at(1).toString().contains(QStringLiteral("full_latest.tar.gz")));
        QCOMPARE(catalogNames(), folderNames());
        QVERIFY(QFile::remove(backups.filePath(QStringLiteral("full_latest.tar.gz"))));
        QCOMPARE(refreshNow().at(1).toString(), QString());
        QCOMPARE(catalogNames(), folderNames());
        QCOMPARE(folderNames().size(), 4);
        // A timestamped folder whose contents change: its line changes (its mtime), what the
        // catalog keeps of it (the time from its name) does not, and its verification stays.
        const QString stamped = QStringLiteral("full_20261206-010000.tar.gz");
        QVERIFY(QDir(backups.path()).mkdir(stamped));
        QCOMPARE(refreshNow().at(2).toInt(), 5);
        QVERIFY(service.catalog().recordVerification(s.id, stamped, true, QString(), 5, 1000));
        QTest::qWait(20);
        writeFile(backups.filePath(stamped + QStringLiteral("/db.sqlite3")), "inside");
        QCOMPARE(refreshNow().at(2).toInt(), 5);
        QCOMPARE(verifiedOf(stamped), std::optional<bool>(true));
    }

    void scheduledVerificationTakesTheNewestAndStaysQuiet()
    {
        QTemporaryDir backups;
        QTemporaryDir data;
        writeFile(data.filePath(QStringLiteral("f")), "some data\n");
        const QString history = newHistory();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList names;
        for (int d = 2; d >= 1; --d) {
            names.prepend(
                now.addDays(-d).toString(QStringLiteral("'full_'yyyyMMdd-HHmmss'.tar.gz'")));
            QProcess tar;
            tar.start(QStringLiteral("tar"),
                {QStringLiteral("-czf"), backups.filePath(names.first()), QStringLiteral("-C"),
                    data.path(), QStringLiteral("f")});
            QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        }
        const Workspace w = archivesHere(backups.path());
        const BackupSource &s = w.backups.constFirst();
        const auto transports =
            transportsFor(w, [](const Target &) { return SshConnectSettings {}; });
        JobManager jobs(history, transports);
        BackupService service(history, &jobs, transports);
        service.setWorkspace(w);
        QVERIFY(jobs.open() && service.open());
        QSignalSpy refreshed(&service, &BackupService::refreshed);
        QSignalSpy verified(&service, &BackupService::verified);
        // Nothing listed yet: the round lists, the next one verifies the newest.
        QVERIFY(service.verifyDue(now.toMSecsSinceEpoch()).isEmpty());
        QVERIFY(refreshed.wait(10'000));
        const QList<qint64> started = service.verifyDue(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(started.size(), 1);
        QVERIFY(verified.wait(20'000));
        QCOMPARE(verified.at(0).at(1).toString(), names.at(0));
        QCOMPARE(verified.at(0).at(2).toBool(), true);
        // Verified recently: nothing due; a passing scheduled check leaves no journal entry.
        QVERIFY(service.verifyDue(QDateTime::currentMSecsSinceEpoch()).isEmpty());
        QCOMPARE(jobs.book().journal().entries(JournalFilter {})->size(), 0);
        // Its verification 25 h old: due again; the newest is now broken: it fails, and says so.
        QFile broken(backups.filePath(names.at(0)));
        QVERIFY(broken.resize(broken.size() / 2));
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(service.catalog().recordVerification(
            s.id, names.at(0), true, QString(), 10, at - 25 * 3'600'000LL));
        QCOMPARE(service.verifyDue(at).size(), 1);
        QVERIFY(verified.wait(20'000));
        QCOMPARE(verified.at(1).at(2).toBool(), false);
        QCOMPARE(jobs.book().journal().entries(JournalFilter {})->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
