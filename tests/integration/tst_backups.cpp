// Backups over a real sshd on loopback, through the dozor binary as a user runs it: a server
// tree with ten days of archives (with checksum files), SQLite copies, dumps and timestamped
// folders, plus a restic and a borg repository made by the test; the catalog lists exactly
// what is there; damaged backups fail verification with their reason; back up now of a
// database being written passes integrity_check; prune deletes exactly what the policy drops;
// the repository password never shows in ps, a log or a file; Ctrl+C leaves nothing running
// on the server; a killed dozor's job is interrupted at the next start.
// Runs inside with_keyring.sh (the repository password lives in a real keyring).
#include "PostgresFixture.h"
#include "SshdFixture.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace dozor;
using namespace dozor::test;

namespace {

constexpr int days = 10;
const QByteArray repoPassword =
    "repo-pa55-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);

// The names in a folder, hidden ones too.
QString listing(const QString &dir)
{
    return QDir(dir)
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)
        .join(u'\n');
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool run(const QString &program, const QStringList &args, QString *error,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
    const QString &dir = QString())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QByteArray processTable()
{
    QProcess ps;
    ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
    ps.waitForFinished(10'000);
    return ps.readAllStandardOutput();
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_tree; // the server's files
    std::unique_ptr<SshdFixture> m_sshd;
    QTemporaryDir m_postgresDir;
    std::unique_ptr<PostgresFixture> m_postgres;
    QString m_workspace;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    // What the tree holds, by source: name → size.
    QHash<QString, QMap<QString, qint64>> m_expected;

    QString tree(const QString &relative) const { return QDir(m_tree.path()).filePath(relative); }

    RunResult dozor(QStringList args, const QByteArray &input = {}, int timeoutMs = 120'000)
    {
        args << QStringLiteral("--workspace") << m_workspace;
        return runDozorWith(args, dozorEnvironment(m_home.path()), input, timeoutMs);
    }

    QJsonArray listJson(const QString &source = QString())
    {
        QStringList args {QStringLiteral("backup"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("--accept-new-host-keys")};
        if (!source.isEmpty())
            args << QStringLiteral("--source") << source;
        const RunResult r = dozor(args);
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out).array();
    }

    static QJsonObject find(const QJsonArray &rows, const QString &source, const QString &name)
    {
        for (const QJsonValue &v : rows) {
            if (v[QLatin1String("source")].toString() == source
                && v[QLatin1String("name")].toString() == name)
                return v.toObject();
        }
        return {};
    }

    void makeTree()
    {
        QString error;
        QDir().mkpath(tree(QStringLiteral("backups")));
        QDir().mkpath(tree(QStringLiteral("snapshots")));
        QDir().mkpath(tree(QStringLiteral("live/media")));
        writeFile(tree(QStringLiteral("live/media/photo.jpg")), QByteArray(20'000, 'p'));
        writeFile(tree(QStringLiteral("live/settings.py")), "DEBUG = False\n");
        QVERIFY2(run(QStringLiteral("sqlite3"),
                     {tree(QStringLiteral("live/db.sqlite3")),
                         QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB); INSERT "
                                        "INTO t(v) SELECT randomblob(900) FROM "
                                        "generate_series(1, 2000);")},
                     &error),
            qPrintable(error));
        for (int d = 1; d <= days; ++d) {
            const QDateTime t = m_now.addDays(-d).addSecs(-3600 * (d % 5));
            const QString full = QStringLiteral("full_%1.tar.gz").arg(stamp(t));
            QVERIFY2(run(QStringLiteral("tar"),
                         {QStringLiteral("-czf"), tree(QStringLiteral("backups/") + full),
                             QStringLiteral("-C"), tree(QStringLiteral("live")),
                             QStringLiteral("media"), QStringLiteral("settings.py")},
                         &error),
                qPrintable(error));
            QVERIFY2(run(QStringLiteral("sh"),
                         {QStringLiteral("-c"),
                             QStringLiteral("cd \"$1\" && sha256sum \"$2\" > \"$2.sha256\""),
                             QStringLiteral("sh"), tree(QStringLiteral("backups")), full},
                         &error),
                qPrintable(error));
            const QString db = QStringLiteral("db_%1.sqlite3").arg(stamp(t));
            QVERIFY(QFile::copy(
                tree(QStringLiteral("live/db.sqlite3")), tree(QStringLiteral("backups/") + db)));
            const QString dump = QStringLiteral("dump_%1.sql.gz").arg(stamp(t));
            QVERIFY2(
                run(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("sqlite3 \"$1\" .dump | gzip > \"$2\""),
                        QStringLiteral("sh"), tree(QStringLiteral("live/db.sqlite3")),
                        tree(QStringLiteral("backups/") + dump)},
                    &error),
                qPrintable(error));
            const QString dir = tree(QStringLiteral("snapshots/") + stamp(t));
            QDir().mkpath(dir + QStringLiteral("/media"));
            QVERIFY(QFile::copy(
                tree(QStringLiteral("live/db.sqlite3")), dir + QStringLiteral("/db.sqlite3")));
            writeFile(dir + QStringLiteral("/media/a.jpg"), QByteArray(d * 100, 'a'));
            // mtimes far from the names: the catalog must read the time from the name.
            for (const QString &f : QStringList {full, db}) {
                QFile file(tree(QStringLiteral("backups/") + f));
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.setFileTime(m_now.addYears(-3), QFileDevice::FileModificationTime));
            }
            m_expected[QStringLiteral("full")].insert(
                full, QFileInfo(tree(QStringLiteral("backups/") + full)).size());
            m_expected[QStringLiteral("db")].insert(
                db, QFileInfo(tree(QStringLiteral("backups/") + db)).size());
            m_expected[QStringLiteral("dumps")].insert(
                dump, QFileInfo(tree(QStringLiteral("backups/") + dump)).size());
            m_expected[QStringLiteral("snapshots")].insert(stamp(t), -1);
        }
        // restic and borg repositories with a password, three and two backups.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RESTIC_PASSWORD"), QString::fromUtf8(repoPassword));
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QString::fromUtf8(repoPassword));
        env.insert(QStringLiteral("BORG_BASE_DIR"), tree(QStringLiteral("borg-home")));
        const QString restic = tree(QStringLiteral("restic"));
        QVERIFY2(run(QStringLiteral("restic"),
                     {QStringLiteral("init"), QStringLiteral("-r"), restic, QStringLiteral("-q")},
                     &error, env),
            qPrintable(error));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(run(QStringLiteral("restic"),
                         {QStringLiteral("-r"), restic, QStringLiteral("backup"),
                             QStringLiteral("-q"), QStringLiteral("--time"),
                             m_now.addDays(-i - 1).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             tree(QStringLiteral("live"))},
                         &error, env),
                qPrintable(error));
        const QString borg = tree(QStringLiteral("borg"));
        QVERIFY2(run(QStringLiteral("borg"),
                     {QStringLiteral("init"), QStringLiteral("--encryption=repokey"), borg}, &error,
                     env),
            qPrintable(error));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(run(QStringLiteral("borg"),
                         {QStringLiteral("create"), borg + QStringLiteral("::app-%1").arg(i),
                             QStringLiteral("live")},
                         &error, env, m_tree.path()),
                qPrintable(error));
    }

