// Charts an admin can read: round axis steps with units, dates where a day starts, one chart
// for a family of lines with a legend, a crosshair with every line's value, and colours that
// follow a dark palette.
#include "Appearance.h"
#include "charts/TimeSeriesChart.h"

#include <QApplication>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace dozor;

namespace {
QList<SeriesPoint> ramp(qint64 from, qint64 stepMs, int n, double start, double step)
{
    QList<SeriesPoint> points;
    for (int i = 0; i < n; ++i) {
        const double v = start + i * step;
        points.append({from + i * stepMs, v, v, v});
    }
    return points;
}

qint64 at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}
} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void axesHaveRoundStepsUnitsAndDates()
    {
        TimeSeriesChart chart;
        chart.resize(600, 300);
        chart.setUnit(QStringLiteral("MiB"));
        const qint64 from = at(4, 4, 45), to = at(5, 4, 45);
        chart.setRange(from, to);
        chart.setLine(QStringLiteral("mem_available_mib"), QStringLiteral("Memory available"),
            ramp(from, 3600'000, 25, 20000, 200), false);
        const QStringList values = chart.valueAxisLabels();
        QVERIFY2(values.contains(QStringLiteral("20 GiB")), qPrintable(values.join(u'|')));
        for (const QString &label : values)
            QVERIFY2(!label.contains(QLatin1Char('e')) && label.endsWith(QLatin1String(" GiB")),
                qPrintable(label));
        const QStringList times = chart.timeAxisLabels();
        QVERIFY2(times.contains(QStringLiteral("5 Dec")), qPrintable(times.join(u'|')));
        QVERIFY2(times.contains(QStringLiteral("12:00")), qPrintable(times.join(u'|')));
    }

    void oneChartForAFamilyWithACrosshair()
    {
        TimeSeriesChart chart;
        chart.resize(600, 300);
        chart.setUnit(QStringLiteral("%"));
        const qint64 from = at(4, 10, 0);
        chart.setRange(from, from + 3600'000);
        chart.setLine(QStringLiteral("disk_used_pct:/"), QStringLiteral("/"),
            ramp(from, 60'000, 60, 40, 0), false);
        chart.setLine(QStringLiteral("disk_used_pct:/var"), QStringLiteral("/var"),
            ramp(from, 60'000, 60, 70, 0.5), false);
        QCOMPARE(chart.lineLabels(), (QStringList {QStringLiteral("/"), QStringLiteral("/var")}));
        QCOMPARE(chart.pointCount(), 120);
        chart.setEvents({{from + 10 * 60'000, Status::Warn, QStringLiteral("Disk used 75 %")}});
        const QString text = chart.crosshairText(from + 10 * 60'000 + 1000);
        QCOMPARE(text,
            QStringLiteral("04/12/2026 10:10\n/: 40.0 %\n/var: 75.0 %\nWarning: Disk used 75 %"));
    }

    void rolledUpValuesShowTheirSpread()
    {
        TimeSeriesChart chart;
        chart.resize(600, 300);
        chart.setUnit(QStringLiteral("ms"));
        const qint64 from = at(4, 0, 0);
        chart.setRange(from, from + 86'400'000);
        chart.setLine(QStringLiteral("response_ms"), QStringLiteral("Response time"),
            {{from + 3600'000, 120, 80, 2400}}, true);
        QCOMPARE(chart.crosshairText(from + 3600'000),
            QStringLiteral("04/12/2026 01:00\n0.12 s  (min 0.08 s, max 2.40 s)")); // the axis unit
    }

    void followsADarkPalette()
    {
        TimeSeriesChart chart;
        chart.resize(400, 240);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        chart.setPalette(dark);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = chart.grab().toImage();
        const QColor corner = image.pixelColor(3, 3);
        QVERIFY2(corner.lightness() < 60, qPrintable(corner.name()));
    }

    // Settings → Appearance: Dark turns a running chart dark at once, "as the system" back.
    void theAppearanceSettingAppliesAtOnce()
    {
        TimeSeriesChart chart;
        chart.resize(400, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto cornerLightness = [&chart] {
            return chart.grab().toImage().pixelColor(3, 3).lightness();
        };
        const int before = cornerLightness();
        Appearance::apply(QStringLiteral("dark"));
        QVERIFY(Appearance::isDark());
        QTRY_VERIFY(cornerLightness() < 60);
        Appearance::apply(QString());
        QTRY_COMPARE(cornerLightness(), before);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
