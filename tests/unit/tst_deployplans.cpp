// Deploy recipes and plans without a server: the workspace's "deploy" array read, checked and
// written back; the server's state read (hostile lines refused); a build compared with the live
// release (the digest is the one the server's own pipeline prints); the plans' steps and what
// they refuse; the smoke requests' values.
#include "core/WorkspaceJson.h"
#include "deploy/BuildFolder.h"
#include "deploy/DeployPlans.h"
#include "deploy/SmokeRequests.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;
using namespace dozor::DeployPlans;

namespace {

const QByteArray workspaceHead = R"({ "schema": 1,
  "targets": [ { "id": "web1", "ssh": { "host": "127.0.0.1", "user": "deploy" } } ],
  "backups": [ { "id": "db", "target": "web1", "type": "database", "path": "/var/backups",
                 "pattern": "db_*.sqlite3" } ],
  "deploy": )";

WorkspaceParse parse(const QByteArray &deploy)
{
    return parseWorkspaceJson(workspaceHead + deploy + "}");
}

QStringList errors(const WorkspaceParse &p)
{
    QStringList out;
    for (const Diagnostic &d : p.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            out.append(d.path + QStringLiteral(": ") + d.message);
    }
    return out;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

TreeEntry file(const QString &path, const QByteArray &sha, qint64 size = 1)
{
    TreeEntry e;
    e.path = path;
    e.sha256 = sha;
    e.size = size;
    return e;
}

TreeEntry folder(const QString &path)
{
    TreeEntry e;
    e.type = TreeEntry::Type::Folder;
    e.path = path;
    return e;
}

DeployOptions options()
{
    DeployOptions o;
    o.stamp = QStringLiteral("20261206-010203-004");
    o.holder = {QStringLiteral("alice"), QStringLiteral("desk1"), QStringLiteral("m1"), 4242};
    o.sinceMs = 1'800'000'000'000;
    o.stagingFolder = QStringLiteral("/tmp/stage");
    o.checkArgv = {"dozor", "check"};
    return o;
}

QStringList names(const QList<JobStep> &steps)
{
    QStringList out;
    for (const JobStep &s : steps)
        out.append(s.name);
    return out;
}

} // namespace

