// The file tree copy under transfers: a listing from a server is untrusted (names with
// "..", '/' or nothing at all are refused before anything is written), a destination folder
// reached through a symbolic link is a folder, what a copy writes keeps the content, mode and
// mtime and nothing is left when it fails. A fake side stands in for a hostile server.
#include "TestSupport.h"
#include "remote/FileTree.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace dozor;
using namespace dozor::test;

namespace {

// A "server" whose one folder lists whatever names it is given, each a small file.
class HostileSide final : public FileTreeSide {
public:
    explicit HostileSide(QStringList names)
        : m_names(std::move(names))
    {
    }
    QString where() const override { return QStringLiteral("the server"); }
    Expected<std::optional<FileEntry>> stat(const QString &) override
    {
        FileEntry root;
        root.type = FileEntry::Type::Folder;
        root.mode = 0755;
        return std::optional<FileEntry>(root);
    }
    Expected<bool> isFolder(const QString &) override { return true; }
    Expected<QList<FileEntry>> list(const QString &) override
    {
        ++lists;
        QList<FileEntry> out;
        for (const QString &name : m_names) {
            FileEntry e;
            e.path = name;
            e.type = FileEntry::Type::File;
            e.size = std::numeric_limits<qint64>::max() / 2; // sizes lie too
            out.append(e);
        }
        return out;
    }
    Expected<void> makeFolder(const QString &, quint32) override { return {}; }
    Expected<std::unique_ptr<Reader>> openRead(const QString &path) override
    {
        return unexpected(QStringLiteral("read %1").arg(path));
    }
    Expected<std::unique_ptr<Writer>> create(const QString &path, quint32) override
    {
        return unexpected(QStringLiteral("create %1").arg(path));
    }
    Expected<void> rename(const QString &, const QString &) override { return {}; }
    void remove(const QString &, bool) override { }
    int lists = 0;

private:
    QStringList m_names;
};

QStringList everythingUnder(const QString &root)
{
    QStringList out;
    const QDir dir(root);
    for (const QFileInfo &info :
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        out.append(info.fileName());
    return out;
}

} // namespace

class TestFileTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainNames()
    {
        for (const char *ok : {"a", "full_2026.tar.gz", ".hidden", "..a", "a..", "имя"})
            QVERIFY2(isPlainFileName(QString::fromUtf8(ok)), ok);
        for (const char *bad : {"", ".", "..", "../x", "a/b", "/etc", "a\\b"})
            QVERIFY2(!isPlainFileName(QString::fromUtf8(bad)), bad);
        QVERIFY(!isPlainFileName(QStringLiteral("a") + QChar(0) + QStringLiteral("b")));
    }

    void hostileNamesAreRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../../.config/autostart/x.desktop");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
    }

    void hostileNamesAreRefusedBeforeAnythingIsWritten()
    {
        QFETCH(QString, name);
        QTemporaryDir here;
        HostileSide server({QStringLiteral("fine.txt"), name});
        LocalFileTreeSide local;
        const auto copied = copyFileTree(
            server, QStringLiteral("/srv/backup"), local, here.filePath(QStringLiteral("x")), {});
        QVERIFY(!copied);
        QVERIFY2(copied.error().contains(QStringLiteral("will not use as a file name")),
            qPrintable(copied.error()));
        QCOMPARE(server.lists, 1);
        QVERIFY(everythingUnder(here.path()).isEmpty());
    }

    void tooManyEntriesAndAStopEndTheListing()
    {
        QTemporaryDir here;
        QStringList many;
        for (int i = 0; i < 20; ++i)
            many.append(QStringLiteral("f%1").arg(i));
        HostileSide server(many);
        LocalFileTreeSide local;
        FileTreeCopy how;
        how.maxEntries = 10;
        auto copied = copyFileTree(
            server, QStringLiteral("/srv"), local, here.filePath(QStringLiteral("x")), how);
        QVERIFY(!copied);
        QVERIFY2(
            copied.error().contains(QStringLiteral("more than 10")), qPrintable(copied.error()));
        how = {};
        how.stop = [] { return true; };
        copied = copyFileTree(
            server, QStringLiteral("/srv"), local, here.filePath(QStringLiteral("y")), how);
        QVERIFY(!copied);
        QVERIFY2(copied.error().contains(QStringLiteral("cancelled")), qPrintable(copied.error()));
        QVERIFY(everythingUnder(here.path()).isEmpty());
    }

    void aLinkedDestinationFolderIsAFolder()
    {
        QTemporaryDir here;
        const QString real = here.filePath(QStringLiteral("real"));
        QDir().mkpath(real);
        QVERIFY(QFile::link(real, here.filePath(QStringLiteral("linked"))));
        writeFile(here.filePath(QStringLiteral("a.txt")), "hello\n");
        QFile::setPermissions(here.filePath(QStringLiteral("a.txt")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        LocalFileTreeSide local;
        const auto copied = copyFileTree(local, here.filePath(QStringLiteral("a.txt")), local,
            here.filePath(QStringLiteral("linked/a.txt")), {});
        QVERIFY2(copied, qPrintable(copied.error()));
        QCOMPARE(copied->files, 1);
        QCOMPARE(copied->bytes, 6);
        QCOMPARE(readFile(real + QStringLiteral("/a.txt")), QByteArray("hello\n"));
        // A private file stays private here.
        QCOMPARE(QFile::permissions(real + QStringLiteral("/a.txt"))
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        // A file is not a folder to copy into.
        const auto intoFile = copyFileTree(local, here.filePath(QStringLiteral("a.txt")), local,
            here.filePath(QStringLiteral("a.txt/b.txt")), {});
        QVERIFY(!intoFile);
        QVERIFY2(intoFile.error().contains(QStringLiteral("there is no folder")),
            qPrintable(intoFile.error()));
    }
};

QTEST_GUILESS_MAIN(TestFileTree)
#include "tst_filetree.moc"
