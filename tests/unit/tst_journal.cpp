// The incident side of the history file: incidents, timelines and the alert outbox written
// with the results, journal entries, maintenance windows, and uptime with honest gaps.
#include "core/Intervals.h"
#include "core/ResourceEvaluator.h"
#include "core/StatusTracker.h"
#include "monitor/IncidentEngine.h"
#include "store/HistoryReader.h"
#include "store/HistoryWriter.h"
#include "store/JournalBook.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

using namespace dozor;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 hour = 3'600'000;
constexpr qint64 t0 = 1'795'456'800'000; // 2026-11-23T18:00:00Z

Workspace workspace()
{
    Workspace w;
    Target t;
    t.id = QStringLiteral("web1");
    w.targets.append(t);
    for (const char *id : {"site", "disk"}) {
        CheckSpec c;
        c.id = QLatin1String(id);
        c.targetId = t.id;
        c.type = CheckType::Disk;
        c.intervalSec = 60;
        w.checks.append(c);
    }
    AlertChannel tg;
    tg.id = QStringLiteral("tg");
    tg.type = ChannelType::Telegram;
    w.alerts.channels.append(tg);
    return w;
}

CheckResult result(const QString &check, Status status, qint64 at)
{
    CheckResult r;
    r.checkId = check;
    r.targetId = QStringLiteral("web1");
    r.status = status;
    r.reason = status == Status::Ok ? QStringLiteral("fine") : QStringLiteral("disk full on /var");
    r.startedMs = at;
    r.intervalSec = 60;
    return r;
}

