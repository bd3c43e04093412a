// One watcher per workspace, with the real binary: a second desktop launch hands its page to
// the running app and ends; `dozor watch` and the app refuse a workspace the other one
// watches, naming the holder; a holder that died frees the workspace.
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dozor;

namespace {
QProcessEnvironment appEnvironment(const QString &home)
{
    QProcessEnvironment env = test::dozorEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dozor.ui.info=true"));
    return env;
}

void startMerged(QProcess &p, const QString &home, const QStringList &args)
{
    p.setProcessEnvironment(appEnvironment(home));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(DOZOR_BINARY), args);
}

void stop(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    test::signalProcess(p, SIGTERM);
    if (!p.waitForFinished(10'000)) {
        p.kill();
        p.waitForFinished(3000);
    }
}
} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_workspace;

    QStringList appArgs(const QStringList &more = {}) const
    {
        return QStringList {QStringLiteral("--workspace"), m_workspace} + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_workspace = m_home.filePath(QStringLiteral("ws.json"));
        test::writeFile(m_workspace,
            R"({"schema": 1, "targets": [{"id": "box", "name": "Box", "local": true}],
                "checks": [{"id": "load", "target": "box", "type": "load", "interval": 5}]})");
    }

    void aSecondLaunchBringsTheFirstForward()
    {
        QProcess first;
        startMerged(first, m_home.path(), appArgs());
        QByteArray out = test::readStdoutUntil(
            first, [](const QByteArray &o) { return o.contains("first overview paint"); }, 20'000);
        QVERIFY2(out.contains("first overview paint"), out.constData());

        // Qt's own options open the app too (no "gui" word needed).
        const QStringList qtOptions {QStringLiteral("-platform"), QStringLiteral("offscreen")};
        const auto second = test::runDozorWith(
            qtOptions + appArgs({QStringLiteral("--page"), QStringLiteral("journal")}),
            appEnvironment(m_home.path()), {}, 20'000);
        QVERIFY(second.finished);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("brought it forward"), second.err.constData());

        out += test::readStdoutUntil(
            first, [](const QByteArray &o) { return o.contains("another launch"); }, 10'000);
        QVERIFY2(out.contains("another launch asked for the window (page \"journal\")"),
            out.constData());

        // A watch of the same workspace is refused while the app runs, and says by whom.
        const auto watch =
            test::runDozor({QStringLiteral("watch"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--for"), QStringLiteral("1")},
                m_home.path(), 20'000);
        QCOMPARE(watch.exitCode, 4);
        QVERIFY2(watch.err.contains(QByteArray("is already being watched by dozor (process "
                     + QByteArray::number(first.processId()) + " on this computer")),
            watch.err.constData());
        stop(first);
        QCOMPARE(first.exitCode(), 0);
    }

    void theAppRefusesAWorkspaceAWatchHolds()
    {
        QProcess watch;
        startMerged(watch, m_home.path(),
            {QStringLiteral("watch"), QStringLiteral("--workspace"), m_workspace});
        const QByteArray out = test::readStdoutUntil(
            watch, [](const QByteArray &o) { return o.contains("press Ctrl+C"); }, 20'000);
        QVERIFY2(out.contains("press Ctrl+C"), out.constData());

        // The app says who holds the workspace; its message box waits, so it is stopped here.
        QProcess app;
        startMerged(app, m_home.path(), appArgs());
        const QByteArray refused = test::readStdoutUntil(
            app, [](const QByteArray &o) { return o.contains("already being watched"); }, 20'000);
        QVERIFY2(refused.contains(QByteArray("is already being watched by dozor watch (process "
                     + QByteArray::number(watch.processId()) + " on this computer")),
            refused.constData());
        app.kill();
        app.waitForFinished(5000);

        // A holder that died (no clean stop) does not keep the workspace locked.
        watch.kill();
        QVERIFY(watch.waitForFinished(5000));
        const auto again =
            test::runDozor({QStringLiteral("watch"), QStringLiteral("--workspace"), m_workspace,
                               QStringLiteral("--for"), QStringLiteral("1")},
                m_home.path(), 20'000);
        QVERIFY2(again.exitCode >= 0 && again.exitCode <= 2, again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
