// Alert delivery against a local server that records requests the way Telegram's Bot API
// and a webhook receive them: payloads, retries on 500, failures surfaced, nothing sent
// twice after kill -9, and the whole path from a failing check through `dozor watch`.
#include "TestSupport.h"
#include "core/AppPaths.h"
#include "core/WorkspaceJson.h"
#include "notify/AlertDispatcher.h"
#include "store/AlertOutbox.h"
#include "store/HistoryWriter.h"
#include "store/JournalBook.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dozor;
using namespace dozor::test;

namespace {

const QByteArray token = QByteArrayLiteral("123456:CANARY-token-never-logged");

QJsonArray requests(const HttpFixture &receiver)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(receiver.url(QStringLiteral("/_requests")))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const QJsonArray out = QJsonDocument::fromJson(reply->readAll()).array();
    reply->deleteLater();
    return out;
}

void setMode(const HttpFixture &receiver, const QString &query)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(receiver.url(QStringLiteral("/_mode?") + query)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    QNetworkReply *reply = nam.post(request, QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    reply->deleteLater();
}

AlertSettings channels(const HttpFixture &receiver)
{
    AlertSettings s;
    s.retryDelaySec = 1;
    AlertChannel tg;
    tg.id = QStringLiteral("tg");
    tg.type = ChannelType::Telegram;
    tg.chatId = QStringLiteral("-1001234567890");
    tg.apiUrl = QUrl(receiver.url(QString()));
    AlertChannel hook;
    hook.id = QStringLiteral("hook");
    hook.type = ChannelType::Webhook;
    hook.url = QUrl(receiver.url(QStringLiteral("/hook")));
    hook.secretHeader = QStringLiteral("X-Dozor-Token");
    AlertChannel slack = hook;
    slack.id = QStringLiteral("slack");
    slack.slack = true;
    slack.secretHeader.clear();
    s.channels = {tg, hook, slack};
    return s;
}

AlertIntent problem(const QString &key, const QStringList &to)
{
    AlertIntent a;
    a.key = key;
    a.incidentId = QStringLiteral("inc-") + key;
    a.kind = AlertKind::Problem;
    a.level = AlertLevel::Critical;
    a.targetId = QStringLiteral("web1");
    a.checkId = QStringLiteral("site");
    a.title = QStringLiteral("CRITICAL: Web 1 — site");
    a.text = QStringLiteral("HTTP 502\nFailing since 12:00.");
    a.tags = {QStringLiteral("prod")};
    a.createdMs = QDateTime::currentMSecsSinceEpoch();
    a.channels = to;
    return a;
}

// A workspace in home/ws.json: one command check on this computer, run every second, and
// a webhook channel to the receiver. Returns the file.
QString commandWorkspace(const HttpFixture &receiver, const QTemporaryDir &home,
    const QString &checkId, const QString &command)
{
    Workspace w;
    w.targets.append(localTarget(QStringLiteral("t"), QStringLiteral("Here")));
    CheckSpec c = bareCheck(CheckType::Command);
    c.id = checkId;
    c.intervalSec = 1;
    c.command.run = command;
    w.checks.append(c);
    AlertChannel hook;
    hook.id = QStringLiteral("hook");
    hook.type = ChannelType::Webhook;
    hook.url = QUrl(receiver.url(QStringLiteral("/hook")));
    w.alerts.channels.append(hook);
    const QString file = home.filePath(QStringLiteral("ws.json"));
    writeFile(file, workspaceToJson(w));
    return file;
}

// Puts alerts in the outbox the way a scheduler tick does (with their incidents).
void queue(const QString &path, const QList<AlertIntent> &alerts)
{
    HistoryWriter writer(path);
    writer.open();
    ResultBatch b;
    b.tickMs = QDateTime::currentMSecsSinceEpoch();
    for (const AlertIntent &a : alerts) {
        Incident i;
        i.id = a.incidentId;
        i.targetId = a.targetId;
        i.checkId = a.checkId;
        i.title = a.title;
        i.openedMs = a.createdMs;
        b.incidents.incidents.append(i);
    }
    b.incidents.alerts = alerts;
    writer.write(b);
    writer.close();
}

// The history file dozor uses for a workspace when DOZOR_HOME is home.
QString historyOf(const QTemporaryDir &home, const QString &workspaceFile)
{
    qputenv("DOZOR_HOME", home.path().toUtf8());
    return AppPaths::historyFileFor(workspaceFile);
}

QString deliveryState(const QString &path, const QString &key, const QString &channel)
{
    AlertOutbox outbox(path);
    if (!outbox.open())
        return QStringLiteral("(cannot open)");
    return outbox.stateOf(key, channel).value_or(QStringLiteral("(none)"));
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void telegramAndWebhookPayloads()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY2(receiver.isRunning(), qPrintable(receiver.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        queue(path,
            {problem(QStringLiteral("a1"),
                {QStringLiteral("tg"), QStringLiteral("hook"), QStringLiteral("slack")})});

        AlertDispatcher dispatcher(path);
        dispatcher.setSettings(channels(receiver));
        dispatcher.setSecrets({{QStringLiteral("tg"), token},
            {QStringLiteral("hook"), QByteArrayLiteral("hook-secret")}});
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10'000);

        const QJsonArray got = requests(receiver);
        QCOMPARE(got.size(), 3);
        QHash<QString, QJsonObject> byPath;
        QJsonObject slack;
        for (const QJsonValue &v : got) {
            const QJsonObject r = v.toObject();
            const QJsonObject body =
                QJsonDocument::fromJson(r.value(QStringLiteral("body")).toString().toUtf8())
                    .object();
            if (r.value(QStringLiteral("path")).toString() == QLatin1String("/hook")
                && !body.contains(QStringLiteral("source")))
                slack = r;
            else
                byPath.insert(r.value(QStringLiteral("path")).toString(), r);
        }
        const QJsonObject tg = byPath.value(
            QStringLiteral("/bot") + QString::fromLatin1(token) + QStringLiteral("/sendMessage"));
        QVERIFY2(!tg.isEmpty(), QJsonDocument(got).toJson().constData());
        const QJsonObject tgBody =
            QJsonDocument::fromJson(tg.value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(
            tgBody.value(QStringLiteral("chat_id")).toString(), QStringLiteral("-1001234567890"));
        QVERIFY(tgBody.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("CRITICAL: Web 1 — site\nHTTP 502")));

        const QJsonObject hook = byPath.value(QStringLiteral("/hook"));
        QCOMPARE(hook.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("x-dozor-token"))
                     .toString(),
            QStringLiteral("hook-secret"));
        const QJsonObject hookBody =
            QJsonDocument::fromJson(hook.value(QStringLiteral("body")).toString().toUtf8())
                .object();
        QCOMPARE(hookBody.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(hookBody.value(QStringLiteral("kind")).toString(), QStringLiteral("problem"));
        QCOMPARE(hookBody.value(QStringLiteral("key")).toString(), QStringLiteral("a1"));
        QCOMPARE(hookBody.value(QStringLiteral("target")).toString(), QStringLiteral("web1"));
        QCOMPARE(hookBody.value(QStringLiteral("tags")).toArray().first().toString(),
            QStringLiteral("prod"));

        const QJsonObject slackBody =
            QJsonDocument::fromJson(slack.value(QStringLiteral("body")).toString().toUtf8())
                .object();
        QCOMPARE(slackBody.keys(), QStringList {QStringLiteral("text")});
        QVERIFY(slackBody.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("*CRITICAL: Web 1 — site*")));
        QVERIFY(!slack.value(QStringLiteral("headers"))
                     .toObject()
                     .contains(QStringLiteral("x-dozor-token")));

        dispatcher.stop();
        for (const char *c : {"tg", "hook", "slack"})
            QCOMPARE(deliveryState(path, QStringLiteral("a1"), QLatin1String(c)),
                QStringLiteral("delivered"));
        JournalBook book(path);
        QVERIFY(book.open().ok());
        const auto timeline = book.timeline(QStringLiteral("inc-a1"));
        QCOMPARE(timeline->size(), 3);
        QVERIFY(timeline->constFirst().text.startsWith(QStringLiteral("delivered to")));
    }

    void retriesOn500ThenDelivers()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        setMode(receiver, QStringLiteral("fail=2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        queue(path, {problem(QStringLiteral("r1"), {QStringLiteral("slack")})});
        AlertDispatcher dispatcher(path);
        dispatcher.setSettings(channels(receiver));
        QSignalSpy delivered(&dispatcher, &AlertDispatcher::delivered);
        QSignalSpy failing(&dispatcher, &AlertDispatcher::channelFailing);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20'000);
        QCOMPARE(requests(receiver).size(), 3); // 500, 500, 200
        QVERIFY(failing.isEmpty());
        dispatcher.stop();
        JournalBook book(path);
        QVERIFY(book.open().ok());
        QStringList lines;
        const auto timeline = book.timeline(QStringLiteral("inc-r1"));
        for (const TimelineEntry &e : *timeline)
            lines.append(e.text);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(QLatin1String("HTTP 500"))
                && lines.at(0).contains(QLatin1String("trying again in 1 s")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(
            lines.at(1).contains(QLatin1String("trying again in 3 s")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(QLatin1String("delivered to slack")));
    }

    void failureIsSurfacedAndRecoveryNoted()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        setMode(receiver, QStringLiteral("fail=1000"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        queue(path, {problem(QStringLiteral("f1"), {QStringLiteral("slack")})});
        AlertSettings settings = channels(receiver);
        settings.deliveryAttempts = 2;
        settings.channels.removeAt(1); // tg and slack
        AlertDispatcher dispatcher(path);
        dispatcher.setSettings(settings);
        dispatcher.setSecrets({{QStringLiteral("tg"), token}});
        QSignalSpy failing(&dispatcher, &AlertDispatcher::channelFailing);
        QSignalSpy recovered(&dispatcher, &AlertDispatcher::channelRecovered);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(failing.size(), 1, 20'000);
        QCOMPARE(failing.first().at(0).toString(), QStringLiteral("slack"));
        QVERIFY2(failing.first().at(2).toString().contains(QLatin1String("HTTP 500")),
            qPrintable(failing.first().at(2).toString()));
        QCOMPARE(deliveryState(path, QStringLiteral("f1"), QStringLiteral("slack")),
            QStringLiteral("failed"));
        // The other channel hears about it (and is failing too here, once, then it is fine).
        setMode(receiver, QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(requests(receiver).cbegin(), requests(receiver).cend(),
                [](const QJsonValue &v) {
                    return v.toObject()
                        .value(QStringLiteral("body"))
                        .toString()
                        .contains(QLatin1String("Alerts to slack (webhook) failing since"));
                }),
            20'000);

        JournalBook book(path);
        QVERIFY(book.open().ok());
        JournalFilter f;
        f.search = QStringLiteral("failing since");
        auto entries = book.entries(f);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().endedMs, 0);
        QVERIFY(entries->constFirst().what.contains(QLatin1String("HTTP 500")));

        // The next alert gets through: the channel is fine again and the entry is closed.
        dispatcher.stop();
        queue(path, {problem(QStringLiteral("f2"), {QStringLiteral("slack")})});
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 20'000);
        entries = book.entries(f);
        QVERIFY(entries->constFirst().endedMs > 0);
        dispatcher.stop();
    }

    void permanentRefusalIsNotRetriedAndTheTokenStaysSecret()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        setMode(receiver, QStringLiteral("reject=1"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        queue(path, {problem(QStringLiteral("p1"), {QStringLiteral("tg")})});
        AlertDispatcher dispatcher(path);
        AlertSettings only = channels(receiver);
        only.channels = {only.channels.constFirst()};
        dispatcher.setSettings(only);
        dispatcher.setSecrets({{QStringLiteral("tg"), token}});
        QSignalSpy failing(&dispatcher, &AlertDispatcher::channelFailing);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(failing.size(), 1, 10'000);
        QCOMPARE(requests(receiver).size(), 1);
        const QString error = failing.first().at(2).toString();
        QVERIFY2(error.contains(QLatin1String("chat not found")), qPrintable(error));
        dispatcher.stop();
        QFile history(path);
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(!history.readAll().contains(token));
    }

    void cliSendsATestAlert()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        QTemporaryDir home;
        Workspace w;
        w.targets.append(localTarget(QStringLiteral("t"), QStringLiteral("Here")));
        w.alerts = channels(receiver);
        w.alerts.channels[1].secretHeader.clear();
        const QString file = home.filePath(QStringLiteral("ws.json"));
        writeFile(file, workspaceToJson(w));

        RunResult r = runDozor({QStringLiteral("alert"), QStringLiteral("test"),
                                   QStringLiteral("hook"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("Test alert delivered to hook"));
        const QJsonArray got = requests(receiver);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first()
                    .toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("Dozor test alert")));

        setMode(receiver, QStringLiteral("fail=5"));
        r = runDozor({QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("slack"),
                         QStringLiteral("-w"), file},
            home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("HTTP 500"), r.err.constData());

        r = runDozor({QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("nope"),
                         QStringLiteral("-w"), file},
            home.path());
        QCOMPARE(r.exitCode, 3);
        r = runDozor({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("-w"), file},
            home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("every alert goes to every channel"));
    }

    void watchAlertsOnceResolvesOnceAndHonoursMaintenance()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        QTemporaryDir home;
        const QString flag = home.filePath(QStringLiteral("up"));
        const QString file = commandWorkspace(
            receiver, home, QStringLiteral("flag"), QStringLiteral("test -f '%1'").arg(flag));

        QProcess watch;
        watch.setProcessEnvironment(dozorEnvironment(home.path()));
        watch.start(
            QStringLiteral(DOZOR_BINARY), {QStringLiteral("watch"), QStringLiteral("-w"), file});
        QVERIFY(watch.waitForStarted());
        auto kinds = [&] {
            QStringList out;
            for (const QJsonValue &v : requests(receiver))
                out.append(QJsonDocument::fromJson(
                    v.toObject().value(QStringLiteral("body")).toString().toUtf8())
                               .object()
                               .value(QStringLiteral("kind"))
                               .toString());
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(kinds(), QStringList {QStringLiteral("problem")}, 20'000);
        writeFile(flag, "ok");
        QTRY_COMPARE_WITH_TIMEOUT(
            kinds(), (QStringList {QStringLiteral("problem"), QStringLiteral("resolved")}), 20'000);

        // A maintenance window from the CLI reaches the running watch: failing again is
        // recorded as an incident in maintenance, and nothing is sent.
        RunResult m =
            runDozor({QStringLiteral("maintenance"), QStringLiteral("start"),
                         QStringLiteral("--for"), QStringLiteral("10m"), QStringLiteral("--reason"),
                         QStringLiteral("deploy"), QStringLiteral("-w"), file},
                home.path());
        QVERIFY2(m.exitCode == 0, m.err.constData());
        const QString windowId = QString::fromUtf8(m.out).trimmed();
        // The watch reads new windows every 5 s and says when it has seen one.
        QByteArray watchErr;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         watchErr += watch.readAllStandardError();
                         return watchErr.contains(
                             QByteArray("maintenance window " + windowId.toUtf8()));
                     },
                     30'000),
            watchErr.constData());
        QFile::remove(flag);
        JournalBook book(historyOf(home, file));
        QVERIFY(book.open().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!book.openIncidents()->isEmpty(), 20'000);
        QVERIFY(book.openIncidents()->constFirst().maintenance);
        QTest::qWait(2000);
        QCOMPARE(kinds().size(), 2);

        m = runDozor(
            {QStringLiteral("maintenance"), QStringLiteral("list"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY(m.out.contains(windowId.toUtf8()));
        QVERIFY(m.out.contains("ACTIVE"));
        // Ending the window early: the incident that is still open alerts now.
        m = runDozor({QStringLiteral("maintenance"), QStringLiteral("stop"), windowId,
                         QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(m.exitCode == 0, m.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(kinds().size(), 3, 20'000);
        QCOMPARE(kinds().last(), QStringLiteral("problem"));

        QVERIFY2(signalProcess(watch, SIGTERM), watch.readAllStandardError().constData());
        QVERIFY(watch.waitForFinished(20'000));
        QCOMPARE(watch.exitCode(), 0);

        // The journal has both incidents, exports them, and uptime knows them.
        RunResult j = runDozor(
            {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(j.exitCode == 0, j.err.constData());
        QCOMPARE(j.out.count("Here — flag"), 2);
        QVERIFY(j.out.contains("OPEN"));
        j = runDozor(
            {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--since"),
                QStringLiteral("1h"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(j.exitCode == 0, j.err.constData());
        QVERIFY(j.out.startsWith("# Incident journal"));
        QVERIFY(j.out.contains("maintenance window"));
        QVERIFY(j.out.contains("delivered to hook"));
        // A word it does not know is named, with the way to see one incident.
        j = runDozor({QStringLiteral("journal"), QStringLiteral("show"), QStringLiteral("abc"),
                         QStringLiteral("-w"), file},
            home.path());
        QCOMPARE(j.exitCode, 3);
        QVERIFY2(j.err.contains("unknown journal action \"show\"")
                && j.err.contains("journal export --incident ID"),
            j.err.constData());
        j = runDozor({QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                         QStringLiteral("Flag file vanished"), QStringLiteral("--cause"),
                         QStringLiteral("test"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(j.exitCode == 0, j.err.constData());
        j = runDozor(
            {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--search"),
                QStringLiteral("vanished"), QStringLiteral("--json"), QStringLiteral("-w"), file},
            home.path());
        const QJsonObject listed = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(listed.value(QStringLiteral("entries")).toArray().size(), 1);
        QCOMPARE(listed.value(QStringLiteral("incidents")).toArray().size(), 0);
        j = runDozor({QStringLiteral("uptime"), QStringLiteral("--since"), QStringLiteral("1h"),
                         QStringLiteral("--json"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(j.exitCode == 0, j.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(j.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("incidents")).toInt(), 2);
        QVERIFY(rows.first().toObject().value(QStringLiteral("uptime_percent")).toDouble() < 100);
        QVERIFY(rows.first().toObject().value(QStringLiteral("not_observed_seconds")).toDouble()
            > 3000);
    }

    void killNineWhileSendingNeverSendsTwice()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        setMode(receiver, QStringLiteral("hang=1"));
        QTemporaryDir home;
        const QString file =
            commandWorkspace(receiver, home, QStringLiteral("down"), QStringLiteral("exit 2"));

        QProcess watch;
        watch.setProcessEnvironment(dozorEnvironment(home.path()));
        watch.start(
            QStringLiteral(DOZOR_BINARY), {QStringLiteral("watch"), QStringLiteral("-w"), file});
        QVERIFY(watch.waitForStarted());
        // The request has arrived; the answer never comes. Kill before anything is recorded.
        QTRY_COMPARE_WITH_TIMEOUT(requests(receiver).size(), 1, 20'000);
        watch.kill();
        QVERIFY(watch.waitForFinished(30'000)); // reaped at once, torn down in time (TSan)
        setMode(receiver, QString());
        const QString key = QJsonDocument::fromJson(
            requests(receiver).first().toObject().value(QStringLiteral("body")).toString().toUtf8())
                                .object()
                                .value(QStringLiteral("key"))
                                .toString();
        QCOMPARE(deliveryState(historyOf(home, file), key, QStringLiteral("hook")),
            QStringLiteral("sending"));

        // Restarted, the check still fails: the incident goes on, nothing is sent again.
        RunResult again = runDozor({QStringLiteral("watch"), QStringLiteral("--for"),
                                       QStringLiteral("6"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(again.exitCode == 2, again.err.constData()); // ends CRIT, as check would
        QCOMPARE(requests(receiver).size(), 1);
        QCOMPARE(deliveryState(historyOf(home, file), key, QStringLiteral("hook")),
            QStringLiteral("unknown"));
        JournalBook book(historyOf(home, file));
        QVERIFY(book.open().ok());
        QCOMPARE(book.incidents({})->size(), 1);
        bool noted = false;
        const auto open = book.openIncidents();
        QCOMPARE(open->size(), 1);
        const auto timeline = book.timeline(open->constFirst().id);
        for (const TimelineEntry &e : *timeline)
            noted = noted || e.text.contains(QLatin1String("not sent again"));
        QVERIFY(noted);
    }

    void staleBackupAlertsOnceAndResolvesAfterBackUpNow()
    {
        HttpFixture receiver({}, {}, QStringLiteral("integration/alert_receiver.py"));
        QVERIFY(receiver.isRunning());
        QTemporaryDir home;
        const QString backups = home.filePath(QStringLiteral("backups"));
        const QString live = home.filePath(QStringLiteral("live"));
        QDir().mkpath(backups);
        QDir().mkpath(live);
        writeFile(live + QStringLiteral("/data.txt"), QByteArray(50'000, 'd'));
        // Daily archives, the newest 27 h old: past the 26 h limit.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int d = 0; d < 5; ++d) {
            const QString name = now.addSecs(-3600 * (27 + 24 * d))
                                     .toString(QStringLiteral("'full_'yyyyMMdd-HHmmss'.tar.gz'"));
            QProcess tar;
            tar.start(QStringLiteral("tar"),
                {QStringLiteral("-czf"), backups + QLatin1Char('/') + name, QStringLiteral("-C"),
                    live, QStringLiteral(".")});
            QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        }
        Workspace w;
        w.targets.append(localTarget(QStringLiteral("t"), QStringLiteral("Here")));
        BackupSource source;
        source.id = QStringLiteral("full");
        source.targetId = QStringLiteral("t");
        source.path = backups;
        source.pattern = QStringLiteral("full_*.tar.gz");
        source.timeFormat = QStringLiteral("full_%Y%m%d-%H%M%S");
        source.paths = {live};
        w.backups.append(source);
        CheckSpec c = bareCheck(CheckType::Backup);
        c.id = QStringLiteral("fresh");
        c.intervalSec = 2;
        c.timeoutSec = 60;
        c.failThreshold = 1;
        c.recoverThreshold = 1;
        c.backup.source = QStringLiteral("full");
        w.checks.append(c);
        AlertChannel hook;
        hook.id = QStringLiteral("hook");
        hook.type = ChannelType::Webhook;
        hook.url = QUrl(receiver.url(QStringLiteral("/hook")));
        w.alerts.channels.append(hook);
        const QString file = home.filePath(QStringLiteral("ws.json"));
        writeFile(file, workspaceToJson(w));

        QProcess watch;
        watch.setProcessEnvironment(dozorEnvironment(home.path()));
        watch.start(
            QStringLiteral(DOZOR_BINARY), {QStringLiteral("watch"), QStringLiteral("-w"), file});
        QVERIFY(watch.waitForStarted());
        auto bodies = [&] {
            QList<QJsonObject> out;
            for (const QJsonValue &v : requests(receiver))
                out.append(QJsonDocument::fromJson(
                    v.toObject().value(QStringLiteral("body")).toString().toUtf8())
                               .object());
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(bodies().size(), 1, 30'000);
        const QJsonObject problem = bodies().constFirst();
        QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("problem"));
        QVERIFY2(
            problem.value(QStringLiteral("text")).toString().contains(QStringLiteral("limit 26 h")),
            QJsonDocument(problem).toJson().constData());

        // Back up now (from the command line, while the watch runs): the next run is OK.
        const RunResult made = runDozor({QStringLiteral("backup"), QStringLiteral("run"),
                                            QStringLiteral("full"), QStringLiteral("-w"), file},
            home.path());
        QVERIFY2(made.exitCode == 0, QByteArray(made.out + made.err).constData());
        QTRY_COMPARE_WITH_TIMEOUT(bodies().size(), 2, 30'000);
        QCOMPARE(
            bodies().at(1).value(QStringLiteral("kind")).toString(), QStringLiteral("resolved"));
        QTest::qWait(3000); // a few more runs: still nothing more to say
        QCOMPARE(bodies().size(), 2);
        QVERIFY(signalProcess(watch, SIGTERM));
        QVERIFY(watch.waitForFinished(30'000));
        JournalBook book(historyOf(home, file));
        QVERIFY(book.open().ok());
        QCOMPARE(book.incidents({})->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
