// The desktop app against a real sshd on loopback: "Test connection" in the server editor
// walks connect → host key → log in → probe and says where it stopped; an unknown host key
// is asked about (in the editor and when the engine meets one), and trusting it lets the
// server's checks run.
#include "DesktopSession.h"
#include "HostKeyPrompt.h"
#include "KnownHostsPage.h"
#include "MainWindow.h"
#include "SshdFixture.h"
#include "StatusBoard.h"
#include "TargetDialog.h"
#include "TestSupport.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceJson.h"
#include "models/KnownHostsModel.h"
#include "monitor/MonitorEngine.h"
#include "remote/KnownHosts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

class TestSshDialogs : public QObject {
    Q_OBJECT

private:
    Target server() const
    {
        Target t;
        t.id = QStringLiteral("srv");
        t.name = QStringLiteral("Loopback");
        t.ssh = m_sshd->endpoint();
        return t;
    }

    // Clicks "Test connection" and returns the line it shows once done.
    QString test(TargetDialog &dialog, bool expectOk)
    {
        QSignalSpy done(&dialog, &TargetDialog::testFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("targetTest"))->click();
        if (!done.wait(30'000))
            return QStringLiteral("(no answer)");
        if (done.first().first().toBool() != expectOk)
            qWarning() << "unexpected outcome";
        return dialog.findChild<QLabel *>(QStringLiteral("targetTestResult"))->text();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    std::unique_ptr<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOZOR_HOME", m_home.path().toUtf8());
        qputenv("DOZOR_LANG", "en");
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        qRegisterMetaType<StatusChange>();
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void testConnectionSaysWhereItStopped()
    {
        Workspace w;
        w.targets.append(server());
        WorkspaceDocument document(w, m_home.filePath(QStringLiteral("ws.json")));
        TargetDialog dialog(&document, QStringLiteral("srv"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString known = KnownHosts::dozorFile();
        QFile::remove(known);

        // Unknown key, not trusted: stops there and remembers nothing.
        HostKeyPrompt::setNextAnswer(false);
        QString line = test(dialog, false);
        QVERIFY2(line.contains(QLatin1String("Stopped at the host key")), qPrintable(line));
        QVERIFY(!QFile::exists(known));

        // Trusted: the key is written and the test goes on to log in and run the probe.
        HostKeyPrompt::setNextAnswer(true);
        line = test(dialog, true);
        QVERIFY2(line.startsWith(QStringLiteral("✓ connected and logged in")), qPrintable(line));
        QVERIFY(readFile(known).contains(m_sshd->hostPublicKeyLine()));

        // A key file the server does not accept: fails while logging in.
        auto *keyFile = dialog.findChild<QLineEdit *>(QStringLiteral("targetKeyFile"));
        const QString otherKey = m_home.filePath(QStringLiteral("other_ed25519"));
        QProcess::execute(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey});
        keyFile->setText(otherKey);
        line = test(dialog, false);
        QVERIFY2(line.startsWith(QStringLiteral("✗ Failed while logging in")), qPrintable(line));

        // A key file that is not there: said before connecting, in words.
        const QString missing = m_home.filePath(QStringLiteral("no_such_key"));
        keyFile->setText(missing);
        const int authRequests = m_sshd->authRequests();
        line = test(dialog, false);
        QCOMPARE(line, QStringLiteral("✗ Failed while logging in: key file not found: ") + missing);
        QCOMPARE(m_sshd->authRequests(), authRequests); // nothing was tried

        // Nothing listening: fails while connecting.
        keyFile->setText(m_sshd->clientKey());
        dialog.findChild<QSpinBox *>(QStringLiteral("targetPort"))->setValue(1);
        line = test(dialog, false);
        QVERIFY2(line.startsWith(QStringLiteral("✗ Failed while connecting")), qPrintable(line));
    }

    // A new server comes with the standard host checks that are ticked: Test connection
    // tries them on what the probe saw (CPU from two readings), Save adds them.
    void aNewServerComesWithItsChecks()
    {
        Workspace w;
        WorkspaceDocument document(w, m_home.filePath(QStringLiteral("new.json")));
        TargetDialog dialog(&document, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::focusWidget(),
            dialog.findChild<QLineEdit *>(QStringLiteral("targetName")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Web one"));
        const SshEndpoint endpoint = m_sshd->endpoint();
        dialog.findChild<QLineEdit *>(QStringLiteral("targetHost"))->setText(endpoint.host);
        dialog.findChild<QSpinBox *>(QStringLiteral("targetPort"))->setValue(endpoint.port);
        dialog.findChild<QLineEdit *>(QStringLiteral("targetUser"))->setText(endpoint.user);
        auto *auth = dialog.findChild<QComboBox *>(QStringLiteral("targetAuth"));
        auth->setCurrentIndex(auth->findData(static_cast<int>(SshAuthMethod::KeyFile)));
        dialog.findChild<QLineEdit *>(QStringLiteral("targetKeyFile"))->setText(endpoint.keyFile);
        auto *uptime = dialog.findChild<QCheckBox *>(QStringLiteral("standardCheck_uptime"));
        QVERIFY(uptime && uptime->isChecked());
        uptime->setChecked(false);

        HostKeyPrompt::setNextAnswer(true);
        const QString line = test(dialog, true);
        QVERIFY2(line.startsWith(QStringLiteral("✓ connected and logged in")), qPrintable(line));
        for (const QString &expected :
            {QStringLiteral("\n✓ CPU: OK — CPU "), QStringLiteral("\n✓ Load: OK — "),
                QStringLiteral("\n✓ Memory: OK — "), QStringLiteral("\n✓ Disks: OK — ")})
            QVERIFY2(line.contains(expected), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("Uptime")), qPrintable(line));

        dialog.findChild<QPushButton *>(QStringLiteral("targetSave"))->click();
        QVERIFY(!dialog.isVisible());
        QStringList ids;
        for (const CheckSpec &c : document.workspace().checks) {
            QCOMPARE(c.targetId, QStringLiteral("web-one"));
            ids.append(c.id);
        }
        QCOMPARE(ids,
            (QStringList {QStringLiteral("web-one-cpu"), QStringLiteral("web-one-load"),
                QStringLiteral("web-one-memory"), QStringLiteral("web-one-disk")}));
    }

    // The server editor shows a server's jump hosts as OpenSSH writes them, tests the
    // connection through them, keeps each one's key file from the workspace file, and
    // refuses text that is not a jump list.
    void jumpHostsInTheServerEditor()
    {
        Workspace w;
        Target t = server();
        SshJump jump;
        jump.host = QStringLiteral("127.0.0.1");
        jump.port = m_sshd->port();
        jump.user = SshdFixture::currentUser();
        jump.keyFile = m_sshd->clientKey();
        t.ssh->jump = {jump};
        w.targets.append(t);
        WorkspaceDocument document(w, m_home.filePath(QStringLiteral("jump.json")));
        TargetDialog dialog(&document, QStringLiteral("srv"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *jumps = dialog.findChild<QLineEdit *>(QStringLiteral("targetJumps"));
        QCOMPARE(jumps->text(), jump.address());
        HostKeyPrompt::setNextAnswer(true);
        const QString line = test(dialog, true);
        QVERIFY2(line.startsWith(QStringLiteral("✓ connected and logged in")), qPrintable(line));
        const QByteArray forwarded = "target 127.0.0.1 port " + QByteArray::number(m_sshd->port());
        QTRY_VERIFY(m_sshd->log().contains(forwarded));
        QCOMPARE(dialog.target().ssh->jump, QList<SshJump> {jump});

        jumps->setText(QStringLiteral("me@bastion:99999"));
        dialog.findChild<QPushButton *>(QStringLiteral("targetSave"))->click();
        QVERIFY(dialog.isVisible()); // not saved
        QCOMPARE(document.workspace().target(QStringLiteral("srv"))->ssh->jump.size(), 1);
    }

    void knownHostsCanBeListedAndRemoved()
    {
        // Dozor's own file holds the key trusted above; the user's file is shown, not changed.
        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));
        const QByteArray userLine = "[user.example]:22 " + m_sshd->hostPublicKeyLine() + '\n';
        writeFile(KnownHosts::userFile(), userLine);
        KnownHostsPage page(KnownHosts::dozorFile(), KnownHosts::userFile());
        KnownHostsModel *model = page.model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, KnownHostsModel::HostColumn).data().toString(),
            QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port()));
        QVERIFY(model->index(0, KnownHostsModel::FingerprintColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("SHA256:")));
        QVERIFY(model->isRemovable(0));
        QVERIFY(!model->isRemovable(1));
        QVERIFY(!model->remove(1).ok());
        QCOMPARE(readFile(KnownHosts::userFile()), userLine);

        auto *view = page.findChild<QTableView *>(QStringLiteral("knownHostsView"));
        view->selectRow(0);
        page.removeSelected();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!readFile(KnownHosts::dozorFile()).contains(m_sshd->hostPublicKeyLine()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("knownHostsMessage"))
                    ->text()
                    .startsWith(QLatin1String("Removed")));
        QFile::remove(KnownHosts::userFile());
    }

    void theEngineAsksAboutAnUnknownKey()
    {
        QFile::remove(KnownHosts::dozorFile());
        Workspace w;
        w.targets.append(server());
        CheckSpec memory = bareCheck(CheckType::Memory);
        memory.id = QStringLiteral("memory");
        memory.targetId = QStringLiteral("srv");
        memory.warn = 100;
        memory.crit = 100;
        memory.intervalSec = 2;
        w.checks.append(memory);
        const QString file = m_home.filePath(QStringLiteral("engine.json"));
        writeFile(file, workspaceToJson(w));

        HostKeyPrompt::setNextAnswer(true);
        DesktopSession session(w, file);
        QSignalSpy changes(session.engine(), &MonitorEngine::statusChanged);
        session.start(QStringLiteral("overview"));
        // First UNKNOWN (key not known yet), then, once trusted, OK over SSH.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.begin(), changes.end(),
                                     [](const QList<QVariant> &args) {
                                         return args.at(0).value<StatusChange>().to == Status::Ok;
                                     }),
            30'000);
        QVERIFY(readFile(KnownHosts::dozorFile()).contains(m_sshd->hostPublicKeyLine()));
        // The server's page says how its connection is doing, in one line.
        session.window()->showPage(QStringLiteral("target:srv"));
        auto *state = session.window()->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(state);
        QTRY_VERIFY(state->isVisibleTo(session.window()));
        QVERIFY2(state->text().startsWith(QStringLiteral("● SSH: connected")),
            qPrintable(state->text()));
        m_sshd->kill();
        QTRY_VERIFY_WITH_TIMEOUT(
            state->text().startsWith(QStringLiteral("▲ SSH: reconnecting")), 20'000);
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        session.shutdown();
    }
};

QTEST_MAIN(TestSshDialogs)
#include "tst_sshdialogs.moc"