// A count straight from the file, on a connection of the test's own.
qint64 count(const QString &path, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// Feeds results through the engine into the writer, one batch per result, as a tick would.
struct Pipeline {
    explicit Pipeline(const QString &path)
        : writer(path)
        , engine(workspace())
    {
        writer.open();
    }
    void feed(const QString &check, Status status, qint64 at) { feed(result(check, status, at)); }
    void feed(const CheckResult &r)
    {
        const qint64 at = r.startedMs;
        ResultBatch b;
        b.tickMs = at;
        b.results.append(r);
        if (const auto change = tracker.update(r))
            b.changes.append(*change);
        b.incidents = engine.onResult(b.results.constFirst(), at);
        for (AlertIntent &a : b.incidents.alerts)
            a.channels = {QStringLiteral("tg")};
        writer.write(b);
    }
    HistoryWriter writer;
    IncidentEngine engine;
    StatusTracker tracker;
};
} // namespace

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manyConnectionsOpenANewFileAtOnce()
    {
        // The writer, the dispatcher, the scheduler's journal and the app's reader all open a
        // new workspace's history file at the same moment: every one of them must get it.
        for (int round = 0; round < 40; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("h.sqlite"));
            QList<QThread *> threads;
            QStringList errors;
            QMutex lock;
            for (int i = 0; i < 4; ++i) {
                threads.append(QThread::create([&, i] {
                    if (i == 0) { // the writer, writing at once
                        HistoryWriter writer(path);
                        QString error;
                        QObject::connect(
                            &writer, &HistoryWriter::opened, [&](const QString &e) { error = e; });
                        writer.open();
                        ResultBatch b;
                        b.tickMs = t0;
                        b.results.append(result(QStringLiteral("disk"), Status::Ok, t0));
                        writer.write(b);
                        if (!error.isEmpty() || writer.pendingBatches() != 0) {
                            QMutexLocker locked(&lock);
                            errors.append(QStringLiteral("writer: %1").arg(error));
                        }
                        return;
                    }
                    JournalBook book(path);
                    const auto opened = book.open();
                    const auto open = opened
                        ? book.openIncidents()
                        : Expected<QList<Incident>>(unexpected(opened.error()));
                    if (!open) {
                        QMutexLocker locked(&lock);
                        errors.append(QStringLiteral("%1: %2").arg(i).arg(open.error()));
                    }
                }));
            }
            for (QThread *t : threads)
                t->start();
            for (QThread *t : threads) {
                t->wait();
                delete t;
            }
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        }
    }

    void intervalArithmetic()
    {
        const auto n = Intervals::normalized({{10, 20}, {0, 5}, {15, 30}, {40, 40}, {5, 7}});
        QCOMPARE(n.size(), 2);
        QCOMPARE(n.at(0).startMs, 0);
        QCOMPARE(n.at(0).endMs, 7);
        QCOMPARE(n.at(1).endMs, 30);
        const auto x = Intervals::intersection(n, {{3, 12}, {25, 100}});
        QCOMPARE(Intervals::total(x), 4 + 2 + 5);
        QCOMPARE(Intervals::total(Intervals::clipped(n, 6, 11)), 1 + 1);
    }

    void incidentsTimelinesAndAlertsAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        Pipeline p(path);
        QSignalSpy alerts(&p.writer, &HistoryWriter::alertsCommitted);
        for (int i = 0; i < 4; ++i)
            p.feed(QStringLiteral("disk"), Status::Crit, t0 + i * minute);
        QCOMPARE(alerts.size(), 1);

        JournalBook book(path);
        QVERIFY(book.open().ok());
        const auto open = book.openIncidents();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        const Incident incident = open->constFirst();
        QCOMPARE(incident.checkId, QStringLiteral("disk"));
        QCOMPARE(incident.openedMs, t0);
        QVERIFY(incident.alerted);
        QCOMPARE(count(path,
                     QStringLiteral("SELECT count(*) FROM alert_deliveries "
                                    "WHERE state = 'queued' AND channel = 'tg'")),
            1);

        // The same alert again (a restart replaying its decision) is refused by its key.
        IncidentOutput again;
        AlertIntent dup;
        dup.key = incident.id + QStringLiteral(":problem");
        dup.title = QStringLiteral("dup");
        dup.channels = {QStringLiteral("tg")};
        again.alerts.append(dup);
        ResultBatch b;
        b.tickMs = t0 + 10 * minute;
        b.incidents = again;
        p.writer.write(b);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM alerts")), 1);
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM alert_deliveries")), 1);

        for (int i = 0; i < 2; ++i)
            p.feed(QStringLiteral("disk"), Status::Ok, t0 + (5 + i) * minute);
        const auto closed = book.incident(incident.id);
        QVERIFY(closed.ok() && closed->has_value());
        QCOMPARE((*closed)->closedMs, t0 + 6 * minute);
        const auto timeline = book.timeline(incident.id);
        QVERIFY(timeline.ok());
        QStringList kinds;
        for (const TimelineEntry &e : *timeline)
            kinds.append(timelineKindName(e.kind));
        QCOMPARE(kinds,
            (QStringList {QStringLiteral("opened"), QStringLiteral("alert"),
                QStringLiteral("resolved"), QStringLiteral("alert")}));
        const auto sent = book.alertsOf(incident.id);
        QVERIFY(sent.ok());
        QCOMPARE(sent->size(), 2);
        QCOMPARE(sent->at(1).alert.kind, AlertKind::Resolved);
        QCOMPARE(sent->at(1).deliveries.size(), 1);

        QVERIFY(
            book.addNote(incident.id, QStringLiteral("cleared old logs"), t0 + 7 * minute).ok());
        QCOMPARE(book.timeline(incident.id)->size(), 5);
    }

    void recordedLinesReadInTheLanguageInUse()
    {
        // Recorded while the app spoke English, read after switching to Russian: the lines
        // are rendered again, figures with a decimal comma; older rows keep their words.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        Pipeline p(path);
        HostSnapshot s;
        s.memory = MemoryInfo {4 * 1024 * 1024, 512 * 1024, 0, 0};
        CheckSpec memory;
        memory.id = QStringLiteral("disk");
        memory.targetId = QStringLiteral("web1");
        memory.type = CheckType::Memory;
        memory.crit = 80;
        for (int i = 0; i < 6; ++i) {
            CheckResult r =
                i < 4 ? evaluateResourceCheck(memory, s) : result(memory.id, Status::Ok, 0);
            r.startedMs = t0 + i * minute;
            r.intervalSec = 60;
            p.feed(r);
        }
        JournalBook book(path);
        QVERIFY(book.open().ok());
        const auto incidents = book.incidents({});
        QVERIFY(incidents.ok() && incidents->size() == 1);
        const QString id = incidents->constFirst().id;
        QCOMPARE(
            incidents->constFirst().reason, QStringLiteral("memory 87.5% used, 512 MiB available"));
        QCOMPARE(book.timeline(id)->constFirst().text,
            QStringLiteral(
                "CRIT after 3 failed runs in a row: memory 87.5% used, 512 MiB available"));
        QVERIFY(
            count(path, QStringLiteral("SELECT count(*) FROM incident_events WHERE message = ''"))
            == 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO incident_events (incident_id, ts, kind, text) "
                                      "VALUES ('%1', %2, 'note', 'written before messages')")
                           .arg(id)
                           .arg(t0 + 9 * minute)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/dozor/i18n/dozor_ru")));
        QCoreApplication::installTranslator(&russian);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const auto incident = book.incident(id);
        const auto timeline = book.timeline(id);
        const auto alerts = book.alertsOf(id);
        HistoryReader reader(path);
        QVERIFY(reader.open().ok());
        const auto changes = reader.statusEvents(memory.id, t0, t0 + hour);
        QCoreApplication::removeTranslator(&russian);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

        QVERIFY(incident.ok() && incident->has_value());
        QCOMPARE((*incident)->reason, QStringLiteral("память занята на 87,5%, доступно 512 МиБ"));
        QVERIFY(timeline.ok());
        QStringList lines;
        for (const TimelineEntry &e : *timeline)
            lines.append(e.text);
        QCOMPARE(lines.constFirst(),
            QStringLiteral("CRIT после 3 неудачных запусков подряд: память занята на 87,5%, "
                           "доступно 512 МиБ"));
        QVERIFY2(lines.contains(QStringLiteral("снова OK через 5 мин")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.constLast(), QStringLiteral("written before messages"));
        QVERIFY(changes.ok() && changes->size() == 2);
        QCOMPARE(changes->constFirst().reason,
            QStringLiteral("память занята на 87,5%, доступно 512 МиБ"));
        QVERIFY(alerts.ok() && alerts->size() == 2);
        QCOMPARE(alerts->constFirst().alert.title, QStringLiteral("КРИТИЧНО: web1 — disk"));
        QVERIFY2(alerts->constFirst().alert.text.startsWith(
                     QStringLiteral("память занята на 87,5%, доступно 512 МиБ\n")),
            qPrintable(alerts->constFirst().alert.text));
    }

    void filtersAndSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        Pipeline p(path);
        for (int i = 0; i < 3; ++i)
            p.feed(QStringLiteral("disk"), Status::Crit, t0 + i * minute);
        for (int i = 0; i < 2; ++i)
            p.feed(QStringLiteral("disk"), Status::Ok, t0 + (3 + i) * minute);
        for (int i = 0; i < 3; ++i)
            p.feed(QStringLiteral("site"), Status::Warn, t0 + (10 + i) * minute);

        JournalBook book(path);
        QVERIFY(book.open().ok());
        auto all = book.incidents({});
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).checkId, QStringLiteral("site")); // open first
        JournalFilter f;
        f.severity = AlertLevel::Critical;
        QCOMPARE(book.incidents(f)->size(), 1);
        f = {};
        f.search = QStringLiteral("full /var");
        QCOMPARE(book.incidents(f)->size(), 2);
        f.search = QStringLiteral("100%_nothing");
        QCOMPARE(book.incidents(f)->size(), 0);
        f = {};
        f.fromMs = t0 + 6 * minute; // after the disk incident closed
        QCOMPARE(book.incidents(f)->size(), 1);
        f = {};
        f.targetId = QStringLiteral("db9");
        QCOMPARE(book.incidents(f)->size(), 0);
    }

    void journalEntries()
    {
        QTemporaryDir dir;
        JournalBook book(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(book.open().ok());
        JournalEntry e;
        e.title = QStringLiteral("403 after deploy");
        e.severity = AlertLevel::Critical;
        e.targetId = QStringLiteral("web1");
        e.startedMs = t0;
        e.endedMs = t0 + 20 * minute;
        e.what = QStringLiteral("nginx could not read /srv/www/static");
        e.rootCause = QStringLiteral("rsync kept the builder's 700 mode");
        e.fix = QStringLiteral("chmod -R o+rX");
        e.followUps = QStringLiteral("path check with readable_by www-data");
        const auto id = book.addEntry(e, t0 + hour);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        JournalFilter f;
        f.search = QStringLiteral("rsync 700");
        QCOMPARE(book.entries(f)->size(), 1);
        f.search = QStringLiteral("rsync 750");
        QCOMPARE(book.entries(f)->size(), 0);
        auto stored = book.entry(*id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->rootCause, e.rootCause);
        JournalEntry changed = **stored;
        changed.fix = QStringLiteral("umask in the deploy script");
        QVERIFY(book.updateEntry(changed, t0 + 2 * hour).ok());
        QCOMPARE((*book.entry(*id))->fix, changed.fix);
        QVERIFY(book.removeEntry(*id).ok());
        QVERIFY(!book.entry(*id)->has_value());
        changed.id = 999;
        QVERIFY(!book.updateEntry(changed, t0).ok());
    }

    void maintenanceWindowsOnDemand()
    {
        QTemporaryDir dir;
        JournalBook book(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(book.open().ok());
        const auto a = book.startMaintenance(
            QStringLiteral("web1"), t0, t0 + 30 * minute, QStringLiteral("deploy"));
        const auto b = book.startMaintenance(QString(), t0, t0 + hour, QStringLiteral("all"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(book.maintenanceWindows(t0 + minute)->size(), 2);
        QCOMPARE(book.maintenanceWindows(t0 + 40 * minute)->size(), 1);
        QCOMPARE(*book.stopMaintenance(*a, QString(), t0 + 5 * minute), 1);
        QCOMPARE(*book.stopMaintenance(*a, QString(), t0 + 6 * minute), 0);
        QCOMPARE(book.maintenanceWindows(t0 + 6 * minute)->size(), 1);
        QCOMPARE(*book.stopMaintenance(QString(), QStringLiteral("*"), t0 + 7 * minute), 1);
        QVERIFY(book.maintenanceWindows(t0 + 7 * minute)->isEmpty());
    }

    void uptimeCountsOnlyObservedTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        Pipeline p(path);
        // 0–60 min observed: failing from minute 20 to 30 (incident 20 → 31).
        for (int m = 0; m <= 60; ++m) {
            const bool bad = m >= 20 && m < 30;
            p.feed(QStringLiteral("disk"), bad ? Status::Crit : Status::Ok, t0 + m * minute);
        }
        // Dozor stopped for an hour, then ran 30 more minutes, all fine.
        for (int m = 120; m <= 150; ++m)
            p.feed(QStringLiteral("disk"), Status::Ok, t0 + m * minute);

        JournalBook book(path);
        QVERIFY(book.open().ok());
        const auto rows = book.uptime(t0, t0 + 3 * hour, t0 + 3 * hour);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2); // the check and its server
        const UptimeRow &check = rows->at(0);
        QCOMPARE(check.checkId, QStringLiteral("disk"));
        QCOMPARE(check.observedMs, 90 * minute);
        QCOMPARE(check.notObservedMs(), 90 * minute);
        QCOMPARE(check.downMs, 11 * minute); // first failed run to the second good one
        QCOMPARE(check.incidents, 1);
        QCOMPARE(*check.mttrMs, 11 * minute);
        QCOMPARE(qRound(*check.uptimePercent() * 100), qRound((79.0 / 90.0) * 10000));
        const UptimeRow &server = rows->at(1);
        QVERIFY(server.checkId.isEmpty());
        QCOMPARE(server.observedMs, 90 * minute);
        // A failing check is not its server being down: only host incidents count there.
        QCOMPARE(server.downMs, 0);
        QCOMPARE(server.incidents, 0);
        QCOMPARE(*server.uptimePercent(), 100.0);

        // A period nobody watched has no uptime at all, not 100 %.
        const auto empty = book.uptime(t0 + 70 * minute, t0 + 110 * minute, t0 + 3 * hour);
        QVERIFY(empty.ok());
        for (const UptimeRow &r : *empty) {
            QCOMPARE(r.observedMs, 0);
            QVERIFY(!r.uptimePercent());
        }
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