    void writeWorkspace()
    {
        const QString backups = tree(QStringLiteral("backups"));
        const auto source = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject o;
            for (const auto &[key, value] : fields)
                o.insert(key, value);
            o.insert(QStringLiteral("target"), QStringLiteral("srv"));
            return o;
        };
        using L = QLatin1String;
        const QJsonArray live {tree(QStringLiteral("live"))};
        const QJsonArray sources {
            source({{L("id"), L("full")}, {L("type"), L("files")}, {L("kind"), L("full")},
                {L("path"), backups}, {L("pattern"), L("full_*.tar.gz")},
                {L("time_format"), L("full_%Y%m%d-%H%M%S")}, {L("sha256_sidecars"), true},
                {L("paths"), live},
                {L("retention"), QJsonObject {{L("keep_daily"), 4}, {L("keep_weekly"), 1}}}}),
            source({{L("id"), L("db")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("db_*.sqlite3")}, {L("time_format"), L("db_%Y%m%d-%H%M%S")},
                {L("restore_to"), tree(QStringLiteral("live/db.sqlite3"))}}),
            source({{L("id"), L("dumps")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("dump_*.sql.gz")}, {L("time_format"), L("dump_%Y%m%d-%H%M%S")}}),
            source({{L("id"), L("snapshots")}, {L("type"), L("files")}, {L("kind"), L("content")},
                {L("path"), tree(QStringLiteral("snapshots"))}, {L("pattern"), L("2*")},
                {L("time_format"), L("%Y%m%d-%H%M%S")}}),
            source({{L("id"), L("offsite")}, {L("type"), L("restic")},
                {L("repository"), tree(QStringLiteral("restic"))}, {L("paths"), live}}),
            source({{L("id"), L("borg")}, {L("type"), L("borg")},
                {L("repository"), tree(QStringLiteral("borg"))}}),
            source({{L("id"), L("pg")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("pg_*.dump")}, {L("time_format"), L("pg_%Y%m%d-%H%M%S")},
                {L("sha256_sidecars"), true}, {L("postgres"), m_postgres->connection(L("app"))}}),
            source({{L("id"), L("pgmissing")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("pgmissing_*.dump")},
                {L("postgres"), m_postgres->connection(L("nosuchdb"))}}),
            source({{L("id"), L("noop")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("full_*.tar.gz")}, {L("command"), QJsonArray {L("true")}}}),
            source({{L("id"), L("slow")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("slow_*")},
                {L("command"), QJsonArray {L("sh"), L("-c"), L("sleep 4720")}}}),
        };
        const QJsonObject target {{L("id"), L("srv")},
            {L("ssh"),
                QJsonObject {{L("host"), L("127.0.0.1")}, {L("port"), m_sshd->port()},
                    {L("user"), SshdFixture::currentUser()}, {L("auth"), L("key")},
                    {L("key_file"), m_sshd->clientKey()}}}};
        const QJsonObject root {{L("schema"), 1}, {L("targets"), QJsonArray {target}},
            {L("checks"), QJsonArray {}}, {L("backups"), sources}};
        m_workspace = QDir(m_home.path()).filePath(QStringLiteral("ws.json"));
        writeFile(m_workspace, QJsonDocument(root).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_serverDir.isValid() && m_tree.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        m_postgres = std::make_unique<PostgresFixture>(m_postgresDir.path());
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->error()));
        QVERIFY2(
            m_postgres->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE app")),
            qPrintable(m_postgres->error()));
        QVERIFY2(m_postgres->psql(QStringLiteral("app"),
                     QStringLiteral("CREATE TABLE orders(id serial PRIMARY KEY, note text); "
                                    "INSERT INTO orders(note) SELECT 'order ' || g FROM "
                                    "generate_series(1, 1234) g")),
            qPrintable(m_postgres->error()));
        makeTree();
        writeWorkspace();
        const RunResult valid = dozor({QStringLiteral("validate")});
        QVERIFY2(valid.exitCode == 0, QByteArray(valid.out + valid.err).constData());
        for (const char *source : {"offsite", "borg"}) {
            const RunResult set = dozor({QStringLiteral("secret"), QStringLiteral("set"),
                                            QStringLiteral("--backup"), QLatin1String(source)},
                repoPassword + '\n');
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }
    }

    void catalogListsExactlyWhatIsThere()
    {
        const QJsonArray rows = listJson();
        QVERIFY(!rows.isEmpty());
        QHash<QString, int> counts;
        for (const QJsonValue &v : rows)
            ++counts[v[QLatin1String("source")].toString()];
        for (const QString &source : {QStringLiteral("full"), QStringLiteral("db"),
                 QStringLiteral("dumps"), QStringLiteral("snapshots")}) {
            QCOMPARE(counts.value(source), days);
            for (auto it = m_expected[source].cbegin(); it != m_expected[source].cend(); ++it) {
                const QJsonObject row = find(rows, source, it.key());
                QVERIFY2(!row.isEmpty(), qPrintable(source + QLatin1Char(' ') + it.key()));
                if (it.value() >= 0)
                    QCOMPARE(qint64(row[QLatin1String("size")].toDouble()), it.value());
                QVERIFY(row[QLatin1String("verified")].isNull());
            }
        }
        QCOMPARE(counts.value(QStringLiteral("offsite")), 3);
        QCOMPARE(counts.value(QStringLiteral("borg")), 2);
        QCOMPARE(counts.value(QStringLiteral("slow")), 0);
        // Times come from the names, not from the (3-year-old) mtimes.
        const QString newest = m_expected[QStringLiteral("full")].lastKey();
        const QJsonObject row = find(rows, QStringLiteral("full"), newest);
        const QDateTime time =
            QDateTime::fromString(row[QLatin1String("time")].toString(), Qt::ISODate);
        QCOMPARE(stamp(time), newest.mid(5, 15));
        QCOMPARE(row[QLatin1String("kind")].toString(), QStringLiteral("full"));
        // Newest first.
        QCOMPARE(rows.at(0)[QLatin1String("time")].toString()
                >= rows.at(1)[QLatin1String("time")].toString(),
            true);
    }

    void downloadCopiesABackupToThisComputer()
    {
        QTemporaryDir into;
        const QString newest = m_expected[QStringLiteral("full")].lastKey();
        RunResult r = dozor({QStringLiteral("backup"), QStringLiteral("download"),
            QStringLiteral("full"), newest, QStringLiteral("--to"), into.path()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains(QByteArray("Downloaded " + newest.toUtf8())), r.out.constData());
        const QString backups = tree(QStringLiteral("backups/"));
        QCOMPARE(readFile(into.filePath(newest)), readFile(backups + newest));
        // With its checksum file, which checks out here.
        QCOMPARE(readFile(into.filePath(newest + QStringLiteral(".sha256"))),
            readFile(backups + newest + QStringLiteral(".sha256")));
        QString error;
        QVERIFY2(
            run(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("cd \"$1\" && sha256sum -c --quiet \"$2\""),
                    QStringLiteral("sh"), into.path(), newest + QStringLiteral(".sha256")},
                &error),
            qPrintable(error));
        // A timestamped folder comes whole.
        const QString stampName = m_expected[QStringLiteral("snapshots")].lastKey();
        r = dozor({QStringLiteral("backup"), QStringLiteral("download"),
            QStringLiteral("snapshots"), QStringLiteral("--to"), into.path()});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(readFile(into.filePath(stampName + QStringLiteral("/media/a.jpg"))),
            readFile(
                tree(QStringLiteral("snapshots/") + stampName + QStringLiteral("/media/a.jpg"))));
        QCOMPARE(readFile(into.filePath(stampName + QStringLiteral("/db.sqlite3"))),
            readFile(
                tree(QStringLiteral("snapshots/") + stampName + QStringLiteral("/db.sqlite3"))));
        // Never over a file that is there; a repository's snapshot is not a file; a folder
        // that does not exist is a usage error.
        // (the checksum file, downloaded first, is removed again when the backup cannot follow)
        QVERIFY(QFile::remove(into.filePath(newest + QStringLiteral(".sha256"))));
        r = dozor({QStringLiteral("backup"), QStringLiteral("download"), QStringLiteral("full"),
            newest, QStringLiteral("--to"), into.path()});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("already exists on this computer"), r.err.constData());
        QVERIFY(!QFile::exists(into.filePath(newest + QStringLiteral(".sha256"))));
        r = dozor({QStringLiteral("backup"), QStringLiteral("download"), QStringLiteral("offsite"),
            QStringLiteral("--to"), into.path()});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("not files to download"), r.err.constData());
        r = dozor({QStringLiteral("backup"), QStringLiteral("download"), QStringLiteral("full"),
            QStringLiteral("--to"), into.filePath(QStringLiteral("missing"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not a folder"), r.err.constData());

        // A copy that does not match its checksum file is said to be so (both files stay, to
        // look at). An old name, so the newest backup stays what the other tests expect.
        const QString odd = QStringLiteral("full_20200101-000000.tar.gz");
        writeFile(backups + odd, "not what was summed");
        writeFile(backups + odd + QStringLiteral(".sha256"),
            QByteArray(64, '0') + "  " + odd.toUtf8() + '\n');
        r = dozor({QStringLiteral("backup"), QStringLiteral("download"), QStringLiteral("full"),
            odd, QStringLiteral("--to"), into.path()});
        QFile::remove(backups + odd);
        QFile::remove(backups + odd + QStringLiteral(".sha256"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QByteArray("checksum does not match " + odd.toUtf8() + ".sha256")),
            QByteArray(r.out + r.err).constData());
        QCOMPARE(readFile(into.filePath(odd)), QByteArray("not what was summed"));
    }

    void backUpNowDumpsPostgres()
    {
        RunResult r =
            dozor({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("pg")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("verified"), r.out.constData());
        const QJsonArray rows = listJson(QStringLiteral("pg"));
        QCOMPARE(rows.size(), 1);
        const QString name = rows.at(0)[QLatin1String("name")].toString();
        QCOMPARE(rows.at(0)[QLatin1String("verified")].toString(), QStringLiteral("ok"));
        const QString dump = tree(QStringLiteral("backups/") + name);
        QVERIFY(QFile::exists(dump + QStringLiteral(".sha256")));
        // The dump holds every row: restored into a new database, it has them all.
        QVERIFY2(
            m_postgres->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE copy")),
            qPrintable(m_postgres->error()));
        QString error;
        QVERIFY2(run(QStringLiteral("pg_restore"),
                     {QStringLiteral("-d"), m_postgres->connection(QStringLiteral("copy")), dump},
                     &error),
            qPrintable(error));
        QByteArray count;
        QVERIFY(m_postgres->psql(QStringLiteral("copy"),
            QStringLiteral("SELECT count(*), max(note) FROM orders"), &count));
        QCOMPARE(count.trimmed(), QByteArray("1234|order 999"));
        // A database that is not there fails in pg_dump's words, and leaves no file behind.
        const QString before = listing(tree(QStringLiteral("backups")));
        r = dozor({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("pgmissing")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QCOMPARE(listing(tree(QStringLiteral("backups"))), before);
    }

    void damagedBackupsFailWithTheirReason()
    {
        const QString backups = tree(QStringLiteral("backups/"));
        const auto names = m_expected[QStringLiteral("full")].keys();
        // Truncated archive (its checksum file made to match, so the archive test decides).
        const QString truncated = names.at(0);
        {
            QFile f(backups + truncated);
            QVERIFY(f.resize(f.size() / 2));
            QString error;
            QVERIFY(run(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                    QStringLiteral("cd \"$1\" && sha256sum \"$2\" > \"$2.sha256\""),
                    QStringLiteral("sh"), backups, truncated},
                &error));
        }
        // Wrong checksum.
        const QString mismatched = names.at(1);
        writeFile(backups + mismatched + QStringLiteral(".sha256"),
            QByteArray(64, '0') + "  " + mismatched.toUtf8() + "\n");
        // Corrupt SQLite copy: pages overwritten in the middle.
        const QString corrupt = m_expected[QStringLiteral("db")].keys().at(0);
        {
            QFile f(backups + corrupt);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096 * 3));
            f.write(QByteArray(4096 * 20, '\x5a'));
        }
        const auto verify = [this](const QString &source, const QString &name) {
            return dozor({QStringLiteral("backup"), QStringLiteral("verify"), source, name});
        };
        RunResult r = verify(QStringLiteral("full"), truncated);
        QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("unexpected end of file"), r.out.constData());
        r = verify(QStringLiteral("full"), mismatched);
        QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("checksum does not match"), r.out.constData());
        r = verify(QStringLiteral("db"), corrupt);
        QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
        QVERIFY2(
            r.out.contains("malformed") || r.out.contains("integrity_check"), r.out.constData());
        // Intact ones pass, each kind with its own test.
        r = verify(QStringLiteral("full"), names.last());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("intact"), r.out.constData());
        for (const QString &source : {QStringLiteral("db"), QStringLiteral("dumps"),
                 QStringLiteral("snapshots"), QStringLiteral("offsite"), QStringLiteral("borg")}) {
            r = dozor({QStringLiteral("backup"), QStringLiteral("verify"), source,
                QStringLiteral("--newest")});
            QVERIFY2(r.exitCode == 0,
                qPrintable(source + QLatin1Char(' ') + QString::fromUtf8(r.out + r.err)));
        }
        // The catalog remembers.
        const QJsonArray rows = listJson();
        QCOMPARE(
            find(rows, QStringLiteral("full"), truncated)[QLatin1String("verified")].toString(),
            QStringLiteral("failed"));
        QCOMPARE(find(rows, QStringLiteral("db"), corrupt)[QLatin1String("verified")].toString(),
            QStringLiteral("failed"));
        QCOMPARE(
            find(rows, QStringLiteral("full"), names.last())[QLatin1String("verified")].toString(),
            QStringLiteral("ok"));
        // An unknown backup is refused in words, with exit 4.
        r = verify(QStringLiteral("full"), QStringLiteral("nope.tar.gz"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no backup named"), r.err.constData());
    }

    void backUpNowOfADatabaseBeingWritten()
    {
        const QString live = tree(QStringLiteral("live/db.sqlite3"));
        QProcess writer;
        writer.start(QStringLiteral(DOZOR_PYTHON),
            {QStringLiteral("-c"),
                QStringLiteral("import sqlite3, sys\n"
                               "c = sqlite3.connect(sys.argv[1], timeout=30)\n"
                               "print('writing', flush=True)\n"
                               "while True:\n"
                               "    c.execute('INSERT INTO t(v) VALUES (randomblob(3000))')\n"
                               "    c.execute('DELETE FROM t WHERE id IN (SELECT id FROM t ORDER "
                               "BY random() LIMIT 1)')\n"
                               "    c.commit()\n"),
                live});
        QVERIFY(writer.waitForReadyRead(10'000));
        const RunResult r =
            dozor({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("db")});
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("verified"), r.out.constData());
        // Our own check of the newest copy, and nothing half-written left behind.
        const QJsonArray rows = listJson(QStringLiteral("db"));
        QCOMPARE(rows.size(), days + 1);
        const QString newest = rows.at(0)[QLatin1String("name")].toString();
        QCOMPARE(rows.at(0)[QLatin1String("verified")].toString(), QStringLiteral("ok"));
        QProcess check;
        check.start(QStringLiteral("sqlite3"),
            {tree(QStringLiteral("backups/") + newest), QStringLiteral("PRAGMA integrity_check;")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));
        QVERIFY(QDir(tree(QStringLiteral("backups")))
                    .entryList({QStringLiteral(".dozor-partial-*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
        // The job is on record, with the verification that followed it.
        const RunResult jobs =
            dozor({QStringLiteral("backup"), QStringLiteral("jobs"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
        QVERIFY(list.size() >= 2);
        QCOMPARE(list.at(0)[QLatin1String("kind")].toString(), QStringLiteral("verify"));
        QCOMPARE(list.at(1)[QLatin1String("kind")].toString(), QStringLiteral("backup"));
        QCOMPARE(list.at(1)[QLatin1String("state")].toString(), QStringLiteral("succeeded"));
    }

    void resticPasswordNeverShows()
    {
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("offsite"),
                QStringLiteral("--workspace"), m_workspace});
        QByteArray seen;
        while (run.state() != QProcess::NotRunning) {
            const QByteArray table = processTable();
            QVERIFY2(!table.contains(repoPassword), table.constData());
            if (table.contains("restic"))
                seen = table;
            QTest::qWait(30);
        }
        QVERIFY2(run.exitCode() == 0,
            QByteArray(run.readAllStandardOutput() + run.readAllStandardError()).constData());
        QVERIFY2(seen.contains("restic"), "restic was never seen running");
        QCOMPARE(listJson(QStringLiteral("offsite")).size(), 4);
        const QByteArray printed = run.readAllStandardOutput() + run.readAllStandardError();
        QVERIFY(!printed.contains(repoPassword));
        QVERIFY2(filesContaining(m_home.path(), repoPassword).isEmpty(),
            qPrintable(filesContaining(m_home.path(), repoPassword).join(QLatin1Char(' '))));
        QVERIFY(!m_sshd->log().contains(repoPassword));
    }

    void policyAndPrune()
    {
        RunResult r = dozor({QStringLiteral("backup"), QStringLiteral("policy"),
            QStringLiteral("full"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject policy = QJsonDocument::fromJson(r.out).object();
        const QJsonArray keep = policy[QLatin1String("keep")].toArray();
        const QJsonArray drop = policy[QLatin1String("drop")].toArray();
        QCOMPARE(keep.size() + drop.size(), days);
        QVERIFY(keep.size() >= 4 && keep.size() <= 5);
        QVERIFY(keep.at(0)[QLatin1String("rules")].toArray().contains(QStringLiteral("daily")));
        // Without --yes nothing is deleted.
        r = dozor({QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("full")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(listJson(QStringLiteral("full")).size(), days);
        r = dozor({QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("full"),
            QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonArray left = listJson(QStringLiteral("full"));
        QCOMPARE(left.size(), keep.size());
        for (const QJsonValue &v : drop) {
            const QString name = v[QLatin1String("name")].toString();
            QVERIFY2(!QFile::exists(tree(QStringLiteral("backups/") + name)), qPrintable(name));
            QVERIFY(!QFile::exists(
                tree(QStringLiteral("backups/") + name + QStringLiteral(".sha256"))));
        }
        for (const QJsonValue &v : keep)
            QVERIFY(QFile::exists(
                tree(QStringLiteral("backups/") + v[QLatin1String("name")].toString())));
    }

    void backUpNowOwnsWhatItMadeAndChangesForgetVerification()
    {
        // The built-in archive gets its checksum file, and is the one verified.
        RunResult r =
            dozor({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("full")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QString made =
            listJson(QStringLiteral("full")).at(0)[QLatin1String("name")].toString();
        QVERIFY2(r.out.contains(made.toUtf8()), r.out.constData());
        QVERIFY(QFile::exists(tree(QStringLiteral("backups/") + made + QStringLiteral(".sha256"))));
        // A command that writes nothing new: no old backup passed off as the new one.
        r = dozor({QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("noop")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no new backup"), r.err.constData());
        // Verified, then replaced under the same name: no longer "ok".
        QCOMPARE(find(listJson(QStringLiteral("full")), QStringLiteral("full"),
                     made)[QLatin1String("verified")]
                     .toString(),
            QStringLiteral("ok"));
        QFile file(tree(QStringLiteral("backups/") + made));
        QVERIFY(file.resize(100));
        QVERIFY(find(listJson(QStringLiteral("full")), QStringLiteral("full"),
            made)[QLatin1String("verified")]
                    .isNull());
    }

    void aRepositoryPasswordInTheWorkspaceIsRefused()
    {
        const QString file = QDir(m_home.path()).filePath(QStringLiteral("leaky.json"));
        QJsonObject root = QJsonDocument::fromJson(readFile(m_workspace)).object();
        QJsonArray sources = root[QLatin1String("backups")].toArray();
        QJsonObject offsite = sources.at(4).toObject();
        offsite[QLatin1String("repository")] = QStringLiteral("sftp:backup:hunter2@host:/repo");
        sources[4] = offsite;
        root[QLatin1String("backups")] = sources;
        writeFile(file, QJsonDocument(root).toJson());
        const RunResult r =
            runDozorWith({QStringLiteral("validate"), QStringLiteral("--workspace"), file},
                dozorEnvironment(m_home.path()), {});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("holds a password"), r.err.constData());
    }

    void ctrlCLeavesNothingOnTheServer()
    {
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("slow"),
                QStringLiteral("--workspace"), m_workspace});
        QTRY_VERIFY_WITH_TIMEOUT(processTable().contains("sleep 4720"), 30'000);
        QVERIFY(signalProcess(run, SIGINT));
        QVERIFY(run.waitForFinished(30'000));
        QCOMPARE(run.exitCode(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!processTable().contains("sleep 4720"), 10'000);
        const RunResult jobs =
            dozor({QStringLiteral("backup"), QStringLiteral("jobs"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
        QCOMPARE(list.at(0)[QLatin1String("subject")].toString(), QStringLiteral("slow"));
        QCOMPARE(list.at(0)[QLatin1String("state")].toString(), QStringLiteral("cancelled"));
    }

    void aKilledDozorsJobIsInterruptedAtTheNextStart()
    {
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("slow"),
                QStringLiteral("--workspace"), m_workspace});
        QTRY_VERIFY_WITH_TIMEOUT(processTable().contains("sleep 4720"), 30'000);
        QVERIFY(signalProcess(run, SIGKILL));
        QVERIFY(run.waitForFinished(10'000));
        const RunResult jobs =
            dozor({QStringLiteral("backup"), QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(jobs.err.contains("was interrupted"), jobs.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(jobs.out).array();
        QCOMPARE(list.at(0)[QLatin1String("subject")].toString(), QStringLiteral("slow"));
        QCOMPARE(list.at(0)[QLatin1String("state")].toString(), QStringLiteral("interrupted"));
        // A killed client cannot stop what it started: the server's process goes on (the
        // journal entry says to check the server). Clean up after the test.
        QProcess::execute(
            QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 4720")});
    }

    void cleanupTestCase()
    {
        QProcess::execute(
            QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 4720")});
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
