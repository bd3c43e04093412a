// The dozor binary as cron and CI use it: exit codes, JSON, clean stops, history export.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dozor;

namespace {
QByteArray workspaceWith(const QString &checksJson)
{
    return QStringLiteral(
        R"({"schema": 1, "targets": [{"id": "local", "name": "Box", "local": true}, {"id": "web"}],
                               "checks": [%1]})")
        .arg(checksJson)
        .toUtf8();
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    std::unique_ptr<test::HttpFixture> m_http;

    QString httpCheck(const QString &id, const QString &path, const QString &extra = {})
    {
        return QStringLiteral(
            R"({"id": "%1", "target": "web", "type": "http", "interval": 1, "timeout": 5 %3,
                                  "http": {"url": "%2"}})")
            .arg(id, m_http->url(path), extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_http = std::make_unique<test::HttpFixture>();
        QVERIFY2(m_http->isRunning(), qPrintable(m_http->error()));
    }

    void versionAndHelpWorkWithoutADisplay()
    {
        QTemporaryDir home;
        const auto version = test::runDozor({QStringLiteral("--version")}, home.path());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("dozor " DOZOR_VERSION "\n"));
        const auto help = test::runDozor({QStringLiteral("--help")}, home.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("validate"));
        const auto checkHelp =
            test::runDozor({QStringLiteral("check"), QStringLiteral("--help")}, home.path());
        QCOMPARE(checkHelp.exitCode, 0);
        QVERIFY(checkHelp.out.contains("--json"));
        // The command as it is typed, not the binary's path.
        QVERIFY2(
            checkHelp.out.startsWith("Usage: dozor check [options]"), checkHelp.out.constData());
        // --help-all prints help too (with Qt's own options), it does not run the checks.
        const auto helpAll =
            test::runDozor({QStringLiteral("check"), QStringLiteral("--help-all")}, home.path());
        QCOMPARE(helpAll.exitCode, 0);
        QVERIFY2(helpAll.out.startsWith("Usage: dozor check [options]"), helpAll.out.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("workspace.json"))));
    }

    void usageErrorsExitThree()
    {
        QTemporaryDir home;
        QCOMPARE(test::runDozor({QStringLiteral("frobnicate")}, home.path()).exitCode, 3);
        QCOMPARE(test::runDozor(
                     {QStringLiteral("check"), QStringLiteral("--no-such-option")}, home.path())
                     .exitCode,
            3);
        QCOMPARE(test::runDozor(
                     {QStringLiteral("watch"), QStringLiteral("--for"), QStringLiteral("soon")},
                     home.path())
                     .exitCode,
            3);
        QCOMPARE(test::runDozor({QStringLiteral("history")}, home.path()).exitCode, 3);
        // An invalid workspace: its errors and exit 3, not "no history yet".
        QFile broken(home.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"schema": 1, "targets": [{"id": "web"}],
            "checks": [{"id": "x", "target": "web", "type": "http"}]})");
        broken.close();
        const auto history =
            test::runDozor({QStringLiteral("history"), QStringLiteral("--workspace"),
                               broken.fileName(), QStringLiteral("--check"), QStringLiteral("x")},
                home.path());
        QCOMPARE(history.exitCode, 3);
        QVERIFY2(history.err.contains("checks[0].http.url"), history.err.constData());
        QVERIFY2(!history.err.contains("no history"), history.err.constData());
        QCOMPARE(test::runDozor({QStringLiteral("check"), QStringLiteral("--workspace"),
                                    home.filePath(QStringLiteral("missing.json"))},
                     home.path())
                     .exitCode,
            3);
    }

    void validateListsEveryError()
    {
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(ws, R"({"schema": 1, "targets": [{"id": "t", "local": true}],
            "checks": [{"id": "a", "target": "t", "type": "cpu", "interval": 0},
                       {"id": "b", "target": "zz", "type": "disk", "warn": 99, "crit": 50, "extra": 1}]})");
        const auto r = test::runDozor(
            {QStringLiteral("validate"), QStringLiteral("--workspace"), ws}, home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(
            r.err.contains("ws.json: error: checks[0].interval: must be \xe2\x89\xa5 1 s, got 0"));
        QVERIFY(r.err.contains("ws.json: error: checks[1].target: no target with id \"zz\""));
        QVERIFY(
            r.err.contains("ws.json: error: checks[1].warn: must not be above crit (50), got 99"));
        QVERIFY(r.err.contains("ws.json: warning: checks[1].extra: unknown key, ignored"));

        test::writeFile(ws,
            workspaceWith(QStringLiteral(R"({"id": "cpu", "target": "local", "type": "cpu"})")));
        const auto ok = test::runDozor(
            {QStringLiteral("validate"), QStringLiteral("--workspace"), ws}, home.path());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("valid"));
    }

    void checkExitCodesFollowTheWorstStatus()
    {
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        const auto run = [&](const QString &checks) {
            test::writeFile(ws, workspaceWith(checks));
            return test::runDozor({QStringLiteral("check"), QStringLiteral("--json"),
                                      QStringLiteral("--workspace"), ws},
                home.path());
        };
        const auto ok = run(httpCheck(QStringLiteral("site"), QStringLiteral("/ok")));
        QCOMPARE(ok.exitCode, 0);
        // warn at 0 ms: every response is "slow"
        const auto warn =
            run(httpCheck(QStringLiteral("site"), QStringLiteral("/ok")) + QLatin1Char(',')
                + httpCheck(QStringLiteral("slow"), QStringLiteral("/ok"),
                    QStringLiteral(R"(, "warn": 0)")));
        QCOMPARE(warn.exitCode, 1);
        const auto crit = run(httpCheck(QStringLiteral("site"), QStringLiteral("/ok"))
            + QLatin1Char(',') + httpCheck(QStringLiteral("broken"), QStringLiteral("/error")));
        QCOMPARE(crit.exitCode, 2);

        const QJsonArray results = QJsonDocument::fromJson(crit.out).array();
        QCOMPARE(results.size(), 2);
        const QJsonObject broken = results.at(1).toObject();
        QCOMPARE(broken.value(QStringLiteral("target")).toString(), QStringLiteral("web"));
        QCOMPARE(broken.value(QStringLiteral("check")).toString(), QStringLiteral("broken"));
        QCOMPARE(broken.value(QStringLiteral("status")).toString(), QStringLiteral("CRIT"));
        QCOMPARE(broken.value(QStringLiteral("reason")).toString(),
            QStringLiteral("HTTP 500 Internal Server Error (expected 2xx)"));
        QCOMPARE(broken.value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("status_code"))
                     .toInt(),
            500);
        QVERIFY(broken.value(QStringLiteral("duration_ms")).isDouble());
    }

    void russianTranslation()
    {
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(ws, R"({"schema": 1, "targets": [{"id": "t", "local": true}],
            "checks": [{"id": "a", "target": "t", "type": "cpu", "interval": 0}]})");
        QProcess p;
        QProcessEnvironment env = test::dozorEnvironment(home.path());
        env.insert(QStringLiteral("DOZOR_LANG"), QStringLiteral("ru"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("validate"), QStringLiteral("--workspace"), ws});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral(
                     "ws.json: ошибка: checks[0].interval: должно быть ≥ 1 с, получено 0")),
            qPrintable(err));
    }

    void unusableHistoryFileIsAnError()
    {
        QTemporaryDir home;
        test::writeFile(
            home.filePath(QStringLiteral("data")), "a file where the data folder should be");
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(
            ws, workspaceWith(httpCheck(QStringLiteral("site"), QStringLiteral("/ok"))));
        const auto r = test::runDozor({QStringLiteral("watch"), QStringLiteral("--for"),
                                          QStringLiteral("5"), QStringLiteral("--workspace"), ws},
            home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("cannot use the history file: cannot create the folder"),
            r.err.constData());
    }

    void sigintStopsCleanly()
    {
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(
            ws, workspaceWith(httpCheck(QStringLiteral("site"), QStringLiteral("/ok"))));
        QProcess watch;
        watch.setProcessEnvironment(test::dozorEnvironment(home.path()));
        watch.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("watch"), QStringLiteral("--workspace"), ws});
        QVERIFY(watch.waitForStarted());
        const QByteArray out = test::readStdoutUntil(
            watch, [](const QByteArray &o) { return o.contains("site"); }, 20'000);
        QVERIFY2(out.contains("new \xe2\x86\x92 OK"), out.constData());
        QVERIFY2(test::signalProcess(watch, SIGINT), watch.readAllStandardError().constData());
        QVERIFY(watch.waitForFinished(10'000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        const auto history = test::runDozor(
            {QStringLiteral("history"), QStringLiteral("--workspace"), ws,
                QStringLiteral("--check"), QStringLiteral("site"), QStringLiteral("--metric"),
                QStringLiteral("status_code"), QStringLiteral("--csv")},
            home.path());
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.contains(",site,status_code,200,"),
            history.out.constData()); // the result seen before the stop was written
    }

    void importSshConfigAddsServersOnce()
    {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("ssh_config"));
        const QString canary = home.filePath(QStringLiteral("proxy-ran"));
        test::writeFile(config,
            "Host web1\n  HostName 203.0.113.10\n  User deploy\n  IdentityFile ~/.ssh/id_deploy\n"
            "Host db1\n  HostName 203.0.113.11\n"
            "Host gw\n  ProxyCommand touch "
                + canary.toUtf8() + "\nHost *\n  StrictHostKeyChecking no\n");
        const QStringList import {
            QStringLiteral("import-ssh-config"), QStringLiteral("--file"), config};
        auto r = test::runDozor(import + QStringList {QStringLiteral("--dry-run")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("would add web1: deploy@203.0.113.10 (key ~/.ssh/id_deploy) "
                                "with checks web1-cpu, web1-load, web1-memory, web1-disk, "
                                "web1-uptime"),
            r.out.constData());
        // A host behind a command Dozor does not run is not imported as a direct target.
        QVERIFY2(!r.out.contains("gw"), r.out.constData());
        QVERIFY2(QByteArray(r.out + r.err).contains("gw is reached through a ProxyCommand"),
            QByteArray(r.out + r.err).constData());
        r = test::runDozor(
            import + QStringList {QStringLiteral("--host"), QStringLiteral("web1")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("added web1"), r.out.constData());
        r = test::runDozor(import
                + QStringList {QStringLiteral("--host"), QStringLiteral("db1"),
                    QStringLiteral("--no-default-checks")},
            home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("added db1") && !r.out.contains("with checks"), r.out.constData());
        r = test::runDozor({QStringLiteral("validate")}, home.path());
        QCOMPARE(r.exitCode, 0);
        const QByteArray saved = test::readFile(home.filePath(QStringLiteral("workspace.json")));
        QVERIFY(saved.contains("\"key_file\": \"~/.ssh/id_deploy\""));
        QVERIFY(!saved.contains("ProxyCommand") && !saved.contains("StrictHostKeyChecking"));
        // The standard host checks came with web1 (and not with db1).
        for (const char *check :
            {"web1-cpu", "web1-load", "web1-memory", "web1-disk", "web1-uptime"})
            QVERIFY2(saved.contains(QByteArray(QByteArray("\"id\": \"") + check + '"')), check);
        QVERIFY(!saved.contains("db1-cpu"));
        r = test::runDozor(import, home.path());
        QVERIFY2(r.out.contains("skipped web1: already in the workspace")
                && r.out.contains("skipped db1: already in the workspace"),
            r.out.constData());
        QVERIFY(!QFile::exists(canary));
        r = test::runDozor(
            import + QStringList {QStringLiteral("--host"), QStringLiteral("nope")}, home.path());
        QCOMPARE(r.exitCode, 3);
    }

    // dozor watch --for: a check that gave no result in the time is UNKNOWN at the end, not
    // "all OK"; stopped by a signal first, the watch exits 0.
    void watchForEndsWithTheStateAtTheEnd()
    {
        QTemporaryDir home;
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(ws,
            workspaceWith(QStringLiteral("{\"id\": \"slow\", \"target\": \"web\", \"type\": "
                                         "\"http\", \"timeout\": 30, \"http\": {\"url\": "
                                         "\"http://127.0.0.1:%1/\"}}")
                              .arg(silent.serverPort())));
        const auto r = test::runDozor({QStringLiteral("watch"), QStringLiteral("--for"),
                                          QStringLiteral("2"), QStringLiteral("--workspace"), ws},
            home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no result within --for from: slow"), r.err.constData());

        QProcess watch;
        watch.setProcessEnvironment(test::dozorEnvironment(home.path()));
        watch.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("watch"), QStringLiteral("--for"), QStringLiteral("60"),
                QStringLiteral("--workspace"), ws});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(1500);
        QVERIFY(test::signalProcess(watch, SIGTERM));
        QVERIFY(watch.waitForFinished(10'000));
        QCOMPARE(watch.exitCode(), 0);
    }

    void firstRunCreatesTheDefaultWorkspace()
    {
        QTemporaryDir home;
        const auto r = test::runDozor({QStringLiteral("check")}, home.path());
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QVERIFY(r.err.contains("Created a workspace that watches this computer"));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("workspace.json"))));
        for (const char *check : {"cpu", "load", "memory", "disk", "uptime"})
            QVERIFY2(r.out.contains(check), check);
    }

    void watchRecordsAndStopsOnSigterm()
    {
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        test::writeFile(ws,
            workspaceWith(httpCheck(QStringLiteral("site"), QStringLiteral("/ok"))
                + QLatin1Char(',')
                + httpCheck(QStringLiteral("broken"), QStringLiteral("/error"))));
        QProcess watch;
        watch.setProcessEnvironment(test::dozorEnvironment(home.path()));
        watch.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("watch"), QStringLiteral("--json"), QStringLiteral("--workspace"), ws});
        QVERIFY(watch.waitForStarted());
        QByteArray out = test::readStdoutUntil(
            watch, [](const QByteArray &o) { return o.count('\n') >= 2; }, 20'000);
        QTest::qWait(2500); // a few more ticks of history
        QVERIFY2(test::signalProcess(watch, SIGTERM), watch.readAllStandardError().constData());
        QVERIFY(watch.waitForFinished(10'000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        out += watch.readAllStandardOutput();

        QSet<QString> changed;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            changed.insert(o.value(QStringLiteral("check")).toString() + QLatin1Char('=')
                + o.value(QStringLiteral("status")).toString());
            QVERIFY(o.value(QStringLiteral("from")).isNull());
        }
        QCOMPARE(
            changed, (QSet<QString> {QStringLiteral("site=OK"), QStringLiteral("broken=CRIT")}));

        const auto csv = test::runDozor(
            {QStringLiteral("history"), QStringLiteral("--workspace"), ws,
                QStringLiteral("--check"), QStringLiteral("site"), QStringLiteral("--metric"),
                QStringLiteral("status_code"), QStringLiteral("--csv")},
            home.path());
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("time,check,metric,value,min,max"));
        QVERIFY2(rows.size() >= 3, csv.out.constData()); // at least two samples a second apart
        QVERIFY(rows.at(1).contains(",site,status_code,200,200,200"));

        const auto json = test::runDozor(
            {QStringLiteral("history"), QStringLiteral("--workspace"), ws,
                QStringLiteral("--check"), QStringLiteral("site"), QStringLiteral("--since"),
                QStringLiteral("90d"), QStringLiteral("--points"), QStringLiteral("5"),
                QStringLiteral("--json")},
            home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray series = QJsonDocument::fromJson(json.out).array();
        QVERIFY(series.size() >= 3); // body_bytes, response_ms, status_code
        for (const auto &s : series) {
            QCOMPARE(s.toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("hour"));
            QVERIFY(s.toObject().value(QStringLiteral("points")).toArray().size() <= 5);
        }

        // A restart remembers the statuses: nothing changed, so nothing is printed.
        const auto again =
            test::runDozor({QStringLiteral("watch"), QStringLiteral("--for"), QStringLiteral("2"),
                               QStringLiteral("--workspace"), ws},
                home.path());
        // --for ends as dozor check would for the state at the end: "broken" is CRIT
        // (SIGTERM above stopped a service, which is exit 0).
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.out, QByteArray());

        const auto unknown =
            test::runDozor({QStringLiteral("history"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--check"), QStringLiteral("nope")},
                home.path());
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.err.contains("nothing recorded for check \"nope\""));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
