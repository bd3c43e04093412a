// The overview's models: QAbstractItemModelTester on the table and its filter while results
// arrive and the workspace is edited; filters (text, tag, status, problems only, target),
// sorting by status, and the sparkline keeping only the last hour.
#include "HeartbeatDelegate.h"
#include "StatusBoard.h"
#include "TestSupport.h"
#include "core/Translations.h"
#include "core/WorkspaceDocument.h"
#include "models/GroupedOverviewModel.h"
#include "models/OverviewFilterModel.h"
#include "models/OverviewModel.h"

#include <QAbstractItemModelTester>
#include <QPointF>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

namespace {
Workspace sample()
{
    Workspace w;
    w.name = QStringLiteral("t");
    w.targets = {test::localTarget(QStringLiteral("pc"), QStringLiteral("This computer"),
                     {QStringLiteral("office")}),
        test::sshTarget(
            QStringLiteral("web"), QStringLiteral("Web shop"), {QStringLiteral("production")})};
    CheckSpec cpu;
    cpu.id = QStringLiteral("cpu");
    cpu.targetId = QStringLiteral("pc");
    cpu.type = CheckType::Cpu;
    CheckSpec home = test::httpCheck(
        QStringLiteral("home"), QStringLiteral("web"), QStringLiteral("http://127.0.0.1:9/"));
    home.name = QStringLiteral("Home page");
    CheckSpec api = home;
    api.id = QStringLiteral("api");
    api.name = QStringLiteral("API");
    w.checks = {cpu, home, api};
    return w;
}

CheckResult result(const QString &check, const QString &target, Status s, double ms, qint64 at)
{
    CheckResult r;
    r.checkId = check;
    r.targetId = target;
    r.status = s;
    r.reason = statusName(s) + QStringLiteral(" because");
    r.startedMs = at;
    r.values = {{QStringLiteral("response_ms"), ms, QStringLiteral("ms")}};
    return r;
}

QStringList visibleChecks(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids.append(m.index(row, 0).data(OverviewModel::CheckIdRole).toString());
    return ids;
}
} // namespace

class TestOverviewModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOZOR_LANG", "en"); // English plurals
        Translations::install(QCoreApplication::instance());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document =
            std::make_unique<WorkspaceDocument>(sample(), m_dir.filePath(QStringLiteral("w.json")));
        m_board = std::make_unique<StatusBoard>(m_document.get());
        m_model = std::make_unique<OverviewModel>(m_document.get(), m_board.get());
        m_filter = std::make_unique<OverviewFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_modelTester.reset();
        m_filter.reset();
        m_model.reset();
        m_board.reset();
        m_document.reset();
    }

    void rowsFollowResultsAndEdits()
    {
        QCOMPARE(m_model->rowCount(), 3);
        const QModelIndex home = m_model->indexOfCheck(QStringLiteral("home"));
        QCOMPARE(home.siblingAtColumn(OverviewModel::CheckColumn).data().toString(),
            QStringLiteral("Home page"));
        QCOMPARE(home.siblingAtColumn(OverviewModel::TargetColumn).data().toString(),
            QStringLiteral("Web shop"));
        QCOMPARE(home.data(OverviewModel::StatusRankRole).toInt(), -1); // no result yet
        QVERIFY(!home.siblingAtColumn(OverviewModel::ReasonColumn).data().toString().isEmpty());

        const qint64 now = 1'700'000'000'000;
        m_model->setClock([now] { return now + 90'000; });
        m_board->addResult(
            result(QStringLiteral("home"), QStringLiteral("web"), Status::Crit, 3200, now));
        QCOMPARE(home.data(OverviewModel::StatusRankRole).toInt(),
            OverviewModel::statusRank(Status::Crit));
        QCOMPARE(home.siblingAtColumn(OverviewModel::ValueColumn).data().toString(),
            QStringLiteral("3200 ms"));
        QCOMPARE(home.siblingAtColumn(OverviewModel::ReasonColumn).data().toString(),
            QStringLiteral("CRIT because"));
        QCOMPARE(home.siblingAtColumn(OverviewModel::SinceColumn).data().toString(),
            QStringLiteral("1 min"));
        QCOMPARE(m_board->worst(), std::optional(Status::Crit));

        // Edits through the document: the model follows (and the tester watches the resets).
        CheckSpec extra = *m_document->workspace().check(QStringLiteral("api"));
        extra.id = QStringLiteral("extra");
        QVERIFY(m_document->putCheck(extra).ok());
        QCOMPARE(m_model->rowCount(), 4);
        QVERIFY(m_document->removeTarget(QStringLiteral("web")).ok());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(visibleChecks(*m_model), QStringList {QStringLiteral("cpu")});
        // The CRIT check went with its server, so nothing is worse than "no data" any more.
        QCOMPARE(m_board->worst(), std::nullopt);
    }

    void filtersAndSorting()
    {
        const qint64 now = 1'700'000'000'000;
        m_board->addResult(
            result(QStringLiteral("home"), QStringLiteral("web"), Status::Warn, 1200, now));
        m_board->addResult(
            result(QStringLiteral("api"), QStringLiteral("web"), Status::Ok, 40, now));
        CheckResult cpu;
        cpu.checkId = QStringLiteral("cpu");
        cpu.targetId = QStringLiteral("pc");
        cpu.status = Status::Crit;
        cpu.reason = QStringLiteral("CPU 99% busy");
        cpu.values = {{QStringLiteral("cpu_pct"), 99, QStringLiteral("%")}};
        m_board->addResult(cpu);

        m_filter->sort(OverviewModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("cpu"), QStringLiteral("home"), QStringLiteral("api")}));

        m_filter->setProblemsOnly(true);
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("cpu"), QStringLiteral("home")}));
        m_filter->setTag(QStringLiteral("production"));
        QCOMPARE(visibleChecks(*m_filter), QStringList {QStringLiteral("home")});
        m_filter->setProblemsOnly(false);
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("home"), QStringLiteral("api")}));
        m_filter->setTag(QString());
        m_filter->setStatus(Status::Ok);
        QCOMPARE(visibleChecks(*m_filter), QStringList {QStringLiteral("api")});
        m_filter->setStatus(std::nullopt);
        // Names, ids and tags match; reasons only when asked.
        m_filter->setText(QStringLiteral("99%"));
        QCOMPARE(visibleChecks(*m_filter), QStringList());
        m_filter->setSearchReasons(true);
        QCOMPARE(visibleChecks(*m_filter), QStringList {QStringLiteral("cpu")});
        m_filter->setSearchReasons(false);
        m_filter->setText(QStringLiteral("home page"));
        QCOMPARE(visibleChecks(*m_filter), QStringList {QStringLiteral("home")});
        m_filter->setText(QStringLiteral("web shop"));
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("home"), QStringLiteral("api")})); // WARN, then OK
        m_filter->setText(QString());
        m_filter->setTarget(QStringLiteral("web"));
        QCOMPARE(m_filter->rowCount(), 2);

        // A status change re-sorts the live view.
        m_filter->setTarget(QString());
        m_board->addResult(
            result(QStringLiteral("api"), QStringLiteral("web"), Status::Crit, 5000, now + 1000));
        QCOMPARE(m_filter->index(2, 0).data(OverviewModel::CheckIdRole).toString(),
            QStringLiteral("home"));
    }

    // Rows equal in the sort column stay in one order (worst status, server, check) however
    // often results arrive; the order is the same sorted either way round.
    void theOrderIsStable()
    {
        const qint64 now = 1'700'000'000'000;
        m_filter->sort(OverviewModel::StatusColumn, Qt::DescendingOrder);
        const QStringList expected {
            QStringLiteral("cpu"), QStringLiteral("api"), QStringLiteral("home")};
        for (int i = 0; i < 20; ++i) {
            for (const QString &id : {QStringLiteral("home"), QStringLiteral("api")})
                m_board->addResult(result(id, QStringLiteral("web"), Status::Ok, 40 + i, now + i));
            CheckResult cpu =
                result(QStringLiteral("cpu"), QStringLiteral("pc"), Status::Ok, 0, now + i);
            cpu.values = {{QStringLiteral("cpu_pct"), double(i), QStringLiteral("%")}};
            m_board->addResult(cpu);
            // "This computer" before "Web shop"; API before Home page.
            QCOMPARE(visibleChecks(*m_filter), expected);
        }
        m_filter->sort(OverviewModel::TargetColumn, Qt::AscendingOrder);
        QCOMPARE(visibleChecks(*m_filter), expected);
        m_filter->sort(OverviewModel::TargetColumn, Qt::DescendingOrder);
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("api"), QStringLiteral("home"), QStringLiteral("cpu")}));
        // A warning comes first among equals of the sort column.
        m_board->addResult(
            result(QStringLiteral("home"), QStringLiteral("web"), Status::Warn, 1, now + 30));
        QCOMPARE(visibleChecks(*m_filter),
            (QStringList {QStringLiteral("home"), QStringLiteral("api"), QStringLiteral("cpu")}));
    }

    // The heartbeat strip: the last results in order, at most heartbeatCount of them, and
    // the mark under the mouse is the result whose tooltip shows.
    void heartbeatKeepsTheLastResults()
    {
        const qint64 now = 1'700'000'000'000;
        for (int i = 0; i < 50; ++i)
            m_board->addResult(result(QStringLiteral("home"), QStringLiteral("web"),
                i % 10 == 9 ? Status::Crit : Status::Ok, 40, now + i * 1000));
        const QModelIndex cell = m_model->indexOfCheck(QStringLiteral("home"))
                                     .siblingAtColumn(OverviewModel::HeartbeatColumn);
        const auto beats = cell.data(OverviewModel::HeartbeatRole).value<QList<Heartbeat>>();
        QCOMPARE(beats.size(), StatusBoard::heartbeatCount);
        QCOMPARE(beats.last().atMs, now + 49'000);
        QCOMPARE(beats.last().status, Status::Crit);
        QCOMPARE(beats.first().atMs, now + 10'000);
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("4 of the last 40 results failed"));
        // A cell 100 px wide shows the newest 15 marks (6 px apart), right-aligned.
        const QRect rect(0, 0, 100, 24);
        QCOMPARE(HeartbeatDelegate::markAt(rect, 40, 95), 39);
        QCOMPARE(HeartbeatDelegate::markAt(rect, 40, 93), 39);
        QCOMPARE(HeartbeatDelegate::markAt(rect, 40, 87), 38);
        QCOMPARE(HeartbeatDelegate::markAt(rect, 40, 3), -1);
        QCOMPARE(HeartbeatDelegate::markAt(rect, 2, 50), -1);

        // After a restart the strip starts from the recorded results; live ones that
        // arrived first stay after them, and the strip keeps its length.
        m_board->addResult(
            result(QStringLiteral("home"), QStringLiteral("web"), Status::Warn, 40, now + 100'000));
        QList<RecentResult> recorded;
        for (int i = 0; i < 45; ++i)
            recorded.append({now + 50'000 + i * 1000, Status::Ok, QStringLiteral("recorded")});
        m_board->seedHeartbeats({{QStringLiteral("home"), recorded}});
        const auto seeded = cell.data(OverviewModel::HeartbeatRole).value<QList<Heartbeat>>();
        QCOMPARE(seeded.size(), StatusBoard::heartbeatCount);
        QCOMPARE(seeded.last().atMs, now + 100'000);
        QCOMPARE(seeded.last().status, Status::Warn);
        QCOMPARE(seeded.at(seeded.size() - 2).reason, QStringLiteral("recorded"));
        QCOMPARE(seeded.at(seeded.size() - 2).atMs, now + 94'000);
    }

    // Grouped by server: one row per server with its worst status and counts, its checks
    // beneath in the flat model's order; a result updates its rows without regrouping.
    void groupedByServer()
    {
        GroupedOverviewModel grouped(m_filter.get());
        QAbstractItemModelTester tester(
            &grouped, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = 1'700'000'000'000;
        m_board->addResult(
            result(QStringLiteral("home"), QStringLiteral("web"), Status::Warn, 1200, now));
        m_board->addResult(
            result(QStringLiteral("api"), QStringLiteral("web"), Status::Ok, 40, now));
        CheckResult cpu = result(QStringLiteral("cpu"), QStringLiteral("pc"), Status::Ok, 0, now);
        cpu.values = {{QStringLiteral("cpu_pct"), 3, QStringLiteral("%")}};
        m_board->addResult(cpu);
        m_filter->sort(OverviewModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(grouped.rowCount(), 2);
        const QModelIndex web = grouped.index(0, 0);
        QVERIFY(grouped.isServerRow(web));
        QCOMPARE(web.data(OverviewModel::TargetIdRole).toString(), QStringLiteral("web"));
        QCOMPARE(web.data().toString(), QStringLiteral("Warning")); // its worst check
        QCOMPARE(web.siblingAtColumn(OverviewModel::TargetColumn).data().toString(),
            QStringLiteral("Web shop"));
        QCOMPARE(web.siblingAtColumn(OverviewModel::CheckColumn).data().toString(),
            QStringLiteral("2 checks, 1 failing"));
        QCOMPARE(grouped.rowCount(web), 2);
        QCOMPARE(grouped.index(0, 0, web).data(OverviewModel::CheckIdRole).toString(),
            QStringLiteral("home"));
        QCOMPARE(
            grouped.index(0, 0, grouped.index(1, 0)).data(OverviewModel::CheckIdRole).toString(),
            QStringLiteral("cpu"));
        QSignalSpy changed(&grouped, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&grouped, &QAbstractItemModel::modelReset);
        m_board->addResult(
            result(QStringLiteral("api"), QStringLiteral("web"), Status::Ok, 41, now + 1000));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(reset.size(), 0);
        // A check turning critical moves its server first.
        cpu.status = Status::Crit;
        cpu.startedMs = now + 2000;
        m_board->addResult(cpu);
        QCOMPARE(
            grouped.index(0, 0).data(OverviewModel::TargetIdRole).toString(), QStringLiteral("pc"));
    }

    void sparklineKeepsTheLastHour()
    {
        const qint64 start = 1'700'000'000'000;
        for (int i = 0; i <= 90; ++i)
            m_board->addResult(result(QStringLiteral("home"), QStringLiteral("web"), Status::Ok,
                100 + i, start + qint64 {i} * 60'000));
        const QModelIndex home = m_model->indexOfCheck(QStringLiteral("home"));
        const auto points = home.data(OverviewModel::SparklineRole).value<QList<QPointF>>();
        QCOMPARE(points.size(), 61); // minutes 30 … 90
        QCOMPARE(points.first().y(), 130.0);
        QCOMPARE(points.last().y(), 190.0);
        // History seeded later keeps the live points that are newer.
        m_board->seedSparkline(QStringLiteral("home"),
            {QStringLiteral("response_ms"), QStringLiteral("ms")},
            {{start + 29 * 60'000, 1, 1, 1}});
        QCOMPARE(home.data(OverviewModel::SparklineRole).value<QList<QPointF>>().size(), 62);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<StatusBoard> m_board;
    std::unique_ptr<OverviewModel> m_model;
    std::unique_ptr<OverviewFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

QTEST_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
