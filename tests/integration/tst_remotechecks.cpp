// Service, process, path, log and command checks through the real CheckExecutor: on this
// computer (a local /bin/sh) and over SSH (a real sshd on loopback), against real files,
// real processes and real commands. Hostile names travel through the probe byte for byte.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "monitor/CheckExecutor.h"
#include "remote/SshHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

class TestRemoteChecks : public QObject {
    Q_OBJECT

private:
    Target sshTargetHere() const
    {
        Target t;
        t.id = QStringLiteral("srv");
        t.ssh = m_sshd->endpoint();
        return t;
    }

    static CheckSpec check(const QString &id, const QString &targetId, CheckType type)
    {
        CheckSpec c;
        c.id = id;
        c.targetId = targetId;
        c.type = type;
        c.timeoutSec = 20;
        return c;
    }

    // Runs the workspace's checks once and returns the results by check id.
    QHash<QString, CheckResult> runOnce(CheckExecutor &executor)
    {
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QStringList ids;
        for (const CheckSpec &c : executor.workspace().checks)
            ids.append(c.id);
        executor.run(ids);
        QHash<QString, CheckResult> out;
        const bool complete = QTest::qWaitFor([&] { return results.size() >= ids.size(); }, 30'000);
        for (const auto &args : std::as_const(results)) {
            const auto r = args.at(0).value<CheckResult>();
            out.insert(r.checkId, r);
        }
        if (!complete)
            qWarning() << "only" << out.keys() << "of" << ids << "reported";
        return out;
    }

    // A workspace with the same checks for one target; the executor is prepared for SSH.
    std::unique_ptr<CheckExecutor> executorFor(const Target &target, QList<CheckSpec> checks)
    {
        Workspace w;
        w.targets.append(target);
        for (CheckSpec &c : checks) {
            c.targetId = target.id;
            w.checks.append(c);
        }
        auto executor = std::make_unique<CheckExecutor>(w, QString());
        SshHosts *hosts = executor->sshHosts();
        hosts->setKnownHostsFiles(m_knownHosts, QString());
        hosts->setAcceptNewHostKeys(true);
        return executor;
    }

    QList<Target> targets() const
    {
        return {localTarget(QStringLiteral("here"), QStringLiteral("Here")), sshTargetHere()};
    }

    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_files;
    QString m_knownHosts;
    std::unique_ptr<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        m_knownHosts = QDir(m_home.path()).filePath(QStringLiteral("known_hosts"));
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void webRootPermissions_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("this computer") << 0;
        QTest::newRow("over ssh") << 1;
    }
    void webRootPermissions()
    {
        QFETCH(int, target);
        // A web root whose name a shell would love to misread.
        const QString canary = m_files.filePath(QStringLiteral("canary-%1").arg(target));
        const QString root = m_files.filePath(
            QStringLiteral("www %1 it's $(touch %2) `x` \"q\"").arg(target).arg(canary));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/static")));
        ::chmod(QFile::encodeName(m_files.path()).constData(), 0755);
        ::chmod(QFile::encodeName(root).constData(), 0700);

        // Whoever runs the tests owns what they make (root in CI).
        const QFileInfo made(root);
        CheckSpec path = check(QStringLiteral("webroot"), QString(), CheckType::Path);
        path.path.path = root;
        path.path.owner = made.owner();
        path.path.readableBy = QStringLiteral("nobody");
        auto executor = executorFor(targets().at(target), {path});

        auto r = runOnce(*executor).value(QStringLiteral("webroot"));
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.contains(QStringLiteral("nobody cannot read ") + root
                     + QStringLiteral(" (700 %1:%2").arg(made.owner(), made.group())),
            qPrintable(r.reason));
        QVERIFY(!QFile::exists(canary));

        ::chmod(QFile::encodeName(root).constData(), 0755);
        r = runOnce(*executor).value(QStringLiteral("webroot"));
        QVERIFY2(r.status == Status::Ok, qPrintable(r.reason));
        QVERIFY2(r.reason.endsWith(QStringLiteral("readable by nobody")), qPrintable(r.reason));

