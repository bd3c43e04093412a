// Secrets in a real Secret Service keyring (gnome-keyring-daemon in a D-Bus session of the
// test's own: tests/integration/with_keyring.sh), and a real password login over SSH with
// the password taken from there. A canary password must never appear in the workspace,
// the history, the known_hosts file or anything Dozor prints, even with debug logging on.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/WorkspaceJson.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {
const QByteArray canary = "Canary-9f3 'q' $(x) ;pw";

// Every file under dir whose bytes contain needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            found.append(path);
    }
    return found;
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private:
    Expected<QByteArray> readNow(SecretStore &store, const QString &key)
    {
        std::optional<Expected<QByteArray>> answer;
        store.read(key, this, [&](const Expected<QByteArray> &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
            qWarning("the keychain did not answer");
        return answer.value_or(Expected<QByteArray>(unexpected(QStringLiteral("no answer"))));
    }
    Expected<void> writeNow(SecretStore &store, const QString &key, const QByteArray *secret)
    {
        std::optional<Expected<void>> answer;
        const auto done = [&](const Expected<void> &r) { answer = r; };
        if (secret)
            store.write(key, *secret, this, done);
        else
            store.remove(key, this, done);
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20'000))
            qWarning("the keychain did not answer");
        return answer.value_or(Expected<void>(unexpected(QStringLiteral("no answer"))));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    std::unique_ptr<SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a keyring: run through with_keyring.sh (ctest does)");
        qputenv("DOZOR_KEYCHAIN_SERVICE", "dozor-test");
    }

    void roundTrip()
    {
        SecretStore store;
        const QString key = SecretStore::keyFor(m_home.filePath(QStringLiteral("ws.json")),
            QStringLiteral("web"), SecretKind::Password);
        QVERIFY(key.endsWith(QLatin1String("ws.json#web/password")));
        const auto missing = readNow(store, key);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QLatin1String("nothing is stored")),
            qPrintable(missing.error()));

        QVERIFY(writeNow(store, key, &canary).ok());
        const auto back = readNow(store, key);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(*back, canary);
        // A text item, as the keychain's own tools show it.
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels); // attributes go to stderr
        tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QVERIFY(tool.waitForFinished(20'000));
        const QByteArray listed = tool.readAllStandardOutput();
        QVERIFY2(listed.contains("attribute.type = plaintext"), listed.constData());
        QVERIFY2(listed.contains(QByteArray(QByteArray("secret = ") + canary)), listed.constData());
        // Another workspace's entry for a target of the same id is another entry.
        const QString other = SecretStore::keyFor(m_home.filePath(QStringLiteral("other.json")),
            QStringLiteral("web"), SecretKind::Password);
        QVERIFY(!readNow(store, other).ok());

        QVERIFY(writeNow(store, key, nullptr).ok());
        QVERIFY(!readNow(store, key).ok());
        QVERIFY(writeNow(store, key, nullptr).ok()); // removing twice is fine
    }

    void passwordLoginWithTheKeychain()
    {
        if (::geteuid() != 0)
            QSKIP("a password account and sshd reading passwords need root (CI runs as root)");
        QString error;
        QVERIFY2(ensureTestUser(QStringLiteral("dozorkc"), canary, &error), qPrintable(error));
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        SshdOptions options;
        options.passwordAuth = true;
        QVERIFY2(m_sshd->start(options), qPrintable(m_sshd->error()));

        const Workspace w = passwordServerWorkspace(m_sshd->endpoint(QStringLiteral("dozorkc")));
        const Target &t = w.targets.constFirst();
        const QString file = m_home.filePath(QStringLiteral("ws.json"));
        writeFile(file, workspaceToJson(w));
        QProcessEnvironment env = dozorEnvironment(m_home.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dozor.*=true"));
        const QStringList ws {QStringLiteral("-w"), file};

        // No password stored yet: the check says how to store one.
        RunResult r = runDozorWith(QStringList {QStringLiteral("check")} + ws
                + QStringList {QStringLiteral("--accept-new-host-keys")},
            env, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("dozor secret set srv"), r.err.constData());

        r = runDozorWith(QStringList {QStringLiteral("secret"), QStringLiteral("set"), t.id} + ws,
            env, canary + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray printed = r.out + r.err;

        r = runDozorWith(QStringList {QStringLiteral("check")} + ws
                + QStringList {QStringLiteral("--accept-new-host-keys")},
            env, {});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("memory"));
        printed += r.out + r.err;
        QTRY_VERIFY(m_sshd->log().contains("Accepted password for dozorkc"));

        r = runDozorWith(
            QStringList {QStringLiteral("watch"), QStringLiteral("--for"), QStringLiteral("4")}
                + ws,
            env, {});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("OK"), r.out.constData());
        printed += r.out + r.err;

        QVERIFY2(!printed.contains(canary), printed.constData());
        QVERIFY2(filesContaining(m_home.path(), canary).isEmpty(),
            qPrintable(filesContaining(m_home.path(), canary).join(QLatin1Char(' '))));
        QVERIFY(!m_sshd->log().contains(canary));

        r = runDozorWith(
            QStringList {QStringLiteral("secret"), QStringLiteral("clear"), t.id} + ws, env, {});
        QCOMPARE(r.exitCode, 0);
        m_sshd.reset();
    }

    void withoutAKeychainNothingIsStored()
    {
        QTemporaryDir home;
        Workspace w;
        Target t;
        t.id = QStringLiteral("web");
        SshEndpoint ssh;
        ssh.host = QStringLiteral("web.example");
        ssh.auth = SshAuthMethod::Password;
        t.ssh = ssh;
        w.targets.append(t);
        CheckSpec memory;
        memory.id = QStringLiteral("memory");
        memory.targetId = t.id;
        memory.type = CheckType::Memory;
        memory.timeoutSec = 2;
        w.checks.append(memory);
        const QString file = home.filePath(QStringLiteral("ws.json"));
        writeFile(file, workspaceToJson(w));
        QProcessEnvironment env = dozorEnvironment(home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        const RunResult r = runDozorWith({QStringLiteral("secret"), QStringLiteral("set"),
                                             QStringLiteral("web"), QStringLiteral("-w"), file},
            env, canary + '\n');
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("cannot store the password of web"), r.err.constData());
        QVERIFY2(r.err.contains("never stores secrets anywhere else"), r.err.constData());
        QVERIFY(filesContaining(home.path(), canary).isEmpty());

        // Checks say the keychain is not there, and do not send the user to store a password
        // in it.
        const RunResult check =
            runDozorWith({QStringLiteral("check"), QStringLiteral("-w"), file}, env, {});
        QVERIFY2(check.err.contains("web: cannot read its SSH password: no system keychain"),
            check.err.constData());
        QVERIFY2(!check.err.contains("dozor secret set"), check.err.constData());

        // A target that needs no secret is told so.
        const RunResult agent =
            runDozorWith({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("nope"),
                             QStringLiteral("-w"), file},
                env, canary + '\n');
        QCOMPARE(agent.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
