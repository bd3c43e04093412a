// Auto-recovery through the real engine over a real sshd: a stopped service-like process is
// started again by its remediation, the incident closes, and every attempt is in the
// journal; a remediation that does not help stops at its attempt limit, says it gave up,
// and never runs during maintenance. Command building and the policy's cooldown are
// checked on their own too.
#include "SshdFixture.h"
#include "TestSupport.h"
#include "core/AppPaths.h"
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

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the sshd fixture needs root (CI runs the suite as root)");
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
        QTRY_VERIFY_WITH_TIMEOUT(
            timelineTexts(file).join(QLatin1Char('\n')).contains(QLatin1String("OK again")),
            30'000);
        engine.stop();
        const QString timeline = timelineTexts(file).join(QLatin1Char('\n'));
        QVERIFY2(timeline.contains(QLatin1String("auto-recovery attempt 1 of 3: run")),
            qPrintable(timeline));
        QVERIFY2(timeline.contains(QLatin1String(": done (exit 0) in")), qPrintable(timeline));
        QVERIFY2(!timeline.contains(QLatin1String("attempt 2 of 3")), qPrintable(timeline));
        for (qint64 pid : processesWithCommandLine("dozor-fake-svc"))
            ::kill(static_cast<pid_t>(pid), SIGKILL);
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
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(tray.cbegin(), tray.cend(),
                                     [](const QList<QVariant> &args) {
                                         return args.at(0).value<AlertIntent>().kind
                                             == AlertKind::RemediationGaveUp;
                                     }),
            30'000);
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
        QTRY_VERIFY_WITH_TIMEOUT(timelineTexts(file)
                                     .join(QLatin1Char('\n'))
                                     .contains(QLatin1String("maintenance window work")),
            30'000);
        QTest::qWait(3000);
        engine.stop();
        const QString timeline = timelineTexts(file).join(QLatin1Char('\n'));
        QVERIFY2(!timeline.contains(QLatin1String("auto-recovery")), qPrintable(timeline));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
