// Chart axes: round steps in a unit that fits ("24 GiB", "1.5 s", not 2.496e+04 MiB), and
// time axes that fall on round local times and name the date where a day starts.
#include "core/AxisScale.h"
#include "core/MetricDisplay.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace dozor;

namespace {
QStringList ls(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}
} // namespace

class TestAxisScale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("TZ", "Europe/Moscow"); // no daylight saving: fixed expectations
    }

    void valueTicks_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("memory in MiB shows GiB") << 0.0 << 24960.0 << QStringLiteral("MiB")
                                                 << ls("0 GiB|5 GiB|10 GiB|15 GiB|20 GiB|25 GiB");
        QTest::newRow("load per core")
            << 0.0 << 2.475 << QStringLiteral("") << ls("0.0|0.5|1.0|1.5|2.0|2.5");
        QTest::newRow("response time in ms")
            << 0.0 << 180.0 << QStringLiteral("ms") << ls("0 ms|50 ms|100 ms|150 ms|200 ms");
        QTest::newRow("slow responses in s")
            << 0.0 << 4200.0 << QStringLiteral("ms") << ls("0 s|1 s|2 s|3 s|4 s|5 s");
        QTest::newRow("percent") << 0.0 << 100.0 << QStringLiteral("%")
                                 << ls("0 %|20 %|40 %|60 %|80 %|100 %");
        QTest::newRow("uptime in days")
            << 0.0 << 9.0 * 86400 << QStringLiteral("s") << ls("0 d|2 d|4 d|6 d|8 d|10 d");
        QTest::newRow("bytes") << 0.0 << 3.0 * 1024 * 1024 << QStringLiteral("B")
                               << ls("0 MiB|1 MiB|2 MiB|3 MiB");
        QTest::newRow("flat line")
            << 5.0 << 5.0 << QStringLiteral("") << ls("4.4|4.6|4.8|5.0|5.2|5.4|5.6");
    }

    void valueTicks()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QString, unit);
        QFETCH(QStringList, labels);
        const AxisScale::ValueTicks t = AxisScale::valueTicks(lo, hi, unit);
        QCOMPARE(t.labels, labels);
        QCOMPARE(t.values.size(), t.labels.size());
        QVERIFY(t.lo <= lo && t.hi >= hi);
        QCOMPARE(t.values.first(), t.lo);
        QCOMPARE(t.values.last(), t.hi);
    }

    void russianUsesADecimalComma()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        const auto t = AxisScale::valueTicks(0, 2.4, QString());
        const QString value = MetricDisplay::formatValue(18.5, QStringLiteral("%"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(t.labels.at(1), QStringLiteral("0,5"));
        QCOMPARE(value, QStringLiteral("18,5 %")); // values in tables and tooltips too
    }

    void aDayAcrossMidnightNamesTheDate()
    {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const qint64 from = QDateTime(QDate(2026, 12, 4), QTime(4, 45), zone).toMSecsSinceEpoch();
        const qint64 to = from + 24LL * 3600 * 1000;
        const AxisScale::TimeTicks t = AxisScale::timeTicks(from, to);
        QCOMPARE(t.labels, ls("06:00|12:00|18:00|5 Dec"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(t.values.first()).time(), QTime(6, 0));
    }

    void anHourHasRoundMinutes()
    {
        const qint64 from =
            QDateTime(QDate(2026, 12, 4), QTime(23, 37), QTimeZone::systemTimeZone())
                .toMSecsSinceEpoch();
        const AxisScale::TimeTicks t = AxisScale::timeTicks(from, from + 3600 * 1000);
        QCOMPARE(t.labels, ls("23:40|23:50|5 Dec|00:10|00:20|00:30"));
    }

    void daylightSavingKeepsRoundHours()
    {
        // Berlin falls back from 03:00 to 02:00 on 25 Oct 2026 and springs forward on 29 Mar:
        // the ticks stay on the same wall-clock hours, once each.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const qint64 autumn =
            QDateTime(QDate(2026, 10, 24), QTime(21, 0), zone).toMSecsSinceEpoch();
        const AxisScale::TimeTicks fall = AxisScale::timeTicks(autumn, autumn + 13LL * 3600'000);
        const AxisScale::TimeTicks late = AxisScale::timeTicks(autumn, autumn + 25LL * 3600'000);
        const qint64 spring = QDateTime(QDate(2026, 3, 28), QTime(21, 0), zone).toMSecsSinceEpoch();
        const AxisScale::TimeTicks forward = AxisScale::timeTicks(spring, spring + 11LL * 3600'000);
        qputenv("TZ", "Europe/Moscow");
        tzset();
        QCOMPARE(fall.labels, ls("22:00|25 Oct|02:00|04:00|06:00|08:00"));
        QCOMPARE(late.labels, ls("25 Oct|06:00|12:00|18:00"));
        QCOMPARE(forward.labels, ls("22:00|29 Mar|02:00|04:00|06:00|08:00"));
        for (const auto *t : {&fall, &late, &forward})
            QVERIFY(std::is_sorted(t->values.cbegin(), t->values.cend()));
    }

    void weeksShowDates()
    {
        const qint64 from =
            QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::systemTimeZone())
                .toMSecsSinceEpoch();
        const AxisScale::TimeTicks t = AxisScale::timeTicks(from, from + 7LL * 86400 * 1000);
        QCOMPARE(t.labels.first(), QStringLiteral("28 Nov"));
        for (const QString &label : t.labels)
            QVERIFY2(!label.contains(QLatin1Char(':')), qPrintable(label));
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
