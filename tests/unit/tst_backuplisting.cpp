// Reading what a server lists for a backup source: find's NUL-separated records, restic's
// and borg's JSON (samples as the tools print them), and hostile or broken output — never a
// crash, problems in words, newest first.
#include "core/BackupListing.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace dozor;

namespace {
BackupSource files(const char *format = "")
{
    BackupSource s;
    s.id = QStringLiteral("full");
    s.path = QStringLiteral("/var/backups/app");
    s.pattern = QStringLiteral("full_*");
    s.timeFormat = QLatin1String(format);
    return s;
}

QStringList names(const CatalogListing &l)
{
    QStringList out;
    for (const CatalogEntry &e : l.entries)
        out.append(e.name);
    return out;
}
} // namespace

class TestBackupListing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findRecords()
    {
        const QByteArray out("f 1048576 1796430000.25 full_20261204-030000.tar.gz\0"
                             "d 4096 1796400000.0 full_20261203-030000\0"
                             "f 10 1796440000.5 full with spaces.tar\0",
            sizeof("f 1048576 1796430000.25 full_20261204-030000.tar.gz\0"
                   "d 4096 1796400000.0 full_20261203-030000\0"
                   "f 10 1796440000.5 full with spaces.tar\0")
                - 1);
        const CatalogListing l = BackupListing::readFind(out, files());
        QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.join(u'\n')));
        QCOMPARE(names(l),
            (QStringList {QStringLiteral("full with spaces.tar"),
                QStringLiteral("full_20261204-030000.tar.gz"),
                QStringLiteral("full_20261203-030000")}));
        QCOMPARE(l.entries.at(1).size, std::optional<qint64>(1048576));
        QVERIFY(l.entries.at(2).directory);
        QVERIFY(!l.entries.at(2).size);
        QCOMPARE(l.entries.at(1).time.toMSecsSinceEpoch(), 1796430000250);

        // With a time format the name decides; a name it cannot read keeps its mtime.
        const CatalogListing named = BackupListing::readFind(out, files("full_%Y%m%d-%H%M%S"));
        const qsizetype archive =
            names(named).indexOf(QStringLiteral("full_20261204-030000.tar.gz"));
        QVERIFY(archive >= 0);
        QCOMPARE(named.entries.at(archive).time,
            QDateTime(QDate(2026, 12, 4), QTime(3, 0), QTimeZone::utc()));
        QCOMPARE(named.problems.size(), 1);
        QVERIFY(named.problems.constFirst().startsWith(
            QLatin1String("full with spaces.tar does not fit the time format")));
    }

    void brokenFindOutputIsNamed()
    {
        const QByteArray out("garbage\0f -5 1.0 neg\0f 12 nan x\0f 1 1.0 a/b\0"
                             "f 99999999999999999999 1.0 big\0ff 1 1.0 two\0f 1 1e300 future\0"
                             "f 3 1796430000 ok\0",
            sizeof("garbage\0f -5 1.0 neg\0f 12 nan x\0f 1 1.0 a/b\0"
                   "f 99999999999999999999 1.0 big\0ff 1 1.0 two\0f 1 1e300 future\0"
                   "f 3 1796430000 ok\0")
                - 1);
        const CatalogListing l = BackupListing::readFind(out, files());
        QCOMPARE(names(l), QStringList {QStringLiteral("ok")});
        QCOMPARE(l.problems.size(), 7);
        QVERIFY(l.problems.constFirst().startsWith(
            QLatin1String("an entry of the listing cannot be read: garbage")));
        QVERIFY(BackupListing::readFind(QByteArray(), files()).entries.isEmpty());
    }

    // Against the set difference of the records, for random edits of a listing (added,
    // removed, replaced, moved, at the ends too) and for records that share their first or
    // last bytes, so the common start and end must stop where records start.
    void findDeltaIsTheRecordsOnlyOneSideHolds()
    {
        const auto join = [](const QList<QByteArray> &records) {
            QByteArray out;
            for (const QByteArray &r : records)
                out += r + '\0';
            return out;
        };
        const auto truth = [](const QList<QByteArray> &from, const QList<QByteArray> &to) {
            QList<QByteArray> only;
            for (const QByteArray &r : from) {
                if (!to.contains(r))
                    only.append(r);
            }
            std::sort(only.begin(), only.end());
            return only;
        };
        const auto sorted = [](QList<QByteArray> l) {
            std::sort(l.begin(), l.end());
            return l;
        };
        QRandomGenerator random(7);
        int next = 0;
        const auto record = [&] {
            QByteArray r("f ");
            r.append(QByteArray::number(random.bounded(1000)));
            r.append(" 1.0 full_");
            r.append(QByteArray::number(next++));
            r.append(".tar");
            return r;
        };
        for (int round = 0; round < 300; ++round) {
            QList<QByteArray> before;
            const int n = random.bounded(40);
            for (int i = 0; i < n; ++i)
                before.append(record());
            QList<QByteArray> after = before;
            const int edits = random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int what = random.bounded(4);
                const qsizetype at = after.isEmpty() ? 0 : random.bounded(int(after.size()));
                if (what == 0 || after.isEmpty())
                    after.insert(random.bounded(int(after.size()) + 1), record());
                else if (what == 1)
                    after.removeAt(at);
                else if (what == 2)
                    after[at] = QByteArray("f 7 2.0 ")
                                    .append(after.at(at).mid(after.at(at).lastIndexOf(' ') + 1));
                else
                    after.move(at, random.bounded(int(after.size())));
            }
            const auto delta = BackupListing::diffFind(join(before), join(after), 1000);
            QVERIFY(delta);
            QCOMPARE(sorted(delta->added), truth(after, before));
            QCOMPARE(sorted(delta->removed), truth(before, after));
        }
        // Records that differ only in their last or first bytes.
        const auto shared = BackupListing::diffFind(join({"f 1 1.0 ab", "f 1 1.0 xb", "f 2 1.0 z"}),
            join({"f 1 1.0 abc", "f 1 1.0 b", "f 2 1.0 z"}), 10);
        QVERIFY(shared);
        QCOMPARE(sorted(shared->added), (QList<QByteArray> {"f 1 1.0 abc", "f 1 1.0 b"}));
        QCOMPARE(sorted(shared->removed), (QList<QByteArray> {"f 1 1.0 ab", "f 1 1.0 xb"}));
        // A large listing with one backup added anywhere is one change: only the span between
        // the common start and end is compared.
        QList<QByteArray> large;
        for (int i = 0; i < 1000; ++i)
            large.append(QByteArray("f 1 1.0 full_").append(QByteArray::number(i)));
        for (const int at : {0, 500, 1000}) {
            QList<QByteArray> grown = large;
            grown.insert(at, "f 2 1.0 new");
            const auto one = BackupListing::diffFind(join(large), join(grown), 1);
            QVERIFY(one);
            QCOMPARE(one->added, QList<QByteArray> {"f 2 1.0 new"});
            QVERIFY(one->removed.isEmpty());
        }
        // The same listing: nothing; more changes than allowed: nothing to apply.
        const QByteArray same = join({"f 1 1.0 a", "f 1 1.0 b"});
        QVERIFY(BackupListing::diffFind(same, same, 0)->added.isEmpty());
        QVERIFY(!BackupListing::diffFind(same, join({"f 1 1.0 c", "f 1 1.0 d"}), 1));
        QCOMPARE(BackupListing::diffFind(QByteArray(), same, 2)->added.size(), 2);
    }

    void resticSnapshots()
    {
        // As restic 0.14 prints them (one shortened), times with nanoseconds and offsets.
        const QByteArray out = R"([{"time":"2026-01-10T10:00:00.123456789-05:00","tree":"7603",
            "paths":["/srv/app"],"hostname":"web1","username":"root","id":"9e7148b9d693",
            "short_id":"9e7148b9"},{"time":"2026-02-11T11:00:00Z","paths":["/srv/app"],
            "id":"331cc32a","short_id":"331cc32a"},{"time":"never","short_id":"bad"}])";
        const CatalogListing l = BackupListing::readRestic(out);
        QCOMPARE(names(l), (QStringList {QStringLiteral("331cc32a"), QStringLiteral("9e7148b9")}));
        QCOMPARE(l.entries.at(1).time.offsetFromUtc(), -5 * 3600);
        QCOMPARE(l.entries.at(1).time.time(), QTime(10, 0, 0, 123));
        QCOMPARE(l.problems.size(), 1);
        QVERIFY(BackupListing::readRestic("{\"not\": \"a list\"}").entries.isEmpty());
        const CatalogListing broken = BackupListing::readRestic("Fatal: wrong password");
        QCOMPARE(broken.problems.size(), 1);
        QVERIFY2(broken.problems.constFirst().contains(QLatin1String("Fatal: wrong password")),
            qPrintable(broken.problems.constFirst()));
    }

    void borgArchives()
    {
        const QByteArray out = R"({"archives": [
            {"archive": "full-2026-12-04", "name": "full-2026-12-04",
             "start": "2026-12-04T03:00:01.000000", "time": "2026-12-04T03:00:01.000000"},
            {"name": "full-2026-12-05", "start": "2026-12-05T03:00:02.500000"},
            {"name": "", "start": "2026-12-06T03:00:00.000000"}],
            "encryption": {"mode": "repokey"}, "repository": {"location": "/srv/borg"}})";
        BackupSource borg;
        borg.type = BackupSource::Type::Borg;
        borg.timeZone = QStringLiteral("Europe/Moscow");
        const CatalogListing l = BackupListing::readBorg(out, borg);
        QCOMPARE(names(l),
            (QStringList {QStringLiteral("full-2026-12-05"), QStringLiteral("full-2026-12-04")}));
        QCOMPARE(l.entries.constFirst().time.toUTC(),
            QDateTime(QDate(2026, 12, 5), QTime(0, 0, 2, 500), QTimeZone::utc()));
        QCOMPARE(l.problems.size(), 1);
        QCOMPARE(BackupListing::readBorg("[]", borg).problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupListing)
#include "tst_backuplisting.moc"
