// The desktop app with a real keyring (a D-Bus session of the test's own with an unlocked
// gnome-keyring-daemon: tests/integration/with_keyring.sh) and a real sshd that takes a
// password: "Run now" in the check dialog runs through the engine, so it logs in with the
// password from the keychain on the engine's own session (one login for both), and renaming
// a server takes its keychain entry along.
#include "AlertChannelsDialog.h"
#include "ChannelDialog.h"
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

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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

    // Alert channels without editing JSON: the token goes to the keychain, "Find my chat id"
    // lists the chats that wrote to the bot (a loopback Bot API), a renamed channel keeps
    // its token, a bad address is refused next to its field, and removing a channel takes it
    // out of the routes and the keychain.
    void channelEditorRoundTrip()
    {
        HttpFixture api({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY2(api.isRunning(), qPrintable(api.error()));
        Workspace w;
        w.targets.append(localTarget(QStringLiteral("box"), QStringLiteral("Box")));
        AlertChannel ops;
        ops.id = QStringLiteral("ops");
        ops.type = ChannelType::Telegram;
        ops.chatId = QStringLiteral("1");
        ops.apiUrl = QUrl(api.url(QString()));
        w.alerts.channels = {ops};
        AlertRoute route;
        route.channels = {QStringLiteral("ops")};
        w.alerts.routes = {route};
        const QString path = m_home.filePath(QStringLiteral("channels.json"));
        WorkspaceDocument document(w, path);
        SecretStore store;
        AlertChannelsDialog list(&document, nullptr, &store);
        list.show();

        list.editChannel(QStringLiteral("ops"));
        auto *dialog = list.findChild<ChannelDialog *>();
        QVERIFY(dialog);
        auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("channelToken"));
        auto *find = dialog->findChild<QPushButton *>(QStringLiteral("channelFindChat"));
        QSignalSpy found(dialog, &ChannelDialog::chatsFound);
        token->setText(QStringLiteral("bad-token"));
        find->click();
        QVERIFY(found.wait(15'000));
        QCOMPARE(found.last().at(0).toInt(), 0);
        QVERIFY2(found.last().at(1).toString().contains(QLatin1String("did not accept the token")),
            qPrintable(found.last().at(1).toString()));
        token->setText(QStringLiteral("123:abc"));
        find->click();
        QVERIFY(found.wait(15'000));
        QCOMPARE(found.last().at(0).toInt(), 2);
        // The newest chat is filled in; the other can be picked.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("channelChat"))->text(),
            QStringLiteral("42"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("channelChats"))->itemText(1),
            QStringLiteral("Ops on call — -1001234567890"));
        dialog->findChild<QPushButton *>(QStringLiteral("channelSave"))->click();
        QTRY_VERIFY(
            !list.findChild<ChannelDialog *>() || !list.findChild<ChannelDialog *>()->isVisible());
        QCOMPARE(document.workspace().alerts.channel(QStringLiteral("ops"))->chatId,
            QStringLiteral("42"));
        QCOMPARE(loadWorkspaceFile(path).workspace.alerts.channel(QStringLiteral("ops"))->chatId,
            QStringLiteral("42"));
        const auto stored = wait<Expected<QByteArray>>([&](auto done) {
            store.read(SecretStore::keyForChannel(path, QStringLiteral("ops")), this, done);
        });
        QVERIFY(stored && stored->ok());
        QCOMPARE(**stored, QByteArray("123:abc"));
        QVERIFY(!readFile(path).contains("123:abc")); // never in the file
        QTest::qWait(50);

        // Renamed without typing the token again: the token follows, the route too.
        list.editChannel(QStringLiteral("ops"));
        dialog = nullptr;
        for (ChannelDialog *d : list.findChildren<ChannelDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("channelId"));
        id->setText(QStringLiteral("oncall"));
        dialog->findChild<QPushButton *>(QStringLiteral("channelSave"))->click();
        QTRY_VERIFY(document.workspace().alerts.channel(QStringLiteral("oncall")));
        QCOMPARE(document.workspace().alerts.routes.first().channels,
            QStringList {QStringLiteral("oncall")});
        const auto moved = wait<Expected<QByteArray>>([&](auto done) {
            store.read(SecretStore::keyForChannel(path, QStringLiteral("oncall")), this, done);
        });
        QVERIFY(moved && moved->ok());
        QCOMPARE(**moved, QByteArray("123:abc"));

        // A webhook with a bad address: refused next to the field, nothing saved.
        list.editChannel(QString());
        dialog = nullptr;
        for (ChannelDialog *d : list.findChildren<ChannelDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("channelType"));
        type->setCurrentIndex(type->findData(static_cast<int>(ChannelType::Webhook)));
        dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))
            ->setText(QStringLiteral("ftp://x/"));
        dialog->findChild<QPushButton *>(QStringLiteral("channelSave"))->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(document.workspace().alerts.channels.size(), 1);
        dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))
            ->setText(api.url(QStringLiteral("/hook")));
        dialog->findChild<QPushButton *>(QStringLiteral("channelSave"))->click();
        QTRY_COMPARE(document.workspace().alerts.channels.size(), 2);
        QCOMPARE(document.workspace().alerts.channels.last().id, QStringLiteral("webhook"));

        // Removing the Telegram channel: out of the routes (the route goes) and the keychain.
        list.findChild<QTreeWidget *>(QStringLiteral("alertChannels"))
            ->setCurrentItem(
                list.findChild<QTreeWidget *>(QStringLiteral("alertChannels"))->topLevelItem(0));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        list.removeSelected();
        QCOMPARE(document.workspace().alerts.channels.size(), 1);
        QVERIFY(document.workspace().alerts.routes.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto gone = wait<Expected<QByteArray>>([&](auto done) {
                    store.read(
                        SecretStore::keyForChannel(path, QStringLiteral("oncall")), this, done);
                });
                return gone && !gone->ok();
            }(),
            10'000);
    }
};

QTEST_MAIN(TestDesktopSecrets)
#include "tst_desktopsecrets.moc"
