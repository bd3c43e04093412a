// Dozor's retention plan against restic's own: a real restic repository with 300 snapshots
// at random times (recorded in three time zones, one with daylight saving), and for several
// policies `restic forget --dry-run --json` must keep and drop exactly what Dozor does, for
// the same reasons.
#include "core/Retention.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(dozor::RetentionPolicy)

using namespace dozor;

namespace {
constexpr int snapshotCount = 300;

// restic's words for a rule in its reasons: "daily snapshot".
QString reasonName(RetentionRule rule)
{
    return retentionRuleName(rule) + QStringLiteral(" snapshot");
}
} // namespace

class TestResticRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_restic = QStandardPaths::findExecutable(QStringLiteral("restic"));
        if (m_restic.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("restic is not installed (.ci/install-deps installs it)");
            QSKIP("restic is not installed");
        }
        QVERIFY(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("RESTIC_PASSWORD"), QStringLiteral("retention-test"));
        m_env.insert(QStringLiteral("RESTIC_REPOSITORY"), m_dir.filePath(QStringLiteral("repo")));
        m_env.insert(QStringLiteral("RESTIC_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QFile file(data + QStringLiteral("/file"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("backup me\n") > 0);
        file.close();
        QVERIFY2(!run({QStringLiteral("init")}).isEmpty(), "restic init failed");

        // Random instants over two years, each recorded as local time in one of three zones.
        const quint32 seed = 20261205;
        QRandomGenerator random(seed);
        const qint64 from =
            QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QSet<qint64> used;
        QList<QStringList> jobs;
        const char *zones[] = {"UTC", "America/New_York", "Asia/Kolkata"};
        while (jobs.size() < snapshotCount) {
            const qint64 s = from + qint64(random.bounded(2 * 365 * 86400));
            if (used.contains(s / 60))
                continue; // a minute apart at least: times stay distinct in every zone
            used.insert(s / 60);
            const char *zone = zones[jobs.size() % 3];
            const QDateTime local = QDateTime::fromSecsSinceEpoch(s, QTimeZone(zone));
            jobs.append(
                {QString::fromLatin1(zone), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
        }
        // restic spends most of each run deriving its key: three at a time.
        QList<QProcess *> running;
        qsizetype next = 0;
        while (next < jobs.size() || !running.isEmpty()) {
            while (next < jobs.size() && running.size() < 3) {
                auto *p = new QProcess(this);
                QProcessEnvironment env = m_env;
                env.insert(QStringLiteral("TZ"), jobs.at(next).at(0));
                p->setProcessEnvironment(env);
                p->start(m_restic,
                    {QStringLiteral("backup"), QStringLiteral("-q"), QStringLiteral("--host"),
                        QStringLiteral("dozor-test"), QStringLiteral("--time"), jobs.at(next).at(1),
                        data});
                running.append(p);
                ++next;
            }
            QProcess *first = running.takeFirst();
            QVERIFY(first->waitForFinished(120'000));
            QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
            first->deleteLater();
        }
        const QJsonArray snapshots =
            QJsonDocument::fromJson(run({QStringLiteral("snapshots"), QStringLiteral("--json")}))
                .array();
        QCOMPARE(snapshots.size(), snapshotCount);
        for (const QJsonValue &v : snapshots) {
            const QJsonObject o = v.toObject();
            const QString time = o.value(QStringLiteral("time")).toString();
            const QDateTime t = QDateTime::fromString(time, Qt::ISODateWithMs);
            QVERIFY2(t.isValid(), qPrintable(time));
            m_items.append({o.value(QStringLiteral("id")).toString(), t});
            m_timeOfId.insert(o.value(QStringLiteral("id")).toString(), time);
        }
    }

    void sameAnswerAsResticForget_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<RetentionPolicy>("policy");
        const auto row = [](const char *name, QStringList options, RetentionPolicy p) {
            QTest::newRow(name) << options << p;
        };
        row("last 10", {QStringLiteral("--keep-last"), QStringLiteral("10")}, {10, 0, 0, 0, 0, 0});
        row("hourly 48", {QStringLiteral("--keep-hourly"), QStringLiteral("48")},
            {0, 48, 0, 0, 0, 0});
        row("daily 7, weekly 4",
            {QStringLiteral("--keep-daily"), QStringLiteral("7"), QStringLiteral("--keep-weekly"),
                QStringLiteral("4")},
            {0, 0, 7, 4, 0, 0});
        row("weekly 60", {QStringLiteral("--keep-weekly"), QStringLiteral("60")},
            {0, 0, 0, 60, 0, 0});
        row("monthly 12, yearly 3",
            {QStringLiteral("--keep-monthly"), QStringLiteral("12"),
                QStringLiteral("--keep-yearly"), QStringLiteral("3")},
            {0, 0, 0, 0, 12, 3});
        row("everything at once",
            {QStringLiteral("--keep-last"), QStringLiteral("3"), QStringLiteral("--keep-hourly"),
                QStringLiteral("5"), QStringLiteral("--keep-daily"), QStringLiteral("30"),
                QStringLiteral("--keep-weekly"), QStringLiteral("10"),
                QStringLiteral("--keep-monthly"), QStringLiteral("6"),
                QStringLiteral("--keep-yearly"), QStringLiteral("2")},
            {3, 5, 30, 10, 6, 2});
    }

    void sameAnswerAsResticForget()
    {
        QFETCH(QStringList, options);
        QFETCH(RetentionPolicy, policy);
        const QByteArray out = run(QStringList {QStringLiteral("forget"),
                                       QStringLiteral("--dry-run"), QStringLiteral("--json")}
            + options);
        const QJsonArray groups = QJsonDocument::fromJson(out).array();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QSet<QString> resticKeep, resticRemove;
        for (const QJsonValue &s : group.value(QStringLiteral("keep")).toArray())
            resticKeep.insert(s.toObject().value(QStringLiteral("id")).toString());
        for (const QJsonValue &s : group.value(QStringLiteral("remove")).toArray())
            resticRemove.insert(s.toObject().value(QStringLiteral("id")).toString());
        QHash<QString, QStringList> resticReasons; // by time
        for (const QJsonValue &r : group.value(QStringLiteral("reasons")).toArray()) {
            const QJsonObject o = r.toObject();
            QStringList matches;
            for (const QJsonValue &m : o.value(QStringLiteral("matches")).toArray())
                matches.append(m.toString());
            resticReasons.insert(o.value(QStringLiteral("snapshot"))
                                     .toObject()
                                     .value(QStringLiteral("time"))
                                     .toString(),
                matches);
        }
        QCOMPARE(resticKeep.size() + resticRemove.size(), snapshotCount);

        const RetentionPlan plan = planRetention(m_items, policy);
        QSet<QString> keep, remove;
        for (const RetentionVerdict &v : plan.verdicts) {
            (v.keep ? keep : remove).insert(v.name);
            if (!v.keep)
                continue;
            QStringList reasons;
            for (RetentionRule rule : v.rules)
                reasons.append(reasonName(rule));
            QCOMPARE(reasons, resticReasons.value(m_timeOfId.value(v.name)));
        }
        QCOMPARE(keep, resticKeep);
        QCOMPARE(remove, resticRemove);
    }

private:
    QByteArray run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_restic, args);
        if (!p.waitForFinished(120'000) || p.exitCode() != 0) {
            qWarning() << "restic" << args << "failed:" << p.readAllStandardError();
            return {};
        }
        const QByteArray out = p.readAllStandardOutput();
        return out.isEmpty() ? QByteArray("ok") : out;
    }

    QString m_restic;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QList<RetentionItem> m_items;
    QHash<QString, QString> m_timeOfId;
};

QTEST_GUILESS_MAIN(TestResticRetention)
#include "tst_retention_restic.moc"
