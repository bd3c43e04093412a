// The SSH transport against a real OpenSSH server on loopback: host keys, logins, the
// persistent shell, bounds, timeouts and reconnects.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/ShellQuote.h"
#include "core/WorkspaceJson.h"
#include "monitor/CheckExecutor.h"
#include "remote/KnownHosts.h"
#include "remote/RemoteShell.h"
#include "remote/SshHost.h"
#include "remote/SshHostWorker.h"
#include "remote/SshHosts.h"
#include "remote/SshSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

class TestSsh : public QObject {
    Q_OBJECT

private:
    SshConnectSettings settings(bool acceptNew = false) const
    {
        SshConnectSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_sshd->port();
        s.user = SshdFixture::currentUser();
        s.auth = SshAuthMethod::KeyFile;
        s.keyFile = m_sshd->clientKey();
        s.knownHostsFile = QDir(m_home.path()).filePath(QStringLiteral("dozor/known_hosts"));
        s.userKnownHostsFile = QDir(m_home.path()).filePath(QStringLiteral(".ssh/known_hosts"));
        s.acceptNewHostKey = acceptNew;
        s.timeoutMs = 10'000;
        return s;
    }
    void forgetHostKeys()
    {
        QFile::remove(settings().knownHostsFile);
        QFile::remove(settings().userKnownHostsFile);
    }
    // An open session with the host key already accepted.
    void openSession(SshSession &session)
    {
        const auto opened = session.open(settings(true));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    std::unique_ptr<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void unknownHostKeyIsRefusedUntilAccepted()
    {
        forgetHostKeys();
        const int authBefore = m_sshd->authRequests();
        SshSession session;
        const auto refused = session.open(settings(false));
        QVERIFY(!refused.ok());
        QCOMPARE(session.step(), SshSession::Step::HostKey);
        QVERIFY(session.hostKey().has_value());
        QCOMPARE(session.hostKey()->verdict, HostKeyVerdict::Unknown);
        QCOMPARE(session.hostKey()->keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(session.hostKey()->fingerprint.startsWith(QLatin1String("SHA256:")));
        QVERIFY2(
            refused.error().contains(session.hostKey()->fingerprint), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QLatin1String("--accept-new-host-keys")));
        QVERIFY(!QFile::exists(settings().knownHostsFile));
        QCOMPARE(m_sshd->authRequests(), authBefore); // declined: nothing was sent

        const auto accepted = session.open(settings(true));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        const auto entries = KnownHosts::list(settings().knownHostsFile);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().hosts, QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port()));
        QCOMPARE(entries->constFirst().fingerprint, session.hostKey()->fingerprint);

        SshSession again; // known now, without accepting anything
        const auto known = again.open(settings(false));
        QVERIFY2(known.ok(), qPrintable(known.error()));
        QCOMPARE(again.hostKey()->verdict, HostKeyVerdict::Known);
        QCOMPARE(KnownHosts::list(settings().knownHostsFile)->size(), 1);

