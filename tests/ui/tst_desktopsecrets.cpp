// The desktop app with a real keyring (a D-Bus session of the test's own with an unlocked
// gnome-keyring-daemon: tests/integration/with_keyring.sh) and a real sshd that takes a
// password: "Run now" in the check dialog runs through the engine, so it logs in with the
// password from the keychain on the engine's own session (one login for both), and renaming
// a server takes its keychain entry along.
#include "CheckDialog.h"
#include "DesktopSession.h"
#include "SshdFixture.h"
#include "TargetDialog.h"
#include "TestSupport.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceFile.h"
#include "monitor/MonitorEngine.h"
#include "remote/KnownHosts.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {
const QByteArray password = "Ui-canary 'pw' $(no)";
} // namespace

class TestDesktopSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    std::unique_ptr<SshdFixture> m_sshd;

    template<typename T>
    std::optional<T> wait(std::function<void(std::function<void(const T &)>)> ask)
    {
        std::optional<T> answer;
        ask([&](const T &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
            qWarning("no answer");
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a keyring: run through with_keyring.sh (ctest does)");
        if (::geteuid() != 0)
            QSKIP("the password account needs root (CI runs the suite as root)");
        qputenv("DOZOR_KEYCHAIN_SERVICE", "dozor-test-ui");
        qputenv("DOZOR_HOME", m_home.path().toUtf8());
        qputenv("DOZOR_LANG", "en");
        qunsetenv("SSH_AUTH_SOCK");
        qRegisterMetaType<CheckResult>();
        QString error;
        QVERIFY2(ensureTestUser(QStringLiteral("dozorui"), password, &error), qPrintable(error));
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        SshdOptions options;
        options.passwordAuth = true;
        QVERIFY2(m_sshd->start(options), qPrintable(m_sshd->error()));
    }

    void runNowAndRenameUseTheKeychain()
    {
        Workspace w = passwordServerWorkspace(m_sshd->endpoint(QStringLiteral("dozorui")));
        w.checks.first().intervalSec = 3600;
        const Target t = w.targets.constFirst();
        const QString path = m_home.filePath(QStringLiteral("ws.json"));
        QVERIFY(saveWorkspaceFile(w, path).ok());
        QDir().mkpath(QFileInfo(KnownHosts::dozorFile()).absolutePath());
        writeFile(KnownHosts::dozorFile(),
            QStringLiteral("[127.0.0.1]:%1 ").arg(t.ssh->port).toUtf8()
                + m_sshd->hostPublicKeyLine() + '\n');

        SecretStore store;
        const QString key = SecretStore::keyFor(path, t.id, SecretKind::Password);
        const auto stored =
            wait<Expected<void>>([&](auto done) { store.write(key, password, this, done); });
        QVERIFY(stored && stored->ok());

        DesktopSession session(w, path);
        QSignalSpy results(session.engine(), &MonitorEngine::resultReady);
        session.start(QStringLiteral("overview"));
        QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), 20'000);
        const auto first = results.first().first().value<CheckResult>();
        QVERIFY2(first.status == Status::Ok, qPrintable(first.reason));

        // Run now: through the engine, with the keychain's password, on its session.
        CheckDialog dialog(session.document(), session.engine(), QStringLiteral("memory"), {});
        QSignalSpy ran(&dialog, &CheckDialog::runFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("checkRunNow"))->click();
        QVERIFY(ran.wait(20'000));
        const auto once = ran.first().first().value<CheckResult>();
        QVERIFY2(once.status == Status::Ok, qPrintable(once.reason));
        QCOMPARE(m_sshd->log().count("Accepted password for dozorui"), 1);

        // Renamed: the keychain entry follows the new id, the old one is gone.
        auto *editor = new TargetDialog(session.document(), QStringLiteral("srv"));
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->show();
        auto *id = editor->findChild<QLineEdit *>(QStringLiteral("targetId"));
        id->setText(QStringLiteral("srv-renamed"));
        QSignalSpy accepted(editor, &QDialog::accepted);
        editor->findChild<QPushButton *>(QStringLiteral("targetSave"))->click();
        QVERIFY(accepted.wait(20'000));
        QVERIFY(session.document()->workspace().target(QStringLiteral("srv-renamed")));
        const auto moved = wait<Expected<QByteArray>>([&](auto done) {
            store.read(
                SecretStore::keyFor(path, QStringLiteral("srv-renamed"), SecretKind::Password),
                this, done);
        });
        QVERIFY(moved && moved->ok());
        QCOMPARE(moved->value(), password);
        const auto old =
            wait<Expected<QByteArray>>([&](auto done) { store.read(key, this, done); });
        QVERIFY(old && !old->ok());

        // The engine runs the check of the renamed server at once, logged in with the moved
        // password.
        // (It may have come while the keychain was read above: look from the rename on.)
        const auto renamedResult = [&results]() -> std::optional<CheckResult> {
            for (const auto &args : std::as_const(results)) {
                const auto r = args.first().value<CheckResult>();
                if (r.targetId == QLatin1String("srv-renamed"))
                    return r;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(renamedResult().has_value(), 20'000);
        const CheckResult after = *renamedResult();
        QVERIFY2(after.status == Status::Ok, qPrintable(after.reason));
    }
};

QTEST_MAIN(TestDesktopSecrets)
#include "tst_desktopsecrets.moc"
