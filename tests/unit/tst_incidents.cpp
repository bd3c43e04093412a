// The incident engine on a fake clock: thresholds, flapping, host dependencies, maintenance,
// reminders and restarts, each as a scenario of results over simulated time.
#include "monitor/IncidentEngine.h"

#include <QTest>
#include <QTimeZone>

using namespace dozor;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 t0 = 1'790'000'000'000; // 2026-09-21, any fixed instant

Workspace workspace()
{
    Workspace w;
    Target web;
    web.id = QStringLiteral("web1");
    web.name = QStringLiteral("Web 1");
    web.tags = {QStringLiteral("prod")};
    w.targets.append(web);
    for (const char *id : {"site", "disk", "nginx"}) {
        CheckSpec c;
        c.id = QLatin1String(id);
        c.targetId = web.id;
        c.type = c.id == QLatin1String("site") ? CheckType::Http : CheckType::Disk;
        w.checks.append(c);
    }
    return w;
}

CheckResult result(const QString &check, Status status, bool unreachable = false)
{
    CheckResult r;
    r.checkId = check;
    r.targetId = QStringLiteral("web1");
    r.status = status;
    r.reason = status == Status::Ok ? QStringLiteral("fine") : QStringLiteral("HTTP 502");
    r.unreachable = unreachable;
    return r;
}

// Feeds results one minute apart and collects everything the engine said.
class Scenario {
public:
    explicit Scenario(Workspace w = workspace())
        : engine(std::move(w))
    {
        engine.setIdGenerator([this] { return QStringLiteral("inc-%1").arg(++m_ids); });
    }
    void run(const QString &check, const QList<Status> &statuses, bool unreachable = false)
    {
        for (Status s : statuses) {
            now += minute;
            collect(engine.onResult(result(check, s, unreachable), now));
            // What the history records: each change of a check's status.
            const auto last = m_last.constFind(check);
            if (last == m_last.constEnd() || *last != s) {
                StatusChange c;
                c.checkId = check;
                c.targetId = QStringLiteral("web1");
                if (last != m_last.constEnd())
                    c.from = *last;
                c.to = s;
                c.atMs = now;
                changes.append(c);
                m_last.insert(check, s);
            }
        }
    }
    void collect(const IncidentOutput &o) { out.append(o); }
    QList<AlertIntent> alerts(AlertKind kind) const
    {
        QList<AlertIntent> found;
        for (const AlertIntent &a : out.alerts) {
            if (a.kind == kind)
                found.append(a);
        }
        return found;
    }

    IncidentEngine engine;
    IncidentOutput out;
    QList<StatusChange> changes;
    qint64 now = t0;

private:
    int m_ids = 0;
    QHash<QString, Status> m_last;
};

const Status Ok = Status::Ok;
const Status Crit = Status::Crit;
const Status Warn = Status::Warn;

} // namespace