        // Listed entries can be removed; the host is unknown again.
        QVERIFY(KnownHosts::remove(entries->constFirst(), settings().knownHostsFile).ok());
        QCOMPARE(KnownHosts::list(settings().knownHostsFile)->size(), 0);
        SshSession third;
        QVERIFY(!third.open(settings(false)).ok());
        QCOMPARE(third.hostKey()->verdict, HostKeyVerdict::Unknown);
    }

    void usersKnownHostsAreTrusted()
    {
        forgetHostKeys();
        writeFile(settings().userKnownHostsFile,
            "[127.0.0.1]:" + QByteArray::number(m_sshd->port()) + ' ' + m_sshd->hostPublicKeyLine()
                + '\n');
        SshSession session;
        const auto opened = session.open(settings(false));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(session.hostKey()->verdict, HostKeyVerdict::Known);
        QVERIFY(!QFile::exists(settings().knownHostsFile)); // the user's file is never written
    }

    void changedHostKeyIsRefusedBeforeAuthentication()
    {
        forgetHostKeys();
        {
            SshSession first;
            openSession(first);
        }
        const QString oldFingerprint =
            KnownHosts::list(settings().knownHostsFile)->value(0).fingerprint;
        SshdFixture::Options other;
        other.hostKeyName = QStringLiteral("host_ed25519_other");
        QVERIFY2(m_sshd->start(other), qPrintable(m_sshd->error()));

        SshSession session;
        const auto refused = session.open(settings(true)); // even when accepting new keys
        QVERIFY(!refused.ok());
        QCOMPARE(session.step(), SshSession::Step::HostKey);
        QCOMPARE(session.hostKey()->verdict, HostKeyVerdict::Changed);
        QCOMPARE(session.hostKey()->knownFingerprint, oldFingerprint);
        QVERIFY(refused.error().contains(oldFingerprint));
        QVERIFY(refused.error().contains(session.hostKey()->fingerprint));
        QVERIFY(refused.error().contains(QLatin1String("REFUSED")));
        QCOMPARE(m_sshd->authRequests(), 0);
        QVERIFY2(!m_sshd->log().contains("Accepted"), m_sshd->log().constData());
        QCOMPARE(KnownHosts::list(settings().knownHostsFile)->size(), 1); // nothing overwritten

        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void wrongKeyAndMissingAgentSayWhy()
    {
        SshConnectSettings s = settings(true);
        s.keyFile = QDir(m_serverDir.path()).filePath(QStringLiteral("no-such-key"));
        SshSession session;
        auto failed = session.open(s);
        QVERIFY(!failed.ok());
        QCOMPARE(session.step(), SshSession::Step::Authenticate);
        QVERIFY2(failed.error().contains(QLatin1String("no-such-key")), qPrintable(failed.error()));

        s.auth = SshAuthMethod::Agent;
        failed = session.open(s);
        QVERIFY(!failed.ok());
        QVERIFY2(
            failed.error().contains(QLatin1String("SSH_AUTH_SOCK")), qPrintable(failed.error()));

        // A password the keychain could not give: its reason, not "no password is stored".
        s.auth = SshAuthMethod::Password;
        failed = session.open(s);
        QVERIFY2(failed.error().contains(QLatin1String("no password is stored")),
            qPrintable(failed.error()));
        s.secretProblem = QStringLiteral("no system keychain is available (test)");
        failed = session.open(s);
        QVERIFY2(failed.error().contains(QLatin1String("cannot read the password for 127.0.0.1:"))
                && failed.error().contains(s.secretProblem),
            qPrintable(failed.error()));
    }

    void agentLogin()
    {
        const QString socket = QDir(m_serverDir.path()).filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(
            QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_sshd->clientKey()});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
        SshConnectSettings s = settings(true);
        s.auth = SshAuthMethod::Agent;
        s.keyFile.clear();
        SshSession session;
        const auto opened = session.open(s);
        qunsetenv("SSH_AUTH_SOCK");
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QTRY_VERIFY(m_sshd->log().contains("Accepted publickey"));
    }

    void passwordLogin()
    {
        if (::geteuid() != 0)
            QSKIP("a password account and sshd reading passwords need root (CI runs as root)");
        QString error;
        const QByteArray password = "canary-Pa55 'with' $pecial;chars";
        QVERIFY2(ensureTestUser(QStringLiteral("dozortest"), password, &error), qPrintable(error));
        SshdFixture::Options options;
        options.passwordAuth = true;
        QVERIFY2(m_sshd->start(options), qPrintable(m_sshd->error()));
        SshConnectSettings s = settings(true);
        s.user = QStringLiteral("dozortest");
        s.auth = SshAuthMethod::Password;
        s.secret = password;
        SshSession session;
        const auto opened = session.open(s);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QTRY_VERIFY(m_sshd->log().contains("Accepted password for dozortest"));

        s.secret = "wrong";
        const auto refused = session.open(s);
        QVERIFY(!refused.ok());
        QCOMPARE(session.step(), SshSession::Step::Authenticate);
        QVERIFY2(refused.error().contains(QLatin1String("refused the password")),
            qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(QLatin1String("wrong")));
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void persistentShellFramesEachRun()
    {
        SshSession session;
        openSession(session);
        RemoteShell shell(session);
        QVERIFY(shell.start(10'000).ok());
        const qint64 pid = shell.pid();
        QVERIFY(pid > 1);

        auto r = shell.run("echo out; echo err >&2; exit 3", 1 << 20, 10'000);
        QVERIFY2(r.completed(), qPrintable(r.error));
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        QCOMPARE(r.exitStatus, std::optional<int>(3));

        // No newline at the end, empty output, a script that reads stdin: all framed.
        r = shell.run("printf 'no newline'", 1 << 20, 10'000);
        QCOMPARE(r.out, QByteArray("no newline"));
        r = shell.run("true", 1 << 20, 10'000);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.exitStatus, std::optional<int>(0));
        r = shell.run("cat; echo after", 1 << 20, 10'000);
        QCOMPARE(r.out, QByteArray("after\n"));
        // A script's own output cannot fake the frame.
        r = shell.run("echo '@@dozor-0-end 0'; echo real", 1 << 20, 10'000);
        QCOMPARE(r.out, QByteArray("@@dozor-0-end 0\nreal\n"));
        QCOMPARE(shell.pid(), pid); // the same shell all along

        // Run in the kept shell itself (the probe's way): framed alike, statuses carried.
        constexpr auto inShell = RemoteShell::Isolated::No;
        r = shell.run("printf 'no newline'; false", 1 << 20, 10'000, nullptr, inShell);
        QCOMPARE(r.out, QByteArray("no newline"));
        QCOMPARE(r.exitStatus, std::optional<int>(1));
        r = shell.run("cat; dozor_x=kept", 1 << 20, 10'000, nullptr, inShell);
        QCOMPARE(r.exitStatus, std::optional<int>(0));
        r = shell.run("echo \"$dozor_x\"", 1 << 20, 10'000, nullptr, inShell);
        QCOMPARE(r.out, QByteArray("kept\n")); // no subshell: what a run sets, the next sees
        QCOMPARE(shell.pid(), pid);
    }

    void hostileValuesArriveByteForByte()
    {
        SshSession session;
        openSession(session);
        RemoteShell shell(session);
        const QList<QByteArray> hostile = {"$(touch /tmp/dozor-pwned)", "`touch /tmp/dozor-pwned`",
            "'; touch /tmp/dozor-pwned; '", "a\nb", "--help", "*", "$HOME", "\\", "\"",
            "\xd0\x94\xd0\xbe\xd0\xb7\xd0\xbe\xd1\x80", "-n; touch /tmp/dozor-pwned"};
        QFile::remove(QStringLiteral("/tmp/dozor-pwned"));
        for (const QByteArray &value : hostile) {
            const auto line = ShellQuote::commandLine("printf", {}, {"%s", value});
            QVERIFY(line.ok());
            auto r = shell.run(*line, 1 << 20, 10'000);
            QVERIFY2(r.completed(), qPrintable(r.error));
            QCOMPARE(r.out, value);
            r = session.exec(*line, QByteArray(), 1 << 20, 10'000);
            QVERIFY2(r.completed(), qPrintable(r.error));
            QCOMPARE(r.out, value);
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/dozor-pwned")));
    }

    void timeoutStopsTheRemoteProcess()
    {
        SshSession session;
        openSession(session);
        RemoteShell shell(session);
        const QByteArray marker = "3599.25";
        QElapsedTimer clock;
        clock.start();
        auto r = shell.run("sleep " + marker, 1 << 20, 1500);
        QVERIFY(!r.completed());
        QVERIFY2(r.error.contains(QLatin1String("1.5 s")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(processesWithCommandLine("sleep " + marker).isEmpty(), 5000);
        // The next run gets a fresh shell.
        r = shell.run("echo again", 1 << 20, 10'000);
        QVERIFY2(r.completed(), qPrintable(r.error));
        QCOMPARE(r.out, QByteArray("again\n"));

        // The same for a command on its own channel.
        r = session.exec("sleep " + marker, QByteArray(), 1 << 20, 1500);
        QVERIFY(!r.completed());
        QTRY_VERIFY_WITH_TIMEOUT(processesWithCommandLine("sleep " + marker).isEmpty(), 5000);
    }

    void hugeOutputIsCapped()
    {
        SshSession session;
        openSession(session);
        RemoteShell shell(session);
        const qsizetype cap = SshHost::defaultOutputCap;
        const qint64 before = residentKiB();
        auto r = shell.run("head -c 1073741824 /dev/zero", cap, 60'000);
        QVERIFY(!r.completed());
        QVERIFY(r.truncated);
        QCOMPARE(r.out.size(), cap);
        QVERIFY2(r.error.contains(QLatin1String("4096 KiB")), qPrintable(r.error));
        const qint64 grew = residentKiB() - before;
        qInfo("1 GiB printed, %lld bytes kept, RSS grew by %lld KiB, %lld ms", qint64(r.out.size()),
            grew, r.elapsedMs);
        QVERIFY2(grew < 64 * 1024, qPrintable(QString::number(grew)));
        QTRY_VERIFY_WITH_TIMEOUT(processesWithCommandLine("head -c 1073741824").isEmpty(), 5000);
        r = shell.run("echo fine", cap, 10'000);
        QCOMPARE(r.out, QByteArray("fine\n"));

        r = session.exec("head -c 1073741824 /dev/zero", QByteArray(), cap, 60'000);
        QVERIFY(r.truncated);
        QCOMPARE(r.out.size(), cap);
    }

    void reconnectsAfterTheServerComesBack()
    {
        SshHost host(QStringLiteral("srv"), settings(true));
        QSignalSpy status(&host, &SshHost::statusChanged);
        QList<RemoteRunResult> results;
        auto run = [&] {
            host.runScript(
                "echo alive", 5000, this, [&](const RemoteRunResult &r) { results.append(r); });
        };
        run();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 15'000);
        QVERIFY2(results.last().completed(), qPrintable(results.last().error));
        QCOMPARE(host.status().state, SshHostState::Connected);

        m_sshd->kill();
        run();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15'000);
        QVERIFY(!results.last().completed());
        QVERIFY2(results.last().error.contains(QLatin1String("connection lost")),
            qPrintable(results.last().error));
        QTRY_COMPARE(host.status().state, SshHostState::Reconnecting);

        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        // Ask every second, as a scheduler would; the backoff decides when it really tries.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30'000 && !(results.last().completed())) {
            run();
            const int have = results.size();
            QTRY_VERIFY_WITH_TIMEOUT(results.size() > have, 15'000);
            if (!results.last().completed())
                QTest::qWait(1000);
        }
        QVERIFY2(results.last().completed(), qPrintable(results.last().error));
        QCOMPARE(results.last().out, QByteArray("alive\n"));
        QCOMPARE(host.status().state, SshHostState::Connected);
        qInfo("back after %lld ms", clock.elapsed());
    }

    void backoffGrowsWithJitterAndACap()
    {
        QCOMPARE(SshHostWorker::backoffMs(1, 0.0), 500);
        QCOMPARE(SshHostWorker::backoffMs(1, 1.0), 1000);
        QCOMPARE(SshHostWorker::backoffMs(4, 0.0), 4000);
        QCOMPARE(SshHostWorker::backoffMs(30, 1.0), 300'000);
        QCOMPARE(SshHostWorker::backoffMs(30, 0.0), 150'000);
    }

    Workspace sshWorkspace() const
    {
        Workspace w;
        Target t;
        t.id = QStringLiteral("srv");
        t.ssh = m_sshd->endpoint();
        w.targets.append(t);
        for (CheckType type : {CheckType::Cpu, CheckType::Load, CheckType::Memory, CheckType::Disk,
                 CheckType::Uptime}) {
            CheckSpec c;
            c.id = checkTypeName(type);
            c.targetId = t.id;
            c.type = type;
            c.warn = type == CheckType::Uptime ? 0 : 1e9; // OK whatever this machine is doing
            c.crit = type == CheckType::Uptime ? std::optional<double>() : 1e9;
            if (type == CheckType::Disk || type == CheckType::Cpu || type == CheckType::Memory) {
                c.warn = 100;
                c.crit = 100;
            }
            w.checks.append(c);
        }
        return w;
    }

    void resourceChecksRunOverSsh()
    {
        forgetHostKeys();
        const Workspace w = sshWorkspace();
        CheckExecutor executor(w, QString());
        SshHosts *hosts = executor.sshHosts();
        hosts->setKnownHostsFiles(settings().knownHostsFile, settings().userKnownHostsFile);
        QSignalSpy results(&executor, &CheckExecutor::resultReady);
        QSignalSpy keys(hosts, &SshHosts::hostKeyUnknown);
        QStringList ids;
        for (const CheckSpec &c : w.checks)
            ids.append(c.id);

        // Unknown host: every check says why, once the key is accepted they run.
        executor.run(ids);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 20'000);
        QCOMPARE(keys.size(), 1);
        for (const auto &args : std::as_const(results)) {
            const auto r = args.at(0).value<CheckResult>();
            QCOMPARE(r.status, Status::Unknown);
            QVERIFY2(r.reason.contains(QLatin1String("not known yet")), qPrintable(r.reason));
        }
        QVERIFY(
            KnownHosts::add(keys.at(0).at(1).value<HostKeyInfo>(), settings().knownHostsFile).ok());
        hosts->retryAll();
        results.clear();
        executor.run(ids);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 20'000);
        for (const auto &args : std::as_const(results)) {
            const auto r = args.at(0).value<CheckResult>();
            // A busy CI machine can really be at 100% CPU; every other check is OK here.
            const bool acceptable = r.checkId == QLatin1String("cpu") ? r.status != Status::Unknown
                                                                      : r.status == Status::Ok;
            QVERIFY2(acceptable, qPrintable(r.checkId + QLatin1String(": ") + r.reason));
            QVERIFY2(!r.values.isEmpty(), qPrintable(r.checkId));
        }
        QCOMPARE(hosts->find(QStringLiteral("srv"))->status().state, SshHostState::Connected);
    }

    // A server behind a jump host: the session to it goes through a direct-tcpip channel
    // of the jump host's session (its own login and host-key check first), runs checks
    // like any other, names the jump host when that cannot be reached, and asks for the
    // jump host's key when it is not known yet.
    void throughAJumpHost()
    {
        QTemporaryDir targetDir;
        SshdFixture target(targetDir.path());
        QVERIFY2(target.start(), qPrintable(target.error()));
        forgetHostKeys();
        SshConnectSettings s = settings(true);
        s.port = target.port();
        s.keyFile = target.clientKey();
        s.jumps = {SshHop {QStringLiteral("127.0.0.1"), m_sshd->port(), SshdFixture::currentUser(),
            m_sshd->clientKey()}};
        {
            SshSession session;
            const auto opened = session.open(s);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            const RemoteRunResult r = session.exec(
                "echo through; head -c 300000 /dev/zero | wc -c", QByteArray(), 1 << 20, 10'000);
            QVERIFY2(r.completed(), qPrintable(r.error));
            QCOMPARE(r.out, QByteArray("through\n300000\n"));
            // Through the jump host, to the target's port.
            const QByteArray forwarded =
                "target 127.0.0.1 port " + QByteArray::number(target.port());
            QTRY_VERIFY(m_sshd->log().contains(forwarded));
        }
        // Both host keys were checked and remembered, each under its own host and port.
        QCOMPARE(KnownHosts::list(s.knownHostsFile)->size(), 2);

        // A checks' run in a workspace, as the CLI does it.
        QTemporaryDir home;
        Workspace w = sshWorkspace();
        w.targets.first().ssh = target.endpoint();
        SshJump jump;
        jump.host = QStringLiteral("127.0.0.1");
        jump.port = m_sshd->port();
        jump.user = SshdFixture::currentUser();
        jump.keyFile = m_sshd->clientKey();
        w.targets.first().ssh->jump = {jump};
        const QString file = home.filePath(QStringLiteral("ws.json"));
        writeFile(file, workspaceToJson(w));
        RunResult run = runDozor(
            {QStringLiteral("check"), QStringLiteral("-w"), file, QStringLiteral("--check"),
                QStringLiteral("memory"), QStringLiteral("--accept-new-host-keys")},
            home.path());
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());

        // The jump host down: the target cannot be reached, and the reason names the hop.
        m_sshd->kill();
        SshSession down;
        auto failed = down.open(s);
        QVERIFY(!failed.ok());
        QVERIFY2(
            failed.error().startsWith(QStringLiteral("jump host: cannot connect to 127.0.0.1:%1")
                                          .arg(s.jumps.first().port)),
            qPrintable(failed.error()));
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));

        // Nothing listening behind the jump host: said as the jump host's answer.
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            SshConnectSettings nowhere = s;
            nowhere.jumps.first().port = m_sshd->port();
            nowhere.port = closed.serverPort();
            closed.close();
            SshSession session;
            failed = session.open(nowhere);
            QVERIFY2(failed.error().contains(
                         QStringLiteral("cannot reach 127.0.0.1:%1 from there").arg(nowhere.port)),
                qPrintable(failed.error()));
        }
        // A server whose jump hosts changed gets a connection of its own (an edit applies).
        {
            SshHosts hosts;
            Target direct;
            direct.id = QStringLiteral("db");
            direct.ssh = target.endpoint();
            QVERIFY(hosts.hostFor(direct)->settings().jumps.isEmpty());
            Target viaJump = direct;
            viaJump.ssh->jump = {jump};
            QCOMPARE(hosts.hostFor(viaJump)->settings().jumps.size(), 1);
        }

        // The jump host's key not known yet: asked for (its host and port), like a target's.
        s.jumps.first().port = m_sshd->port();
        forgetHostKeys();
        s.acceptNewHostKey = false;
        SshSession unknown;
        failed = unknown.open(s);
        QVERIFY(!failed.ok());
        QCOMPARE(unknown.step(), SshSession::Step::HostKey);
        QCOMPARE(unknown.hostKey()->port, m_sshd->port());
        QCOMPARE(unknown.hostKey()->verdict, HostKeyVerdict::Unknown);
    }

    void cliRefusesUnknownKeysUnlessAsked()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("ws.json"));
        Workspace w = sshWorkspace();
        writeFile(file, workspaceToJson(w));
        QFile::remove(settings().userKnownHostsFile);

        RunResult r = runDozor({QStringLiteral("check"), QStringLiteral("-w"), file,
                                   QStringLiteral("--check"), QStringLiteral("memory")},
            home.path());
        // Refused for safety has its own exit code, also at the end of a watch.
        QVERIFY2(r.exitCode == 5, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("--accept-new-host-keys"), r.out.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("known_hosts"))));
        r = runDozor({QStringLiteral("watch"), QStringLiteral("-w"), file, QStringLiteral("--for"),
                         QStringLiteral("3")},
            home.path());
        QVERIFY2(r.exitCode == 5, QByteArray(r.out + r.err).constData());

        r = runDozor(
            {QStringLiteral("check"), QStringLiteral("-w"), file, QStringLiteral("--check"),
                QStringLiteral("memory"), QStringLiteral("--accept-new-host-keys")},
            home.path());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("known_hosts"))));
        r = runDozor({QStringLiteral("check"), QStringLiteral("-w"), file,
                         QStringLiteral("--check"), QStringLiteral("memory")},
            home.path());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

        // The key the server shows is no longer the one on record (possible interception).
        QFile pub(m_sshd->clientPublicKey());
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> otherKey = pub.readAll().trimmed().split(' ');
        writeFile(home.filePath(QStringLiteral("known_hosts")),
            "[127.0.0.1]:" + QByteArray::number(m_sshd->port()) + ' ' + otherKey.value(0) + ' '
                + otherKey.value(1) + '\n');
        r = runDozor(
            {QStringLiteral("check"), QStringLiteral("-w"), file, QStringLiteral("--check"),
                QStringLiteral("memory"), QStringLiteral("--accept-new-host-keys")},
            home.path());
        QVERIFY2(r.exitCode == 5, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("REFUSED"), r.out.constData());
    }

    void watchAppliesFileEditsWithoutReconnecting()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("ws.json"));
        Workspace w = sshWorkspace();
        for (CheckSpec &c : w.checks)
            c.intervalSec = 2;
        w.targets.append(localTarget(QStringLiteral("here"), QStringLiteral("This computer")));
        CheckSpec marker = bareCheck(CheckType::Command);
        marker.id = QStringLiteral("marker");
        marker.targetId = QStringLiteral("here");
        marker.command.run = QStringLiteral("echo one");
        marker.intervalSec = 3600;
        w.checks.append(marker);
        writeFile(file, workspaceToJson(w));
        const qsizetype loginsBefore = m_sshd->log().count("Accepted publickey");

        QProcess watch;
        watch.setProcessEnvironment(dozorEnvironment(home.path()));
        watch.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("watch"), QStringLiteral("-w"), file,
                QStringLiteral("--accept-new-host-keys"), QStringLiteral("--json")});
        QVERIFY(watch.waitForStarted());
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += watch.readAllStandardError();
                return err.contains("connected over SSH");
            },
            20'000));
        QTest::qWait(2500); // a few samples on the kept session

        // An unrelated check changes in the file: it runs again at once with its new command.
        w.checks.last().command.run = QStringLiteral("echo two; exit 3");
        writeFile(file, workspaceToJson(w));
        const QByteArray out = readStdoutUntil(
            watch,
            [](const QByteArray &o) {
                const auto lines = o.split('\n');
                return std::any_of(lines.begin(), lines.end(), [](const QByteArray &line) {
                    return line.contains("\"check\":\"marker\"")
                        && line.contains("\"status\":\"CRIT\"") && line.contains("exit status 3");
                });
            },
            20'000);
        QVERIFY2(out.contains("exit status 3"), out.constData());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         err += watch.readAllStandardError();
                         return err.contains("was changed: now watching 6 checks");
                     },
                     20'000),
            err.constData());

        // A broken edit is reported and the last good workspace keeps running.
        writeFile(file, "{ \"checks\": [ ");
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += watch.readAllStandardError();
                return err.contains("last good version keeps running");
            },
            20'000));
        QTest::qWait(2500);
        QCOMPARE(watch.state(), QProcess::Running);

        watch.terminate();
        QVERIFY(watch.waitForFinished(20'000));
        err += watch.readAllStandardError();
        // One login for the whole run: the server's session was never made again.
        const qsizetype logins = m_sshd->log().count("Accepted publickey") - loginsBefore;
        QVERIFY2(logins == 1,
            qPrintable(QString::number(logins) + QLatin1Char('\n') + QString::fromUtf8(err)
                + QString::fromUtf8(m_sshd->log().right(6000))));
        QVERIFY2(!err.contains("connection lost"), err.constData());
    }

    void configFilesAreNeverRead()
    {
        // A ~/.ssh/config that would switch host-key checking off and run a command.
        forgetHostKeys();
        QDir().mkpath(QDir(m_home.path()).filePath(QStringLiteral(".ssh")));
        const QString canary = QDir(m_home.path()).filePath(QStringLiteral("proxy-ran"));
        writeFile(QDir(m_home.path()).filePath(QStringLiteral(".ssh/config")),
            "Host *\n  StrictHostKeyChecking no\n  ProxyCommand touch " + canary.toUtf8()
                + "\n  Port 1\n");
        SshSession session;
        const auto refused = session.open(settings(false));
        QVERIFY(!refused.ok());
        QCOMPARE(session.hostKey()->verdict, HostKeyVerdict::Unknown); // reached our port
        QVERIFY(!QFile::exists(canary));
        QFile::remove(QDir(m_home.path()).filePath(QStringLiteral(".ssh/config")));
    }
};

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