        QVERIFY(QDir(root).removeRecursively());
        r = runOnce(*executor).value(QStringLiteral("webroot"));
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(
            r.reason.contains(QStringLiteral("No such file or directory")), qPrintable(r.reason));
        QVERIFY(!QFile::exists(canary));
    }

    void workerProcesses_data() { webRootPermissions_data(); }
    void workerProcesses()
    {
        QFETCH(int, target);
        // Real processes with a name of their own: a copy of sleep.
        const QString sleeper = m_files.filePath(QStringLiteral("dzworker%1").arg(target));
        QFile::remove(sleeper);
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), sleeper));
        QFile::setPermissions(sleeper, QFile::ReadOwner | QFile::ExeOwner);
        QProcess a, b;
        a.start(sleeper, {QStringLiteral("300")});
        b.start(sleeper, {QStringLiteral("300")});
        QVERIFY(a.waitForStarted() && b.waitForStarted());

        CheckSpec byName = check(QStringLiteral("workers"), QString(), CheckType::Process);
        byName.process.name = QFileInfo(sleeper).fileName();
        byName.process.min = 2;
        CheckSpec byPattern = check(QStringLiteral("pattern"), QString(), CheckType::Process);
        byPattern.process.pattern = QStringLiteral("dzworker%1 3[0]0$").arg(target);
        byPattern.process.min = 1;
        byPattern.process.max = 2;
        auto executor = executorFor(targets().at(target), {byName, byPattern});

        auto results = runOnce(*executor);
        QVERIFY2(results.value(QStringLiteral("workers")).status == Status::Ok,
            qPrintable(results.value(QStringLiteral("workers")).reason));
        QCOMPARE(results.value(QStringLiteral("workers")).values.value(0).value, 2.0);
        QVERIFY2(results.value(QStringLiteral("pattern")).status == Status::Ok,
            qPrintable(results.value(QStringLiteral("pattern")).reason));

        b.kill();
        b.waitForFinished();
        results = runOnce(*executor);
        QCOMPARE(results.value(QStringLiteral("workers")).status, Status::Crit);
        QVERIFY(results.value(QStringLiteral("workers"))
                    .reason.contains(QStringLiteral("need at least 2")));
        a.kill();
        a.waitForFinished();
    }

    // A process name is matched as written: "c++" and "a'b$(c)" are names, not patterns, and
    // "py3.*" does not count py3.11.
    void processNamesAreLiteral_data() { webRootPermissions_data(); }
    void processNamesAreLiteral()
    {
        QFETCH(int, target);
        QList<QProcess *> running;
        const auto cleanup = qScopeGuard([&] {
            for (QProcess *p : running) {
                p->kill();
                p->waitForFinished();
                delete p;
            }
        });
        const QStringList names = {
            QStringLiteral("c++"), QStringLiteral("a'b$(c)"), QStringLiteral("py3.11")};
        QTemporaryDir bin;
        for (const QString &name : names) {
            const QString program = bin.filePath(name);
            QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), program));
            QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner);
            auto *p = new QProcess;
            running.append(p);
            p->start(program, {QStringLiteral("300")});
            QVERIFY(p->waitForStarted());
        }
        QList<CheckSpec> checks;
        for (const QString &name : names + QStringList {QStringLiteral("py3.*")}) {
            CheckSpec c =
                check(QStringLiteral("p%1").arg(checks.size()), QString(), CheckType::Process);
            c.process.name = name;
            checks.append(c);
        }
        auto executor = executorFor(targets().at(target), checks);
        const auto results = runOnce(*executor);
        for (int i = 0; i < 3; ++i) {
            const CheckResult r = results.value(QStringLiteral("p%1").arg(i));
            QVERIFY2(
                r.status == Status::Ok, qPrintable(names.at(i) + QLatin1String(": ") + r.reason));
            QCOMPARE(r.values.value(0).value, 1.0);
        }
        const CheckResult wildcard = results.value(QStringLiteral("p3"));
        QCOMPARE(wildcard.status, Status::Crit);
        QCOMPARE(wildcard.values.value(0).value, 0.0);
    }

    void logErrorRate_data() { webRootPermissions_data(); }
    void logErrorRate()
    {
        QFETCH(int, target);
        const QString log = m_files.filePath(QStringLiteral("app %1.log").arg(target));
        writeFile(log, "start\nERROR old, before watching\n");
        CheckSpec c = check(QStringLiteral("errors"), QString(), CheckType::Log);
        c.log.file = log;
        c.log.pattern = QStringLiteral("ERROR|CRITICAL");
        c.warn = 1e6;
        c.crit = 1e7;
        auto executor = executorFor(targets().at(target), {c});

        auto r = runOnce(*executor).value(QStringLiteral("errors"));
        QVERIFY2(r.status == Status::Ok && r.values.isEmpty(), qPrintable(r.reason)); // a baseline

        QFile f(log);
        QVERIFY(f.open(QIODevice::Append));
        f.write("ok\nERROR one\nfine\nCRITICAL two\n@@end\nERROR three\n");
        f.close();
        r = runOnce(*executor).value(QStringLiteral("errors"));
        QVERIFY2(r.status == Status::Ok, qPrintable(r.reason));
        QCOMPARE(r.values.value(0).metric, QStringLiteral("matches"));
        QCOMPARE(r.values.value(0).value, 3.0);

        // Nothing new: zero. Then the log is rotated: the new file is counted from its start.
        QCOMPARE(runOnce(*executor).value(QStringLiteral("errors")).values.value(0).value, 0.0);
        QVERIFY(QFile::remove(log));
        writeFile(log, "ERROR after rotation\n");
        r = runOnce(*executor).value(QStringLiteral("errors"));
        QCOMPARE(r.values.value(0).value, 1.0);
        QVERIFY2(r.reason.contains(QStringLiteral("rotated")), qPrintable(r.reason));
    }

    void customCommands_data() { webRootPermissions_data(); }
    void customCommands()
    {
        QFETCH(int, target);
        CheckSpec ok = check(QStringLiteral("ok"), QString(), CheckType::Command);
        ok.command.run = QStringLiteral("echo \"migrations: 0 pending\"");
        ok.command.outputRegex = QStringLiteral("0 pending");
        CheckSpec failing = check(QStringLiteral("failing"), QString(), CheckType::Command);
        failing.command.run = QStringLiteral("echo 'disk is read-only' >&2; exit 3");
        CheckSpec slow = check(QStringLiteral("slow"), QString(), CheckType::Command);
        slow.command.run = QStringLiteral("sleep 3600");
        slow.timeoutSec = 2;
        auto executor = executorFor(targets().at(target), {ok, failing, slow});

        const auto results = runOnce(*executor);
        QVERIFY2(results.value(QStringLiteral("ok")).status == Status::Ok,
            qPrintable(results.value(QStringLiteral("ok")).reason));
        const CheckResult f = results.value(QStringLiteral("failing"));
        QCOMPARE(f.status, Status::Crit);
        QCOMPARE(f.reason, QStringLiteral("exit status 3, expected 0: disk is read-only"));
        const CheckResult s = results.value(QStringLiteral("slow"));
        QCOMPARE(s.status, Status::Unknown);
        QVERIFY2(
            s.reason.contains(QStringLiteral("did not finish within 2 s")), qPrintable(s.reason));
        // The timed-out command does not live on.
        QTRY_VERIFY_WITH_TIMEOUT(processesWithCommandLine("sleep 3600").isEmpty(), 5000);
    }

    void systemdUnitsOnThisComputer()
    {
        // This machine runs no systemd (a container): a stand-in systemctl on PATH answers
        // `is-active` the way systemd does, from a file the test changes.
        const QString bin = m_files.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString states = m_files.filePath(QStringLiteral("states"));
        writeFile(bin + QStringLiteral("/systemctl"),
            "#!/bin/sh\n[ \"$1\" = is-active ] || exit 2\nshift; [ \"$1\" = -- ] && shift\n"
            "rc=0; for u in \"$@\"; do s=$(sed -n \"s/^$u=//p\" '"
                + QFile::encodeName(states)
                + "'); echo \"${s:-inactive}\"; [ \"$s\" = active ] || rc=3; done; exit $rc\n");
        QFile::setPermissions(
            bin + QStringLiteral("/systemctl"), QFile::ReadOwner | QFile::ExeOwner);
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin) + ':' + oldPath);

        CheckSpec c = check(QStringLiteral("units"), QString(), CheckType::Service);
        c.service.units = {QStringLiteral("nginx"), QStringLiteral("gunicorn")};
        auto executor = executorFor(targets().at(0), {c});
        writeFile(states, "nginx=active\ngunicorn=active\n");
        auto r = runOnce(*executor).value(QStringLiteral("units"));
        QVERIFY2(r.status == Status::Ok, qPrintable(r.reason));
        writeFile(states, "nginx=active\ngunicorn=failed\n");
        r = runOnce(*executor).value(QStringLiteral("units"));
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.startsWith(QStringLiteral("gunicorn failed")), qPrintable(r.reason));
        qputenv("PATH", oldPath);
    }

    // The uptime check over SSH says when the server booted; a server the history knew in
    // an earlier boot (seeded: the day before this boot) is a reboot seen, said once, and
    // warns while the uptime is below the level; this computer's boot is never one seen.
    void aRebootSeenWarnsAndARecentBootDoesNot()
    {
        CheckSpec up = check(QStringLiteral("up"), QString(), CheckType::Uptime);
        up.warn = 1e9; // every uptime is "recent"
        for (const Target &target : targets()) {
            auto executor = executorFor(target, {up});
            CheckResult r = runOnce(*executor).value(QStringLiteral("up"));
            QCOMPARE(r.status, Status::Ok); // the first look
            QVERIFY2(r.reason.contains(QStringLiteral("(booted 2")), qPrintable(r.reason));
            executor = executorFor(target, {up});
            // When it booted, from that result: the same boot is no news.
            const qint64 bootAt = r.startedMs - qint64(r.values.first().value * 1000);
            executor->seedBootTimes({{QStringLiteral("up"), bootAt}});
            QCOMPARE(runOnce(*executor).value(QStringLiteral("up")).status, Status::Ok);
            executor = executorFor(target, {up});
            executor->seedBootTimes({{QStringLiteral("up"), bootAt - 86'400'000}});
            r = runOnce(*executor).value(QStringLiteral("up"));
            if (target.local) {
                QCOMPARE(r.status, Status::Ok);
                continue;
            }
            QCOMPARE(r.status, Status::Warn);
            QVERIFY2(r.reason.startsWith(QStringLiteral("rebooted ")), qPrintable(r.reason));
            QVERIFY(r.rebootedAtMs.has_value());
            QVERIFY(qAbs(*r.rebootedAtMs - bootAt) < 5000);
            r = runOnce(*executor).value(QStringLiteral("up"));
            QCOMPARE(r.status, Status::Warn);
            QVERIFY(!r.rebootedAtMs); // said once
        }
    }

    void aDeadServerDoesNotHoldUpAnother()
    {
        // A "server" that accepts the connection and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Target dead = sshTargetHere();
        dead.id = QStringLiteral("dead");
        dead.ssh->port = silent.serverPort();
        Workspace w;
        w.targets = {sshTargetHere(), dead};
        for (const Target &t : std::as_const(w.targets)) {
            CheckSpec c = check(t.id + QStringLiteral("-mem"), t.id, CheckType::Memory);
            c.warn = 100;
            c.crit = 100;
            c.timeoutSec = 8;
            w.checks.append(c);
        }
        CheckExecutor executor(w, QString());
        executor.sshHosts()->setKnownHostsFiles(m_knownHosts, QString());
        executor.sshHosts()->setAcceptNewHostKeys(true);
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        executor.run({QStringLiteral("dead-mem"), QStringLiteral("srv-mem")});
        QVERIFY(results.wait(20'000));
        // The live server answered while the dead one is still waiting for a banner.
        QCOMPARE(results.first().first().value<CheckResult>().checkId, QStringLiteral("srv-mem"));
        QVERIFY(executor.isRunning(QStringLiteral("dead-mem")));
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 30'000);
        const auto deadResult = results.at(1).first().value<CheckResult>();
        QCOMPARE(deadResult.status, Status::Unknown);
        QVERIFY2(!deadResult.reason.isEmpty(), "no reason");
        // The time it took to give up, not 0 ms.
        QVERIFY2(deadResult.durationMs >= 1000, qPrintable(QString::number(deadResult.durationMs)));

        // A command check on a server that cannot be reached says so as such, not as
        // something "the command" did.
        CheckSpec command =
            check(QStringLiteral("dead-cmd"), QStringLiteral("dead"), CheckType::Command);
        command.command.run = QStringLiteral("true");
        command.timeoutSec = 3;
        Workspace withCommand = w;
        withCommand.checks.append(command);
        executor.setWorkspace(withCommand);
        results.clear();
        executor.run({QStringLiteral("dead-cmd")});
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 30'000);
        const auto cmd = results.first().first().value<CheckResult>();
        QCOMPARE(cmd.status, Status::Unknown);
        QVERIFY2(!cmd.reason.startsWith(QStringLiteral("the command ")), qPrintable(cmd.reason));
        QVERIFY(cmd.unreachable);
    }

    void noSystemdIsSaidInWords()
    {
        // Over SSH this machine's real systemctl answers: no systemd here.
        CheckSpec c = check(QStringLiteral("units"), QString(), CheckType::Service);
        c.service.units = {QStringLiteral("nginx")};
        auto executor = executorFor(sshTargetHere(), {c});
        const auto r = runOnce(*executor).value(QStringLiteral("units"));
        // In a container (CI, this machine) systemd does not run and the check says so in
        // the server's words; on a machine with systemd and no nginx, nginx is inactive.
        if (r.status == Status::Unknown)
            QVERIFY2(r.reason.startsWith(QStringLiteral("systemctl")), qPrintable(r.reason));
        else
            QVERIFY2(r.status == Status::Crit && r.reason.startsWith(QStringLiteral("nginx ")),
                qPrintable(r.reason));
    }
};

QTEST_GUILESS_MAIN(TestRemoteChecks)
#include "tst_remotechecks.moc"
