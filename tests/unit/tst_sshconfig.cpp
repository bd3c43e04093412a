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
        QCOMPARE(p.hosts.size(), 2);
        QCOMPARE(p.hosts.at(0).port, 22);
        QCOMPARE(p.hosts.at(0).user, QString()); // the Match block never applies
        QCOMPARE(p.notes.size(), 3);
        QVERIFY(p.notes.at(0).startsWith(QLatin1String("line 2: Port \"99999\"")));
        QVERIFY(p.notes.at(1).startsWith(QLatin1String("line 3: Match")));
        QVERIFY(p.notes.at(2).startsWith(QLatin1String("line 5: Include other.conf")));
        // Garbage in, nothing out, no crash.
        QVERIFY(parseSshConfig(QByteArray("\0\xff\xfe Host \n=\n", 12)).hosts.isEmpty());
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
