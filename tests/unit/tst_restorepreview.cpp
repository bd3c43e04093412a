// What a restore would change, compared in app/core: the tree listing read from a real find
// run here, the five kinds of change against a ground truth, checksums settling same-size
// files, the safety findings that block a restore, and hostile listings (never a crash,
// problems in words).
#include "core/RestorePreview.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

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
        QProcess tar;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        tar.setProcessEnvironment(env);
        tar.start(QStringLiteral("tar"),
            {QStringLiteral("-tv"), QStringLiteral("--full-time"), QStringLiteral("-f"), archive});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        const TreeListing inArchive = RestoreTree::readTar(tar.readAllStandardOutput());
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
};

QTEST_GUILESS_MAIN(TestRestorePreview)
#include "tst_restorepreview.moc"
