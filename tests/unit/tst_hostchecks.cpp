// Service, process, path, log and command checks: the evaluators over the lines a probe
// prints, and the permission walk that catches the 403-after-deploy failure.
#include "TestSupport.h"
#include "core/HostCheckEvaluator.h"
#include "core/PathAccess.h"
#include "core/ProbeParser.h"

#include <QTest>

using namespace dozor;

namespace {
CheckResult eval(const CheckSpec &c, const QList<QByteArray> &lines)
{
    std::optional<LogCursor> next;
    return evaluateHostCheck(c, lines, std::nullopt, 0, &next);
}

PathEntry dir(const QString &path, uint mode, uint uid, uint gid, const char *owner = "root",
    const char *group = "root")
{
    return PathEntry {
        path, mode, uid, gid, QString::fromLatin1(owner), QString::fromLatin1(group), true};
}
} // namespace

class TestHostChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serviceStates()
    {
        CheckSpec c = test::bareCheck(CheckType::Service);
        c.service.units = {QStringLiteral("nginx"), QStringLiteral("gunicorn")};
        auto r = eval(c, {"active", "active"});
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.reason, QStringLiteral("nginx active, gunicorn active"));
        r = eval(c, {"active", "failed"});
        QCOMPARE(r.status, Status::Crit);
        QVERIFY2(r.reason.startsWith(QStringLiteral("gunicorn failed (allowed: active)")),
            qPrintable(r.reason));
        r = eval(c, {"active", "inactive"});
        QCOMPARE(r.status, Status::Crit);
        c.service.allowedStates = {QStringLiteral("active"), QStringLiteral("inactive")};
        QCOMPARE(eval(c, {"active", "inactive"}).status, Status::Ok);
        // No systemd (a container): the server's own words, not a made-up state.
        r = eval(
            c, {"System has not been booted with systemd as init system (PID 1). Can't operate."});
        QCOMPARE(r.status, Status::Unknown);
        QVERIFY(r.reason.contains(QStringLiteral("not been booted with systemd")));
        QCOMPARE(eval(c, {"!nosystemctl"}).status, Status::Unknown);
        QCOMPARE(eval(c, {"active"}).status, Status::Unknown); // one state for two units
    }

    void processCounts()
    {
        CheckSpec c = test::bareCheck(CheckType::Process);
        c.process.name = QStringLiteral("gunicorn");
        c.process.min = 2;
        QCOMPARE(eval(c, {"3"}).status, Status::Ok);
        const auto low = eval(c, {"1"});
        QCOMPARE(low.status, Status::Crit);
        QCOMPARE(low.reason, QStringLiteral("gunicorn processes: 1, need at least 2"));
        c.process.max = 4;
        QCOMPARE(eval(c, {"5"}).status, Status::Crit);
        QCOMPARE(eval(c, {"4"}).status, Status::Ok);
        QCOMPARE(eval(c, {"x"}).status, Status::Unknown);
        QCOMPARE(eval(c, {}).status, Status::Unknown);
        QCOMPARE(eval(c, {"!nopgrep"}).status, Status::Unknown);
    }

    void permissionWalk()
    {
        const Account www {QStringLiteral("www-data"), 33, {33}};
        QList<PathEntry> chain {dir(QStringLiteral("/"), 0755, 0, 0),
            dir(QStringLiteral("/srv"), 0755, 0, 0),
            dir(QStringLiteral("/srv/www"), 0755, 1000, 1000, "deploy", "deploy")};
        QVERIFY(!whyNotReadable(chain, www));

        // The deploy that left the web root 0700: nginx can no longer enter it.
        chain[2].mode = 0700;
        const auto why = whyNotReadable(chain, www);
        QVERIFY(why);
        QCOMPARE(why->text(),
            QStringLiteral("www-data cannot read /srv/www (700 deploy:deploy; www-data "
                           "is neither its owner nor in group deploy)"));
        // In the group, with group r-x: fine.
        chain[2].mode = 0750;
        QVERIFY(whyNotReadable(chain, www));
        QVERIFY(!whyNotReadable(chain, Account {QStringLiteral("www-data"), 33, {33, 1000}}));
        // A parent without x for others stops it before the target.
        chain[1].mode = 0750;
        QVERIFY(whyNotReadable(chain, www)->text().contains(QStringLiteral("cannot enter /srv ")));
        // Root reads everything; the owner's bits apply to the owner even if others have more.
        QVERIFY(!whyNotReadable(chain, Account {QStringLiteral("root"), 0, {0}}));
        QList<PathEntry> file {dir(QStringLiteral("/"), 0755, 0, 0),
            PathEntry {
                QStringLiteral("/f"), 0044, 5, 5, QStringLiteral("u"), QStringLiteral("g"), false}};
        QVERIFY(whyNotReadable(file, Account {QStringLiteral("u"), 5, {5}}));
        QVERIFY(!whyNotReadable(file, www));
        QCOMPARE(pathChain(QStringLiteral("/srv//www/")),
            QStringList({QStringLiteral("/"), QStringLiteral("/srv"), QStringLiteral("/srv/www")}));
    }

    void pathCheck()
    {
        CheckSpec c = test::bareCheck(CheckType::Path);
        c.path.path = QStringLiteral("/srv/www");
        c.path.owner = QStringLiteral("deploy");
        c.path.mode = QStringLiteral("0755");
        c.path.readableBy = QStringLiteral("www-data");
        const QList<QByteArray> ok {"uid=33(www-data) gid=33(www-data) groups=33(www-data)",
            "s 755 0 0 root root directory", "s 755 0 0 root root directory",
            "s 755 1000 1000 deploy deploy directory"};
        auto r = eval(c, ok);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.reason, QStringLiteral("/srv/www: 755 deploy:deploy, readable by www-data"));

        QList<QByteArray> bad = ok;
        bad[3] = "s 700 0 0 root root directory";
        r = eval(c, bad);
        QCOMPARE(r.status, Status::Crit);
        QVERIFY(r.reason.contains(QStringLiteral("owner is root, expected deploy")));
        QVERIFY(r.reason.contains(QStringLiteral("mode is 700, expected 755")));
        QVERIFY(r.reason.contains(QStringLiteral("www-data cannot read /srv/www")));

        // The path is gone: stat stops at /srv and says why.
        r = eval(c,
            {ok[0], "s 755 0 0 root root directory", "s 755 0 0 root root directory",
                "stat: cannot statx '/srv/www': No such file or directory"});
        QCOMPARE(r.status, Status::Crit);
        QVERIFY(r.reason.contains(QStringLiteral("No such file or directory")));
        // No such account.
        r = eval(c, {ok[1], ok[2], ok[3]});
        QCOMPARE(r.status, Status::Crit);
        QVERIFY(r.reason.contains(QStringLiteral("no account www-data")));
        // Garbage from the server.
        QCOMPARE(eval(c, {"s 9z9 0 0 root root directory"}).status, Status::Unknown);
        QCOMPARE(eval(c, {ok[1], ok[2], ok[3], ok[3]}).status, Status::Unknown);
        // id's groups are read as numbers; an unreadable uid is no account, never root.
        c.path.mode = QStringLiteral("0750");
        r = eval(c,
            {"uid=33(www-data) gid=33(www-data) groups=1000(deploy),33(www-data)", ok[1], ok[2],
                "s 750 1000 1000 deploy deploy directory"});
        QCOMPARE(r.status, Status::Ok);
        r = eval(c,
            {"uid=99999999999999(x) gid=0(root) groups=0(root)", ok[1], ok[2],
                "s 750 1000 1000 deploy deploy directory"});
        QCOMPARE(r.status, Status::Crit);
        QVERIFY(r.reason.contains(QStringLiteral("no account www-data")));
    }

    void logRate()
    {
        CheckSpec c = test::bareCheck(CheckType::Log);
        c.log.file = QStringLiteral("/var/log/app.log");
        c.log.pattern = QStringLiteral("ERROR");
        std::optional<LogCursor> next;
        // First sample: only where the file ends now.
        auto r = evaluateHostCheck(c, {"f 77 1000"}, std::nullopt, 60'000, &next);
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(r.values.isEmpty());
        QVERIFY(next && next->inode == 77 && next->size == 1000 && next->atMs == 60'000);
        // One minute later, 5 new matching lines: over the warning (1/min), under critical (10).
        const LogCursor prev = *next;
        r = evaluateHostCheck(c, {"f 77 2000", "c 5"}, prev, 120'000, &next);
        QCOMPARE(r.status, Status::Warn);
        QCOMPARE(r.values.at(1).value, 5.0);
        QCOMPARE(next->size, quint64(2000));
        r = evaluateHostCheck(c, {"f 77 2000", "c 0"}, prev, 120'000, &next);
        QCOMPARE(r.status, Status::Ok);
        r = evaluateHostCheck(c, {"f 78 10", "rotated", "c 30"}, prev, 120'000, &next);
        QCOMPARE(r.status, Status::Crit);
        QVERIFY(r.reason.contains(QStringLiteral("rotated")));
        QCOMPARE(evaluateHostCheck(c, {"missing"}, prev, 1, &next).status, Status::Unknown);
        QCOMPARE(evaluateHostCheck(c, {"unreadable"}, prev, 1, &next).status, Status::Unknown);
        QCOMPARE(evaluateHostCheck(c, {"f 78 10"}, prev, 1, &next).status, Status::Unknown);
        QCOMPARE(evaluateHostCheck(c, {"@@end"}, prev, 1, &next).status, Status::Unknown);
    }

    void commandOutcome()
    {
        CheckSpec c = test::bareCheck(CheckType::Command);
        c.command.run = QStringLiteral("true");
        QCOMPARE(evaluateCommandCheck(c, {0, "fine\n", {}, false, {}}).status, Status::Ok);
        auto r = evaluateCommandCheck(c, {3, {}, "boom\n", false, {}});
        QCOMPARE(r.status, Status::Crit);
        QCOMPARE(r.reason, QStringLiteral("exit status 3, expected 0: boom"));
        c.command.expectExit = 3;
        QCOMPARE(evaluateCommandCheck(c, {3, {}, {}, false, {}}).status, Status::Ok);
        c.command.expectExit = 0;
        c.command.outputRegex = QStringLiteral("^OK \\d+");
        QCOMPARE(evaluateCommandCheck(c, {0, "OK 12\n", {}, false, {}}).status, Status::Ok);
        QCOMPARE(evaluateCommandCheck(c, {0, "FAIL\n", {}, false, {}}).status, Status::Crit);
        r = evaluateCommandCheck(
            c, {std::nullopt, {}, {}, false, QStringLiteral("did not finish within 5 s")});
        QCOMPARE(r.status, Status::Unknown);
        QVERIFY(r.reason.contains(QStringLiteral("did not finish")));
        // Cut off at the cap: only the output can be judged.
        QCOMPARE(evaluateCommandCheck(
                     c, {std::nullopt, "OK 1 ...", {}, true, QStringLiteral("printed more")})
                     .status,
            Status::Ok);
        c.command.outputRegex.clear();
        QCOMPARE(
            evaluateCommandCheck(c, {std::nullopt, "x", {}, true, QStringLiteral("printed more")})
                .status,
            Status::Unknown);
    }

    void probeSectionsCannotForgeMarkers()
    {
        // Lines "@@end" and "@@check 1" printed by a check are its own lines: only the run's
        // marker ends a section. The line break before the marker is the probe's.
        const QByteArray out = "@@dozor-probe 1\n@@check 0\n@@end\n@@check 1\nactive\n\n@@f00d \n"
                               "@@check 2\n3\n@@f00dx\n\n@@f00d\n@@check 3\nlast, no newline\n"
                               "@@f00d \n@@end\n";
        const auto snap = ProbeParser::parse(out, "f00d");
        QVERIFY(snap.ok());
        QCOMPARE(snap->checkSections.value(0), QList<QByteArray>({"@@end", "@@check 1", "active"}));
        QCOMPARE(snap->checkSections.value(2), QList<QByteArray>({"3", "@@f00dx"}));
        QCOMPARE(snap->checkSections.value(3), QList<QByteArray>({"last, no newline"}));
        QVERIFY(snap->problems.isEmpty());
        QVERIFY(snap->unfinishedSections.isEmpty());
        QVERIFY(snap->overranSections.isEmpty());
    }

    // A section whose command overran its time limit names the command; one the output stopped
    // in is unfinished, and the run's end missing is a problem of the run.
    void overrunAndUnfinishedSections()
    {
        const QByteArray out = "@@dozor-probe 1\n@@check 0\n\n@@f00d pgrep\n@@check 1\n2\n";
        const auto snap = ProbeParser::parse(out, "f00d");
        QVERIFY(snap.ok());
        QCOMPARE(snap->overranSections.value(0), QStringLiteral("pgrep"));
        QVERIFY(snap->checkSections.value(0).isEmpty());
        QVERIFY(snap->unfinishedSections.contains(1));
        QCOMPARE(snap->checkSections.value(1), QList<QByteArray>({"2"}));
        QCOMPARE(snap->problems,
            QStringList({QStringLiteral("probe output ended early (cut off or killed)")}));
    }
};

QTEST_GUILESS_MAIN(TestHostChecks)
#include "tst_hostchecks.moc"
