// Auto-recovery through the real engine over a real sshd: a stopped service-like process is
// started again by its remediation, the incident closes, and every attempt is in the
// journal; a remediation that does not help stops at its attempt limit, says it gave up,
// and never runs during maintenance. Command building and the policy's cooldown are
// checked on their own too.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/AppPaths.h"
#include "core/WorkspaceJson.h"
#include "monitor/MonitorEngine.h"
#include "monitor/Remediation.h"
#include "store/JournalBook.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {
constexpr qint64 minute = 60'000;
}

class TestRemediation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_files;
    std::unique_ptr<SshdFixture> m_sshd;

    Workspace workspaceWith(const CheckSpec &check) const
    {
        Workspace w;
        Target t;
        t.id = QStringLiteral("srv");
        t.ssh = m_sshd->endpoint();
        w.targets.append(t);
        CheckSpec c = check;
        c.targetId = t.id;
        c.intervalSec = 1;
        c.timeoutSec = 20;
        c.failThreshold = 1;
        c.recoverThreshold = 1;
        w.checks.append(c);
        return w;
    }

    static CheckSpec processCheck(const QString &id, const QString &pattern)
    {
        CheckSpec c;
        c.id = id;
        c.type = CheckType::Process;
        c.process.pattern = pattern;
        c.process.min = 1;
        return c;
    }

    // Why a wait ran out: the server's connection as the engine sees it, and sshd's last words.
    QString diagnosis(const MonitorEngine &engine)
    {
        const auto status = engine.sshStatus(QStringLiteral("srv"));
        return QStringLiteral("ssh state %1: %2\nsshd log tail:\n%3")
            .arg(status ? int(status->state) : -1)
            .arg(status ? status->detail : QStringLiteral("(none)"))
            .arg(QString::fromUtf8(m_sshd->log().right(3000)));
    }

    QStringList timelineTexts(const QString &workspaceFile)
    {
        JournalBook book(AppPaths::historyFileFor(workspaceFile));
        QStringList out;
        if (!book.open())
            return out;
        const auto incidents = book.incidents({});
        for (const Incident &i : *incidents) {
            const auto timeline = book.timeline(i.id);
            for (const TimelineEntry &e : *timeline)
                out.append(e.text);
        }
        return out;
    }

    // Waits until the incident timelines of workspaceFile's history hold text.
    bool waitForTimeline(const QString &workspaceFile, const QString &text)
    {
        return QTest::qWaitFor(
            [&] { return timelineTexts(workspaceFile).join(QLatin1Char('\n')).contains(text); },
            30'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("DOZOR_HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void commandsAreQuoted()
    {
        Remediation r;
        r.action = Remediation::Action::RestartUnit;
        r.unit = QStringLiteral("web'; rm -rf / #.service");
        QCOMPARE(*remediationCommand(r),
            QByteArray("'systemctl' 'restart' '--' 'web'\\''; rm -rf / #.service'"));
        r.sudo = true;
        QVERIFY(remediationCommand(r)->startsWith("sudo -n 'systemctl'"));
        r = {};
        r.action = Remediation::Action::FixPath;
        r.path = QStringLiteral("-rf /srv/www");
        r.owner = QStringLiteral("www-data");
        r.group = QStringLiteral("www-data");
        r.mode = QStringLiteral("755");
        r.recursive = true;
        QCOMPARE(*remediationCommand(r),
            QByteArray("'chown' '-R' '--' 'www-data:www-data' '-rf /srv/www' && 'chmod' '-R' '--' "
                       "'755' '-rf /srv/www'"));
        r.owner.clear();
        r.mode.clear();
        QCOMPARE(
            *remediationCommand(r), QByteArray("'chown' '-R' '--' ':www-data' '-rf /srv/www'"));
        r.unit = QString(QChar(0));
        r.action = Remediation::Action::RestartUnit;
        QVERIFY(!remediationCommand(r));
    }

    void policyLimitsAndCoolsDown()
    {
        Remediation r;
        r.maxAttempts = 3;
        r.windowMin = 15;
        r.cooldownMin = 5;
        RemediationPolicy p;
        const qint64 t0 = 1'790'000'000'000;
        using V = RemediationPolicy::Verdict;
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0).verdict, V::Run);
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + minute).verdict, V::Run);
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + 2 * minute).verdict, V::Run);
        const auto gaveUp = p.decide(QStringLiteral("c"), r, t0 + 3 * minute);
        QCOMPARE(gaveUp.verdict, V::GiveUp);
        QCOMPARE(gaveUp.untilMs, t0 + 8 * minute);
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + 4 * minute).verdict, V::Wait);
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + 8 * minute - 1).verdict, V::Wait);
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + 8 * minute).verdict, V::Run);
        // Attempts older than the window no longer count.
        RemediationPolicy slow;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(slow.decide(QStringLiteral("c"), r, t0 + i * 8 * minute).verdict, V::Run);
        // Another check has its own allowance; a reset gives a full one back.
        QCOMPARE(p.decide(QStringLiteral("other"), r, t0 + 4 * minute).verdict, V::Run);
        p.reset(QStringLiteral("c"));
        QCOMPARE(p.decide(QStringLiteral("c"), r, t0 + 5 * minute).verdict, V::Run);
    }

    void stoppedServiceIsStartedAgain()
    {
        const QString service = m_files.filePath(QStringLiteral("dozor-fake-svc"));
        writeFile(
            service, "#!/bin/sh\nwhile :; do sleep 1; done\n"); // killed, it leaves nothing behind
        ::chmod(QFile::encodeName(service).constData(), 0755);
        CheckSpec c = processCheck(QStringLiteral("svc"), QStringLiteral("dozor-fake-sv[c]"));
        c.remediation.action = Remediation::Action::Command;
        c.remediation.run = QStringLiteral("nohup /bin/sh '%1' >/dev/null 2>&1 &").arg(service);
        c.remediation.automatic = true;
        const Workspace w = workspaceWith(c);
        const QString file = m_files.filePath(QStringLiteral("restart.json"));
        MonitorEngine engine(w, file);
        engine.setAcceptNewHostKeys(true);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!processesWithCommandLine("dozor-fake-svc").isEmpty(), 30'000);
        const bool resolved = waitForTimeline(file, QStringLiteral("OK again"));
        QVERIFY2(resolved,
            qPrintable(timelineTexts(file).join(QLatin1Char('\n')) + QLatin1Char('\n')
                + diagnosis(engine)));
        engine.stop();
        const QString timeline = timelineTexts(file).join(QLatin1Char('\n'));
        QVERIFY2(timeline.contains(QLatin1String("auto-recovery attempt 1 of 3: run")),
            qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String(": done (exit 0) in")), qPrintable(timeline));
        QVERIFY2(!timeline.contains(QLatin1String("attempt 2 of 3")), qPrintable(timeline));
        for (qint64 pid : processesWithCommandLine("dozor-fake-svc"))
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }

    void anEditDuringARemediationKeepsItsOutcome()
    {
        // A remediation that takes a while; the workspace is edited while it runs.
        CheckSpec c =
            processCheck(QStringLiteral("slowfix"), QStringLiteral("dozor-never-ther[e]"));
        c.remediation.action = Remediation::Action::Command;
        c.remediation.run = QStringLiteral("sleep 3; echo repaired");
        c.remediation.automatic = true;
        c.remediation.maxAttempts = 1; // the outcome seen can only be this attempt's
        Workspace w = workspaceWith(c);
        const QString file = m_files.filePath(QStringLiteral("edit-during.json"));
        MonitorEngine engine(w, file);
        engine.setAcceptNewHostKeys(true);
        engine.start();
        const bool started = waitForTimeline(file, QStringLiteral("auto-recovery attempt 1 of 1"));
        QVERIFY2(started, qPrintable(diagnosis(engine)));

        CheckSpec other = bareCheck(CheckType::Uptime);
        other.id = QStringLiteral("uptime");
        other.targetId = QStringLiteral("srv");
        w.checks.append(other);
        engine.setWorkspace(w);

        const bool recorded = waitForTimeline(file, QStringLiteral(": done (exit 0) in"));
        engine.stop();
        const QString timeline = timelineTexts(file).join(QLatin1Char('\n'));
        QVERIFY2(recorded, qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String("repaired")), qPrintable(timeline));
    }

    void limitHoldsAndGivingUpIsAlerted()
    {
        CheckSpec c = processCheck(QStringLiteral("never"), QStringLiteral("dozor-never-run[s]"));
        c.remediation.action = Remediation::Action::Command;
        c.remediation.run = QStringLiteral("echo trying");
        c.remediation.automatic = true;
        c.remediation.maxAttempts = 2;
        c.remediation.cooldownMin = 60;
        Workspace w = workspaceWith(c);
        AlertChannel trayChannel;
        trayChannel.id = QStringLiteral("tray");
        w.alerts.channels.append(trayChannel);
        const QString file = m_files.filePath(QStringLiteral("limit.json"));
        MonitorEngine engine(w, file);
        engine.setAcceptNewHostKeys(true);
        engine.setTrayAvailable(true);
        QSignalSpy tray(&engine, &MonitorEngine::trayAlert);
        engine.start();
        const bool gaveUp = QTest::qWaitFor(
            [&] {
                return std::any_of(tray.cbegin(), tray.cend(), [](const QList<QVariant> &args) {
                    return args.at(0).value<AlertIntent>().kind == AlertKind::RemediationGaveUp;
                });
            },
            30'000);
        QVERIFY2(gaveUp,
            qPrintable(timelineTexts(file).join(QLatin1Char('\n')) + QLatin1Char('\n')
                + diagnosis(engine)));
        QTest::qWait(4000); // several more failed runs inside the cooldown
        engine.stop();
        const QStringList texts = timelineTexts(file);
        const auto count = [&](const QString &part) {
            return std::count_if(
                texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(part); });
        };
        QCOMPARE(count(QStringLiteral("auto-recovery attempt")), 2);
        QCOMPARE(count(QStringLiteral("echo trying\": done (exit 0)")), 2);
        QCOMPARE(count(QStringLiteral("auto-recovery gave up")), 1);
        int gaveUpAlerts = 0;
        for (const auto &args : std::as_const(tray))
            gaveUpAlerts += args.at(0).value<AlertIntent>().kind == AlertKind::RemediationGaveUp;
        QCOMPARE(gaveUpAlerts, 1);
    }

    void cliRunsARemediationByHand()
    {
        const QString marker = m_files.filePath(QStringLiteral("it's fixed"));
        CheckSpec c = processCheck(QStringLiteral("manual"), QStringLiteral("dozor-never-run[s]"));
        c.remediation.action = Remediation::Action::Command;
        c.remediation.run =
            QStringLiteral("touch \"$0\" 2>/dev/null; touch '%1'")
                .arg(QString(marker).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
        Workspace w = workspaceWith(c);
        const QString file = m_files.filePath(QStringLiteral("manual.json"));
        writeFile(file, workspaceToJson(w));
        const QStringList base = {QStringLiteral("remediate"), QStringLiteral("manual"),
            QStringLiteral("--accept-new-host-keys"), QStringLiteral("-w"), file};

        // Not a terminal and no --yes: nobody said yes, so nothing runs.
        RunResult r = runDozor(base, m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("add --yes"), r.err.constData());
        QVERIFY(r.err.contains("touch"));
        QVERIFY(!QFile::exists(marker));

        r = runDozor(base + QStringList {QStringLiteral("--yes")}, m_home.path());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("done (exit 0)"));
        QVERIFY(QFile::exists(marker));

        w.checks[0].remediation.run = QStringLiteral("echo broken >&2; exit 3");
        writeFile(file, workspaceToJson(w));
        r = runDozor(base + QStringList {QStringLiteral("--yes")}, m_home.path());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains("failed with exit status 3") && r.out.contains("broken"),
            r.out.constData());
        r = runDozor(
            {QStringLiteral("remediate"), QStringLiteral("nope"), QStringLiteral("-w"), file},
            m_home.path());
        QCOMPARE(r.exitCode, 3);
    }

    void neverDuringMaintenance()
    {
        CheckSpec c = processCheck(QStringLiteral("held"), QStringLiteral("dozor-never-run[s]"));
        c.remediation.action = Remediation::Action::Command;
        c.remediation.run = QStringLiteral("echo trying");
        c.remediation.automatic = true;
        Workspace w = workspaceWith(c);
        MaintenanceWindow m;
        m.id = QStringLiteral("work");
        m.start = QDateTime::currentDateTime().addSecs(-60);
        m.end = QDateTime::currentDateTime().addSecs(3600);
        w.maintenance.append(m);
        const QString file = m_files.filePath(QStringLiteral("held.json"));
        MonitorEngine engine(w, file);
        engine.setAcceptNewHostKeys(true);
        engine.start();
        const bool noted = waitForTimeline(file, QStringLiteral("maintenance window work"));
        QVERIFY2(noted, qPrintable(diagnosis(engine)));
        QTest::qWait(3000);
        engine.stop();
        const QString timeline = timelineTexts(file).join(QLatin1Char('\n'));
        QVERIFY2(!timeline.contains(QLatin1String("auto-recovery")), qPrintable(timeline));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
