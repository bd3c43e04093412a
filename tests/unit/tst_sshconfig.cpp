// ~/.ssh/config import: Dozor's own reading of the file (OpenSSH's first-value-wins and
// wildcard blocks), and the plan of which servers an import adds.
#include "TestSupport.h"
#include "core/SshConfigImport.h"
#include "core/WorkspaceValidator.h"

#include <QTest>

using namespace dozor;

class TestSshConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostsAndTheirSettings()
    {
        const SshConfigParse p = parseSshConfig(R"(
# comment
User everyone-default
Host web1 web2
    HostName 203.0.113.10
    User deploy
    User ignored-second-value
    IdentityFile "~/.ssh/my key"
Host db
  Hostname=db.internal
  Port = 2222
Host !web2 *
  Port 2200
  IdentityFile ~/.ssh/id_%h
Host *.example ?
  User nobody
)");
        QCOMPARE(p.hosts.size(), 3); // web1, web2, db; wildcard names are not hosts
        const SshConfigHost &web1 = p.hosts.at(0);
        QCOMPARE(web1.alias, QStringLiteral("web1"));
        QCOMPARE(web1.hostName, QStringLiteral("203.0.113.10"));
        QCOMPARE(web1.user, QStringLiteral("everyone-default")); // before any Host: applies first
        QCOMPARE(web1.identityFile, QStringLiteral("~/.ssh/my key"));
        QCOMPARE(web1.port, 2200); // from "Host !web2 *"
        QCOMPARE(web1.line, 4);
        const SshConfigHost &web2 = p.hosts.at(1);
        QCOMPARE(web2.port, 22); // negated in "Host !web2 *"
        const SshConfigHost &db = p.hosts.at(2);
        QCOMPARE(db.hostName, QStringLiteral("db.internal"));
        QCOMPARE(db.port, 2222); // its own block came first
        QCOMPARE(db.identityFile, QStringLiteral("~/.ssh/id_db.internal"));
        QVERIFY(p.notes.isEmpty());
    }

    void whatIsNotImportedIsSaid()
    {
        const SshConfigParse p =
            parseSshConfig("Host a\n  Port 99999\nMatch host a\n  User evil\n"
                           "Include other.conf\nHost b\n  ProxyCommand touch /tmp/x\n");
        // b is reached through a command Dozor does not run: not imported as a direct
        // target, and said so.
        QCOMPARE(p.hosts.size(), 1);
        QCOMPARE(p.hosts.at(0).port, 22);
        QCOMPARE(p.hosts.at(0).user, QString()); // the Match block never applies
        QCOMPARE(p.notes.size(), 4);
        QVERIFY(p.notes.at(0).startsWith(QLatin1String("line 2: Port \"99999\"")));
        QVERIFY(p.notes.at(1).startsWith(QLatin1String("line 3: Match")));
        QVERIFY(p.notes.at(2).startsWith(QLatin1String("line 5: Include other.conf")));
        QVERIFY2(p.notes.at(3).startsWith(QLatin1String(
                     "line 6: b is reached through a ProxyCommand, which Dozor does not run")),
            qPrintable(p.notes.at(3)));
        // Garbage in, nothing out, no crash.
        QVERIFY(parseSshConfig(QByteArray("\0\xff\xfe Host \n=\n", 12)).hosts.isEmpty());
    }

    // ProxyJump: each jump host as the config describes it (its HostName, User, Port and
    // IdentityFile, its own ProxyJump first), into the target's ssh.jump.
    void jumpHostsAreImported()
    {
        const SshConfigParse p = parseSshConfig(R"(
Host inner
    HostName 10.0.0.7
    ProxyJump ops@bastion:2222,gw
Host bastion
    HostName bastion.example
    User admin
    Port 2200
    IdentityFile ~/.ssh/bastion
Host gw
    HostName gw.internal
    ProxyJump edge
Host edge
    HostName 203.0.113.1
Host loop
    ProxyJump loop
Host direct
    ProxyJump none
    ProxyCommand nc %h %p
Host commandfirst
    ProxyCommand nc %h %p
    ProxyJump bastion
Host quoted
    ProxyJump "bastion:22, gw"
Host behindcommand
    ProxyJump pc
Host pc
    ProxyCommand nc %h %p
)");
        QCOMPARE(p.hosts.at(0).alias, QStringLiteral("inner"));
        const QList<SshJump> &jump = p.hosts.at(0).jump;
        QCOMPARE(jump.size(), 3);
        QCOMPARE(jump.at(0).host, QStringLiteral("bastion.example"));
        QCOMPARE(jump.at(0).user, QStringLiteral("ops")); // the ProxyJump's user wins
        QCOMPARE(jump.at(0).port, 2222);
        QCOMPARE(jump.at(0).keyFile, QStringLiteral("~/.ssh/bastion"));
        QCOMPARE(jump.at(1).host, QStringLiteral("203.0.113.1")); // gw's own jump host first
        QCOMPARE(jump.at(2).host, QStringLiteral("gw.internal"));
        QCOMPARE(jumpListText(jump),
            QStringLiteral("ops@bastion.example:2222, 203.0.113.1, gw.internal"));
        // A chain that never ends is said, not followed for ever.
        QVERIFY(std::none_of(p.hosts.begin(), p.hosts.end(),
            [](const SshConfigHost &h) { return h.alias == QLatin1String("loop"); }));
        QVERIFY(std::any_of(p.notes.begin(), p.notes.end(), [](const QString &n) {
            return n.contains(QLatin1String("loop: ProxyJump loop: more than 8 jump hosts"));
        }));
        const auto host = [&p](const char *alias) -> const SshConfigHost * {
            for (const SshConfigHost &h : p.hosts) {
                if (h.alias == QLatin1String(alias))
                    return &h;
            }
            return nullptr;
        };
        // As OpenSSH: of ProxyJump and ProxyCommand the first written wins; "none" after
        // all means a direct connection.
        QVERIFY(host("direct") && host("direct")->jump.isEmpty());
        QVERIFY(!host("commandfirst"));
        // Quotes are not part of the names; a port written as 22 is 22, not the config's.
        QVERIFY(host("quoted"));
        QCOMPARE(jumpListText(host("quoted")->jump),
            QStringLiteral("admin@bastion.example, 203.0.113.1, gw.internal"));
        // A jump host reached through a command: the host behind it is not imported.
        QVERIFY(!host("behindcommand"));
        QVERIFY(std::any_of(p.notes.begin(), p.notes.end(), [](const QString &n) {
            return n.contains(QLatin1String("behindcommand: ProxyJump pc: the jump host pc is "
                                            "reached through a ProxyCommand"));
        }));

        const Workspace w;
        const SshImportPlan plan = planSshImport(p.hosts, w);
        QCOMPARE(plan.add.first().ssh->jump, jump);
        QVERIFY(validateTarget(plan.add.first(), QStringLiteral("t")).isEmpty());
    }

    void jumpListsParse()
    {
        auto j = parseJumpList(QStringLiteral("ssh://me@[2001:db8::1]:2200, a@b@host"));
        QVERIFY2(j.ok(), qPrintable(j.error()));
        QCOMPARE(j->at(0).host, QStringLiteral("2001:db8::1"));
        QCOMPARE(j->at(0).port, 2200);
        QCOMPARE(j->at(1).user, QStringLiteral("a@b"));
        QCOMPARE(j->at(1).host, QStringLiteral("host"));
        QVERIFY(parseJumpList(QStringLiteral("none"))->isEmpty());
        QVERIFY(!parseJumpList(QStringLiteral("host:99999")).ok());
        QVERIFY(!parseJumpList(QStringLiteral("-oProxyCommand=x")).ok());
        QVERIFY(!parseJumpList(QStringLiteral("a,,b")).ok());
    }

    void planSkipsWhatTheWorkspaceHas()
    {
        Workspace w;
        Target existing = test::sshTarget(QStringLiteral("web1"), QStringLiteral("Web"));
        w.targets.append(existing);
        QList<SshConfigHost> hosts;
        SshConfigHost same;
        same.alias = QStringLiteral("shop");
        same.hostName = existing.ssh->host;
        same.port = existing.ssh->port;
        same.user = existing.ssh->user;
        SshConfigHost fresh;
        fresh.alias = QStringLiteral("web1"); // the id is taken: a free one is made
        fresh.hostName = QStringLiteral("198.51.100.7");
        fresh.identityFile = QStringLiteral("~/.ssh/id_ed25519");
        hosts = {same, fresh, fresh};
        const SshImportPlan plan = planSshImport(hosts, w);
        QCOMPARE(plan.skipped, QStringList({QStringLiteral("shop"), QStringLiteral("web1")}));
        QCOMPARE(plan.add.size(), 1);
        QCOMPARE(plan.add.at(0).id, QStringLiteral("web1-2"));
        QCOMPARE(plan.add.at(0).ssh->auth, SshAuthMethod::KeyFile);
        QCOMPARE(plan.add.at(0).ssh->keyFile, QStringLiteral("~/.ssh/id_ed25519"));
        Workspace after = w;
        after.targets.append(plan.add);
        for (const Diagnostic &d : validateWorkspace(after, QString()))
            QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.text()));
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
