// What a restore would change, compared in app/core: the tree listing read from a real find
// run here, the five kinds of change against a ground truth, checksums settling same-size
// files, the safety findings that block a restore, and hostile listings (never a crash,
// problems in words).
#include "core/DatabasePreview.h"
#include "core/RestorePreview.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace dozor;

namespace {
TreeEntry entry(const QString &path, char type = 'f', qint64 size = 10, qint64 mtime = 1000,
    quint32 mode = 0644, const QString &owner = QStringLiteral("www-data"))
{
    TreeEntry e;
    e.path = path;
    e.type = type;
    e.size = type == 'f' ? size : 0;
    e.mtimeSec = mtime;
    e.mode = mode;
    e.owner = owner;
    e.group = owner;
    return e;
}

TreeEntry link(const QString &path, const QString &target)
{
    TreeEntry e = entry(path, 'l', 0, 1000, 0777);
    e.linkTarget = target;
    return e;
}

QHash<QString, RestoreChange> changes(const RestorePreviewResult &r)
{
    QHash<QString, RestoreChange> out;
    for (const PreviewItem &i : r.items)
        out.insert(i.path, i.change);
    return out;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The tree at root as find lists it on a server.
// GNU tar's listing of an archive, as the preview has it made (in UTC).
TreeListing tarListing(const QString &archive)
{
    QProcess tar;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    tar.setProcessEnvironment(env);
    tar.start(QStringLiteral("tar"),
        {QStringLiteral("-tv"), QStringLiteral("--full-time"), QStringLiteral("-f"), archive});
    if (!tar.waitForFinished() || tar.exitCode() != 0)
        return {};
    return RestoreTree::readTar(tar.readAllStandardOutput());
}

TreeListing listTree(const QString &root)
{
    QProcess find;
    find.start(QStringLiteral("find"),
        {root, QStringLiteral("-mindepth"), QStringLiteral("1"), QStringLiteral("-printf"),
            QString::fromLatin1(RestoreTree::findFormat())});
    find.waitForFinished();
    return RestoreTree::readFind(find.readAllStandardOutput());
}

QStringList findingPaths(const QList<SafetyFinding> &findings)
{
    QStringList out;
    for (const SafetyFinding &f : findings)
        out.append(f.path);
    return out;
}
} // namespace

class TestRestorePreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The format as find (GNU findutils) prints it, for names with spaces and a newline, a
    // folder, a link, an empty file and modes.
    void realFindListingIsRead()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("media/2026")));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(root.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("settings.py"), "DEBUG = False\n");
        write(QStringLiteral("media/2026/a photo\nwith a newline.jpg"), QByteArray(3000, 'p'));
        write(QStringLiteral("empty"), QByteArray());
        QVERIFY(QFile::setPermissions(root.filePath(QStringLiteral("settings.py")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(QFile::link(
            QStringLiteral("../settings.py"), root.filePath(QStringLiteral("media/cfg"))));
        const TreeListing l = listTree(root.path());
        QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.join(u'\n')));
        QHash<QString, TreeEntry> byPath;
        for (const TreeEntry &e : l.entries)
            byPath.insert(e.path, e);
        QCOMPARE(byPath.size(), 6);
        QCOMPARE(byPath.value(QStringLiteral("settings.py")).mode, 0640u);
        QCOMPARE(byPath.value(QStringLiteral("settings.py")).size, 14);
        QCOMPARE(byPath.value(QStringLiteral("media/2026")).type, 'd');
        const TreeEntry photo =
            byPath.value(QStringLiteral("media/2026/a photo\nwith a newline.jpg"));
        QCOMPARE(photo.size, 3000);
        QCOMPARE(photo.mtimeSec,
            QFileInfo(root.filePath(QStringLiteral("media/2026/a photo\nwith a newline.jpg")))
                .lastModified()
                .toSecsSinceEpoch());
        QVERIFY(!photo.owner.isEmpty());
        QCOMPARE(byPath.value(QStringLiteral("media/cfg")).type, 'l');
        QCOMPARE(
            byPath.value(QStringLiteral("media/cfg")).linkTarget, QStringLiteral("../settings.py"));
        QCOMPARE(byPath.value(QStringLiteral("empty")).size, 0);
        QVERIFY(RestoreTree::safetyFindings(l).isEmpty());
    }

    // A real archive (tar, gzip) of a real tree, listed by GNU tar, against the tree listed by
    // find: nothing to change; then the tree is edited and the preview says exactly how.
    void archiveOfATreeComparedWithTheTree()
    {
        QTemporaryDir root, place;
        QVERIFY(root.isValid() && place.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("media")));
        const auto write = [&](const QString &name, const QByteArray &bytes, bool append = false) {
            QFile f(root.filePath(name));
            QVERIFY(f.open(append ? QIODevice::Append : QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QString photo = QStringLiteral("media/a photo\nwith a newline.jpg");
        const QString odd = QStringLiteral("back\\slash -> not a link");
        write(QStringLiteral("settings.py"), "DEBUG = False\n");
        write(photo, QByteArray(3000, 'p'));
        write(odd, "x");
        QVERIFY(QFile::link(
            QStringLiteral("../settings.py"), root.filePath(QStringLiteral("media/cfg"))));
        QVERIFY(::link(QFile::encodeName(root.filePath(QStringLiteral("settings.py"))).constData(),
                    QFile::encodeName(root.filePath(QStringLiteral("copy"))).constData())
            == 0);
        const QString archive = place.filePath(QStringLiteral("full.tar.gz"));
        QVERIFY(run(QStringLiteral("tar"),
            {QStringLiteral("-C"), root.path(), QStringLiteral("-czf"), archive,
                QStringLiteral(".")}));
        const TreeListing inArchive = tarListing(archive);
        QVERIFY2(inArchive.problems.isEmpty(), qPrintable(inArchive.problems.join(u'\n')));
        QCOMPARE(inArchive.entries.size(), 6);

        RestorePreviewResult same = RestoreTree::compare(inArchive, listTree(root.path()), true);
        QCOMPARE(same.items.size(), 6);
        QCOMPARE(same.count(RestoreChange::Unchanged), 6);
        QVERIFY(same.findings.isEmpty());

        write(QStringLiteral("settings.py"), "DEBUG = True\n", true); // copy is the same file
        QVERIFY(QFile::setPermissions(root.filePath(photo), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::remove(root.filePath(odd)));
        write(QStringLiteral("extra.log"), "live only");
        const RestorePreviewResult edited =
            RestoreTree::compare(inArchive, listTree(root.path()), true);
        const QHash<QString, RestoreChange> expected {
            {QStringLiteral("settings.py"), RestoreChange::Overwrite},
            {QStringLiteral("copy"), RestoreChange::Overwrite},
            {photo, RestoreChange::MetadataOnly}, {odd, RestoreChange::Create},
            {QStringLiteral("extra.log"), RestoreChange::Delete},
            {QStringLiteral("media"), RestoreChange::Unchanged},
            {QStringLiteral("media/cfg"), RestoreChange::Unchanged}};
        QCOMPARE(changes(edited), expected);
    }

    // An archive of files only ("find -type f | tar -T -"): the folders it holds them in are
    // made by extracting it, so they are restored (metadata only), never deleted.
    void foldersAnArchiveDoesNotListAreImplied()
    {
        QTemporaryDir root, place;
        QVERIFY(root.isValid() && place.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("media/2026/12")));
        for (const char *name : {"media/2026/12/a.jpg", "settings.py"}) {
            QFile f(root.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name);
        }
        const QString archive = place.filePath(QStringLiteral("files.tar"));
        QVERIFY(run(QStringLiteral("tar"),
            {QStringLiteral("-C"), root.path(), QStringLiteral("--no-recursion"),
                QStringLiteral("-cf"), archive, QStringLiteral("media/2026/12/a.jpg"),
                QStringLiteral("settings.py")}));
        const TreeListing inArchive = tarListing(archive);
        QVERIFY2(inArchive.problems.isEmpty(), qPrintable(inArchive.problems.join(u'\n')));
        QCOMPARE(inArchive.entries.size(), 5);
        const RestorePreviewResult preview =
            RestoreTree::compare(inArchive, listTree(root.path()), true);
        const QHash<QString, RestoreChange> expected {
            {QStringLiteral("media"), RestoreChange::MetadataOnly},
            {QStringLiteral("media/2026"), RestoreChange::MetadataOnly},
            {QStringLiteral("media/2026/12"), RestoreChange::MetadataOnly},
            {QStringLiteral("media/2026/12/a.jpg"), RestoreChange::Unchanged},
            {QStringLiteral("settings.py"), RestoreChange::Unchanged}};
        QCOMPARE(changes(preview), expected);
        // Against an empty folder, made; a path leaving the folder implies no folders.
        QCOMPARE(
            RestoreTree::compare(inArchive, TreeListing(), true).count(RestoreChange::Create), 5);
        const TreeListing hostile =
            RestoreTree::readTar("-rw-r--r-- root/root 1 2026-12-05 10:00:00 ../../etc/cron.d/x\n");
        QCOMPARE(hostile.entries.size(), 1);
    }

    void compareGivesEachKindOfChange()
    {
        TreeListing backup, live;
        backup.entries = {entry(QStringLiteral("new.txt"), 'f', 5),
            entry(QStringLiteral("grown.txt"), 'f', 20), entry(QStringLiteral("same.txt")),
            entry(QStringLiteral("mode.txt"), 'f', 10, 1000, 0600),
            entry(QStringLiteral("owner.txt"), 'f', 10, 1000, 0644, QStringLiteral("root")),
            entry(QStringLiteral("touched.txt"), 'f', 10, 2000),
            entry(QStringLiteral("edited.txt"), 'f', 10, 2000),
            entry(QStringLiteral("was-a-folder"), 'f', 7), entry(QStringLiteral("media"), 'd'),
            link(QStringLiteral("current"), QStringLiteral("releases/2")),
            link(QStringLiteral("same-link"), QStringLiteral("a"))};
        live.entries = {entry(QStringLiteral("grown.txt"), 'f', 10),
            entry(QStringLiteral("same.txt")), entry(QStringLiteral("mode.txt")),
            entry(QStringLiteral("owner.txt")), entry(QStringLiteral("touched.txt")),
            entry(QStringLiteral("edited.txt")), entry(QStringLiteral("was-a-folder"), 'd'),
            entry(QStringLiteral("media"), 'd', 0, 5000),
            link(QStringLiteral("current"), QStringLiteral("releases/3")),
            link(QStringLiteral("same-link"), QStringLiteral("a")),
            entry(QStringLiteral("only-live.log"), 'f', 99)};
        RestorePreviewResult r = RestoreTree::compare(backup, live, true);
        const QHash<QString, RestoreChange> expected {
            {QStringLiteral("new.txt"), RestoreChange::Create},
            {QStringLiteral("grown.txt"), RestoreChange::Overwrite},
            {QStringLiteral("same.txt"), RestoreChange::Unchanged},
            {QStringLiteral("mode.txt"), RestoreChange::MetadataOnly},
            {QStringLiteral("owner.txt"), RestoreChange::MetadataOnly},
            {QStringLiteral("touched.txt"), RestoreChange::Overwrite},
            {QStringLiteral("edited.txt"), RestoreChange::Overwrite},
            {QStringLiteral("was-a-folder"), RestoreChange::Overwrite},
            {QStringLiteral("media"), RestoreChange::MetadataOnly},
            {QStringLiteral("current"), RestoreChange::Overwrite},
            {QStringLiteral("same-link"), RestoreChange::Unchanged},
            {QStringLiteral("only-live.log"), RestoreChange::Delete}};
        QCOMPARE(changes(r), expected);
        QCOMPARE(r.items.constFirst().path, QStringLiteral("current")); // sorted by path
        QCOMPARE(r.needingChecksums(),
            (QStringList {QStringLiteral("edited.txt"), QStringLiteral("touched.txt")}));
        QCOMPARE(r.bytesToWrite, 5 + 20 + 10 + 10 + 7);
        // Same digest: only its time differs; another digest (or none): its content does.
        RestoreTree::applyChecksums(r,
            {{QStringLiteral("touched.txt"), "aa"}, {QStringLiteral("edited.txt"), "bb"}},
            {{QStringLiteral("touched.txt"), "aa"}, {QStringLiteral("edited.txt"), "cc"}});
        QCOMPARE(changes(r).value(QStringLiteral("touched.txt")), RestoreChange::MetadataOnly);
        QCOMPARE(changes(r).value(QStringLiteral("edited.txt")), RestoreChange::Overwrite);
        QVERIFY(r.needingChecksums().isEmpty());
        QCOMPARE(r.bytesToWrite, 5 + 20 + 10 + 7);
        QCOMPARE(r.count(RestoreChange::Create), 1);
        QCOMPARE(r.count(RestoreChange::Overwrite), 4);
        QCOMPARE(r.count(RestoreChange::MetadataOnly), 4);
        QCOMPARE(r.count(RestoreChange::Delete), 1);
        QCOMPARE(r.count(RestoreChange::Unchanged), 2);
        // A restore into the folder (not replacing it) deletes nothing and does not list what
        // it leaves alone.
        const RestorePreviewResult into = RestoreTree::compare(backup, live, false);
        QCOMPARE(into.count(RestoreChange::Delete), 0);
        QVERIFY(!changes(into).contains(QStringLiteral("only-live.log")));
        // A path an archive holds twice: the last one is what extraction leaves.
        TreeListing twice;
        twice.entries = {
            entry(QStringLiteral("same.txt"), 'f', 3), entry(QStringLiteral("same.txt"))};
        const RestorePreviewResult last = RestoreTree::compare(twice, live, false);
        QCOMPARE(changes(last).value(QStringLiteral("same.txt")), RestoreChange::Unchanged);
        QCOMPARE(last.items.size(), 1);
    }

    void unsafeEntriesAreFindings()
    {
        TreeListing backup;
        backup.entries = {entry(QStringLiteral("/etc/passwd")), entry(QStringLiteral("a/../../x")),
            entry(QStringLiteral("dev/sda"), 'b'),
            entry(QStringLiteral("bin/su"), 'f', 10, 1000, 04755),
            entry(QStringLiteral("bin/wall"), 'f', 10, 1000, 02755),
            entry(QStringLiteral("shared"), 'd', 0, 1000, 02775),
            link(QStringLiteral("abs"), QStringLiteral("/etc/shadow")),
            link(QStringLiteral("a/up"), QStringLiteral("../../secret")),
            link(QStringLiteral("a/b/fine"), QStringLiteral("../../c/./d")),
            link(QStringLiteral("a/sneaky"), QStringLiteral("x/../../../y")),
            entry(QStringLiteral("plain.txt"))};
        const QList<SafetyFinding> findings = RestoreTree::safetyFindings(backup);
        QCOMPARE(findingPaths(findings),
            (QStringList {QStringLiteral("/etc/passwd"), QStringLiteral("a/../../x"),
                QStringLiteral("dev/sda"), QStringLiteral("bin/su"), QStringLiteral("bin/wall"),
                QStringLiteral("abs"), QStringLiteral("a/up"), QStringLiteral("a/sneaky")}));
        QVERIFY(findings.at(3).why.contains(QLatin1String("setuid")));
        QVERIFY(findings.at(5).why.contains(QLatin1String("/etc/shadow")));
        // A link out, then a file written through it.
        TreeListing through;
        through.entries = {link(QStringLiteral("out"), QStringLiteral("/etc")),
            entry(QStringLiteral("out/cron.d/job")), entry(QStringLiteral("outside.txt"))};
        QCOMPARE(findingPaths(RestoreTree::safetyFindings(through)),
            (QStringList {QStringLiteral("out"), QStringLiteral("out/cron.d/job")}));
        // compare() carries them.
        QCOMPARE(RestoreTree::compare(backup, TreeListing {}, false).findings.size(), 8);
    }

    void hostileListingsAreNamedNotCrashed()
    {
        const QByteArray broken("garbage\0\0f 0644 -5 1.0 u g neg\0\0f 0999 1 1.0 u g badmode\0\0"
                                "f 0644 1 nan u g nan\0\0f 0644 1 1e300 u g future\0\0"
                                "ff 0644 1 1.0 u g twochars\0\0f 0644 1 1.0 u g \0\0"
                                "f 0644 3 1796430000.5 u g ok\0\0f 0644 1 1.0 u g cut",
            sizeof("garbage\0\0f 0644 -5 1.0 u g neg\0\0f 0999 1 1.0 u g badmode\0\0"
                   "f 0644 1 nan u g nan\0\0f 0644 1 1e300 u g future\0\0"
                   "ff 0644 1 1.0 u g twochars\0\0f 0644 1 1.0 u g \0\0"
                   "f 0644 3 1796430000.5 u g ok\0\0f 0644 1 1.0 u g cut")
                - 1);
        const TreeListing l = RestoreTree::readFind(broken);
        QCOMPARE(l.entries.size(), 1);
        QCOMPARE(l.entries.constFirst().path, QStringLiteral("ok"));
        QCOMPARE(l.entries.constFirst().mtimeSec, 1796430000);
        QCOMPARE(l.problems.size(), 8);
        QVERIFY(l.problems.constLast().startsWith(QLatin1String("the listing ends in the middle")));
        QVERIFY(RestoreTree::readFind(QByteArray()).entries.isEmpty());
        // Random bytes, NULs among them: whatever is read, nothing breaks.
        QRandomGenerator random(11);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(random.bounded(400), Qt::Uninitialized);
            for (char &c : bytes)
                c = "f 0644 1.\0/ab"[random.bounded(13)];
            const TreeListing any = RestoreTree::readFind(bytes);
            RestoreTree::compare(any, any, true);
        }
    }

    // Which folder of a backup goes to restore_to: its whole path (Dozor's archives, restic),
    // an end of it holding everything (borg from a parent folder, "tar -C /srv app"), or the
    // top; what lies elsewhere is counted, and paths leaving the folder are findings.
    void theBackupsFolderForRestoreToIsFound()
    {
        const auto listing = [](const QStringList &paths) {
            TreeListing l;
            for (const QString &p : paths)
                l.entries.append(entry(p, p.endsWith(QLatin1Char('d')) ? 'd' : 'f'));
            return l;
        };
        const auto paths = [](const RestoreTree::RootedListing &r) {
            QStringList out;
            for (const TreeEntry &e : r.listing.entries)
                out.append(e.path);
            return out;
        };
        const QString to = QStringLiteral("/srv/app/");
        // The whole path, with its parents (restic) and other paths beside it.
        auto r = RestoreTree::rootAt(
            listing({QStringLiteral("srv"), QStringLiteral("srv/app"), QStringLiteral("srv/app/a"),
                QStringLiteral("srv/app/m/b"), QStringLiteral("etc/nginx/site"),
                QStringLiteral("/abs"), QStringLiteral("../up")}),
            to);
        QCOMPARE(r.root, QStringLiteral("srv/app"));
        QCOMPARE(paths(r), (QStringList {QStringLiteral("a"), QStringLiteral("m/b")}));
        QCOMPARE(r.outside, 3);
        QCOMPARE(findingPaths(r.outsideFindings),
            (QStringList {QStringLiteral("/abs"), QStringLiteral("../up")}));
        // Only the folder's name at the top.
        r = RestoreTree::rootAt(
            listing({QStringLiteral("app"), QStringLiteral("app/a"), QStringLiteral("app/b")}), to);
        QCOMPARE(r.root, QStringLiteral("app"));
        QCOMPARE(paths(r), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.outside, 0);
        // The content at the top, with a subfolder that happens to be named like it: not cut.
        r = RestoreTree::rootAt(
            listing({QStringLiteral("app/models.py"), QStringLiteral("manage.py")}), to);
        QCOMPARE(r.root, QString());
        QCOMPARE(
            paths(r), (QStringList {QStringLiteral("app/models.py"), QStringLiteral("manage.py")}));
        // "app" alone at the top, and the live folder has an "app" of its own: the content.
        const TreeListing project = listing({QStringLiteral("app"), QStringLiteral("app/m.py")});
        const TreeListing liveProject = listing(
            {QStringLiteral("app"), QStringLiteral("app/m.py"), QStringLiteral("manage.py")});
        QCOMPARE(RestoreTree::rootAt(project, to, &liveProject).root, QString());
        const TreeListing liveFolder = listing({QStringLiteral("m.py")});
        QCOMPARE(RestoreTree::rootAt(project, to, &liveFolder).root, QStringLiteral("app"));
        QCOMPARE(RestoreTree::rootAt(project, to, nullptr).root, QStringLiteral("app"));
        // Partial restores keep only what lies under the paths named.
        const TreeListing some =
            RestoreTree::onlyUnder(listing({QStringLiteral("media"), QStringLiteral("media/x"),
                                       QStringLiteral("mediax"), QStringLiteral("static/y")}),
                {QStringLiteral("media")});
        QCOMPARE(some.entries.size(), 2);
        QString why;
        QCOMPARE(RestoreTree::relativePath(QStringLiteral("/srv/app/media/"), to, &why),
            std::optional<QString>(QStringLiteral("media")));
        QCOMPARE(RestoreTree::relativePath(QStringLiteral("./a//b"), to, &why),
            std::optional<QString>(QStringLiteral("a/b")));
        for (const char *bad : {"/srv/application/x", "/srv/app", "a/../../b", ".", "/etc"}) {
            why.clear();
            QVERIFY2(!RestoreTree::relativePath(QLatin1String(bad), to, &why), bad);
            QVERIFY(!why.isEmpty());
        }
    }

    // restic's and borg's listings as restic 0.14 and borg 1.2 print them.
    void resticAndBorgListingsAreRead()
    {
        const QByteArray restic =
            R"({"time":"2026-12-05T12:48:03Z","paths":["/srv/app"],"id":"e2","short_id":"e2","struct_type":"snapshot"}
{"name":"srv","type":"dir","path":"/srv","uid":0,"gid":0,"mode":2147484141,"mtime":"2026-12-05T12:48:00.524061852Z","struct_type":"node"}
{"name":"a","type":"file","path":"/srv/app/a","uid":33,"gid":33,"size":3,"mode":8389101,"mtime":"2026-12-05T14:48:00.5+02:00","struct_type":"node"}
{"name":"l","type":"symlink","path":"/srv/app/l","uid":0,"gid":0,"mode":134218239,"mtime":"2026-12-05T12:48:00Z","struct_type":"node"}
not json
{"name":"b","type":"file","path":"/srv/app/b","uid":0,"gid":0,"size":3,"mode":420,"mtime":"yesterday","struct_type":"node"}
)";
        bool targets = true;
        const TreeListing r = RestoreTree::readResticLs(restic, &targets);
        QCOMPARE(r.entries.size(), 3);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(!targets);
        const TreeEntry &a = r.entries.at(1);
        QCOMPARE(a.path, QStringLiteral("srv/app/a"));
        QCOMPARE(a.mode, 04755u);
        QCOMPARE(a.owner, QStringLiteral("33"));
        QCOMPARE(a.size, 3);
        QCOMPARE(a.mtimeSec,
            QDateTime(QDate(2026, 12, 5), QTime(12, 48), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(r.entries.at(0).type, 'd');
        QCOMPARE(r.entries.at(2).type, 'l');

        const QByteArray borg =
            R"({"type": "d", "mode": "drwxr-xr-x", "user": "root", "group": "root", "path": "srv/app", "source": "", "linktarget": "", "size": 0, "mtime": "2026-12-05T12:48:00.508062"}
{"type": "-", "mode": "-rwsr-xr-x", "user": "www-data", "group": "www-data", "path": "srv/app/a", "source": "", "linktarget": "", "size": 3, "mtime": "2026-12-05T12:48:00.508062"}
{"type": "h", "mode": "-rwsr-xr-x", "user": "www-data", "group": "www-data", "path": "srv/app/hard", "source": "srv/app/a", "linktarget": "srv/app/a", "size": 0, "mtime": "2026-12-05T12:48:00.508062"}
{"type": "l", "mode": "lrwxrwxrwx", "user": "root", "group": "root", "path": "srv/app/l", "source": "../etc", "linktarget": "../etc", "size": 0, "mtime": "2026-12-05T12:48:00"}
{"type": "h", "mode": "-rw-r--r--", "user": "root", "group": "root", "path": "srv/app/orphan", "source": "srv/app/nothere", "size": 0, "mtime": "2026-12-05T12:48:00"}
)";
        const TreeListing b = RestoreTree::readBorgLs(borg);
        QCOMPARE(b.entries.size(), 4);
        QCOMPARE(b.problems.size(), 1);
        QCOMPARE(b.entries.at(1).mode, 04755u);
        QCOMPARE(b.entries.at(2).type, 'f');
        QCOMPARE(b.entries.at(2).size, 3);
        QCOMPARE(b.entries.at(3).linkTarget, QStringLiteral("../etc"));
        QCOMPARE(b.entries.at(1).mtimeSec,
            QDateTime(QDate(2026, 12, 5), QTime(12, 48), QTimeZone::utc()).toSecsSinceEpoch());
    }

    // SQLite row counts from a real sqlite3 (names with quotes and spaces), pg_restore --list
    // and a plain SQL dump's statements.
    void databaseContentsAreRead()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x?y#.db"));
        QVERIFY(run(QStringLiteral("sqlite3"),
            {db,
                QStringLiteral("CREATE TABLE a(x); INSERT INTO a VALUES (1), (2); CREATE TABLE "
                               "\"we\"\"ird name\"(y); CREATE INDEX ax ON a(x); ANALYZE;")}));
        const auto counts = [&](const QByteArray &uri) {
            QProcess p;
            p.start(QStringLiteral("sh"),
                {QStringLiteral("-c"),
                    QStringLiteral("q=$(sqlite3 -readonly \"$1\" \"$2\") && sqlite3 -readonly "
                                   "\"$1\" \"$q\""),
                    QStringLiteral("sh"), QString::fromUtf8(uri),
                    QString::fromUtf8(DatabasePreview::sqliteCountQuery())});
            p.waitForFinished();
            return DatabasePreview::readSqliteCounts(p.readAllStandardOutput());
        };
        const auto backup = counts(DatabasePreview::sqliteUri(db, true));
        QCOMPARE(backup.tables.size(), 2);
        QCOMPARE(backup.tables.at(0), (std::pair<QString, qint64>(QStringLiteral("a"), 2)));
        QCOMPARE(backup.tables.at(1).first, QStringLiteral("we\"ird name"));
        QVERIFY(backup.problems.isEmpty());
        QCOMPARE(counts(DatabasePreview::sqliteUri(db, false)).tables, backup.tables);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files, QStringList {QStringLiteral("x?y#.db")}); // nothing written beside it
        DatabasePreview::Counts live;
        live.tables = {{QStringLiteral("a"), 5}, {QStringLiteral("new"), 1}};
        const QList<TableRows> merged = DatabasePreview::mergeCounts(backup, live);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).backupRows, std::optional<qint64>(2));
        QCOMPARE(merged.at(0).liveRows, std::optional<qint64>(5));
        QCOMPARE(merged.at(1).backupRows, std::nullopt);
        QCOMPARE(DatabasePreview::readSqliteCounts("zz|1\n61|x\n|3\n61|-1\n").problems.size(), 4);

        const DumpContents pg = DatabasePreview::readPgRestoreList(
            ";\n; Archive created at 2026-12-05\n;\n215; 1259 16385 TABLE public orders postgres\n"
            "214; 1259 16384 SEQUENCE public orders_id_seq postgres\n"
            "3325; 0 16385 TABLE DATA public orders postgres\ngarbage\n");
        QCOMPARE(pg.objects.size(), 3);
        QCOMPARE(pg.objects.at(0), QStringLiteral("TABLE public orders postgres"));
        QCOMPARE(pg.tables, QStringList {QStringLiteral("public.orders")});
        const DumpContents sql = DatabasePreview::readSqlStatements(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB);\nCREATE UNIQUE INDEX IF NOT EXISTS "
            "t_v ON t(v);\nCREATE TABLE IF NOT EXISTS \"x y\" (a);\n");
        QCOMPARE(sql.objects,
            (QStringList {QStringLiteral("TABLE t"), QStringLiteral("UNIQUE INDEX t_v"),
                QStringLiteral("TABLE \"x y\"")}));
        QCOMPARE(sql.tables.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRestorePreview)
#include "tst_restorepreview.moc"
