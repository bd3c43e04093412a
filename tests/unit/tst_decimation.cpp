// Decimation: never more points than asked, endpoints and extremes kept, order kept.
#include "core/Decimation.h"
#include "core/DurationText.h"

#include <QTest>

#include <cmath>

using namespace dozor;

namespace {
QList<SeriesPoint> sine(int n)
{
    QList<SeriesPoint> pts;
    for (int i = 0; i < n; ++i) {
        const double v = std::sin(i / 50.0) * 10 + (i == n / 3 ? 100 : 0); // one spike
        pts.append({qint64(i) * 10'000, v, v, v});
    }
    return pts;
}
bool sorted(const QList<SeriesPoint> &pts)
{
    for (qsizetype i = 1; i < pts.size(); ++i) {
        if (pts.at(i).t < pts.at(i - 1).t)
            return false;
    }
    return true;
}
} // namespace

class TestDecimation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smallInputUnchanged()
    {
        const auto pts = sine(10);
        QCOMPARE(decimateLttb(pts, 10).size(), 10);
        QCOMPARE(decimateMinMax(pts, 100).size(), 10);
        QCOMPARE(decimateLttb({}, 5).size(), 0);
    }

    void lttbBoundsAndShape()
    {
        const auto pts = sine(100'000);
        for (int n : {3, 10, 640, 1920}) {
            const auto out = decimateLttb(pts, n);
            QCOMPARE(out.size(), n);
            QCOMPARE(out.first().t, pts.first().t);
            QCOMPARE(out.last().t, pts.last().t);
            QVERIFY(sorted(out));
        }
        // The spike is the largest triangle in its bucket: LTTB keeps it.
        const auto out = decimateLttb(pts, 500);
        QVERIFY(std::any_of(
            out.cbegin(), out.cend(), [](const SeriesPoint &p) { return p.value > 50; }));
    }

    void minMaxKeepsExtremes()
    {
        const auto pts = sine(100'000);
        const auto out = decimateMinMax(pts, 1000);
        QVERIFY(out.size() <= 1000);
        QVERIFY(sorted(out));
        double lo = 1e9, hi = -1e9;
        for (const auto &p : out) {
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
        QCOMPARE(hi, 100.0 + std::sin((100'000 / 3) / 50.0) * 10);
        QVERIFY(lo <= -9.99);
    }

    void degenerateRequests()
    {
        const auto pts = sine(50);
        QCOMPARE(decimateLttb(pts, 2).size(), 2);
        QCOMPARE(decimateLttb(pts, 1).size(), 1);
        QCOMPARE(decimateMinMax(pts, 0).size(), 0);
    }

    void durations()
    {
        QCOMPARE(*parseDurationText(QStringLiteral("90s")), 90);
        QCOMPARE(*parseDurationText(QStringLiteral("15m")), 900);
        QCOMPARE(*parseDurationText(QStringLiteral("1h")), 3600);
        QCOMPARE(*parseDurationText(QStringLiteral("7d")), 7 * 86400);
        QCOMPARE(*parseDurationText(QStringLiteral("2w")), 14 * 86400);
        QCOMPARE(*parseDurationText(QStringLiteral("45")), 45);
        for (const char *bad : {"", "h", "-1h", "0m", "1y", "1.5h", "99999999999999d"})
            QVERIFY2(!parseDurationText(QString::fromLatin1(bad)).ok(), bad);
    }
};

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
