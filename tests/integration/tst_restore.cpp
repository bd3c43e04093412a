// Restore previews over a real sshd on loopback, through the dozor binary as a user runs it. A
// live folder is backed up four ways (Dozor's own tar archive, a timestamped copy, a restic and
// a borg snapshot), then changed in known ways; each preview must give exactly those changes.
// SQLite copies give tables and rows, a SQL dump its objects; malicious and truncated archives
// are refused; and after everything every file on the server is byte for byte, and time for
// time, what it was. Runs inside with_keyring.sh (the repository password lives in a real
// keyring).
#include "SshdFixture.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace dozor;
using namespace dozor::test;

namespace {

const QByteArray repoPassword =
    "restore-pa55-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);

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

// Every entry under dir: its type, size, mode, owner, mtime (to the nanosecond) and, for files,
// its SHA-256, by path.
QMap<QString, QString> state(const QString &dir)
{
    QMap<QString, QString> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line = QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(info.isSymLink()  ? QStringLiteral("l")
                                   : info.isDir() ? QStringLiteral("d")
                                                  : QStringLiteral("f"))
                           .arg(info.isSymLink() ? 0 : info.size())
                           .arg(int(info.permissions()))
                           .arg(info.ownerId())
                           .arg(info.lastModified().toMSecsSinceEpoch());
        if (info.isFile() && !info.isSymLink()) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&f);
                line += QLatin1Char(' ') + QString::fromLatin1(hash.result().toHex());
            }
        }
        out.insert(path, line);
    }
    return out;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Sets a file's or folder's mtime (touch: QFile cannot open a folder).
void touch(const QString &path, const QDateTime &when)
{
    QString error;
    QVERIFY2(run(QStringLiteral("touch"),
                 {QStringLiteral("-d"), QStringLiteral("@%1").arg(when.toSecsSinceEpoch()), path},
                 &error),
        qPrintable(error));
}

} // namespace

