// kill -9 while dozor watch writes history, again and again: the file stays intact and no
// batch the writer reported as committed is ever lost.
#include "TestSupport.h"
#include "core/AppPaths.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineNeverCorrupts()
    {
        test::HttpFixture http;
        QVERIFY2(http.isRunning(), qPrintable(http.error()));
        QTemporaryDir home;
        const QString ws = home.filePath(QStringLiteral("ws.json"));
        QString checks;
        for (int i = 0; i < 20; ++i)
            checks += QStringLiteral(
                R"({"id": "web%1", "target": "web", "type": "http", "interval": 1, "http": {"url": "%2"}},)")
                          .arg(i)
                          .arg(http.url(QStringLiteral("/ok")));
        checks += QStringLiteral(R"({"id": "cpu", "target": "local", "type": "cpu", "interval": 1},
                                    {"id": "disk", "target": "local", "type": "disk", "interval": 1})");
        test::writeFile(ws,
            QStringLiteral(
                R"({"schema": 1, "targets": [{"id": "local", "local": true}, {"id": "web"}], "checks": [%1]})")
                .arg(checks)
                .toUtf8());
        qputenv("DOZOR_HOME", home.path().toUtf8());
        const QString db = AppPaths::historyFileFor(ws);

        QRandomGenerator rng(42);
        static const QRegularExpression committedLine(QStringLiteral("committed tick (\\d+)"));
        QList<qint64> committedTicks;
        qint64 previousRows = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess watch;
            QProcessEnvironment env = test::dozorEnvironment(home.path());
            env.insert(
                QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dozor.store.debug=true"));
            watch.setProcessEnvironment(env);
            watch.start(QStringLiteral(DOZOR_BINARY),
                {QStringLiteral("watch"), QStringLiteral("--workspace"), ws});
            QVERIFY(watch.waitForStarted());
            QTest::qWait(1500 + rng.bounded(2500));
            // A watch that ended by itself is a failure of its own: say how, with its words.
            if (watch.state() != QProcess::Running)
                QFAIL(qPrintable(
                    QStringLiteral("dozor watch ended by itself (exit %1) before the kill:\n%2")
                        .arg(watch.exitCode())
                        .arg(QString::fromUtf8(watch.readAllStandardError().right(6000)))));
            watch.kill(); // SIGKILL: no chance to flush anything
            // Dead at once, but the kernel may take a while to tear down a big process
            // (ThreadSanitizer's shadow memory) on a loaded machine: seen over 5 s in CI.
            QVERIFY(watch.waitForFinished(30'000));
            const QString err = QString::fromUtf8(watch.readAllStandardError());
            auto it = committedLine.globalMatch(err);
            while (it.hasNext())
                committedTicks.append(it.next().captured(1).toLongLong());

            const QString connection = QStringLiteral("inspect-%1").arg(round);
            {
                QSqlDatabase conn =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                conn.setDatabaseName(db);
                QVERIFY(conn.open());
                QSqlQuery q(conn);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM samples")) && q.next());
                const qint64 rows = q.value(0).toLongLong();
                QVERIFY2(rows >= previousRows, "rows disappeared after a kill");
                previousRows = rows;
                // Rollups agree with the raw rows: nothing half-written.
                QVERIFY(q.exec(QStringLiteral("SELECT (SELECT sum(count) FROM rollup_minute), "
                                              "(SELECT sum(count) FROM rollup_hour)"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), rows);
                QCOMPARE(q.value(1).toLongLong(), rows);
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY2(committedTicks.size() >= 8, "the watcher never reported a commit");
        QVERIFY(previousRows > 0);
        // Every batch reported committed is in the file: its results' samples exist (each
        // tick's results started at or before the tick).
        const QString connection = QStringLiteral("final");
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            conn.setDatabaseName(db);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            for (qint64 tick : std::as_const(committedTicks)) {
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*) FROM samples WHERE ts <= %1 AND ts > %1 - 5000")
                                   .arg(tick))
                    && q.next());
                QVERIFY2(q.value(0).toLongLong() > 0,
                    qPrintable(QStringLiteral("committed tick %1 lost").arg(tick)));
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
