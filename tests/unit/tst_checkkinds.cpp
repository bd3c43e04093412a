// The table of check kinds: one complete description per check type, so a new type is one
// file. What every kind must provide for the way it runs, its editor fields writing back
// what they read, and settings that belong to another type named as such.
#include "TestSupport.h"
#include "core/HostCheckEvaluator.h"
#include "core/MetricDisplay.h"
#include "core/WorkspaceJson.h"
#include "core/checks/CheckKind.h"

#include <QSet>
#include <QTest>

using namespace dozor;

namespace {
QStringList warningsOf(const WorkspaceParse &p)
{
    QStringList out;
    for (const auto &d : p.diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning)
            out << d.text();
    }
    return out;
}

QStringList errorsOf(const WorkspaceParse &p)
{
    QStringList out;
    for (const auto &d : p.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            out << d.text();
    }
    return out;
}
} // namespace

class TestCheckKinds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTypeHasOneCompleteKind()
    {
        QSet<QString> names;
        QSet<QString> objectNames;
        for (const CheckKind *kind : checkKinds()) {
            const QString name = QLatin1String(kind->name);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(&checkKind(kind->type), kind);
            QCOMPARE(checkTypeFromName(name), std::optional(kind->type));
            QVERIFY2(kind->title, qPrintable(name));
            switch (kind->runner) {
            case CheckRunner::Http:
                break;
            case CheckRunner::HostProbe:
                QVERIFY2(kind->evaluateSnapshot, qPrintable(name));
                break;
            case CheckRunner::ProbeSection:
                QVERIFY2(kind->probeSection && kind->evaluateSection, qPrintable(name));
                break;
            case CheckRunner::OwnCommand:
                QVERIFY2(kind->command && kind->evaluateCommand, qPrintable(name));
                break;
            case CheckRunner::Catalog:
                QVERIFY2(kind->evaluateBackup, qPrintable(name));
                break;
            }
            // Settings of its own are read, written and checked together.
            const bool hasSettings = !kind->settingKeys.isEmpty();
            QCOMPARE(bool(kind->readSettings), hasSettings);
            QCOMPARE(bool(kind->writeSettings), hasSettings);
            QVERIFY2(kind->headlineMetric, qPrintable(name));
            QVERIFY2(kind->hasThresholds() || !kind->defaultCrit, qPrintable(name));
            for (const EditorField &field : kind->editorFields) {
                const QString objectName = QLatin1String(field.objectName);
                QVERIFY2(!objectNames.contains(objectName), qPrintable(objectName));
                objectNames.insert(objectName);
                QVERIFY2(field.label && field.errorKey && field.get && field.set,
                    qPrintable(objectName));
            }
        }
        QCOMPARE(names.size(), checkKinds().size());
        QCOMPARE(checkTypeFromName(QStringLiteral("ping")), std::nullopt);
    }

    // What a field shows, written back unchanged, leaves the check as it was.
    void editorFieldsWriteBackWhatTheyRead()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "web", "ssh": {"host": "web.example"}}],
          "checks": [
            {"id": "site", "target": "web", "type": "http",
             "http": {"url": "https:\/\/example.org/health", "method": "HEAD", "expect_status": [200, 301],
                      "follow_redirects": true, "keyword": " ok ", "keyword_absent": "Traceback",
                      "tls_warn_days": 21, "tls_crit_days": 7}},
            {"id": "disk", "target": "web", "type": "disk", "mounts": ["/", "/var"], "inodes_warn": 70, "inodes_crit": 90},
            {"id": "units", "target": "web", "type": "service", "service": {"units": ["nginx", "gunicorn@app"], "allowed_states": ["active", "reloading"]}},
            {"id": "workers", "target": "web", "type": "process", "process": {"pattern": "gunicorn: worker .*", "min": 2}},
            {"id": "root", "target": "web", "type": "path",
             "path": {"path": "/srv/www", "owner": "deploy", "group": "www-data", "mode": "0755", "readable_by": "www-data"}},
            {"id": "errors", "target": "web", "type": "log", "log": {"file": "/var/log/app.log", "pattern": " ERROR "}},
            {"id": "migr", "target": "web", "type": "command",
             "command": {"run": "cd /srv/app && ./manage.py migrate --check", "expect_exit": 1, "output_regex": "^No"}}]})");
        QVERIFY(p.ok());
        for (const CheckSpec &original : p.workspace.checks) {
            CheckSpec copy = original;
            for (const EditorField &field : checkKind(copy.type).editorFields) {
                const QString problem = field.set(copy, field.get(copy));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            QVERIFY2(copy == original, qPrintable(original.id));
        }
    }

    void settingsOfAnotherTypeAreNamed()
    {
        const WorkspaceParse p = parseWorkspaceJson(R"({"schema": 1,
          "targets": [{"id": "local", "local": true}],
          "checks": [
            {"id": "cpu", "target": "local", "type": "cpu", "mounts": ["/"], "http": {"url": "http:\/\/x"}},
            {"id": "units", "target": "local", "type": "service", "warn": 3, "service": {"units": ["nginx"]}}]})");
        QVERIFY(p.ok());
        const QStringList w = warningsOf(p);
        QVERIFY2(
            w.contains(QStringLiteral("checks[0].mounts: is only used by disk checks, ignored")),
            qPrintable(w.join(QLatin1Char('\n'))));
        QVERIFY(w.contains(QStringLiteral("checks[0].http: is only used by http checks, ignored")));
        QVERIFY(
            w.contains(QStringLiteral("checks[1].warn: is not used by service checks, ignored")));
        QVERIFY(p.workspace.checks.at(0).mounts.isEmpty());
        QVERIFY(p.workspace.checks.at(0).http.url.isEmpty());
    }

    void metricsAreShownByTheirKind()
    {
        QCOMPARE(MetricDisplay::label(QStringLiteral("disk_used_pct:/var")),
            QStringLiteral("Disk used /var"));
        QCOMPARE(MetricDisplay::label(QStringLiteral("mem_available_mib")),
            QStringLiteral("Memory available"));
        QCOMPARE(MetricDisplay::label(QStringLiteral("no_such_metric")),
            QStringLiteral("no_such_metric"));
        const QList<MetricValue> disks = {{QStringLiteral("disk_used_pct:/"), 40, QString()},
            {QStringLiteral("inodes_used_pct:/"), 95, QString()},
            {QStringLiteral("disk_used_pct:/var"), 70, QString()}};
        QCOMPARE(MetricDisplay::headline(CheckType::Disk, disks)->metric,
            QStringLiteral("disk_used_pct:/var"));
        CheckSpec uptime;
        uptime.type = CheckType::Uptime;
        QVERIFY(!MetricDisplay::thresholdsFor(uptime, QStringLiteral("uptime_s")).warn);
        CheckSpec http;
        http.warn = 500;
        const Thresholds t = MetricDisplay::thresholdsFor(http, QStringLiteral("response_ms"));
        QCOMPARE(t.warn, std::optional(500.0));
        QCOMPARE(t.crit, std::optional(defaults::httpCritMs));
        QCOMPARE(MetricDisplay::thresholdsFor(http, QStringLiteral("tls_days_left")).crit,
            std::optional(14.0));
    }

    void backupFreshnessJudgesTheCatalog()
    {
        const qint64 hour = 3'600'000;
        const qint64 now = 1'000 * hour;
        CheckSpec c;
        c.id = QStringLiteral("fresh");
        c.type = CheckType::Backup;
        c.backup.source = QStringLiteral("full");
        BackupFacts f;
        // Nothing listed: CRIT, or UNKNOWN when the listing itself failed.
        QCOMPARE(evaluateBackupCheck(c, f, now).status, Status::Crit);
        f.listingProblem = QStringLiteral("find: '/x': No such file or directory");
        const CheckResult failed = evaluateBackupCheck(c, f, now);
        QCOMPARE(failed.status, Status::Unknown);
        QVERIFY(failed.reason.contains(QStringLiteral("No such file")));
        f.listingProblem.clear();
        for (int i = 0; i < 8; ++i)
            f.newestFirst.append({QStringLiteral("b%1").arg(i), now - (2 + 24 * i) * hour,
                qint64 {80} << 20, std::nullopt, 0, QString()});
        const CheckResult ok = evaluateBackupCheck(c, f, now);
        QCOMPARE(ok.status, Status::Ok);
        QVERIFY2(ok.reason.contains(QStringLiteral("b0")), qPrintable(ok.reason));
        QCOMPARE(ok.values.constFirst().metric, QStringLiteral("backup_age_s"));
        QCOMPARE(ok.values.constFirst().value, 7200.0);
        // 27 h old with the limit at 26 h.
        BackupFacts old = f;
        old.newestFirst.removeFirst();
        old.newestFirst.first().timeMs = now - 27 * hour;
        const CheckResult stale = evaluateBackupCheck(c, old, now);
        QCOMPARE(stale.status, Status::Crit);
        QVERIFY2(stale.reason.contains(QStringLiteral("limit 26 h")), qPrintable(stale.reason));
        // Much smaller than the median of the 7 before it: an empty folder backed up.
        BackupFacts small = f;
        small.newestFirst.first().size = 3000;
        const CheckResult tiny = evaluateBackupCheck(c, small, now);
        QCOMPARE(tiny.status, Status::Warn);
        QVERIFY2(tiny.reason.contains(QStringLiteral("2.9 KiB"))
                || tiny.reason.contains(QStringLiteral("2 KiB")),
            qPrintable(tiny.reason));
        c.backup.minSizePct = 0;
        QCOMPARE(evaluateBackupCheck(c, small, now).status, Status::Ok);
        // The last verification failed (of whichever backup was verified last).
        BackupFacts broken = f;
        broken.newestFirst[3].verified = false;
        broken.newestFirst[3].verifiedMs = now - hour;
        broken.newestFirst[3].verifyReason = QStringLiteral("gzip: unexpected end of file");
        broken.newestFirst[5].verified = true;
        broken.newestFirst[5].verifiedMs = now - 2 * hour;
        const CheckResult bad = evaluateBackupCheck(c, broken, now);
        QCOMPARE(bad.status, Status::Crit);
        QVERIFY2(bad.reason.contains(QStringLiteral("b3 failed: gzip")), qPrintable(bad.reason));
        // The volume fills within the warning's days.
        BackupFacts full = f;
        full.daysUntilFull = 9.5;
        full.freeBytes = qint64 {12} << 30;
        const CheckResult space = evaluateBackupCheck(c, full, now);
        QCOMPARE(space.status, Status::Warn);
        QVERIFY2(space.reason.contains(QStringLiteral("9.5 days")), qPrintable(space.reason));
    }

    void backupChecksTakeTheirSourcesServer()
    {
        WorkspaceParse p = parseWorkspaceJson(
            QByteArray("{\"schema\": 1, \"targets\": [{\"id\": \"web\", \"local\": true},"
                       " {\"id\": \"db\", \"local\": true}], \"checks\": [{\"id\": \"f\", "
                       "\"type\": \"backup\","
                       " \"backup\": {\"source\": \"full\"}}], \"backups\": [{\"id\": \"full\", "
                       "\"target\": \"web\","
                       " \"type\": \"files\", \"path\": \"/b\", \"pattern\": \"*.tgz\"}]}"));
        QVERIFY2(p.ok(), qPrintable(errorsOf(p).join(u'\n')));
        QCOMPARE(p.workspace.checks.constFirst().targetId, QStringLiteral("web"));
        QCOMPARE(p.workspace.checks.constFirst().intervalSec, 1800);
        p = parseWorkspaceJson(
            QByteArray("{\"schema\": 1, \"targets\": [{\"id\": \"web\", \"local\": true},"
                       " {\"id\": \"db\", \"local\": true}], \"checks\": [{\"id\": \"f\", "
                       "\"target\": \"db\", \"type\": \"backup\","
                       " \"backup\": {\"source\": \"nope\"}}, {\"id\": \"g\", \"target\": \"db\", "
                       "\"type\": \"backup\","
                       " \"backup\": {\"source\": \"full\"}}], \"backups\": [{\"id\": \"full\", "
                       "\"target\": \"web\","
                       " \"type\": \"files\", \"path\": \"/b\", \"pattern\": \"*.tgz\"}]}"));
        const QStringList errors = errorsOf(p);
        QVERIFY2(errors.contains(
                     QStringLiteral("checks[0].backup.source: no backup source with id \"nope\"")),
            qPrintable(errors.join(u'\n')));
        QVERIFY(errors.contains(QStringLiteral(
            "checks[1].target: must be the backup source's server \"web\" (or left out)")));
        p = parseWorkspaceJson(
            QByteArray("{\"schema\": 1, \"targets\": [{\"id\": \"web\", \"local\": true}],"
                       " \"checks\": [{\"id\": \"h\", \"type\": \"cpu\"}]}"));
        QVERIFY(errorsOf(p).contains(QStringLiteral("checks[0].target: is required")));
    }
};

QTEST_GUILESS_MAIN(TestCheckKinds)
#include "tst_checkkinds.moc"
