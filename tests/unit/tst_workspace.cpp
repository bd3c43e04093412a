// Note: URLs inside raw strings are written with JSON's \/ escape, because moc (Qt 6.4)
// mistakes // inside a raw string for a comment.
// Workspace loading: every problem reported with its JSON path and reason, unknown keys as
// warnings, atomic saves, and the embedded default.
#include "TestSupport.h"
#include "core/DefaultWorkspace.h"
#include "core/WorkspaceFile.h"
#include "core/WorkspaceJson.h"
#include "core/WorkspaceValidator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dozor;

namespace {
QStringList texts(const QList<Diagnostic> &diags, Diagnostic::Severity severity)
{
    QStringList out;
    for (const auto &d : diags) {
        if (d.severity == severity)
            out << d.text();
    }
    return out;
}
QStringList errors(const WorkspaceParse &p)
{
    return texts(p.diagnostics, Diagnostic::Severity::Error);
}
QStringList warnings(const WorkspaceParse &p)
{
    return texts(p.diagnostics, Diagnostic::Severity::Warning);
}

const char *const valid = R"({
  "schema": 1,
  "name": "prod",
  "targets": [
    {"id": "local", "name": "This computer", "local": true},
    {"id": "web1", "ssh": {"host": "10.0.0.5", "port": 2222, "user": "deploy"}, "tags": ["web", "prod"]}
  ],
  "checks": [
    {"id": "site", "target": "web1", "type": "http", "interval": 30, "timeout": 5, "warn": 800, "crit": 2000,
     "http": {"url": "https:\/\/example.org/health", "method": "HEAD", "headers": {"X-Probe": "dozor"},
              "expect_status": [200, 204], "keyword": "ok", "tls_warn_days": 21, "tls_crit_days": 7}},
    {"id": "disk", "target": "local", "type": "disk", "interval": 60, "warn": 75, "crit": 85, "mounts": ["/", "/var"],
     "inodes_warn": 70, "inodes_crit": 90}
  ]
})";
const char *const alerting = R"({
  "schema": 1,
  "targets": [{"id": "web1", "ssh": {"host": "10.0.0.5"}, "tags": ["prod"]}],
  "checks": [
    {"id": "gunicorn", "target": "web1", "type": "process", "process": {"name": "gunicorn", "min": 2},
     "fail_threshold": 2, "recover_threshold": 3, "retry_interval": 5, "tags": ["app"],
     "remediation": {"action": "restart_unit", "unit": "gunicorn.service", "sudo": true, "automatic": true,
                     "max_attempts": 2, "window_minutes": 10, "cooldown_minutes": 30}},
    {"id": "www", "target": "web1", "type": "path", "path": {"path": "/srv/www", "readable_by": "www-data"},
     "remediation": {"action": "fix_path", "path": "/srv/www", "owner": "deploy", "group": "www-data",
                     "mode": "755", "recursive": true}}
  ],
  "alerts": {
    "repeat_minutes": 120, "fail_threshold": 4, "recover_threshold": 1,
    "flapping": {"changes": 8, "window_minutes": 60},
    "delivery": {"attempts": 3, "first_retry_seconds": 10},
    "channels": [
      {"id": "tray", "type": "tray"},
      {"id": "tg", "type": "telegram", "chat_id": "-100123", "api_url": "http:\/\/127.0.0.1:9/"},
      {"id": "hook", "type": "webhook", "url": "https:\/\/hooks.example.org/dozor", "format": "slack",
       "secret_header": "X-Dozor-Token", "timeout": 5}
    ],
    "routes": [
      {"levels": ["critical"], "tags": ["prod"], "channels": ["tg", "tray"]},
      {"levels": ["warning", "info"], "channels": ["hook"]}
    ]
  },
  "maintenance": [
    {"id": "deploy", "target": "web1", "start": "2026-12-05T01:00:00+03:00", "end": "2026-12-05T02:00:00+03:00",
     "reason": "release 4.2"},
    {"id": "sunday", "every": "week", "days": ["sun"], "at": "03:00", "minutes": 90, "time_zone": "Europe/Moscow"},
    {"id": "nightly", "every": "day", "at": "23:30", "minutes": 45}
  ]
})";
} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // An address that is not http(s) gets one message, whether it does not parse at all or
    // names another scheme; problems read with the check's id.
    void oneMessageForABadAddress()
    {
        Workspace w;
        w.targets.append(test::localTarget(QStringLiteral("box"), QStringLiteral("Box")));
        for (const QString &url : {QStringLiteral("http://exa mple.com/"), QString(),
                 QStringLiteral("example.com/health")}) {
            CheckSpec c = test::httpCheck(QStringLiteral("home"), QStringLiteral("box"), url);
            w.checks = {c};
            const QList<Diagnostic> problems = validateWorkspace(w, QDir::tempPath());
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.first().message.startsWith(
                         QStringLiteral("must start with http:// or https://")),
                qPrintable(problems.first().text()));
            QVERIFY2(describeDiagnostic(problems.first(), w)
                         .startsWith(QStringLiteral("check \"home\", http.url: must start")),
                qPrintable(describeDiagnostic(problems.first(), w)));
        }
    }

    void validWorkspaceParses()
    {
        const WorkspaceParse p = parseWorkspaceJson(valid);
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QVERIFY(warnings(p).isEmpty());
        QCOMPARE(p.workspace.targets.size(), 2);
        QCOMPARE(p.workspace.targets.at(1).ssh->port, 2222);
        const CheckSpec *site = p.workspace.check(QStringLiteral("site"));
        QVERIFY(site);
        QCOMPARE(site->http.method, QByteArray("HEAD"));
        QCOMPARE(site->http.expectStatus, (QList<int> {200, 204}));
        QCOMPARE(site->http.tlsCritDays, 7);
        QCOMPARE(*site->warn, 800.0);
        QCOMPARE(p.workspace.check(QStringLiteral("disk"))->mounts.size(), 2);
    }

    void roundTrip()
    {
        const WorkspaceParse first = parseWorkspaceJson(valid);
        const QByteArray json = workspaceToJson(first.workspace);
        const WorkspaceParse second = parseWorkspaceJson(json);
        QVERIFY(second.ok());
        QCOMPARE(workspaceToJson(second.workspace), json);
    }

    void intervalZeroIsNamed()
    {
        QByteArray json = valid;
        json.replace(R"("interval": 60)", R"("interval": 0)");
        const WorkspaceParse p = parseWorkspaceJson(json);
        QVERIFY(!p.ok());
        QCOMPARE(
            errors(p), QStringList {QStringLiteral("checks[1].interval: must be ≥ 1 s, got 0")});
    }

    void everyProblemIsListed()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({
          "schema": 1,
          "targets": [{"id": "a", "local": true}, {"id": "a", "ssh": {"host": "", "port": 70000}}, {"id": "bad id!"}],
          "checks": [
            {"id": "c1", "target": "nope", "type": "http", "http": {"url": "ftp:\/\/x/"}},
            {"id": "c2", "target": "a", "type": "disk", "warn": 95, "crit": 90, "mounts": ["var"]},
            {"id": "c2", "target": "a", "type": "memory", "warn": 120},
            {"id": "c4", "target": "a", "type": "http", "timeout": 0,
             "http": {"url": "http:\/\/x/", "expect_status": [99], "tls_warn_days": 5, "tls_crit_days": 10,
                      "headers": {"Bad Header": "v"}}}
          ]
        })");
        const QStringList e = errors(p);
        const QStringList expected = {
            QStringLiteral("targets[1].ssh.host: must not be empty"),
            QStringLiteral("targets[1].ssh.port: must be 1–65535, got 70000"),
            QStringLiteral("targets[1].id: duplicate target id \"a\""),
            QStringLiteral("targets[2].id: must be 1–64 letters, digits, '.', '_' or '-', starting "
                           "with a letter or digit; got \"bad id!\""),
            QStringLiteral("checks[0].target: no target with id \"nope\""),
            QStringLiteral(
                "checks[0].http.url: must start with http:// or https://, got \"ftp://x/\""),
            QStringLiteral("checks[1].warn: must not be above crit (90), got 95"),
            QStringLiteral(
                "checks[1].mounts[0]: must be an absolute mount point such as /var, got \"var\""),
            QStringLiteral("checks[2].warn: must be a percentage between 0 and 100, got 120"),
            QStringLiteral("checks[2].warn: must not be above crit (95), got 120"),
            QStringLiteral("checks[2].id: duplicate check id \"c2\""),
            QStringLiteral("checks[3].timeout: must be 1–300 s, got 0"),
            QStringLiteral("checks[3].http.headers.Bad Header: is not a valid header name"),
            QStringLiteral(
                "checks[3].http.expect_status[0]: must be an HTTP status code (100–599), got 99"),
            QStringLiteral(
                "checks[3].http.tls_crit_days: must not be above tls_warn_days (5), got 10"),
        };
        for (const QString &x : expected)
            QVERIFY2(e.contains(x),
                qPrintable(QStringLiteral("missing: ") + x + QStringLiteral("\ngot:\n")
                    + e.join(QLatin1Char('\n'))));
        QCOMPARE(e.size(), expected.size());
    }

    void typeErrorsAndUnknownKeys()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({
          "schema": 1, "colour": "blue",
          "targets": [{"id": "a", "local": "yes", "tags": ["x", 3]}],
          "checks": [{"id": "c", "target": "a", "type": "cpu", "interval": 1.5, "intervall": 10, "warn": "90"}]
        })");
        QCOMPARE(errors(p),
            (QStringList {
                QStringLiteral("targets[0].local: must be true or false, got \"yes\""),
                QStringLiteral("targets[0].tags[1]: must be a string, got 3"),
                QStringLiteral("checks[0].interval: must be a whole number, got 1.5"),
                QStringLiteral("checks[0].warn: must be a number, got \"90\""),
            }));
        QCOMPARE(warnings(p),
            (QStringList {
                QStringLiteral("checks[0].intervall: unknown key, ignored"),
                QStringLiteral("colour: unknown key, ignored"),
            }));
    }

    void brokenJsonSaysWhere()
    {
        const WorkspaceParse p = parseWorkspaceJson("{\n  \"schema\": 1,\n  \"targets\": [,]\n}");
        QCOMPARE(errors(p).size(), 1);
        QVERIFY2(errors(p).first().startsWith(QStringLiteral("not valid JSON at line 3, column")),
            qPrintable(errors(p).first()));
        QVERIFY(!parseWorkspaceJson("[1,2]").ok());
        QVERIFY(!parseWorkspaceJson(QByteArray("\xff\xfe\x00garbage", 10)).ok());
    }

    void newerSchemaIsRefused()
    {
        const WorkspaceParse p =
            parseWorkspaceJson(R"({"schema": 2, "targets": [], "shiny": true})");
        QCOMPARE(errors(p),
            QStringList {
                QStringLiteral("schema: this workspace was written by a newer Dozor (schema 2); "
                               "this version reads schema 1 — upgrade Dozor")});
    }

    void resourceChecksNeedALocalOrSshTarget()
    {
        const WorkspaceParse ssh = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web", "ssh": {"host": "web.example"}}],
          "checks": [{"id": "d", "target": "web", "type": "disk"}]})");
        QVERIFY(errors(ssh).isEmpty());
        const WorkspaceParse neither = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web"}],
          "checks": [{"id": "d", "target": "web", "type": "disk"}]})");
        QCOMPARE(errors(neither),
            QStringList {QStringLiteral("checks[0].type: disk checks need a target reached over "
                                        "SSH or with \"local\": true")});
        // A target watched over HTTP only is normal: not a word about it.
        const WorkspaceParse httpOnly = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web"}],
          "checks": [{"id": "h", "target": "web", "type": "http", "http": {"url": "https:\/\/x.org/"}}]})");
        QVERIFY(httpOnly.ok());
        QCOMPARE(httpOnly.diagnostics.size(), 0);
    }

    void backupSourcesParseValidateAndRoundTrip()
    {
        // The issue's example, as a user would write it.
        const QByteArray json =
            "{\"schema\": 1,\n"
            "          \"targets\": [{\"id\": \"web1\", \"ssh\": {\"host\": \"10.0.0.7\"}}, "
            "{\"id\": \"pc\", \"local\": true}],\n"
            "          \"backups\": [\n"
            "            {\"id\": \"full\", \"target\": \"web1\", \"type\": \"files\", \"kind\": "
            "\"full\",\n"
            "             \"path\": \"/var/backups/app\", \"pattern\": \"full_*.tar.gz\",\n"
            "             \"time_format\": \"full_%Y%m%d-%H%M%S\",\n"
            "             \"retention\": {\"keep_daily\": 7, \"keep_weekly\": 4}, \"restore_to\": "
            "\"/srv/app\"},\n"
            "            {\"id\": \"db\", \"target\": \"web1\", \"type\": \"database\", \"path\": "
            "\"/var/backups/app\",\n"
            "             \"pattern\": \"db_*.sqlite3\", \"restore_to\": "
            "\"/srv/app/db.sqlite3\"},\n"
            "            {\"id\": \"offsite\", \"target\": \"web1\", \"type\": \"restic\",\n"
            "             \"repository\": \"sftp:backup@host:/repo\", \"paths\": [\"/srv/app\"]},\n"
            "            {\"id\": \"borg\", \"target\": \"pc\", \"type\": \"borg\", "
            "\"repository\": \"/srv/borg\"}]}";
        const WorkspaceParse p = parseWorkspaceJson(json);
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QCOMPARE(p.workspace.backups.size(), 4);
        const BackupSource *full = p.workspace.backup(QStringLiteral("full"));
        QVERIFY(full);
        QCOMPARE(full->retention.daily, 7);
        QCOMPARE(full->retention.weekly, 4);
        QCOMPARE(p.workspace.backup(QStringLiteral("db"))->kind, BackupSource::Kind::Database);
        QCOMPARE(p.workspace.backup(QStringLiteral("offsite"))->type, BackupSource::Type::Restic);
        const WorkspaceParse again = parseWorkspaceJson(workspaceToJson(p.workspace));
        QVERIFY(again.ok());
        QCOMPARE(workspaceToJson(again.workspace), workspaceToJson(p.workspace));

        // Each problem in words, under its field.
        const WorkspaceParse bad = parseWorkspaceJson(
            "{\"schema\": 1,\n"
            "          \"targets\": [{\"id\": \"web1\", \"ssh\": {\"host\": \"10.0.0.7\"}},\n"
            "                      {\"id\": \"site\", \"name\": \"Site only\"}],\n"
            "          \"checks\": [],\n"
            "          \"backups\": [\n"
            "            {\"id\": \"a\", \"target\": \"nowhere\", \"type\": \"files\", \"path\": "
            "\"var/backups\",\n"
            "             \"pattern\": \"x/*.tar\", \"time_format\": \"%Y-%q\", \"time_zone\": "
            "\"Mars/Base\"},\n"
            "            {\"id\": \"a\", \"target\": \"site\", \"type\": \"restic\"}]}");
        // The file's shape first: a document with shape problems is not judged further.
        const WorkspaceParse shape = parseWorkspaceJson(
            "{\"schema\": 1, \"targets\": [{\"id\": \"web1\", \"local\": true}], \"backups\": "
            "[{\"id\": \"c\", \"target\": \"web1\", \"type\": \"tape\", \"retention\": "
            "{\"keep_daily\": -1}}]}");
        const QString all = (errors(bad) + errors(shape)).join(QLatin1Char('\n'));
        for (const char *expected : {"backups[0].target: no target with id \"nowhere\"",
                 "backups[0].path: must be the absolute path of the folder",
                 "backups[0].pattern: matches names in the folder",
                 "backups[0].time_format: %q is not a field",
                 "backups[0].time_zone: unknown time zone \"Mars/Base\"",
                 "backups[1].id: duplicate backup source id \"a\"",
                 "backups[1].target: backups are read on a server",
                 "backups[1].repository: a restic source needs its repository",
                 "backups[0].type: must be \"files\", \"database\", \"restic\" or \"borg\"",
                 "backups[0].retention.keep_daily: must be 0–100000, got -1"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral("\n---\n") + all));

        // PostgreSQL sources and commands.
        const WorkspaceParse pg = parseWorkspaceJson(
            "{\"schema\": 1, \"targets\": [{\"id\": \"web1\", \"local\": true}], \"backups\": [\n"
            " {\"id\": \"p1\", \"target\": \"web1\", \"type\": \"database\", \"path\": \"/b\", "
            "\"pattern\": \"pg_*.sql\", \"postgres\": \"app\"},\n"
            " {\"id\": \"p2\", \"target\": \"web1\", \"type\": \"database\", \"path\": \"/b\", "
            "\"pattern\": \"pg_*.dump\", \"postgres\": \"postgresql://app:secret@db/app\"},\n"
            " {\"id\": \"p3\", \"target\": \"web1\", \"type\": \"database\", \"path\": \"/b\", "
            "\"pattern\": \"pg_*.dump\", \"postgres\": \"app\", \"command\": [\"/bin/dump\"]},\n"
            " {\"id\": \"p4\", \"target\": \"web1\", \"type\": \"files\", \"path\": \"/b\", "
            "\"pattern\": \"x_*\", \"postgres\": \"app\"},\n"
            " {\"id\": \"p6\", \"target\": \"web1\", \"type\": \"database\", \"path\": \"/b\", "
            "\"pattern\": \"pg_*.dump\", \"postgres\": \"host=db password=x dbname=app\"},\n"
            " {\"id\": \"ok\", \"target\": \"web1\", \"type\": \"database\", \"path\": \"/b\", "
            "\"pattern\": \"pg_*.dump\", \"postgres\": \"postgresql://app@db:5432/app\"}]}");
        const QString pgErrors = errors(pg).join(QLatin1Char('\n'));
        for (const char *expected : {"backups[0].pattern: must end in .dump",
                 "backups[1].postgres: holds a password", "backups[2].postgres: and \"command\"",
                 "backups[3].postgres: belongs to a \"database\" source",
                 "backups[4].postgres: holds a password"})
            QVERIFY2(pgErrors.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral("\n---\n") + pgErrors));
        QVERIFY2(!pgErrors.contains(QStringLiteral("backups[5]")), qPrintable(pgErrors));
        const WorkspaceParse empty = parseWorkspaceJson(
            "{\"schema\": 1, \"targets\": [{\"id\": \"web1\", \"local\": true}], \"backups\": "
            "[{\"id\": \"c\", \"target\": \"web1\", \"type\": \"files\", \"path\": \"/b\", "
            "\"pattern\": \"x_*\", \"command\": []}]}");
        QVERIFY(errors(empty).join(u'\n').contains(QStringLiteral("backups[0].command: is empty")));
    }

    void backupTimesFromNames()
    {
        const QString format = QStringLiteral("full_%Y%m%d-%H%M%S");
        QCOMPARE(backupTimeFromName(QStringLiteral("full_20261204-030015.tar.gz"), format),
            QDateTime(QDate(2026, 12, 4), QTime(3, 0, 15), QTimeZone::utc()));
        const auto moscow = backupTimeFromName(
            QStringLiteral("full_20261204-030015.tar.gz"), format, QStringLiteral("Europe/Moscow"));
        QVERIFY(moscow);
        QCOMPARE(moscow->toUTC().time(), QTime(0, 0, 15));
        QVERIFY(!backupTimeFromName(QStringLiteral("full_2026120-030015.tar.gz"), format));
        QVERIFY(!backupTimeFromName(QStringLiteral("full_20261304-030015.tar.gz"), format));
        QVERIFY(!backupTimeFromName(QStringLiteral("db_20261204-030015.tar.gz"), format));
        QVERIFY(!backupTimeFromName(QStringLiteral("full_2026"), format));
        QVERIFY(!backupTimeFromName(QStringLiteral("full_２０２６1204-030015"), format));
        QCOMPARE(
            backupTimeFromName(QStringLiteral("100%-2026-12-04"), QStringLiteral("100%%-%Y-%m-%d"))
                ->date(),
            QDate(2026, 12, 4));
        QCOMPARE(backupTimeFormatProblem(format), QString());
        QCOMPARE(backupTimeFormatProblem(QStringLiteral("%Y%m")),
            QStringLiteral("needs at least %Y, %m and %d"));
        QCOMPARE(backupTimeFormatProblem(QStringLiteral("%Y%m%d%")),
            QStringLiteral("ends with a lone %"));
    }

    void jumpHostsParseValidateAndRoundTrip()
    {
        const QByteArray json =
            R"({"schema": 1, "targets": [{"id": "db", "ssh": {"host": "10.0.0.7",
          "jump": [{"host": "bastion.example", "port": 2222, "user": "ops", "key_file": "~/.ssh/b"},
                   {"host": "gw"}]}}]})";
        const WorkspaceParse p = parseWorkspaceJson(json);
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        const QList<SshJump> &jump = p.workspace.targets.first().ssh->jump;
        QCOMPARE(jump.size(), 2);
        QCOMPARE(jump.at(0).address(), QStringLiteral("ops@bastion.example:2222"));
        QCOMPARE(jump.at(1).port, 22);
        QCOMPARE(p.workspace.targets.first().ssh->route(),
            QStringLiteral("10.0.0.7 via ops@bastion.example:2222, gw"));
        QCOMPARE(parseWorkspaceJson(workspaceToJson(p.workspace)).workspace.targets,
            p.workspace.targets);
        const WorkspaceParse bad = parseWorkspaceJson(R"({"schema": 1, "targets": [{"id": "db",
          "ssh": {"host": "10.0.0.7", "jump": ["bastion", {"host": "-oProxyCommand=x", "port": 0}]}}]})");
        const QStringList e = errors(bad);
        QVERIFY2(e.contains(QStringLiteral("targets[0].ssh.jump[0]: must be an object such as "
                                           "{\"host\": \"bastion.example\", \"user\": \"me\"}, "
                                           "got \"bastion\"")),
            qPrintable(e.join(QLatin1Char('\n'))));
        const WorkspaceParse bad2 = parseWorkspaceJson(R"({"schema": 1, "targets": [{"id": "db",
          "ssh": {"host": "10.0.0.7", "jump": [{"host": "-oProxyCommand=x", "port": 0}]}}]})");
        const QStringList e2 = errors(bad2);
        QVERIFY2(e2.contains(QStringLiteral("targets[0].ssh.jump[0].host: is not a host name or "
                                            "address: \"-oProxyCommand=x\"")),
            qPrintable(e2.join(QLatin1Char('\n'))));
        QVERIFY2(e2.contains(QStringLiteral("targets[0].ssh.jump[0].port: must be 1–65535, got 0")),
            qPrintable(e2.join(QLatin1Char('\n'))));
    }

    void hostChecksParseValidateAndRoundTrip()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web", "ssh": {"host": "web.example"}}],
          "checks": [
            {"id": "units", "target": "web", "type": "service", "service": {"units": ["nginx", "gunicorn@app"]}},
            {"id": "workers", "target": "web", "type": "process", "process": {"name": "gunicorn", "min": 2, "max": 9}},
            {"id": "root", "target": "web", "type": "path",
             "path": {"path": "/srv/www", "owner": "deploy", "mode": "0755", "readable_by": "www-data"}},
            {"id": "errors", "target": "web", "type": "log", "warn": 2, "crit": 20,
             "log": {"file": "/var/log/app.log", "pattern": "ERROR|CRITICAL"}},
            {"id": "migr", "target": "web", "type": "command",
             "command": {"run": "cd /srv/app && ./manage.py migrate --check", "expect_exit": 1}}]})");
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QVERIFY2(warnings(p).isEmpty(), qPrintable(warnings(p).join(QLatin1Char('\n'))));
        const Workspace &w = p.workspace;
        QCOMPARE(w.check(QStringLiteral("units"))->service.units.size(), 2);
        QCOMPARE(*w.check(QStringLiteral("workers"))->process.max, 9);
        QCOMPARE(w.check(QStringLiteral("root"))->path.readableBy, QStringLiteral("www-data"));
        QCOMPARE(w.check(QStringLiteral("errors"))->log.pattern, QStringLiteral("ERROR|CRITICAL"));
        QCOMPARE(w.check(QStringLiteral("migr"))->command.expectExit, 1);
        const QByteArray json = workspaceToJson(w);
        const WorkspaceParse again = parseWorkspaceJson(json);
        QVERIFY(again.ok());
        QCOMPARE(workspaceToJson(again.workspace), json);

        const WorkspaceParse bad = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web", "ssh": {"host": "web.example"}}, {"id": "site"}],
          "checks": [
            {"id": "a", "target": "web", "type": "service", "service": {"units": ["nginx; reboot"], "allowed_states": ["up"]}},
            {"id": "b", "target": "web", "type": "process", "process": {"name": "x", "pattern": "y", "min": 3, "max": 1}},
            {"id": "c", "target": "web", "type": "path", "path": {"path": "srv/www\n", "readable_by": "www data"}},
            {"id": "d", "target": "web", "type": "log", "log": {"file": "/var/log/a.log", "pattern": "*oops"}},
            {"id": "e", "target": "site", "type": "command", "command": {"run": " "}}]})");
        const QStringList e = errors(bad);
        for (const char *expected :
            {"checks[0].service.units[0]: is not a systemd unit name: \"nginx; reboot\"",
                "checks[0].service.allowed_states[0]: must be one of active, inactive, failed",
                "checks[1].process.name: set \"name\" or \"pattern\", not both",
                "checks[1].process.max: must be at least min (3)",
                "checks[2].path.path: must be an absolute path",
                "checks[2].path.path: must not contain a line break",
                "checks[2].path.readable_by: is not a user or group name: \"www data\"",
                "checks[3].log.pattern: is not a valid regular expression",
                "checks[4].type: command checks need a target reached over SSH",
                "checks[4].command.run: must not be empty"}) {
            QVERIFY2(std::any_of(e.begin(), e.end(),
                         [&](const QString &x) { return x.startsWith(QLatin1String(expected)); }),
                qPrintable(QLatin1String(expected) + QLatin1String("\n  in: ")
                    + e.join(QLatin1String("\n      "))));
        }
        const WorkspaceParse longName = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web", "ssh": {"host": "web.example"}}],
          "checks": [{"id": "p", "target": "web", "type": "process", "process": {"name": "celery-worker-main"}}]})");
        QVERIFY(warnings(longName).value(0).contains(QLatin1String("first 15 characters")));
    }

    void sshLoginSettings()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1, "targets": [
            {"id": "a", "ssh": {"host": "a.example"}},
            {"id": "k", "ssh": {"host": "k.example", "user": "deploy", "key_file": "~/.ssh/id_ed25519", "key_passphrase": true}},
            {"id": "p", "ssh": {"host": "p.example", "auth": "password"}}]})");
        QVERIFY(errors(p).isEmpty());
        QCOMPARE(p.workspace.targets.at(0).ssh->auth, SshAuthMethod::Agent);
        QCOMPARE(p.workspace.targets.at(1).ssh->auth, SshAuthMethod::KeyFile);
        QVERIFY(p.workspace.targets.at(1).ssh->hasPassphrase);
        QCOMPARE(p.workspace.targets.at(1).ssh->keyFilePath(),
            QDir::home().filePath(QStringLiteral(".ssh/id_ed25519")));
        QCOMPARE(p.workspace.targets.at(2).ssh->auth, SshAuthMethod::Password);
        // Written and read back the same.
        const WorkspaceParse again = parseWorkspaceJson(workspaceToJson(p.workspace));
        QVERIFY(again.ok());
        QCOMPARE(again.workspace.targets.at(1).ssh->keyFile, QStringLiteral("~/.ssh/id_ed25519"));
        QCOMPARE(again.workspace.targets.at(2).ssh->auth, SshAuthMethod::Password);

        const WorkspaceParse bad = parseWorkspaceJson(R"({"schema": 1, "targets": [
            {"id": "a", "ssh": {"host": "a.example", "auth": "kerberos"}},
            {"id": "s", "ssh": {"host": "s.example", "password": "hunter2"}}]})");
        QCOMPARE(errors(bad),
            QStringList({QStringLiteral("targets[0].ssh.auth: must be \"agent\", \"key\" or "
                                        "\"password\", got \"kerberos\""),
                QStringLiteral(
                    "targets[1].ssh.password: secrets never go into the workspace "
                    "file; Dozor keeps passwords and passphrases in the system keychain")}));
        QVERIFY(warnings(bad).isEmpty());
        QVERIFY(!workspaceToJson(bad.workspace).contains("hunter2"));
        const WorkspaceParse noKey = parseWorkspaceJson(R"({"schema": 1, "targets": [
            {"id": "k", "ssh": {"host": "k.example", "auth": "key"}}]})");
        QCOMPARE(errors(noKey),
            QStringList({QStringLiteral("targets[0].ssh.key_file: must name the private key "
                                        "file when \"auth\" is \"key\"")}));
    }

    void alertingParsesAndRoundTrips()
    {
        const WorkspaceParse p = parseWorkspaceJson(alerting);
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QVERIFY2(warnings(p).isEmpty(), qPrintable(warnings(p).join(QLatin1Char('\n'))));
        const Workspace &w = p.workspace;
        QCOMPARE(w.alerts.repeatMinutes, 120);
        QCOMPARE(w.alerts.policy.failThreshold, 4);
        QCOMPARE(w.alerts.policy.flapChanges, 8);
        QCOMPARE(w.alerts.deliveryAttempts, 3);
        QCOMPARE(w.alerts.channels.size(), 3);
        QCOMPARE(w.alerts.channels.at(1).apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9/")));
        QVERIFY(w.alerts.channels.at(2).slack);
        QCOMPARE(w.alerts.routes.at(0).levels, QList<AlertLevel> {AlertLevel::Critical});
        const IncidentPolicy gunicorn = w.policyFor(w.checks.at(0));
        QCOMPARE(gunicorn.failThreshold, 2);
        QCOMPARE(gunicorn.recoverThreshold, 3);
        QCOMPARE(w.checks.at(0).retrySec(), 5);
        QCOMPARE(w.checks.at(1).retrySec(), qMin(w.checks.at(1).intervalSec, 10));
        QCOMPARE(w.policyFor(w.checks.at(1)).failThreshold, 4);
        QCOMPARE(w.tagsOf(w.checks.at(0)),
            (QStringList {QStringLiteral("app"), QStringLiteral("prod")}));
        QCOMPARE(w.checks.at(0).remediation.action, Remediation::Action::RestartUnit);
        QVERIFY(w.checks.at(0).remediation.sudo);
        QCOMPARE(w.checks.at(0).remediation.cooldownMin, 30);
        QVERIFY(w.checks.at(1).remediation.recursive);
        QCOMPARE(w.maintenance.size(), 3);
        QCOMPARE(w.maintenance.at(0).end.toMSecsSinceEpoch()
                - w.maintenance.at(0).start.toMSecsSinceEpoch(),
            3'600'000);
        QCOMPARE(w.maintenance.at(1).weekdays, QList<int> {7});
        QCOMPARE(w.maintenance.at(2).repeat, MaintenanceWindow::Repeat::Daily);

        const QByteArray json = workspaceToJson(w);
        const WorkspaceParse again = parseWorkspaceJson(json);
        QVERIFY(again.ok());
        QCOMPARE(workspaceToJson(again.workspace), json);
    }

    void alertingMistakesAreNamed()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web1"}],
          "checks": [{"id": "site", "target": "web1", "type": "http", "http": {"url": "https:\/\/x.org/"},
                      "fail_threshold": 0,
                      "remediation": {"action": "restart_unit"}}],
          "alerts": {"repeat_minutes": 0,
            "channels": [{"id": "tg", "type": "telegram", "token": "123:abc"},
                         {"id": "tg", "type": "webhook", "url": "ftp:\/\/x"},
                         {"id": "sms", "type": "pager"}],
            "routes": [{"levels": ["urgent"], "channels": ["nope"]}]},
          "maintenance": [{"id": "m", "target": "db9", "start": "2026-12-05T02:00:00Z", "end": "2026-12-05T01:00:00Z"},
                          {"id": "w", "every": "week", "at": "25:00", "time_zone": "Mars/Olympus"}]})");
        const QStringList e = errors(p);
        const auto has = [&](const QString &text) {
            return e.contains(text) ? true : (qWarning() << e, false);
        };
        QVERIFY(has(QStringLiteral("alerts.channels[0].token: secrets never go into the workspace "
                                   "file; store it with: dozor secret set --channel tg")));
        QVERIFY(has(QStringLiteral("alerts.channels[2].type: must be \"tray\", \"telegram\" or "
                                   "\"webhook\", got \"pager\"")));
        QVERIFY(has(QStringLiteral("alerts.routes[0].levels: levels are \"critical\", \"warning\" "
                                   "and \"info\", got \"urgent\"")));
        // Shape errors stop before the semantic rules; fix them and the rest shows.
        const WorkspaceParse q = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web1"}],
          "checks": [{"id": "site", "target": "web1", "type": "http", "http": {"url": "https:\/\/x.org/"},
                      "fail_threshold": 0, "retry_interval": 0,
                      "remediation": {"action": "restart_unit"}}],
          "alerts": {"repeat_minutes": 0,
            "channels": [{"id": "tg", "type": "telegram"},
                         {"id": "tg", "type": "webhook", "url": "ftp:\/\/x"}],
            "routes": [{"channels": ["nope"]}]},
          "maintenance": [{"id": "m", "target": "db9", "start": "2026-12-05T02:00:00Z", "end": "2026-12-05T01:00:00Z"},
                          {"id": "w", "every": "week", "at": "25:00", "time_zone": "Mars/Olympus"}]})");
        const QStringList e2 = errors(q);
        for (const QString &expected :
            {
                QStringLiteral("alerts.repeat_minutes: must be 1–10080, got 0"),
                QStringLiteral("alerts.channels[0].chat_id: a Telegram channel needs the chat id "
                               "its bot writes to (e.g. -1001234567890)"),
                QStringLiteral("alerts.channels[1].id: duplicate channel id \"tg\""),
                QStringLiteral("alerts.channels[1].url: a webhook needs an http(s) address, got "
                               "\"ftp://x\""),
                QStringLiteral("alerts.routes[0].channels: no channel with id \"nope\""),
                QStringLiteral("maintenance[0].target: no target with id \"db9\""),
                QStringLiteral("maintenance[0].end: must be later than start"),
                QStringLiteral(
                    "maintenance[1].at: must be a time of day such as 03:00, got \"25:00\""),
                QStringLiteral(
                    "maintenance[1].days: a weekly window needs its days, e.g. [\"sun\"]"),
                QStringLiteral(
                    "maintenance[1].time_zone: unknown time zone \"Mars/Olympus\" (use an "
                    "IANA name such as Europe/Moscow)"),
                QStringLiteral("checks[0].fail_threshold: must be 1–100, got 0"),
                QStringLiteral("checks[0].retry_interval: must be 1–86400, got 0"),
                QStringLiteral("checks[0].remediation.action: remediation runs on a server: target "
                               "\"web1\" has no SSH login and is not this computer"),
                QStringLiteral("checks[0].remediation.unit: restart_unit needs the systemd unit to "
                               "restart"),
            })
            QVERIFY2(e2.contains(expected),
                qPrintable(expected + QStringLiteral("\n--- got:\n") + e2.join(QLatin1Char('\n'))));
    }

    void secretsDoNotBelongInTheFile()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1, "targets": [{"id": "t"}],
          "checks": [{"id": "h", "target": "t", "type": "http",
                      "http": {"url": "https:\/\/user:pw@example.org/", "headers": {"Authorization": "Bearer x"}}}]})");
        QVERIFY(errors(p).contains(
            QStringLiteral("checks[0].http.url: must not contain a user name or password; "
                           "secrets never go into the workspace file")));
        QVERIFY(warnings(p).contains(
            QStringLiteral("checks[0].http.headers.Authorization: looks like a credential "
                           "stored in plain text in the workspace file; keep this file private")));
    }

    void caFileIsResolvedAgainstTheWorkspaceFolder()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("certs/ca.pem")), "x");
        const QByteArray json = R"({"schema": 1, "targets": [{"id": "t"}],
          "checks": [{"id": "h", "target": "t", "type": "http", "http": {"url": "https:\/\/x/", "ca_file": "certs/ca.pem"}}]})";
        QVERIFY(parseWorkspaceJson(json, dir.path()).ok());
        const WorkspaceParse missing =
            parseWorkspaceJson(json, dir.filePath(QStringLiteral("elsewhere")));
        QVERIFY(!missing.ok());
        QVERIFY(errors(missing).first().startsWith(
            QStringLiteral("checks[0].http.ca_file: file not found: ")));
    }

    void defaultWorkspaceIsValidAndSavedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/workspace.json"));
        bool created = false;
        const WorkspaceParse p = loadOrCreateWorkspace(path, &created);
        QVERIFY(created);
        QVERIFY2(p.ok(), qPrintable(errors(p).join(QLatin1Char('\n'))));
        QVERIFY(warnings(p).isEmpty());
        QCOMPARE(p.workspace.targets.size(), 1);
        QVERIFY(p.workspace.targets.first().local);
        QCOMPARE(p.workspace.checks.size(), 5);

        // A second load does not overwrite what the user changed.
        Workspace changed = p.workspace;
        changed.checks.removeLast();
        QVERIFY(saveWorkspaceFile(changed, path).ok());
        const WorkspaceParse again = loadOrCreateWorkspace(path, &created);
        QVERIFY(!created);
        QCOMPARE(again.workspace.checks.size(), 4);
        // Nothing but the file itself is left behind (the temporary was renamed over it).
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files),
            QStringList {QStringLiteral("workspace.json")});
    }

    void saveFailureIsReported()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("blocker")), "a file where a folder should be");
        const Expected<void> saved =
            saveWorkspaceFile(defaultWorkspace(), dir.filePath(QStringLiteral("blocker/ws.json")));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().startsWith(QStringLiteral("cannot create the folder")),
            qPrintable(saved.error()));
    }

    void missingFileIsReported()
    {
        const WorkspaceParse p = loadWorkspaceFile(QStringLiteral("/nonexistent/dozor.json"));
        QCOMPARE(errors(p).size(), 1);
        QVERIFY(
            errors(p).first().startsWith(QStringLiteral("cannot open /nonexistent/dozor.json")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