class TestIncidents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneOrTwoFailuresThenSuccessSendNothing()
    {
        Scenario s;
        s.run(QStringLiteral("site"), {Crit, Ok, Crit, Crit, Ok, Ok, Crit, Crit, Ok});
        QVERIFY(s.out.alerts.isEmpty());
        QVERIFY(s.out.incidents.isEmpty());
        QVERIFY(s.engine.openIncidents().isEmpty());
    }

    void pendingUntilTheThreshold()
    {
        Scenario s;
        s.run(QStringLiteral("site"), {Crit});
        QCOMPARE(s.engine.phase(QStringLiteral("site")), CheckPhase::Pending);
        s.run(QStringLiteral("site"), {Crit});
        QCOMPARE(s.engine.phase(QStringLiteral("site")), CheckPhase::Pending);
        s.run(QStringLiteral("site"), {Crit});
        QCOMPARE(s.engine.phase(QStringLiteral("site")), CheckPhase::Incident);
        QCOMPARE(s.engine.phase(QStringLiteral("disk")), CheckPhase::Ok);
    }

    void threeFailuresOneAlertTwoSuccessesOneResolve()
    {
        Scenario s;
        s.run(QStringLiteral("site"), {Crit, Crit, Crit, Crit, Crit, Ok});
        QCOMPARE(s.out.alerts.size(), 1);
        const AlertIntent problem = s.out.alerts.constFirst();
        QCOMPARE(problem.kind, AlertKind::Problem);
        QCOMPARE(problem.level, AlertLevel::Critical);
        QCOMPARE(problem.incidentId, QStringLiteral("inc-1"));
        QCOMPARE(problem.tags, QStringList {QStringLiteral("prod")});
        QVERIFY2(problem.title.contains(QStringLiteral("Web 1 — site")), qPrintable(problem.title));
        QVERIFY(problem.text.contains(QLatin1String("HTTP 502")));
        QCOMPARE(s.engine.openIncidents().size(), 1);

        s.run(QStringLiteral("site"), {Ok, Ok, Ok});
        QCOMPARE(s.out.alerts.size(), 2);
        const AlertIntent resolved = s.out.alerts.at(1);
        QCOMPARE(resolved.kind, AlertKind::Resolved);
        QCOMPARE(resolved.incidentId, problem.incidentId);
        QVERIFY2(resolved.text.contains(QLatin1String("6 min")), qPrintable(resolved.text));
        QVERIFY(s.engine.openIncidents().isEmpty());

        // Opened at the third failure, dated from the first; closed at the second success.
        const Incident &closed = s.out.incidents.constLast();
        QCOMPARE(closed.openedMs, t0 + 1 * minute);
        QCOMPARE(closed.closedMs, t0 + 7 * minute);
        QCOMPARE(closed.worst, Status::Crit);
        QVERIFY(closed.alerted);
        QStringList kinds;
        for (const TimelineEntry &e : std::as_const(s.out.timeline))
            kinds.append(timelineKindName(e.kind));
        QCOMPARE(kinds,
            (QStringList {QStringLiteral("opened"), QStringLiteral("alert"),
                QStringLiteral("resolved"), QStringLiteral("alert")}));
    }

    void alertKeysAreUnique()
    {
        Scenario s;
        for (int round = 0; round < 3; ++round)
            s.run(QStringLiteral("site"), {Crit, Crit, Crit, Ok, Ok});
        QSet<QString> keys;
        for (const AlertIntent &a : std::as_const(s.out.alerts))
            keys.insert(a.key);
        QCOMPARE(keys.size(), s.out.alerts.size());
        QCOMPARE(s.alerts(AlertKind::Problem).size(), 3);
    }

    void warningThatBecomesCriticalAlertsOnceMore()
    {
        Scenario s;
        s.run(QStringLiteral("site"), {Warn, Warn, Warn});
        QCOMPARE(s.out.alerts.size(), 1);
        QCOMPARE(s.out.alerts.constFirst().level, AlertLevel::Warning);
        s.run(QStringLiteral("site"), {Crit, Warn, Crit, Crit});
        QCOMPARE(s.alerts(AlertKind::Worse).size(), 1);
        QCOMPARE(s.alerts(AlertKind::Worse).constFirst().level, AlertLevel::Critical);
        s.run(QStringLiteral("site"), {Ok, Ok});
        QCOMPARE(s.alerts(AlertKind::Resolved).size(), 1);
        QCOMPARE(s.alerts(AlertKind::Resolved).constFirst().level, AlertLevel::Critical);
        QCOMPARE(s.out.alerts.size(), 3);
    }

    void thresholdsComeFromTheCheckOrTheWorkspace()
    {
        Workspace w = workspace();
        w.alerts.policy.failThreshold = 1;
        w.checks[1].failThreshold = 5;
        w.checks[1].recoverThreshold = 1;
        Scenario s(w);
        s.run(QStringLiteral("site"), {Crit});
        QCOMPARE(s.out.alerts.size(), 1);
        s.run(QStringLiteral("disk"), {Crit, Crit, Crit, Crit});
        QCOMPARE(s.out.alerts.size(), 1);
        s.run(QStringLiteral("disk"), {Crit});
        QCOMPARE(s.out.alerts.size(), 2);
        s.run(QStringLiteral("disk"), {Ok});
        QCOMPARE(s.alerts(AlertKind::Resolved).size(), 1);
    }

    void flappingForAnHourSendsOneAlert()
    {
        Scenario s;
        for (int i = 0; i < 30; ++i)
            s.run(QStringLiteral("site"), {Crit, Ok});
        QCOMPARE(s.out.alerts.size(), 1);
        QCOMPARE(s.out.alerts.constFirst().kind, AlertKind::Flapping);
        QCOMPARE(s.out.alerts.constFirst().level, AlertLevel::Warning);
        QCOMPARE(s.engine.phase(QStringLiteral("site")), CheckPhase::Flapping);
    }

    void flappingWithIncidentsHoldsTheirAlertsBack()
    {
        Scenario s;
        // Long enough runs of failures to open incidents, short enough to flap.
        s.run(QStringLiteral("site"), {Crit, Crit, Crit, Ok, Ok});
        const qsizetype before = s.out.alerts.size(); // problem + resolved of the first
        QCOMPARE(before, 2);
        for (int i = 0; i < 12; ++i)
            s.run(QStringLiteral("site"), {Crit, Crit, Crit, Ok, Ok});
        QCOMPARE(s.alerts(AlertKind::Flapping).size(), 1);
        // Flapping shows within the window; after it, no problem or resolved messages.
        const qsizetype flapAt =
            std::find_if(s.out.alerts.cbegin(), s.out.alerts.cend(),
                [](const AlertIntent &a) { return a.kind == AlertKind::Flapping; })
            - s.out.alerts.cbegin();
        QVERIFY2(flapAt <= 6, qPrintable(QString::number(flapAt)));
        QCOMPARE(s.out.alerts.size(), flapAt + 1);
        // Settling: stable for a whole window ends it, with one message.
        s.run(QStringLiteral("site"), QList<Status>(40, Ok));
        QCOMPARE(s.alerts(AlertKind::FlappingOver).size(), 1);
        QCOMPARE(s.engine.phase(QStringLiteral("site")), CheckPhase::Ok);
    }

    void unreachableServerIsOneIncident()
    {
        Scenario s;
        for (int i = 0; i < 5; ++i) {
            for (const char *c : {"site", "disk", "nginx"})
                s.run(QLatin1String(c), {Status::Unknown}, true);
        }
        const auto open = s.engine.openIncidents();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().scope, IncidentScope::Host);
        QCOMPARE(open.constFirst().checks.size(), 3);
        QCOMPARE(s.out.alerts.size(), 1);
        QVERIFY2(s.out.alerts.constFirst().title.contains(QLatin1String("Web 1 unreachable")),
            qPrintable(s.out.alerts.constFirst().title));
        QCOMPARE(s.engine.phase(QStringLiteral("disk")), CheckPhase::Dependent);

        // An HTTP answer does not show the SSH login works again.
        s.run(QStringLiteral("site"), {Ok, Ok, Ok});
        QCOMPARE(s.engine.openIncidents().size(), 1);
        // Back: one resolve; a check that still fails then opens its own incident.
        for (int i = 0; i < 2; ++i) {
            s.run(QStringLiteral("nginx"), {Ok});
            s.run(QStringLiteral("disk"), {Crit});
        }
        QCOMPARE(s.alerts(AlertKind::Resolved).size(), 1);
        QVERIFY(s.engine.openIncidents().isEmpty());
        s.run(QStringLiteral("disk"), {Crit, Crit, Crit});
        QCOMPARE(s.engine.openIncidents().size(), 1);
        QCOMPARE(s.engine.openIncidents().constFirst().checkId, QStringLiteral("disk"));
        QCOMPARE(s.alerts(AlertKind::Problem).size(), 2);
    }

    void checksFailingWhileTheHostIsDownJoinIt()
    {
        Scenario s;
        s.run(QStringLiteral("disk"), {Status::Unknown, Status::Unknown, Status::Unknown}, true);
        s.run(QStringLiteral("site"), {Crit, Crit, Crit, Crit}); // e.g. HTTP fails too
        QCOMPARE(s.engine.openIncidents().size(), 1);
        QVERIFY(s.engine.openIncidents().constFirst().checks.contains(QStringLiteral("site")));
        QCOMPARE(s.out.alerts.size(), 1);
    }

    void maintenanceSendsNothing()
    {
        Workspace w = workspace();
        MaintenanceWindow m;
        m.id = QStringLiteral("deploy");
        m.start = QDateTime::fromMSecsSinceEpoch(t0);
        m.end = QDateTime::fromMSecsSinceEpoch(t0 + 120 * minute);
        w.maintenance.append(m);
        Scenario s(w);
        s.run(QStringLiteral("site"), {Crit, Crit, Crit, Crit, Ok, Ok});
        s.run(QStringLiteral("disk"), {Crit, Crit, Crit, Crit, Crit});
        for (int i = 0; i < 30; ++i)
            s.run(QStringLiteral("nginx"), {Crit, Ok});
        s.run(QStringLiteral("disk"), {Status::Unknown, Status::Unknown, Status::Unknown}, true);
        QVERIFY(s.out.alerts.isEmpty());
        QVERIFY(!s.out.incidents.isEmpty());
        for (const Incident &i : std::as_const(s.out.incidents))
            QVERIFY(i.maintenance);
        bool noted = false;
        for (const TimelineEntry &e : std::as_const(s.out.timeline))
            noted = noted || (e.kind == TimelineKind::Maintenance && e.text.contains(m.id));
        QVERIFY(noted);
    }

    void incidentStillOpenWhenMaintenanceEndsAlertsThen()
    {
        Workspace w = workspace();
        MaintenanceWindow m;
        m.id = QStringLiteral("grace");
        m.targetId = QStringLiteral("web1");
        m.start = QDateTime::fromMSecsSinceEpoch(t0);
        m.end = QDateTime::fromMSecsSinceEpoch(t0 + 10 * minute);
        Scenario s;
        s.engine.setExtraMaintenance({m});
        s.run(QStringLiteral("site"), {Crit, Crit, Crit, Crit});
        QVERIFY(s.out.alerts.isEmpty());
        s.now = t0 + 11 * minute;
        s.collect(s.engine.onTick(s.now));
        QCOMPARE(s.out.alerts.size(), 1);
        QVERIFY(s.out.alerts.constFirst().text.contains(QLatin1String("maintenance")));
        s.engine.setExtraMaintenance({});
        s.collect(s.engine.onTick(s.now + minute));
        QCOMPARE(s.out.alerts.size(), 1);
    }

    void reminderOncePerRepeatInterval()
    {
        Workspace w = workspace();
        w.alerts.repeatMinutes = 60;
        Scenario s(w);
        s.run(QStringLiteral("site"), QList<Status>(3 + 150, Crit)); // 2.5 h more of failing
        QCOMPARE(s.alerts(AlertKind::Problem).size(), 1);
        QCOMPARE(s.alerts(AlertKind::Reminder).size(), 2);
    }

    void restoredIncidentsAreNotAlertedAgain()
    {
        Scenario first;
        first.run(QStringLiteral("site"), {Crit, Crit, Crit});
        QCOMPARE(first.out.alerts.size(), 1);

        Scenario second;
        second.now = first.now;
        second.engine.restore(first.engine.openIncidents());
        second.run(QStringLiteral("site"), {Crit, Crit, Crit, Crit});
        QVERIFY(second.out.alerts.isEmpty());
        QCOMPARE(second.engine.phase(QStringLiteral("site")), CheckPhase::Incident);
        second.run(QStringLiteral("site"), {Ok, Ok});
        QCOMPARE(second.out.alerts.size(), 1);
        QCOMPARE(second.out.alerts.constFirst().kind, AlertKind::Resolved);
        QCOMPARE(second.out.alerts.constFirst().incidentId, QStringLiteral("inc-1"));
    }

    // Flapping goes on across a restart without a second "flapping" alert; when it settles,
    // one message says so.
    void restoredFlappingIsNotAnnouncedAgain()
    {
        Scenario first;
        for (int i = 0; i < 10; ++i)
            first.run(QStringLiteral("site"), {Crit, Ok});
        QCOMPARE(first.alerts(AlertKind::Flapping).size(), 1);

        Scenario second;
        second.now = first.now + 5 * minute; // down for a few minutes
        QVERIFY(second.engine.flapHistoryStartMs(second.now) <= t0);
        second.engine.restoreFlapping(first.changes, second.now);
        second.engine.restore(first.engine.openIncidents());
        QCOMPARE(second.engine.phase(QStringLiteral("site")), CheckPhase::Flapping);
        for (int i = 0; i < 10; ++i)
            second.run(QStringLiteral("site"), {Crit, Ok});
        QVERIFY(second.alerts(AlertKind::Flapping).isEmpty());
        second.run(QStringLiteral("site"), QList<Status>(70, Ok));
        QCOMPARE(second.alerts(AlertKind::FlappingOver).size(), 1);
        QCOMPARE(second.out.alerts.size(), 1);

        // Changes older than the window do not count: a check that flapped long ago starts
        // afresh.
        Scenario later;
        later.now = first.now + 24 * 60 * minute;
        later.engine.restoreFlapping(first.changes, later.now);
        later.run(QStringLiteral("site"), {Crit, Ok, Crit});
        QVERIFY(later.out.alerts.isEmpty());
        QCOMPARE(later.engine.phase(QStringLiteral("site")), CheckPhase::Pending);
    }

    void removedChecksCloseTheirIncidentsQuietly()
    {
        Scenario s;
        s.run(QStringLiteral("disk"), {Crit, Crit, Crit});
        QCOMPARE(s.engine.openIncidents().size(), 1);
        Workspace w = workspace();
        w.checks.removeIf([](const CheckSpec &c) { return c.id == QLatin1String("disk"); });
        s.engine.setWorkspace(w);
        const IncidentOutput out = s.engine.closeOrphans(s.now + minute);
        QCOMPARE(out.incidents.size(), 1);
        QVERIFY(!out.incidents.constFirst().isOpen());
        QVERIFY(out.alerts.isEmpty());
        QVERIFY(
            out.timeline.constFirst().text.contains(QLatin1String("no longer in the workspace")));
        QVERIFY(s.engine.openIncidents().isEmpty());
        QVERIFY(s.engine.closeOrphans(s.now + 2 * minute).isEmpty());
    }

    void recurringWindowsFollowTheirTimeZone()
    {
        MaintenanceWindow m;
        m.id = QStringLiteral("sunday");
        m.repeat = MaintenanceWindow::Repeat::Weekly;
        m.weekdays = {7};
        m.at = QStringLiteral("23:30");
        m.durationMin = 90;
        m.timeZone = QStringLiteral("Europe/Moscow");
        const QTimeZone msk("Europe/Moscow");
        auto at = [&](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), msk).toMSecsSinceEpoch();
        };
        // Sunday 2026-12-06 23:30 MSK to Monday 01:00.
        QVERIFY(!maintenanceAt(m, at(2026, 12, 6, 23, 29)));
        QVERIFY(maintenanceAt(m, at(2026, 12, 6, 23, 30)));
        QVERIFY(maintenanceAt(m, at(2026, 12, 7, 0, 59)));
        QVERIFY(!maintenanceAt(m, at(2026, 12, 7, 1, 0)));
        QVERIFY(!maintenanceAt(m, at(2026, 12, 7, 23, 45))); // Monday
        QCOMPARE(*nextMaintenanceStart(m, at(2026, 12, 1, 12, 0)), at(2026, 12, 6, 23, 30));

        MaintenanceWindow daily = m;
        daily.repeat = MaintenanceWindow::Repeat::Daily;
        daily.weekdays.clear();
        daily.at = QStringLiteral("03:00");
        daily.durationMin = 30;
        daily.timeZone = QStringLiteral("America/New_York");
        const QTimeZone ny("America/New_York");
        // Across the DST change (2026-11-01): still 03:00 local.
        for (int day : {31, 1, 2}) {
            const int month = day == 31 ? 10 : 11;
            const qint64 start =
                QDateTime(QDate(2026, month, day), QTime(3, 0), ny).toMSecsSinceEpoch();
            QVERIFY(maintenanceAt(daily, start + minute));
            QVERIFY(!maintenanceAt(daily, start + 31 * minute));
        }

        MaintenanceCalendar calendar;
        MaintenanceWindow other = daily;
        other.targetId = QStringLiteral("db1");
        calendar.setWindows({other});
        const qint64 inside = QDateTime(QDate(2026, 11, 2), QTime(3, 10), ny).toMSecsSinceEpoch();
        QVERIFY(calendar.activeFor(QStringLiteral("db1"), inside));
        QVERIFY(!calendar.activeFor(QStringLiteral("web1"), inside));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
