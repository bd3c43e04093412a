// The table of check kinds: one complete description per check type, so a new type is one
// file. What every kind must provide for the way it runs, its editor fields writing back
// what they read, and settings that belong to another type named as such.
#include "TestSupport.h"
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
};

QTEST_GUILESS_MAIN(TestCheckKinds)
#include "tst_checkkinds.moc"