class TestRestore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_serverDir;
    QTemporaryDir m_tree; // the server's files
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_workspace;
    QDateTime m_backupTime = QDateTime::currentDateTimeUtc().addDays(-1);
    QMap<QString, QString> m_stateBefore;
    QMap<QString, QString> m_liveAtBackup; // the live folder when the backups were made
    QMap<QString, QString> m_siteBefore; // the site before a restore that fails its checks
    int m_sitePort = 0;
    // What restoring the backups would do, path by path (the ground truth of the edits).
    QMap<QString, QString> m_expected;
    bool m_root = ::geteuid() == 0;

    QString tree(const QString &relative) const { return QDir(m_tree.path()).filePath(relative); }
    QString site(const QString &relative = QString()) const
    {
        return relative.isEmpty() ? tree(QStringLiteral("site/www"))
                                  : tree(QStringLiteral("site/www/") + relative);
    }
    QString pidFile() const { return tree(QStringLiteral("site/http.pid")); }
    QString hangFlag() const { return tree(QStringLiteral("site/hang")); }
    // The site's service: a web server on the folder (restarted into the restored one).
    QStringList startCommand() const
    {
        return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("while [ -e \"$4\" ]; do sleep 0.2; done; cd \"$1\" && { nohup python3 "
                           "-m http.server "
                           "\"$2\" --bind 127.0.0.1 >/dev/null 2>&1 & echo $! > \"$3\"; }"),
            QStringLiteral("sh"), site(), QString::number(m_sitePort), pidFile(), hangFlag()};
    }
    QStringList stopCommand() const
    {
        return {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("[ -e \"$1\" ] || exit 0; kill \"$(cat \"$1\")\" 2>/dev/null; rm -f -- "
                           "\"$1\"; sleep 0.3"),
            QStringLiteral("sh"), pidFile()};
    }
    // Whether the site answers with its good page (the server's check, as dozor runs it).
    bool siteIsGood()
    {
        const RunResult r =
            dozor({QStringLiteral("check"), QStringLiteral("--target"), QStringLiteral("srv")});
        if (r.exitCode != 0)
            qWarning().noquote() << "the site's check:" << r.out << r.err;
        return r.exitCode == 0;
    }
    static QString oddName() { return QStringLiteral("re:^$[1]"); }
    // A folder of many items restored one by one (--path each): a swap long enough to cut.
    static constexpr int manyItems = 300;
    static QString item(int i) { return QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0')); }
    QString many(const QString &relative = QString()) const
    {
        return tree(QStringLiteral("many/app"))
            + (relative.isEmpty() ? QString() : QLatin1Char('/') + relative);
    }
    void fillMany(const QByteArray &what)
    {
        QVERIFY(QDir(many()).removeRecursively());
        for (int i = 0; i < manyItems; ++i) {
            QVERIFY(QDir().mkpath(many(item(i))));
            writeFile(many(item(i) + QStringLiteral("/f")), what + QByteArray::number(i));
        }
    }
    // The test server: the account's ~/.bashrc is not read (bash reads it for an ssh command
    // only at shell level 1), so killing sshd leaves none of its state (a pyenv rehash lock)
    // behind to stall the logins after it.
    static SshdFixture::Options sshdOptions()
    {
        SshdFixture::Options options;
        options.extraConfig = QStringLiteral("SetEnv SHLVL=5\n");
        return options;
    }
    QString live(const QString &relative = QString()) const
    {
        return relative.isEmpty() ? tree(QStringLiteral("live/app"))
                                  : tree(QStringLiteral("live/app/") + relative);
    }

    RunResult dozor(QStringList args, const QByteArray &input = {})
    {
        args << QStringLiteral("--workspace") << m_workspace;
        return runDozorWith(args, dozorEnvironment(m_home.path()), input, 180'000);
    }

    QJsonObject preview(const QStringList &args, int expectedExit = 0)
    {
        const RunResult r =
            dozor(QStringList {QStringLiteral("restore"), QStringLiteral("preview")} + args
                + QStringList {QStringLiteral("--json"), QStringLiteral("--accept-new-host-keys")});
        if (r.exitCode != expectedExit)
            qWarning().noquote() << "exit" << r.exitCode << r.err << r.out.left(3000);
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }

    static QMap<QString, QString> changesOf(const QJsonObject &report)
    {
        QMap<QString, QString> out;
        for (const char *kind : {"create", "overwrite", "metadata", "delete", "unchanged"}) {
            for (const QJsonValue &v : report[QLatin1String(kind)].toArray())
                out.insert(v[QLatin1String("path")].toString(), QLatin1String(kind));
        }
        return out;
    }

    void makeLive()
    {
        const QDateTime old = m_backupTime.addDays(-3);
        QDir().mkpath(live(QStringLiteral("media")));
        QDir().mkpath(live(QStringLiteral("sub/deep")));
        QDir().mkpath(tree(QStringLiteral("backups")));
        QDir().mkpath(tree(QStringLiteral("snapshots")));
        writeFile(live(QStringLiteral("a.txt")), "one\n");
        writeFile(live(QStringLiteral("media/photo.jpg")), QByteArray(20'000, 'p'));
        writeFile(live(QStringLiteral("media/old.jpg")), QByteArray(3'000, 'o'));
        writeFile(live(QStringLiteral("name with space.txt")), "spaced\n");
        writeFile(live(QStringLiteral("line\nbreak.txt")), "newline in the name\n");
        writeFile(live(QStringLiteral("same-size.txt")), "AAAA");
        writeFile(live(QStringLiteral("touched.txt")), "same content");
        writeFile(live(QStringLiteral("mode.txt")), "mode");
        writeFile(live(QStringLiteral("owned.txt")), "owner");
        writeFile(live(QStringLiteral("sub/deep/file")), "deep");
        // A name restic and borg would read as a pattern (a character class, a regex).
        QDir().mkpath(live(oddName()));
        writeFile(live(oddName() + QStringLiteral("/f")), "odd");
        QVERIFY(QFile::link(QStringLiteral("a.txt"), live(QStringLiteral("link"))));
        QDirIterator it(live(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks,
            QDirIterator::Subdirectories);
        QStringList all;
        while (it.hasNext())
            all.prepend(it.next()); // children before their folders
        for (const QString &path : std::as_const(all))
            touch(path, old);
        QString error;
        QVERIFY2(run(QStringLiteral("sqlite3"),
                     {tree(QStringLiteral("live/db.sqlite3")),
                         QStringLiteral("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); "
                                        "INSERT INTO users(name) VALUES ('a'), ('b'), ('c'); "
                                        "CREATE TABLE orders(id INTEGER PRIMARY KEY);")},
                     &error),
            qPrintable(error));
    }

    // Restores the good site and kills Dozor once the swap is done, while the service's start
    // hangs (until the hang flag goes): an interrupted restore, its record on the server.
    void cutAfterTheSwap()
    {
        writeFile(hangFlag(), "");
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY),
            {QStringLiteral("restore"), QStringLiteral("run"), QStringLiteral("site"),
                QStringLiteral("site_1-good.tar.gz"), QStringLiteral("--yes"),
                QStringLiteral("--workspace"), m_workspace});
        const QString stateFile = tree(QStringLiteral("site/.www.dozor-restore"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(stateFile).contains("phase swapped"), 60'000);
        QVERIFY(signalProcess(run, SIGKILL));
        QVERIFY(run.waitForFinished());
    }

    void makeSite()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_sitePort = probe.serverPort();
        probe.close();
        QDir().mkpath(site(QStringLiteral("css")));
        QDir().mkpath(tree(QStringLiteral("site-backups")));
        QString error;
        const auto archive = [&](const QString &name, const QByteArray &page) {
            writeFile(site(QStringLiteral("index.html")), page);
            writeFile(site(QStringLiteral("css/site.css")), "body { color: " + page + " }");
            QVERIFY2(run(QStringLiteral("tar"),
                         {QStringLiteral("-C"), site(), QStringLiteral("-czf"),
                             tree(QStringLiteral("site-backups/") + name), QStringLiteral(".")},
                         &error),
                qPrintable(error));
        };
        archive(QStringLiteral("site_2-bad.tar.gz"), "bad page");
        archive(QStringLiteral("site_1-good.tar.gz"), "good page");
        writeFile(site(QStringLiteral("news.html")), "good news, live only");
        QProcess start;
        start.start(startCommand().constFirst(), startCommand().mid(1));
        QVERIFY(start.waitForFinished() && start.exitCode() == 0);
    }

    void makeBackups()
    {
        QString error;
        const QString when = stamp(m_backupTime);
        // Dozor's own archive layout: the live folder's whole path, from /.
        QVERIFY2(run(QStringLiteral("tar"),
                     {QStringLiteral("-C"), QStringLiteral("/"), QStringLiteral("-czf"),
                         tree(QStringLiteral("backups/full_%1.tar.gz").arg(when)),
                         QLatin1Char('.') + live()},
                     &error),
            qPrintable(error));
        QVERIFY2(
            run(QStringLiteral("cp"),
                {QStringLiteral("-a"), live(), tree(QStringLiteral("snapshots/") + when)}, &error),
            qPrintable(error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RESTIC_PASSWORD"), QString::fromUtf8(repoPassword));
        env.insert(QStringLiteral("BORG_PASSPHRASE"), QString::fromUtf8(repoPassword));
        env.insert(QStringLiteral("BORG_BASE_DIR"), m_home.filePath(QStringLiteral("borg-home")));
        const QString restic = tree(QStringLiteral("restic"));
        QVERIFY2(run(QStringLiteral("restic"),
                     {QStringLiteral("init"), QStringLiteral("-r"), restic, QStringLiteral("-q")},
                     &error, env),
            qPrintable(error));
        QVERIFY2(run(QStringLiteral("restic"),
                     {QStringLiteral("-r"), restic, QStringLiteral("backup"), QStringLiteral("-q"),
                         live()},
                     &error, env),
            qPrintable(error));
        const QString borg = tree(QStringLiteral("borg"));
        QVERIFY2(run(QStringLiteral("borg"),
                     {QStringLiteral("init"), QStringLiteral("--encryption=repokey"), borg}, &error,
                     env),
            qPrintable(error));
        QVERIFY2(
            run(QStringLiteral("borg"),
                {QStringLiteral("create"), borg + QStringLiteral("::app-1"), live()}, &error, env),
            qPrintable(error));
        fillMany("backup ");
        QVERIFY2(run(QStringLiteral("tar"),
                     {QStringLiteral("-C"), tree(QStringLiteral("many")), QStringLiteral("-czf"),
                         tree(QStringLiteral("backups/many_%1.tar.gz").arg(when)),
                         QStringLiteral("app")},
                     &error),
            qPrintable(error));
        fillMany("live ");
        // Files only, no folders ("find | tar -T -"), the folder's content at the top.
        QVERIFY2(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"),
                         QStringLiteral("cd \"$1\" && find . ! -type d -print0 | tar --null "
                                        "--no-recursion -T - -czf \"$2\""),
                         QStringLiteral("sh"), live(),
                         tree(QStringLiteral("backups/files_%1.tar.gz").arg(when))},
                     &error),
            qPrintable(error));
        QVERIFY(QFile::copy(tree(QStringLiteral("live/db.sqlite3")),
            tree(QStringLiteral("backups/db_%1.sqlite3").arg(when))));
        QVERIFY2(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("sqlite3 \"$1\" .dump | gzip > \"$2\""),
                         QStringLiteral("sh"), tree(QStringLiteral("live/db.sqlite3")),
                         tree(QStringLiteral("backups/dump_%1.sql.gz").arg(when))},
                     &error),
            qPrintable(error));
        // Hostile archives, made as an attacker would (Python's tarfile writes anything).
        QVERIFY2(run(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QStringLiteral(R"(
import io, sys, tarfile
def make(name, members):
    with tarfile.open(sys.argv[1] + '/' + name, 'w') as t:
        for m, data in members:
            t.addfile(m, io.BytesIO(data) if data is not None else None)
def f(name, data=b'x', mode=0o644):
    i = tarfile.TarInfo(name); i.size = len(data); i.mode = mode; return (i, data)
def l(name, target):
    i = tarfile.TarInfo(name); i.type = tarfile.SYMTYPE; i.linkname = target; return (i, None)
def dev(name):
    i = tarfile.TarInfo(name); i.type = tarfile.CHRTYPE; i.devmajor = 1; i.devminor = 3; return (i, None)
make('evil_1-absolute.tar', [f('app/ok'), f('/etc/dozor-evil')])
make('evil_2-dotdot.tar', [f('app/ok'), f('app/../../dozor-evil')])
make('evil_3-link.tar', [f('app/ok'), l('app/out', '/tmp'), f('app/out/dozor-evil')])
make('evil_4-device.tar', [f('app/ok'), dev('app/null')])
make('evil_5-setuid.tar', [f('app/ok'), f('app/su', b'#!/bin/sh', 0o4755)])
)"),
                         tree(QStringLiteral("backups"))},
                     &error),
            qPrintable(error));
        // A damaged archive: the good one cut in the middle.
        const QByteArray whole = readFile(tree(QStringLiteral("backups/full_%1.tar.gz").arg(when)));
        writeFile(
            tree(QStringLiteral("backups/cut_%1.tar.gz").arg(when)), whole.left(whole.size() / 2));
    }

    // The edits after the backups, and what a restore would do about each.
    void changeLive()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeFile(live(QStringLiteral("a.txt")), "changed, and longer\n");
        m_expected.insert(QStringLiteral("a.txt"), QStringLiteral("overwrite"));
        QVERIFY(QFile::remove(live(QStringLiteral("media/old.jpg"))));
        m_expected.insert(QStringLiteral("media/old.jpg"), QStringLiteral("create"));
        m_expected.insert(QStringLiteral("media"), QStringLiteral("metadata")); // its mtime
        writeFile(live(QStringLiteral("new.txt")), "only live");
        m_expected.insert(QStringLiteral("new.txt"), QStringLiteral("delete"));
        QVERIFY(QDir(live(QStringLiteral("sub/deep"))).removeRecursively());
        m_expected.insert(QStringLiteral("sub/deep"), QStringLiteral("create"));
        m_expected.insert(QStringLiteral("sub/deep/file"), QStringLiteral("create"));
        m_expected.insert(QStringLiteral("sub"), QStringLiteral("metadata"));
        writeFile(live(QStringLiteral("same-size.txt")), "BBBB"); // checksums decide
        m_expected.insert(QStringLiteral("same-size.txt"), QStringLiteral("overwrite"));
        touch(live(QStringLiteral("touched.txt")), now.addSecs(-60)); // checksums decide
        m_expected.insert(QStringLiteral("touched.txt"), QStringLiteral("metadata"));
        QVERIFY(QFile::setPermissions(
            live(QStringLiteral("mode.txt")), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        m_expected.insert(QStringLiteral("mode.txt"), QStringLiteral("metadata"));
        if (m_root) {
            QString error;
            QVERIFY2(run(QStringLiteral("chown"),
                         {QStringLiteral("nobody"), live(QStringLiteral("owned.txt"))}, &error),
                qPrintable(error));
        }
        m_expected.insert(QStringLiteral("owned.txt"),
            m_root ? QStringLiteral("metadata") : QStringLiteral("unchanged"));
        for (const char *same :
            {"media/photo.jpg", "name with space.txt", "line\nbreak.txt", "link"})
            m_expected.insert(QLatin1String(same), QStringLiteral("unchanged"));
        m_expected.insert(oddName(), QStringLiteral("unchanged"));
        m_expected.insert(oddName() + QStringLiteral("/f"), QStringLiteral("unchanged"));
        // The database goes on: one more user, one more table.
        QString error;
        QVERIFY2(run(QStringLiteral("sqlite3"),
                     {tree(QStringLiteral("live/db.sqlite3")),
                         QStringLiteral("INSERT INTO users(name) VALUES ('d'); CREATE TABLE "
                                        "later(x);")},
                     &error),
            qPrintable(error));
    }

    void writeWorkspace()
    {
        const QString backups = tree(QStringLiteral("backups"));
        using L = QLatin1String;
        const auto source = [&](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
            QJsonObject o;
            for (const auto &[key, value] : fields)
                o.insert(key, value);
            o.insert(QStringLiteral("target"), QStringLiteral("srv"));
            if (!o.contains(QStringLiteral("restore_to")))
                o.insert(QStringLiteral("restore_to"), live());
            return o;
        };
        const QJsonArray sources {
            source({{L("id"), L("full")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("full_*.tar.gz")}, {L("time_format"), L("full_%Y%m%d-%H%M%S")}}),
            source({{L("id"), L("filesonly")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("files_*.tar.gz")}, {L("time_format"), L("files_%Y%m%d-%H%M%S")}}),
            source({{L("id"), L("many")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("many_*.tar.gz")}, {L("restore_to"), many()}}),
            source({{L("id"), L("snapshots")}, {L("type"), L("files")},
                {L("path"), tree(QStringLiteral("snapshots"))}, {L("pattern"), L("2*")},
                {L("time_format"), L("%Y%m%d-%H%M%S")}}),
            source({{L("id"), L("offsite")}, {L("type"), L("restic")},
                {L("repository"), tree(QStringLiteral("restic"))}}),
            source({{L("id"), L("borg")}, {L("type"), L("borg")},
                {L("repository"), tree(QStringLiteral("borg"))}}),
            source({{L("id"), L("db")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("db_*.sqlite3")}, {L("time_format"), L("db_%Y%m%d-%H%M%S")},
                {L("restore_to"), tree(QStringLiteral("live/db.sqlite3"))}}),
            source({{L("id"), L("dumps")}, {L("type"), L("database")}, {L("path"), backups},
                {L("pattern"), L("dump_*.sql.gz")}}),
            source({{L("id"), L("evil")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("evil_*.tar")}}),
            source({{L("id"), L("cut")}, {L("type"), L("files")}, {L("path"), backups},
                {L("pattern"), L("cut_*.tar.gz")}}),
            source({{L("id"), L("site")}, {L("type"), L("files")},
                {L("path"), tree(QStringLiteral("site-backups"))},
                {L("pattern"), L("site_*.tar.gz")}, {L("restore_to"), site()},
                {L("post_check_timeout"), 10},
                {L("stop_command"), QJsonArray::fromStringList(stopCommand())},
                {L("start_command"), QJsonArray::fromStringList(startCommand())}}),
        };
        const QJsonArray checks {QJsonObject {{L("id"), L("site")}, {L("target"), L("srv")},
            {L("type"), L("http")}, {L("interval"), 30}, {L("timeout"), 5},
            {L("http"),
                QJsonObject {
                    {L("url"), QStringLiteral("http://127.0.0.1:%1/index.html").arg(m_sitePort)},
                    {L("keyword"), L("good")}}}}};
        const QJsonObject target {{L("id"), L("srv")},
            {L("ssh"),
                QJsonObject {{L("host"), L("127.0.0.1")}, {L("port"), m_sshd->port()},
                    {L("user"), SshdFixture::currentUser()}, {L("auth"), L("key")},
                    {L("key_file"), m_sshd->clientKey()}}}};
        const QJsonObject root {{L("schema"), 1}, {L("targets"), QJsonArray {target}},
            {L("checks"), checks}, {L("backups"), sources}};
        m_workspace = QDir(m_home.path()).filePath(QStringLiteral("ws.json"));
        writeFile(m_workspace, QJsonDocument(root).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_serverDir.isValid() && m_tree.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_serverDir.path());
        QVERIFY2(m_sshd->start(sshdOptions()), qPrintable(m_sshd->error()));
        makeLive();
        makeBackups();
        m_liveAtBackup = state(live());
        changeLive();
        makeSite();
        writeWorkspace();
        const RunResult valid = dozor({QStringLiteral("validate")});
        QVERIFY2(valid.exitCode == 0, QByteArray(valid.out + valid.err).constData());
        for (const char *source : {"offsite", "borg"}) {
            const RunResult set = dozor({QStringLiteral("secret"), QStringLiteral("set"),
                                            QStringLiteral("--backup"), QLatin1String(source)},
                repoPassword + '\n');
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }
        m_stateBefore = state(m_tree.path());
        QVERIFY(m_stateBefore.size() > 20);
    }

    // Each way of backing up the folder gives exactly the changes made since.
    void previewEqualsTheGroundTruth_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("root");
        QTest::addColumn<bool>("foldersListed");
        const QString full = live().mid(1);
        QTest::newRow("tar archive") << QStringLiteral("full") << full << true;
        QTest::newRow("tar archive of files only")
            << QStringLiteral("filesonly") << QString() << false;
        QTest::newRow("timestamped folder") << QStringLiteral("snapshots") << QString() << true;
        QTest::newRow("restic") << QStringLiteral("offsite") << full << true;
        QTest::newRow("borg") << QStringLiteral("borg") << full << true;
    }
    void previewEqualsTheGroundTruth()
    {
        QFETCH(QString, source);
        QFETCH(QString, root);
        QFETCH(bool, foldersListed);
        const QJsonObject report = preview({source});
        QCOMPARE(report[QLatin1String("error")], QJsonValue());
        QCOMPARE(report[QLatin1String("root")].toString(), root);
        const QMap<QString, QString> got = changesOf(report);
        // Folders the archive does not list are made again by extracting it: metadata only.
        QMap<QString, QString> expected = m_expected;
        if (!foldersListed)
            expected.insert(oddName(), QStringLiteral("metadata"));
        if (got != expected) {
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (got.value(it.key()) != it.value())
                    qWarning().noquote() << it.key() << "expected" << it.value() << "got"
                                         << got.value(it.key(), QStringLiteral("nothing"));
            }
            for (auto it = got.cbegin(); it != got.cend(); ++it) {
                if (!expected.contains(it.key()))
                    qWarning().noquote() << it.key() << "not expected, got" << it.value();
            }
        }
        QCOMPARE(got, expected);
        const QJsonObject counts = report[QLatin1String("counts")].toObject();
        QCOMPARE(counts[QLatin1String("create")].toInt(), 3);
        QCOMPARE(counts[QLatin1String("delete")].toInt(), 1);
        QCOMPARE(report[QLatin1String("blocked")].toBool(), false);
        QVERIFY(report[QLatin1String("free_bytes")].toDouble() > 0);
        // The live side of an overwritten file, as it is now.
        for (const QJsonValue &v : report[QLatin1String("overwrite")].toArray()) {
            if (v[QLatin1String("path")] == QLatin1String("a.txt")) {
                QCOMPARE(v[QLatin1String("live")][QLatin1String("size")].toInt(), 20);
                QCOMPARE(v[QLatin1String("backup")][QLatin1String("size")].toInt(), 4);
            }
        }
    }

    void partOfTheFolder()
    {
        const QJsonObject report = preview({QStringLiteral("full"), QStringLiteral("--path"),
            QStringLiteral("media"), QStringLiteral("--path"), live(QStringLiteral("sub/deep"))});
        QCOMPARE(changesOf(report),
            (QMap<QString, QString> {{QStringLiteral("media"), QStringLiteral("metadata")},
                {QStringLiteral("media/old.jpg"), QStringLiteral("create")},
                {QStringLiteral("media/photo.jpg"), QStringLiteral("unchanged")},
                {QStringLiteral("sub/deep"), QStringLiteral("create")},
                {QStringLiteral("sub/deep/file"), QStringLiteral("create")}}));
        const RunResult outside = dozor({QStringLiteral("restore"), QStringLiteral("preview"),
            QStringLiteral("full"), QStringLiteral("--path"), QStringLiteral("/etc")});
        QCOMPARE(outside.exitCode, 4);
        QVERIFY2(outside.err.contains("is not inside"), outside.err.constData());
        const RunResult missing = dozor({QStringLiteral("restore"), QStringLiteral("preview"),
            QStringLiteral("full"), QStringLiteral("--path"), QStringLiteral("new.txt")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("new.txt is not in this backup"), missing.err.constData());
    }

    void databaseTablesAndRows()
    {
        const QJsonObject report = preview({QStringLiteral("db")});
        QCOMPARE(report[QLatin1String("kind")].toString(), QStringLiteral("sqlite"));
        QJsonArray tables = report[QLatin1String("tables")].toArray();
        QCOMPARE(tables.size(), 3);
        const auto rows = [&](int i, const char *side) {
            return tables.at(i)[QLatin1String(side)];
        };
        QCOMPARE(tables.at(0)[QLatin1String("table")].toString(), QStringLiteral("later"));
        QCOMPARE(rows(0, "backup_rows"), QJsonValue());
        QCOMPARE(rows(0, "live_rows").toInt(), 0);
        QCOMPARE(tables.at(2)[QLatin1String("table")].toString(), QStringLiteral("users"));
        QCOMPARE(rows(2, "backup_rows").toInt(), 3);
        QCOMPARE(rows(2, "live_rows").toInt(), 4);

        const QJsonObject dump = preview({QStringLiteral("dumps")});
        QCOMPARE(dump[QLatin1String("kind")].toString(), QStringLiteral("dump"));
        const QStringList objects = dump[QLatin1String("objects")].toVariant().toStringList();
        QVERIFY2(objects.contains(QStringLiteral("TABLE users")), qPrintable(objects.join(u'|')));
        QVERIFY(objects.contains(QStringLiteral("TABLE orders")));
    }

    // Refused at the preview, in words, before anything could run.
    void maliciousArchivesAreBlocked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("absolute") << QStringLiteral("evil_1-absolute.tar")
                                  << QStringLiteral("/etc/dozor-evil")
                                  << QStringLiteral("an absolute path");
        QTest::newRow("dot dot") << QStringLiteral("evil_2-dotdot.tar")
                                 << QStringLiteral("../dozor-evil") << QStringLiteral("\"..\"");
        QTest::newRow("through a link")
            << QStringLiteral("evil_3-link.tar") << QStringLiteral("out/dozor-evil")
            << QStringLiteral("written through the link out");
        QTest::newRow("device") << QStringLiteral("evil_4-device.tar") << QStringLiteral("null")
                                << QStringLiteral("a device file");
        QTest::newRow("setuid") << QStringLiteral("evil_5-setuid.tar") << QStringLiteral("su")
                                << QStringLiteral("setuid");
    }
    void maliciousArchivesAreBlocked()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(QString, why);
        const QJsonObject report = preview({QStringLiteral("evil"), name}, 2);
        QVERIFY(report[QLatin1String("blocked")].toBool());
        bool found = false;
        for (const QJsonValue &f : report[QLatin1String("findings")].toArray()) {
            if (f[QLatin1String("path")].toString().endsWith(path)
                && f[QLatin1String("why")].toString().contains(why))
                found = true;
        }
        QVERIFY2(
            found, QJsonDocument(report[QLatin1String("findings")].toArray()).toJson().constData());
        // In words on the terminal too.
        const RunResult text = dozor(
            {QStringLiteral("restore"), QStringLiteral("preview"), QStringLiteral("evil"), name});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.contains("BLOCKED"), text.out.constData());
        // A restore of it is refused before anything runs: no record, nothing stopped.
        const RunResult restore = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("evil"), name, QStringLiteral("--yes")});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY2(restore.err.contains("blocks this restore"), restore.err.constData());
        QVERIFY(!QFile::exists(tree(QStringLiteral("live/.app.dozor-restore"))));
    }

    void truncatedArchiveIsRefused()
    {
        const RunResult r =
            dozor({QStringLiteral("restore"), QStringLiteral("preview"), QStringLiteral("cut")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("cannot read the backup") && r.err.contains("unexpected end"),
            r.err.constData());
    }

    // Nothing on the server changed: every file's bytes, size, mode, owner and mtime.
    void previewsChangedNothing()
    {
        const QMap<QString, QString> after = state(m_tree.path());
        for (auto it = m_stateBefore.cbegin(); it != m_stateBefore.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                qWarning().noquote() << it.key() << it.value() << "→" << after.value(it.key());
        }
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!m_stateBefore.contains(it.key()))
                qWarning().noquote() << "new:" << it.key();
        }
        QCOMPARE(after, m_stateBefore);
        QVERIFY(siteIsGood()); // the service the previews never touched still answers
    }

    // A restore gives the backup back: every file's bytes, mode, owner and time; the copy from
    // before is kept beside it; nothing of the restore's own is left.
    void restoreGivesTheBackupBack()
    {
        const RunResult plan =
            dozor({QStringLiteral("restore"), QStringLiteral("run"), QStringLiteral("full")});
        QCOMPARE(plan.exitCode, 3); // without --yes: the plan, nothing done
        QVERIFY2(plan.out.contains("Swap the restored copy in"), plan.out.constData());
        QCOMPARE(state(m_tree.path()), m_stateBefore);
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("full"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("Restored"), r.out.constData());
        QCOMPARE(state(live()), m_liveAtBackup);
        const QStringList beside =
            QDir(tree(QStringLiteral("live")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        // app, db.sqlite3, the safety copy and the record of this last restore
        QCOMPARE(beside.size(), 4);
        QVERIFY(beside.contains(QStringLiteral(".app.dozor-restored")));
        const QString safety = beside.filter(QStringLiteral(".dozor-safety-")).value(0);
        QVERIFY2(!safety.isEmpty(), qPrintable(beside.join(u' ')));
        QCOMPARE(readFile(tree(QStringLiteral("live/") + safety + QStringLiteral("/app/new.txt"))),
            QByteArray("only live"));
        const QJsonObject after = preview({QStringLiteral("full")});
        const QJsonObject counts = after[QLatin1String("counts")].toObject();
        for (const char *kind : {"create", "overwrite", "metadata", "delete"})
            QCOMPARE(counts[QLatin1String(kind)].toInt(), 0);
        QVERIFY(QDir(tree(QStringLiteral("live/") + safety)).removeRecursively());
    }

    // From restic; then that finished restore undone: the folder as it was before it, the
    // restored copy kept aside.
    void restoreFromResticThenRollBack()
    {
        writeFile(live(QStringLiteral("a.txt")), "changed again");
        QVERIFY(QFile::remove(live(QStringLiteral("media/photo.jpg"))));
        const QMap<QString, QString> before = state(live());
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("offsite"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(state(live()), m_liveAtBackup);

        const RunResult plan = dozor(
            {QStringLiteral("restore"), QStringLiteral("rollback"), QStringLiteral("offsite")});
        QCOMPARE(plan.exitCode, 3);
        QVERIFY2(plan.out.contains("The last restore of offsite") && plan.out.contains("finished"),
            plan.out.constData());
        QCOMPARE(state(live()), m_liveAtBackup);
        // The record edited to name another folder: refused, that folder untouched.
        const QString record = tree(QStringLiteral("live/.app.dozor-restored"));
        const QByteArray good = readFile(record);
        const QByteArray base = "\nbase " + tree(QStringLiteral("live")).toUtf8() + '\n';
        QVERIFY(good.contains(base));
        QVERIFY(QDir().mkpath(tree(QStringLiteral("victim/app"))));
        writeFile(tree(QStringLiteral("victim/app/data")), "precious");
        writeFile(record,
            QByteArray(good).replace(
                base, QByteArray("\nbase " + tree(QStringLiteral("victim")).toUtf8() + '\n')));
        const RunResult refused = dozor({QStringLiteral("restore"), QStringLiteral("rollback"),
            QStringLiteral("offsite"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QByteArray("which is not " + live().toUtf8())),
            refused.err.constData());
        QCOMPARE(readFile(tree(QStringLiteral("victim/app/data"))), QByteArray("precious"));
        QVERIFY(QDir(tree(QStringLiteral("victim"))).removeRecursively());
        // ... or a folder beside it to be moved aside with it: refused too.
        writeFile(record, QByteArray(good).replace("\nphase ", "\naside app-other\nphase "));
        const RunResult aside = dozor({QStringLiteral("restore"), QStringLiteral("rollback"),
            QStringLiteral("offsite"), QStringLiteral("--yes")});
        QCOMPARE(aside.exitCode, 4);
        QVERIFY2(aside.err.contains("does not move: app, app-other"), aside.err.constData());
        writeFile(record, good);
        const RunResult resume =
            dozor({QStringLiteral("restore"), QStringLiteral("resume"), QStringLiteral("offsite")});
        QCOMPARE(resume.exitCode, 4);
        QVERIFY2(resume.err.contains("nothing to finish"), resume.err.constData());
        const RunResult back = dozor({QStringLiteral("restore"), QStringLiteral("rollback"),
            QStringLiteral("offsite"), QStringLiteral("--yes")});
        QVERIFY2(back.exitCode == 0, QByteArray(back.out + back.err).constData());
        QCOMPARE(state(live()), before);
        const QStringList beside =
            QDir(tree(QStringLiteral("live")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(beside.size(), 3); // app, db.sqlite3 and what the restore had put in place
        const QString failed = beside.filter(QStringLiteral(".app.dozor-failed-")).value(0);
        QVERIFY2(!failed.isEmpty(), qPrintable(beside.join(u' ')));
        QCOMPARE(readFile(tree(QStringLiteral("live/") + failed + QStringLiteral("/app/a.txt"))),
            QByteArray("one\n"));
        QVERIFY(QDir(tree(QStringLiteral("live/") + failed)).removeRecursively());
        // Nothing more to roll back.
        const RunResult again = dozor({QStringLiteral("restore"), QStringLiteral("rollback"),
            QStringLiteral("offsite"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains("no restore is under way there"), again.err.constData());
    }

    // An archive without folder entries: the folders made by extracting it, every file back
    // byte for byte with its mode, owner and time.
    void restoreFromAnArchiveOfFilesOnly()
    {
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("filesonly"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const auto files = [](const QMap<QString, QString> &all) {
            QMap<QString, QString> out;
            for (auto it = all.cbegin(); it != all.cend(); ++it)
                out.insert(it.key(),
                    it.value().startsWith(QLatin1String("d ")) ? QStringLiteral("d") : it.value());
            return out;
        };
        QCOMPARE(files(state(live())), files(m_liveAtBackup));
    }

    // One folder whose name restic and borg read as a pattern, restored alone: that folder,
    // nothing else.
    void restoreAnOddNameAlone_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("restic") << QStringLiteral("offsite");
        QTest::newRow("borg") << QStringLiteral("borg");
    }
    void restoreAnOddNameAlone()
    {
        QFETCH(QString, source);
        QVERIFY(QFile::remove(live(oddName() + QStringLiteral("/f"))));
        writeFile(live(QStringLiteral("a.txt")), "not restored");
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"), source,
            QStringLiteral("--path"), oddName(), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(readFile(live(oddName() + QStringLiteral("/f"))), QByteArray("odd"));
        QCOMPARE(readFile(live(QStringLiteral("a.txt"))), QByteArray("not restored"));
        writeFile(live(QStringLiteral("a.txt")), "one\n");
        touch(live(QStringLiteral("a.txt")), m_backupTime.addDays(-3));
    }

    void restoreSqlite()
    {
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("db"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QProcess q;
        q.start(QStringLiteral("sqlite3"),
            {tree(QStringLiteral("live/db.sqlite3")),
                QStringLiteral("PRAGMA integrity_check; SELECT count(*) FROM users; SELECT "
                               "count(*) FROM sqlite_master WHERE name = 'later';")});
        QVERIFY(q.waitForFinished());
        QCOMPARE(q.readAllStandardOutput(), QByteArray("ok\n3\n0\n"));
    }

    // Checks that passed before and fail after: everything is put back, the service runs again.
    void failingChecksRollBack()
    {
        QVERIFY(siteIsGood());
        m_siteBefore = state(site());
        const RunResult r = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("site"), QStringLiteral("site_2-bad.tar.gz"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("put back"), r.err.constData());
        QCOMPARE(state(site()), m_siteBefore);
        QTRY_VERIFY_WITH_TIMEOUT(siteIsGood(), 20'000); // (its start returns before it listens)
        // Beside the site: only what the restore had put in place, kept (never deleted).
        const QStringList beside =
            QDir(tree(QStringLiteral("site")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(beside.size(), 3);
        const QString failed = beside.filter(QStringLiteral(".www.dozor-failed-")).value(0);
        QVERIFY2(!failed.isEmpty(), qPrintable(beside.join(u' ')));
        QCOMPARE(
            readFile(tree(QStringLiteral("site/") + failed + QStringLiteral("/www/index.html"))),
            QByteArray("bad page"));
        QVERIFY(QDir(tree(QStringLiteral("site/") + failed)).removeRecursively());
    }

    // Dozor killed after the swap, while the service starts: the next run refuses, names the
    // interrupted job, and the rollback leaves the site as it was, running.
    void interruptedRestoreRollsBack()
    {
        cutAfterTheSwap();
        if (QTest::currentTestFailed())
            return;
        const QString stateFile = tree(QStringLiteral("site/.www.dozor-restore"));
        QVERIFY(!siteIsGood()); // stopped for the restore
        QVERIFY(QFile::remove(hangFlag()));
        const RunResult again = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("site"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains("was interrupted") && again.err.contains("dozor restore resume")
                && again.err.contains("resume or roll it back first"),
            again.err.constData());
        const RunResult rollback = dozor({QStringLiteral("restore"), QStringLiteral("rollback"),
            QStringLiteral("site"), QStringLiteral("--yes")});
        QVERIFY2(rollback.exitCode == 0, QByteArray(rollback.out + rollback.err).constData());
        QCOMPARE(state(site()), m_siteBefore);
        QVERIFY(!QFile::exists(stateFile));
        QTRY_VERIFY_WITH_TIMEOUT(siteIsGood(), 20'000);
    }

    // sshd killed (with everything it ran) in the middle of a swap of many items: Dozor says the
    // server needs a look; once sshd is back the next run names the interrupted restore, and
    // both the rollback and the resume end in a consistent folder.
    void sshdKilledMidSwap_data()
    {
        QTest::addColumn<bool>("resume");
        QTest::newRow("rolled back") << false;
        QTest::newRow("resumed") << true;
    }
    void sshdKilledMidSwap()
    {
        QFETCH(bool, resume);
        fillMany("live ");
        QDir beside(tree(QStringLiteral("many")));
        for (const QString &left : beside.entryList(
                 {QStringLiteral(".app.dozor-*")}, QDir::Dirs | QDir::Files | QDir::Hidden))
            QVERIFY(QDir(beside.filePath(left)).removeRecursively() || beside.remove(left));
        const QMap<QString, QString> before = state(many());
        QStringList args {QStringLiteral("restore"), QStringLiteral("run"), QStringLiteral("many"),
            QStringLiteral("--yes"), QStringLiteral("--workspace"), m_workspace};
        for (int i = 0; i < manyItems; ++i)
            args << QStringLiteral("--path") << item(i);
        QProcess run;
        run.setProcessEnvironment(dozorEnvironment(m_home.path()));
        run.start(QStringLiteral(DOZOR_BINARY), args);
        const QString stateFile = beside.filePath(QStringLiteral(".app.dozor-restore"));
        const auto movedIn = [&] { return int(readFile(stateFile).count("\nin ")); };
        QElapsedTimer clock;
        clock.start();
        while (movedIn() < 5 && clock.elapsed() < 120'000 && !run.waitForFinished(2)) { }
        m_sshd->kill();
        const int atCut = movedIn();
        QVERIFY2(atCut >= 5 && atCut < manyItems,
            qPrintable(
                QStringLiteral("%1 of %2 items moved in at the cut").arg(atCut).arg(manyItems)));
        QVERIFY(run.waitForFinished(180'000));
        const QByteArray err = run.readAllStandardError();
        QCOMPARE(run.exitCode(), 4);
        QVERIFY2(err.contains("dozor restore rollback many"), err.constData());
        QVERIFY2(m_sshd->start(sshdOptions()), qPrintable(m_sshd->error())); // the same port
        const RunResult again = dozor({QStringLiteral("restore"), QStringLiteral("run"),
            QStringLiteral("many"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains("resume or roll it back first"), again.err.constData());
        const RunResult recover = dozor({QStringLiteral("restore"),
            resume ? QStringLiteral("resume") : QStringLiteral("rollback"), QStringLiteral("many"),
            QStringLiteral("--yes")});
        QVERIFY2(recover.exitCode == 0, QByteArray(recover.out + recover.err).constData());
        QVERIFY(!QFile::exists(stateFile));
        QVERIFY(beside.entryList({QStringLiteral(".app.dozor-stage-*")}, QDir::Dirs | QDir::Hidden)
                    .isEmpty());
        if (!resume) {
            QCOMPARE(state(many()), before);
            return;
        }
        const QStringList safety =
            beside.entryList({QStringLiteral(".app.dozor-safety-*")}, QDir::Dirs | QDir::Hidden);
        QCOMPARE(safety.size(), 1);
        QCOMPARE(QDir(many()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), manyItems);
        for (int i = 0; i < manyItems; ++i) {
            QCOMPARE(
                readFile(many(item(i) + QStringLiteral("/f"))), "backup " + QByteArray::number(i));
            QCOMPARE(readFile(beside.filePath(
                         safety.constFirst() + QLatin1Char('/') + item(i) + QStringLiteral("/f"))),
                "live " + QByteArray::number(i));
        }
    }

    // A path restored alone under a folder that is a link live: blocked at the preview, and
    // the folder the link points to untouched.
    void pathUnderALinkIsBlocked()
    {
        QVERIFY(QDir(many(item(7))).removeRecursively());
        QVERIFY(QDir().mkpath(tree(QStringLiteral("elsewhere"))));
        writeFile(tree(QStringLiteral("elsewhere/f")), "not the restore's");
        QVERIFY(QFile::link(tree(QStringLiteral("elsewhere")), many(item(7))));
        const QStringList args {
            QStringLiteral("many"), QStringLiteral("--path"), item(7) + QStringLiteral("/f")};
        const RunResult preview =
            dozor(QStringList {QStringLiteral("restore"), QStringLiteral("preview")} + args);
        QCOMPARE(preview.exitCode, 2);
        QVERIFY2(preview.out.contains("not a folder in the live folder"), preview.out.constData());
        const RunResult run = dozor(QStringList {QStringLiteral("restore"), QStringLiteral("run")}
            + args + QStringList {QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readFile(tree(QStringLiteral("elsewhere/f"))), QByteArray("not the restore's"));
        QVERIFY(QFile::remove(many(item(7))));
        QVERIFY(QDir(tree(QStringLiteral("elsewhere"))).removeRecursively());
    }

    void unknownIncidentIsRefused()
    {
        const RunResult r =
            dozor({QStringLiteral("restore"), QStringLiteral("run"), QStringLiteral("site"),
                QStringLiteral("--incident"), QStringLiteral("nosuch"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("there is no incident nosuch"), r.err.constData());
    }

    // The same cut, finished instead: the good site in place and running, the copy from
    // before kept.
    void interruptedRestoreResumes()
    {
        cutAfterTheSwap();
        if (QTest::currentTestFailed())
            return;
        const QString stateFile = tree(QStringLiteral("site/.www.dozor-restore"));
        QVERIFY(QFile::remove(hangFlag()));
        const RunResult plan =
            dozor({QStringLiteral("restore"), QStringLiteral("resume"), QStringLiteral("site")});
        QCOMPARE(plan.exitCode, 3);
        QVERIFY2(plan.out.contains("Swap the restored copy in"), plan.out.constData());
        const RunResult resume = dozor({QStringLiteral("restore"), QStringLiteral("resume"),
            QStringLiteral("site"), QStringLiteral("--yes")});
        QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
        QCOMPARE(readFile(site(QStringLiteral("index.html"))), QByteArray("good page"));
        QVERIFY(!QFile::exists(site(QStringLiteral("news.html"))));
        QVERIFY(!QFile::exists(stateFile));
        QTRY_VERIFY_WITH_TIMEOUT(siteIsGood(), 20'000);
        const QStringList safety =
            QDir(tree(QStringLiteral("site")))
                .entryList({QStringLiteral(".www.dozor-safety-*")}, QDir::Dirs | QDir::Hidden);
        QCOMPARE(safety.size(), 1);
        QCOMPARE(readFile(tree(QStringLiteral("site/") + safety.constFirst()
                     + QStringLiteral("/www/news.html"))),
            QByteArray("good news, live only"));
    }

    void cleanupTestCase()
    {
        QProcess stop;
        stop.start(stopCommand().constFirst(), stopCommand().mid(1));
        stop.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