class TestDeployPlans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theIssuesShapeReadsAndRoundTrips()
    {
        const WorkspaceParse p = parse(R"([
    { "id": "site", "target": "web1", "kind": "static", "path": "/srv/site", "keep": 5,
      "owner": "www-data", "group": "www-data", "build": "npm run build", "from": "dist",
      "smoke": [ { "name": "login", "method": "post", "url": "https:\/\/example.com/api/login",
                   "body": "user={env:SMOKE_USER}", "take": { "token": "data.token" } },
                 { "url": "https:\/\/example.com/api/me", "headers": { "Authorization": "Bearer {token}" },
                   "expect": "alice" } ] },
    { "id": "app", "target": "web1", "kind": "app", "path": "/srv/app", "ref": "main",
      "unit": "gunicorn", "backup": "db" },
    { "id": "tidy", "target": "web1", "kind": "generic",
      "steps": [ { "name": "clear cache", "command": ["./manage.py", "clearcache"],
                   "timeout": 60, "on_failure": "stop" } ] } ])");
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.workspace.deploys.size(), 3);
        const DeployRecipe &site = p.workspace.deploys.at(0);
        QCOMPARE(site.kind, DeployRecipe::Kind::Static);
        QCOMPARE(site.smoke.size(), 2);
        QCOMPARE(site.smoke.at(0).method, QStringLiteral("POST"));
        QCOMPARE(site.smoke.at(0).take.constFirst().second, QStringLiteral("data.token"));
        QCOMPARE(p.workspace.deploy(QStringLiteral("web1"), QStringLiteral("app"))->unit,
            QStringLiteral("gunicorn"));
        const DeployRecipe &tidy = p.workspace.deploys.at(2);
        QCOMPARE(tidy.steps.constFirst().timeoutSec, 60);
        QCOMPARE(tidy.steps.constFirst().command,
            (QStringList {QStringLiteral("./manage.py"), QStringLiteral("clearcache")}));
        const WorkspaceParse again = parseWorkspaceJson(workspaceToJson(p.workspace));
        QVERIFY(again.ok());
        QCOMPARE(again.workspace.deploys, p.workspace.deploys);
    }

    void badRecipesAreRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("deploy");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("static without from")
            << QByteArray(R"([{"id": "s", "target": "web1", "kind": "static", "path": "/srv/s"}])")
            << QStringLiteral("deploy[0].from") << QStringLiteral("build folder");
        QTest::newRow("relative path") << QByteArray(
            R"([{"id": "s", "target": "web1", "kind": "static", "path": "srv", "from": "d"}])")
                                       << QStringLiteral("deploy[0].path")
                                       << QStringLiteral("absolute");
        QTest::newRow("the root") << QByteArray(
            R"([{"id": "s", "target": "web1", "kind": "static", "path": "/", "from": "d"}])")
                                  << QStringLiteral("deploy[0].path") << QStringLiteral("absolute");
        QTest::newRow("generic without steps")
            << QByteArray(R"([{"id": "g", "target": "web1", "kind": "generic"}])")
            << QStringLiteral("deploy[0].steps") << QStringLiteral("at least one");
        QTest::newRow("unknown on_failure")
            << QByteArray(R"([{"id": "g", "target": "web1", "kind": "generic", "steps": [
                 {"name": "x", "command": ["true"], "on_failure": "retry"}]}])")
            << QStringLiteral("deploy[0].steps[0].on_failure") << QStringLiteral("roll_back");
        QTest::newRow("unknown backup")
            << QByteArray(R"([{"id": "a", "target": "web1", "kind": "app", "path": "/srv/a",
                 "backup": "nope"}])")
            << QStringLiteral("deploy[0].backup") << QStringLiteral("nope");
        QTest::newRow("unknown server")
            << QByteArray(R"([{"id": "a", "target": "web9", "kind": "app", "path": "/srv/a"}])")
            << QStringLiteral("deploy[0].target") << QStringLiteral("web9");
        QTest::newRow("bad owner")
            << QByteArray(R"([{"id": "s", "target": "web1", "kind": "static", "path": "/srv/s",
                 "from": "d", "owner": "www data;rm"}])")
            << QStringLiteral("deploy[0].owner") << QStringLiteral("www-data");
        QTest::newRow("smoke without http")
            << QByteArray(R"([{"id": "s", "target": "web1", "kind": "static", "path": "/srv/s",
                 "from": "d", "smoke": [{"url": "ftp:\/\/x/"}]}])")
            << QStringLiteral("deploy[0].smoke[0].url") << QStringLiteral("http://");
        QTest::newRow("build on an app")
            << QByteArray(R"([{"id": "a", "target": "web1", "kind": "app", "path": "/srv/a",
                 "build": "make"}])")
            << QStringLiteral("deploy[0].build") << QStringLiteral("static");
        QTest::newRow("twice on one server")
            << QByteArray(R"([{"id": "a", "target": "web1", "kind": "app", "path": "/srv/a"},
                              {"id": "a", "target": "web1", "kind": "app", "path": "/srv/b"}])")
            << QStringLiteral("deploy[1].id") << QStringLiteral("duplicate");
    }
    void badRecipesAreRefusedInWords()
    {
        QFETCH(QByteArray, deploy);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const WorkspaceParse p = parse(deploy);
        const QStringList found = errors(p);
        QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                     [&](const QString &e) {
                         return e.startsWith(path + QStringLiteral(": ")) && e.contains(words);
                     }),
            qPrintable(found.join(QLatin1Char('\n'))));
    }

    void serverStateIsReadAndHostileLinesRefused()
    {
        QByteArray out = "dozor-deploy-state 1\npath yes\ncurrent releases/20261206-000000-000\n"
                         "release 20261205-000000-000\nrelease 20261206-000000-000\n"
                         "lock bob on desk2, process 77, since 2026-12-06 00:00:00 UTC\n"
                         "lock id m2 77 20261206-000100-000\n"
                         "record recipe site\nrecord before 20261205-000000-000\n"
                         "record release 20261206-000000-000\nrecord phase swapping\n"
                         "record phase live\nrecord phase done\ntree\n";
        const QByteArray hash(64, 'a');
        out += "D css\0L link\0"_qba;
        out += hash + "  ./css/a b.css" + '\0' + hash + "  ./line\nbreak" + '\0';
        const auto state = readState(out);
        QVERIFY2(state.ok(), state.ok() ? "" : qPrintable(state.error()));
        QVERIFY(state->pathExists);
        QCOMPARE(state->current, QStringLiteral("20261206-000000-000"));
        QCOMPARE(state->releases.size(), 2);
        QVERIFY(state->lock);
        QCOMPARE(state->lock->pid, 77);
        QCOMPARE(state->lock->machine, QStringLiteral("m2"));
        QVERIFY(state->lock->text.startsWith(QLatin1String("bob on desk2")));
        QCOMPARE(state->record->phase, QStringLiteral("done"));
        QCOMPARE(state->record->before, QStringLiteral("20261205-000000-000"));
        QCOMPARE(state->live.size(), 4);
        QCOMPARE(state->live.at(3).path, QStringLiteral("line\nbreak"));
        QCOMPARE(state->live.at(1).type, TreeEntry::Type::Link);
        QCOMPARE(*rollbackTarget(*state), QStringLiteral("20261205-000000-000"));

        QVERIFY(!readState("HTTP/1.1 200 OK\n").ok());
        // current elsewhere: read, and refused by a release recipe's plan (not by a generic one).
        for (const char *elsewhere : {"current /etc\n", "current releases/../../etc\n",
                 "current releases/..\n", "current releases/-\n"}) {
            const auto other = readState(QByteArray("dozor-deploy-state 1\n") + elsewhere);
            QVERIFY(other.ok());
            QVERIFY2(other->current.isEmpty() && !other->currentElsewhere.isEmpty(), elsewhere);
        }
        QVERIFY(
            !readState("dozor-deploy-state 1\ntree\n" + hash + "  ./../etc/passwd" + '\0').ok());
        QVERIFY(!readState("dozor-deploy-state 1\ntree\nD /etc" + QByteArray(1, '\0')).ok());
        QVERIFY(!readState("dozor-deploy-state 1\ntree\nnot a record" + QByteArray(1, '\0')).ok());
        const auto first = readState("dozor-deploy-state 1\npath no\n");
        QVERIFY(first.ok() && !first->pathExists && first->current.isEmpty());
        QVERIFY(!rollbackTarget(*first).ok());
    }

    // The build read here and the server's own pipeline agree on the digest, names with
    // spaces, line breaks and non-ASCII letters included.
    void buildDigestIsTheServersPipeline()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("index.html")), "<h1>hi</h1>");
        write(dir.filePath(QStringLiteral("a b/c.css")), "body{}");
        write(dir.filePath(QStringLiteral("line\nbreak.txt")), "x");
        write(dir.filePath(QStringLiteral("ünï/çødé.js")), QByteArray(70'000, 'z'));
        write(dir.filePath(QStringLiteral("a-b")), "sorts between a b/ and a/");
        write(dir.filePath(QStringLiteral("a/z")), "deep");
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
        const auto build = BuildFolder::read(dir.path());
        QVERIFY2(build.ok(), build.ok() ? "" : qPrintable(build.error()));
        QCOMPARE(build->size(), 10); // 6 files, 4 folders
        const auto server = [&dir](const QString &script, const QStringList &args = {}) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral("sh"),
                QStringList {QStringLiteral("-c"), script, QStringLiteral("sh")} + args);
            p.waitForFinished();
            return p.readAllStandardOutput().left(64);
        };
        QCOMPARE(layoutDigest(*build),
            server(QStringLiteral(
                "find . -type f -printf '%s %P\\0' | LC_ALL=C sort -z | sha256sum")));
        const QStringList some {QStringLiteral("line\nbreak.txt"), QStringLiteral("ünï/çødé.js"),
            QStringLiteral("a b/c.css")};
        QCOMPARE(uploadDigest(*build, some),
            server(QStringLiteral("printf '%s\\0' \"$@\" | xargs -0r sha256sum -z -- | sha256sum"),
                some));
        // A file whose size or content differs changes them.
        QList<DeployPlans::TreeEntry> changed = *build;
        for (DeployPlans::TreeEntry &e : changed) {
            if (e.path == QLatin1String("a-b"))
                e.size += 1;
            if (e.path == QLatin1String("a b/c.css"))
                e.sha256 = QByteArray(64, '0');
        }
        QVERIFY(layoutDigest(changed) != layoutDigest(*build));
        QVERIFY(uploadDigest(changed, some) != uploadDigest(*build, some));

        QVERIFY(QFile::link(
            dir.filePath(QStringLiteral("index.html")), dir.filePath(QStringLiteral("link.html"))));
        const auto linked = BuildFolder::read(dir.path());
        QVERIFY(!linked.ok());
        QVERIFY(linked.error().contains(QLatin1String("link.html")));
        QTemporaryDir empty;
        QVERIFY(!BuildFolder::read(empty.path()).ok());
        QVERIFY(!BuildFolder::read(empty.filePath(QStringLiteral("missing"))).ok());
    }

    void onlyWhatDiffersIsUploaded()
    {
        const QByteArray a(64, 'a'), b(64, 'b');
        const QList<TreeEntry> live {folder(QStringLiteral("css")),
            file(QStringLiteral("css/site.css"), a), file(QStringLiteral("index.html"), a),
            file(QStringLiteral("old.html"), a), folder(QStringLiteral("gone")),
            file(QStringLiteral("gone/x"), a), file(QStringLiteral("becomes-folder"), a)};
        const QList<TreeEntry> build {folder(QStringLiteral("css")),
            file(QStringLiteral("css/site.css"), a, 10), file(QStringLiteral("index.html"), b, 20),
            file(QStringLiteral("new.js"), b, 30), folder(QStringLiteral("becomes-folder")),
            file(QStringLiteral("becomes-folder/f"), b, 5), folder(QStringLiteral("empty"))};
        const StaticChanges c = compare(build, live);
        QCOMPARE(c.upload,
            (QStringList {QStringLiteral("index.html"), QStringLiteral("new.js"),
                QStringLiteral("becomes-folder/f")}));
        QCOMPARE(c.uploadBytes, 55);
        QCOMPARE(c.buildBytes, 65);
        QCOMPARE(c.unchanged, 1);
        QCOMPARE(c.remove,
            (QStringList {QStringLiteral("becomes-folder"), QStringLiteral("gone"),
                QStringLiteral("old.html")}));
        QCOMPARE(
            c.folders, (QStringList {QStringLiteral("becomes-folder"), QStringLiteral("empty")}));
    }

    void staticPlanRunsInTheIssuesOrder()
    {
        WorkspaceParse p = parse(R"([{ "id": "site", "target": "web1", "kind": "static",
            "path": "/srv/site/", "from": "dist", "owner": "www-data", "unit": "nginx",
            "steps": [ { "name": "gzip", "command": ["gzip", "-k", "-r", "."] } ],
            "smoke": [ { "url": "https:\/\/example.com/" } ] }])");
        QVERIFY(p.ok());
        const DeployRecipe &recipe = p.workspace.deploys.constFirst();
        ServerState state;
        state.pathExists = true;
        state.current = QStringLiteral("20261201-000000-000");
        state.releases = {state.current};
        StaticChanges changes = compare({file(QStringLiteral("index.html"), QByteArray(64, 'b'))},
            {file(QStringLiteral("index.html"), QByteArray(64, 'a'))});
        DeployOptions o = options();
        o.smokeArgv = {"dozor", "deploy", "smoke"};
        const auto plan =
            deployPlan(recipe, *p.workspace.target(QStringLiteral("web1")), state, &changes, o);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
        QCOMPARE(plan->kind, QStringLiteral("deploy"));
        QCOMPARE(plan->subject, QStringLiteral("site"));
        const QStringList steps = names(plan->steps);
        const auto at = [&](const char *start) {
            for (int i = 0; i < steps.size(); ++i) {
                if (steps.at(i).startsWith(QLatin1String(start)))
                    return i;
            }
            return -1;
        };
        const QList<int> order {at("Run the server's checks before"), at("Take the deploy lock"),
            at("Make the new release"), at("Upload 1 changed file"), at("Put the uploaded"),
            at("gzip"), at("Give the release to www-data"),
            at("Record on the server that "
               "20261201"),
            at("Make 20261206-010203-004 live"), at("Restart nginx"),
            at("Run the server's checks until"), at("Run the smoke requests"),
            at("Record the deploy as done")};
        QVERIFY2(!order.contains(-1), qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
        QCOMPARE(order.size(), steps.size());
        QCOMPARE(plan->finally.size(), 1);
        // The lock names its holder and expects the live release the preview saw; the trailing
        // slash of the path is not doubled.
        const JobStep &lock = plan->steps.at(at("Take the deploy lock"));
        QVERIFY(!lock.script.isEmpty());
        QCOMPARE(lock.argv.at(0), QByteArray("/srv/site"));
        QVERIFY(lock.argv.at(1).startsWith("alice on desk1, process 4242"));
        QCOMPARE(lock.argv.at(2), QByteArray("id m1 4242 20261206-010203-004"));
        QCOMPARE(lock.argv.at(3), QByteArray("20261201-000000-000"));
        // A recipe's own "stop" step before the swap removes the new release (its undo).
        QCOMPARE(plan->steps.at(at("gzip")).onFailure, JobStep::OnFailure::RollBack);
        QCOMPARE(plan->steps.at(at("Make the new release")).undo.size(), 1);
        // The swap's undo makes the release before live again and restarts.
        const JobStep &swap = plan->steps.at(at("Make 20261206-010203-004 live"));
        QVERIFY(swap.undo.constFirst().argv.contains("20261201-000000-000"));
        QVERIFY(swap.undo.constFirst().argv.contains("nginx"));
        QVERIFY(!swap.safeToCancel);
        // After the rollback, the checks again.
        QCOMPARE(plan->steps.at(at("Record on the server that 20261201")).undo.constFirst().action,
            JobStep::Action::Local);
        const JobStep &upload = plan->steps.at(at("Upload 1 changed file"));
        QCOMPARE(upload.action, JobStep::Action::Upload);
        QCOMPARE(upload.destination,
            QStringLiteral("/srv/site/releases/20261206-010203-004/.dozor-upload"));

        o.skipChecksBefore = true;
        const auto anyway =
            deployPlan(recipe, *p.workspace.target(QStringLiteral("web1")), state, &changes, o);
        QVERIFY(!names(anyway->steps).join(QLatin1Char('\n')).contains(QLatin1String("before")));
        state.currentIsFolder = true;
        const auto folderLive =
            deployPlan(recipe, *p.workspace.target(QStringLiteral("web1")), state, &changes, o);
        QVERIFY(!folderLive.ok());
        QVERIFY(folderLive.error().contains(QLatin1String("is a folder, not a link")));
    }

    void appPlanChecksOutBacksUpThenMigrates()
    {
        WorkspaceParse p = parse(R"([{ "id": "app", "target": "web1", "kind": "app",
            "path": "/srv/app", "ref": "main", "unit": "gunicorn", "backup": "db" }])");
        QVERIFY(p.ok());
        const DeployRecipe &recipe = p.workspace.deploys.constFirst();
        DeployOptions o = options();
        JobPlan backup;
        JobStep dump;
        dump.name = QStringLiteral("Back up db");
        dump.argv = {"backup-db"};
        backup.steps = {dump};
        backup.subject = QStringLiteral("db");
        o.backup = backup;
        o.backupVariables = {"RESTIC_PASSWORD"};
        const auto plan =
            deployPlan(recipe, *p.workspace.target(QStringLiteral("web1")), {}, nullptr, o);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
        const QStringList steps = names(plan->steps);
        const qsizetype checkout =
            steps.indexOf(QStringLiteral("Check out main in the new release 20261206-010203-004"));
        const qsizetype backedUp = steps.indexOf(QStringLiteral("Back up db: Back up db"));
        qsizetype migrate = -1;
        for (int i = 0; i < plan->steps.size(); ++i) {
            if (plan->steps.at(i).tag == QLatin1String(migrateTag))
                migrate = i;
        }
        QVERIFY2(checkout >= 0 && backedUp > checkout && migrate > backedUp,
            qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY(!plan->steps.at(migrate).safeToCancel);
        // Only the backup's own step keeps the repository's password in its environment.
        QCOMPARE(plan->steps.at(backedUp).argv, QList<QByteArray> {"backup-db"});
        QVERIFY(plan->steps.at(migrate).script.startsWith("unset RESTIC_PASSWORD\n"));
        for (const char *bad : {"-x", "a..b", "main branch", "x^{tree}", ""}) {
            o.ref = QLatin1String(bad);
            if (o.ref.isEmpty())
                continue;
            QVERIFY2(
                !deployPlan(recipe, *p.workspace.target(QStringLiteral("web1")), {}, nullptr, o)
                     .ok(),
                bad);
        }
    }

    void rollbackGoesToARealRelease()
    {
        WorkspaceParse p = parse(
            R"([{ "id": "site", "target": "web1", "kind": "static", "path": "/srv/site", "from": "d" }])");
        const DeployRecipe &recipe = p.workspace.deploys.constFirst();
        const Target &target = *p.workspace.target(QStringLiteral("web1"));
        ServerState state;
        state.current = QStringLiteral("r2");
        state.releases = {QStringLiteral("r1"), QStringLiteral("r2")};
        QVERIFY(!rollbackPlan(recipe, target, state, QStringLiteral("r9"), options()).ok());
        QVERIFY(!rollbackPlan(recipe, target, state, QStringLiteral("r2"), options()).ok());
        const auto plan = rollbackPlan(recipe, target, state, QStringLiteral("r1"), options());
        QVERIFY(plan.ok());
        QVERIFY(names(plan->steps)
                    .contains(QStringLiteral("Make r1 live (current → releases/r1, one rename)")));
    }

    // The release a rollback goes to: the one live before the last deploy, only while that
    // deploy's release is the live one.
    void rollbackTargetIsTheReleaseReallyLiveBefore()
    {
        ServerState state;
        state.current = QStringLiteral("r2");
        state.releases = {QStringLiteral("r1"), QStringLiteral("r2")};
        DeployRecord record;
        record.kind = QStringLiteral("deploy");
        record.before = QStringLiteral("r1");
        record.release = QStringLiteral("r2");
        state.record = record;
        QCOMPARE(*rollbackTarget(state), QStringLiteral("r1"));
        // A deploy that never went live (or was put back): nothing to go back from.
        state.record->release = QStringLiteral("r3");
        state.current = QStringLiteral("r1");
        QVERIFY(rollbackTarget(state).error().contains(QLatin1String("did not go live")));
        // After a rollback, no second one without --to (it would toggle back).
        state.record->kind = QStringLiteral("rollback");
        state.record->release = QStringLiteral("r1");
        state.record->before = QStringLiteral("r2");
        QVERIFY(rollbackTarget(state).error().contains(QLatin1String("--to")));
    }

    void progressIsReadFromTheJobsSteps()
    {
        const QJsonObject details {
            {QStringLiteral("swap_step"), 5}, {QStringLiteral("migrate_step"), 3}};
        const auto record = [](int step, bool undo, const char *state) {
            JobStepRecord r;
            r.step = step;
            r.undo = undo;
            r.state = QLatin1String(state);
            return r;
        };
        Progress p = progressOf(details, {record(2, false, "done"), record(3, false, "failed")});
        QVERIFY(!p.wentLive && !p.putBack && p.migrationsRan);
        p = progressOf(details, {record(3, false, "skipped")});
        QVERIFY(!p.migrationsRan);
        p = progressOf(details, {record(5, false, "done"), record(6, false, "failed")});
        QVERIFY(p.wentLive && !p.putBack);
        p = progressOf(details, {record(5, false, "done"), record(5, true, "done")});
        QVERIFY(p.wentLive && p.putBack);
        p = progressOf(details, {record(5, false, "done"), record(5, true, "failed")});
        QVERIFY(p.wentLive && !p.putBack);
    }

    void smokeValuesAreExpandedAndTaken()
    {
        qputenv("DOZOR_TEST_SMOKE", "s3cret");
        const QHash<QString, QString> values {{QStringLiteral("token"), QStringLiteral("t-1")}};
        QCOMPARE(SmokeRun::expand(QStringLiteral("Bearer {token} {env:DOZOR_TEST_SMOKE} {other} "
                                                 "{env:DOZOR_UNSET_X} {"),
                     values),
            QStringLiteral("Bearer t-1 s3cret {other} {env:DOZOR_UNSET_X} {"));
        const QByteArray answer = R"({"data": {"token": "abc", "n": 7, "ok": true,
            "items": [{"id": "first"}]}})";
        QCOMPARE(*SmokeRun::take(answer, QStringLiteral("data.token")), QStringLiteral("abc"));
        QCOMPARE(*SmokeRun::take(answer, QStringLiteral("data.n")), QStringLiteral("7"));
        QCOMPARE(*SmokeRun::take(answer, QStringLiteral("data.ok")), QStringLiteral("true"));
        QCOMPARE(
            *SmokeRun::take(answer, QStringLiteral("data.items.0.id")), QStringLiteral("first"));
        QVERIFY(!SmokeRun::take(answer, QStringLiteral("data.items.1.id")));
        QVERIFY(!SmokeRun::take(answer, QStringLiteral("data")));
        QVERIFY(!SmokeRun::take("<html>", QStringLiteral("token")));
    }
};

QTEST_GUILESS_MAIN(TestDeployPlans)
#include "tst_deployplans.moc"
