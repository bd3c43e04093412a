// The journal in the desktop app: incidents (open first) and entries from a real history
// file, filters and search, an incident's timeline, writing an entry, the maintenance and
// alert channel dialogs, and PENDING in the overview until a failure becomes an incident.
#include "AlertChannelsDialog.h"
#include "ChannelDialog.h"
#include "CheckDialog.h"
#include "JournalEntryDialog.h"
#include "JournalPage.h"
#include "MaintenanceDialog.h"
#include "MaintenanceWindowDialog.h"
#include "RouteDialog.h"
#include "StatusBoard.h"
#include "TestSupport.h"
#include "core/Translations.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceFile.h"
#include "models/OverviewModel.h"
#include "monitor/IncidentEngine.h"
#include "secrets/SecretStore.h"
#include "store/HistoryQueries.h"
#include "store/HistoryWriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace dozor;
using namespace dozor::test;

namespace {
constexpr qint64 minute = 60'000;

Workspace workspace()
{
    Workspace w;
    w.targets = {localTarget(QStringLiteral("web"), QStringLiteral("Web shop"))};
    for (const char *id : {"disk", "nginx"}) {
        CheckSpec c = bareCheck(CheckType::Disk);
        c.id = QLatin1String(id);
        c.targetId = QStringLiteral("web");
        w.checks.append(c);
    }
    return w;
}

CheckResult result(const QString &check, Status status)
{
    CheckResult r;
    r.checkId = check;
    r.targetId = QStringLiteral("web");
    r.status = status;
    r.reason =
        status == Status::Ok ? QStringLiteral("fine") : QStringLiteral("disk 97% full on /var");
    return r;
}
} // namespace

class TestJournalPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOZOR_LANG", "en");
        Translations::install(QCoreApplication::instance());
        qputenv("DOZOR_HOME", m_dir.path().toUtf8());
        m_path = m_dir.filePath(QStringLiteral("h.sqlite"));
        // Two incidents: disk (critical, resolved) then nginx (warning, still open).
        HistoryWriter writer(m_path);
        writer.open();
        IncidentEngine engine(workspace());
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60 * minute;
        int n = 0;
        auto feed = [&](const QString &check, Status s) {
            ResultBatch b;
            b.tickMs = t0 + ++n * minute;
            CheckResult r = result(check, s);
            r.startedMs = b.tickMs;
            b.results.append(r);
            b.incidents = engine.onResult(r, b.tickMs);
            writer.write(b);
        };
        for (Status s : {Status::Crit, Status::Crit, Status::Crit, Status::Ok, Status::Ok})
            feed(QStringLiteral("disk"), s);
        for (int i = 0; i < 3; ++i)
            feed(QStringLiteral("nginx"), Status::Warn);
        writer.close();
        m_document = std::make_unique<WorkspaceDocument>(
            workspace(), m_dir.filePath(QStringLiteral("w.json")));
        m_queries = std::make_unique<HistoryQueries>(m_path);
    }

    void cleanupTestCase()
    {
        m_queries.reset();
        m_document.reset();
    }

    void listsIncidentsOpenFirstAndShowsTheTimeline()
    {
        JournalPage page(m_document.get(), m_queries.get(), nullptr);
        QSignalSpy refreshed(&page, &JournalPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        QTreeWidget *list = page.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Web shop — nginx"));
        QVERIFY(list->topLevelItem(0)->font(2).bold());
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(QLatin1String("open for")));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("critical"));
        QVERIFY(list->topLevelItem(1)->text(3).startsWith(QLatin1String("resolved after 4 min")));

        QSignalSpy shown(&page, &JournalPage::detailsShown);
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(shown.wait(5000));
        const QString details = page.details()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("Timeline")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("CRIT after 3 failed runs in a row")));
        QVERIFY(details.contains(QLatin1String("OK again after 4 min")));
    }

    void recordedLinesFollowTheLanguage()
    {
        // The history was written while the app spoke English; read in Russian, the journal
        // shows the same timeline in Russian.
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/dozor/i18n/dozor_ru")));
        QCoreApplication::installTranslator(&russian);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&russian); });
        JournalPage page(m_document.get(), m_queries.get(), nullptr);
        QSignalSpy refreshed(&page, &JournalPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        QSignalSpy shown(&page, &JournalPage::detailsShown);
        page.list()->setCurrentItem(page.list()->topLevelItem(1));
        QVERIFY(shown.wait(5000));
        const QString details = page.details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("CRIT после 3 неудачных запусков подряд: disk 97% "
                                                 "full on /var")),
            qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("снова OK через 4 мин")), qPrintable(details));
        QVERIFY(!details.contains(QLatin1String("failed runs in a row")));
    }

    void filtersAndSearch()
    {
        JournalPage page(m_document.get(), m_queries.get(), nullptr);
        QSignalSpy refreshed(&page, &JournalPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        auto *severity = page.findChild<QComboBox *>(QStringLiteral("journalSeverity"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("warning")));
        QTRY_COMPARE(page.list()->topLevelItemCount(), 1);
        QCOMPARE(page.list()->topLevelItem(0)->text(2), QStringLiteral("Web shop — nginx"));
        severity->setCurrentIndex(0);
        QTRY_COMPARE(page.list()->topLevelItemCount(), 2);
        page.setSearch(QStringLiteral("no such words"));
        QTRY_COMPARE(page.list()->topLevelItemCount(), 0);
        QVERIFY(page.details()->toPlainText().contains(QLatin1String("Nothing in the journal")));
        page.setSearch(QStringLiteral("97% /var"));
        QTRY_COMPARE(page.list()->topLevelItemCount(), 2);
    }

    void writingAnEntryLinkedToAnIncident()
    {
        JournalPage page(m_document.get(), m_queries.get(), nullptr);
        QSignalSpy refreshed(&page, &JournalPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        page.list()->setCurrentItem(page.list()->topLevelItem(1)); // the disk incident
        // The dialog opens prefilled from the incident; write it up and save.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = page.findChild<JournalEntryDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->entry().title, QStringLiteral("Web shop — disk"));
            QVERIFY(!dialog->entry().incidentId.isEmpty());
            QCOMPARE(dialog->entry().severity, AlertLevel::Critical);
            // The linked incident by its title, not its id.
            auto *linked = dialog->findChild<QLabel *>(QStringLiteral("entryIncident"));
            QVERIFY(linked);
            QCOMPARE(linked->text(), QStringLiteral("Web shop — disk"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("entryCause"))
                ->setPlainText(QStringLiteral("logrotate was off on /var/log/app"));
            dialog->accept();
        });
        page.newEntry();
        QTRY_COMPARE(page.list()->topLevelItemCount(), 3);
        QCOMPARE(page.list()->topLevelItem(2)->text(3), QStringLiteral("journal entry"));
        page.list()->setCurrentItem(page.list()->topLevelItem(2));
        QTRY_VERIFY(page.details()->toPlainText().contains(QLatin1String("logrotate was off")));
        // Edited later, the entry still shows its incident by title (read from the journal).
        const auto entries = [&] {
            JournalBook book(m_path);
            book.open();
            JournalFilter all;
            return book.entries(all);
        }();
        QVERIFY(entries.ok() && !entries->isEmpty());
        page.editEntry(entries->first());
        QTRY_VERIFY(page.findChild<JournalEntryDialog *>());
        auto *again = page.findChild<JournalEntryDialog *>();
        QCOMPARE(again->findChild<QLabel *>(QStringLiteral("entryIncident"))->text(),
            QStringLiteral("Web shop — disk"));
        again->reject();
        delete again;

        // A title is required.
        JournalEntryDialog empty(JournalEntry {}, m_document->workspace());
        QSignalSpy saved(&empty, &JournalEntryDialog::saved);
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        empty.accept();
        QCOMPARE(saved.size(), 0);
    }

    void recurringMaintenanceWithoutJson()
    {
        const QString file = m_dir.filePath(QStringLiteral("w3.json"));
        WorkspaceDocument doc(workspace(), file);
        {
            MaintenanceWindowDialog add(&doc, QString());
            add.findChild<QLineEdit *>(QStringLiteral("windowReason"))
                ->setText(QStringLiteral("Nightly backup"));
            QCOMPARE(add.findChild<QLineEdit *>(QStringLiteral("windowId"))->text(),
                QStringLiteral("nightly-backup"));
            auto *repeat = add.findChild<QComboBox *>(QStringLiteral("windowRepeat"));
            repeat->setCurrentIndex(
                repeat->findData(static_cast<int>(MaintenanceWindow::Repeat::Weekly)));
            QVERIFY(add.findChild<QCheckBox *>(QStringLiteral("windowDay7"))->isChecked());
            add.findChild<QCheckBox *>(QStringLiteral("windowDay3"))->setChecked(true);
            add.findChild<QTimeEdit *>(QStringLiteral("windowAt"))->setTime(QTime(2, 30));
            add.findChild<QSpinBox *>(QStringLiteral("windowMinutes"))->setValue(45);
            auto *zone = add.findChild<QComboBox *>(QStringLiteral("windowZone"));
            zone->setEditText(QStringLiteral("Nowhere/Atlantis"));
            auto *next = add.findChild<QLabel *>(QStringLiteral("windowNext"));
            QCOMPARE(next->text(), QStringLiteral("Unknown time zone: use a name from the list."));
            add.accept();
            QCOMPARE(add.result(), int(QDialog::Rejected));
            QVERIFY(doc.workspace().maintenance.isEmpty()); // the file's own rule refused it
            auto *zoneError = add.findChild<QLabel *>(QStringLiteral("windowZoneError"));
            QVERIFY(!zoneError->isHidden());
            zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Moscow")));
            QVERIFY(zoneError->isHidden()); // it spoke of the value that was replaced
            // (Its next time, or, on Saturdays 23:30 to 00:15 UTC, that it is in effect now.)
            QVERIFY2(next->text().startsWith(QLatin1String("Next: "))
                    || next->text().startsWith(QLatin1String("In effect now, until ")),
                qPrintable(next->text()));
            add.accept();
            QCOMPARE(add.result(), int(QDialog::Accepted));
        }
        QCOMPARE(doc.workspace().maintenance.size(), 1);
        const MaintenanceWindow w = doc.workspace().maintenance.constFirst();
        QCOMPARE(w.id, QStringLiteral("nightly-backup"));
        QCOMPARE(w.repeat, MaintenanceWindow::Repeat::Weekly);
        QCOMPARE(w.weekdays, (QList<int> {3, 7}));
        QCOMPARE(w.at, QStringLiteral("02:30"));
        QCOMPARE(w.durationMin, 45);
        QCOMPARE(w.timeZone, QStringLiteral("Europe/Moscow"));
        const WorkspaceParse loaded = loadWorkspaceFile(file);
        QCOMPARE(loaded.workspace.maintenance.size(), 1);
        QCOMPARE(loaded.workspace.maintenance.constFirst().weekdays, (QList<int> {3, 7}));

        // Edited: the dialog opens with the window as it is; every day from now on.
        {
            MaintenanceWindowDialog edit(&doc, QStringLiteral("nightly-backup"));
            QVERIFY(edit.findChild<QCheckBox *>(QStringLiteral("windowDay3"))->isChecked());
            QCOMPARE(edit.findChild<QTimeEdit *>(QStringLiteral("windowAt"))->time(), QTime(2, 30));
            auto *repeat = edit.findChild<QComboBox *>(QStringLiteral("windowRepeat"));
            repeat->setCurrentIndex(
                repeat->findData(static_cast<int>(MaintenanceWindow::Repeat::Daily)));
            edit.accept();
            QCOMPARE(edit.result(), int(QDialog::Accepted));
        }
        QCOMPARE(doc.workspace().maintenance.constFirst().repeat, MaintenanceWindow::Repeat::Daily);
        // A one-off window that ends before it starts is refused under "Until".
        {
            MaintenanceWindowDialog once(&doc, QString());
            auto *start = once.findChild<QDateTimeEdit *>(QStringLiteral("windowStart"));
            once.findChild<QDateTimeEdit *>(QStringLiteral("windowEnd"))
                ->setDateTime(start->dateTime().addSecs(-3600));
            once.accept();
            QCOMPARE(once.result(), int(QDialog::Rejected));
            QCOMPARE(doc.workspace().maintenance.size(), 1);
        }

        // Listed with when it happens; edited or removed from the list (after a question).
        MaintenanceDialog list(&doc, m_queries.get(), nullptr);
        QSignalSpy reloaded(&list, &MaintenanceDialog::reloaded);
        QVERIFY(reloaded.wait(5000));
        auto *tree = list.findChild<QTreeWidget *>(QStringLiteral("maintenanceOpen"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(
            tree->topLevelItem(0)->text(2), QStringLiteral("every day at 02:30 (Europe/Moscow)"));
        const QString nowOrNext = tree->topLevelItem(0)->text(3);
        QVERIFY2(nowOrNext.startsWith(QLatin1String("in effect until "))
                || (nowOrNext.startsWith(QLatin1String("next ")) && nowOrNext.contains(u'–')),
            qPrintable(nowOrNext));
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("All servers"));
        auto *remove = list.findChild<QPushButton *>(QStringLiteral("maintenanceRemove"));
        QVERIFY(!remove->isEnabled());
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        QVERIFY(list.findChild<QPushButton *>(QStringLiteral("maintenanceEdit"))->isEnabled());
        QVERIFY(!list.findChild<QPushButton *>(QStringLiteral("maintenanceEnd"))->isEnabled());
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        remove->click();
        QVERIFY(doc.workspace().maintenance.isEmpty());
        QVERIFY(loadWorkspaceFile(file).workspace.maintenance.isEmpty());
    }

    void maintenanceAndChannelDialogs()
    {
        MaintenanceDialog maintenance(m_document.get(), m_queries.get(), nullptr);
        QSignalSpy reloaded(&maintenance, &MaintenanceDialog::reloaded);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(maintenance.findChild<QTreeWidget *>(QStringLiteral("maintenanceOpen"))
                     ->topLevelItemCount(),
            0);

        Workspace w = workspace();
        AlertChannel tg;
        tg.id = QStringLiteral("tg");
        tg.type = ChannelType::Telegram;
        tg.chatId = QStringLiteral("-100");
        w.alerts.channels.append(tg);
        WorkspaceDocument doc(w, m_dir.filePath(QStringLiteral("w2.json")));
        SecretStore secrets;
        AlertChannelsDialog channels(&doc, nullptr, &secrets);
        auto *list = channels.findChild<QTreeWidget *>(QStringLiteral("alertChannels"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("telegram"));
        QVERIFY(list->topLevelItem(0)->text(2).contains(QLatin1String("-100")));
        QVERIFY(channels.findChild<QPushButton *>(QStringLiteral("setChannelSecret"))->isEnabled());
        QVERIFY(!channels.findChild<QPushButton *>(QStringLiteral("sendTestAlert"))->isEnabled());

        // A stored bot token is never reused as a webhook's header value (another host), and
        // an id another channel has is refused before the keychain is touched.
        {
            ChannelDialog edit(&doc, &secrets, QStringLiteral("tg"));
            auto *type = edit.findChild<QComboBox *>(QStringLiteral("channelType"));
            type->setCurrentIndex(type->findData(static_cast<int>(ChannelType::Webhook)));
            edit.findChild<QLineEdit *>(QStringLiteral("channelUrl"))
                ->setText(QStringLiteral("https://hooks.example.com/x"));
            edit.findChild<QLineEdit *>(QStringLiteral("channelHeader"))
                ->setText(QStringLiteral("X-Token"));
            edit.accept();
            QCOMPARE(edit.result(), int(QDialog::Rejected)); // not accepted
            QCOMPARE(
                doc.workspace().alerts.channel(QStringLiteral("tg"))->type, ChannelType::Telegram);
        }
        // Routes without JSON: add one (critical alerts of servers tagged "shop" to tg), then
        // remove it; each change is in the file at once.
        auto *routes = channels.findChild<QTreeWidget *>(QStringLiteral("alertRoutes"));
        QCOMPARE(routes->topLevelItem(0)->text(0),
            QStringLiteral("No routes: every alert goes to every channel."));
        channels.editRoute(-1);
        auto *route = channels.findChild<RouteDialog *>();
        QVERIFY(route);
        route->findChild<QPushButton *>(QStringLiteral("routeSave"))->click();
        QVERIFY(route->isVisible()); // no channel ticked: refused
        route->findChild<QCheckBox *>(QStringLiteral("routeLevel_critical"))->setChecked(true);
        route->findChild<QLineEdit *>(QStringLiteral("routeTags"))->setText(QStringLiteral("shop"));
        auto *targets = route->findChild<QListWidget *>(QStringLiteral("routeChannels"));
        targets->item(0)->setCheckState(Qt::Checked);
        route->findChild<QPushButton *>(QStringLiteral("routeSave"))->click();
        QTRY_COMPARE(doc.workspace().alerts.routes.size(), 1);
        QCOMPARE(
            doc.workspace().alerts.routes.first().levels, QList<AlertLevel> {AlertLevel::Critical});
        QCOMPARE(loadWorkspaceFile(doc.path()).workspace.alerts.routes.first().tags,
            QStringList {QStringLiteral("shop")});
        QCOMPARE(routes->topLevelItem(0)->text(0), QStringLiteral("Critical, tagged shop → tg"));
        routes->setCurrentItem(routes->topLevelItem(0));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        channels.removeSelectedRoute();
        QVERIFY(doc.workspace().alerts.routes.isEmpty());
    }

    void editingACheckKeepsItsAlertingSettings()
    {
        Workspace w = workspace();
        CheckSpec web = httpCheck(QStringLiteral("site"), QStringLiteral("web"),
            QStringLiteral("http://127.0.0.1:9/health"));
        web.http.headers = {{"X-Probe", "dozor"}};
        web.tags = {QStringLiteral("shop")};
        web.remediation.action = Remediation::Action::Command;
        web.remediation.run = QStringLiteral("systemctl reload nginx");
        web.remediation.automatic = true;
        w.checks.append(web);
        WorkspaceDocument doc(w, m_dir.filePath(QStringLiteral("w4.json")));
        CheckDialog dialog(&doc, nullptr, QStringLiteral("site"), QString());
        auto *failAfter = dialog.findChild<QSpinBox *>(QStringLiteral("checkFailThreshold"));
        QCOMPARE(failAfter->value(), 0); // the workspace's 3
        failAfter->setValue(5);
        dialog.accept();
        const CheckSpec *saved = doc.workspace().check(QStringLiteral("site"));
        QVERIFY(saved);
        QCOMPARE(saved->failThreshold, std::optional(5));
        QVERIFY(!saved->recoverThreshold);
        QCOMPARE(saved->tags, QStringList {QStringLiteral("shop")});
        QCOMPARE(saved->remediation.run, QStringLiteral("systemctl reload nginx"));
        QVERIFY(saved->remediation.automatic);
        QCOMPARE(saved->http.headers.size(), 1);
    }

    // A check's remediation is edited in the check editor with the file's validation.
    void remediationInTheCheckEditor()
    {
        Workspace w = workspace();
        w.checks.append(httpCheck(QStringLiteral("app"), QStringLiteral("web"),
            QStringLiteral("http://127.0.0.1:9/health")));
        WorkspaceDocument doc(w, m_dir.filePath(QStringLiteral("w5.json")));
        CheckDialog dialog(&doc, nullptr, QStringLiteral("app"), QString());
        auto *action = dialog.findChild<QComboBox *>(QStringLiteral("remediationAction"));
        QVERIFY(action);
        action->setCurrentIndex(
            action->findData(static_cast<int>(Remediation::Action::RestartUnit)));
        dialog.accept();
        QVERIFY(!doc.workspace().check(QStringLiteral("app"))->remediation.isSet()); // refused
        dialog.findChild<QLineEdit *>(QStringLiteral("remediationUnit"))
            ->setText(QStringLiteral("gunicorn"));
        dialog.findChild<QCheckBox *>(QStringLiteral("remediationAutomatic"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("remediationAttempts"))->setValue(2);
        dialog.accept();
        const Remediation saved = doc.workspace().check(QStringLiteral("app"))->remediation;
        QCOMPARE(saved.action, Remediation::Action::RestartUnit);
        QCOMPARE(saved.unit, QStringLiteral("gunicorn"));
        QVERIFY(saved.automatic);
        QCOMPARE(saved.maxAttempts, 2);
        QCOMPARE(loadWorkspaceFile(doc.path()).workspace.check(QStringLiteral("app"))->remediation,
            saved);
    }

    void overviewSaysPendingUntilThereIsAnIncident()
    {
        WorkspaceDocument doc(workspace(), m_dir.filePath(QStringLiteral("w3.json")));
        StatusBoard board(&doc);
        OverviewModel model(&doc, &board);
        CheckResult r = result(QStringLiteral("disk"), Status::Crit);
        r.startedMs = QDateTime::currentMSecsSinceEpoch();
        board.addResult(r);
        const QModelIndex status = model.index(0, OverviewModel::StatusColumn);
        // A short word that fits the column; the icon keeps the status, the tooltip explains.
        QCOMPARE(model.data(status).toString(), QStringLiteral("Pending"));
        QCOMPARE(model.data(status, Qt::AccessibleTextRole).toString(),
            QStringLiteral("Critical, pending"));
        const QString tip = model.data(status, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("Critical — pending: failing, but not for 3 runs "
                                               "in a row yet")),
            qPrintable(tip));
        Incident i;
        i.id = QStringLiteral("x");
        i.checks = {QStringLiteral("disk")};
        IncidentOutput out;
        out.incidents.append(i);
        board.addIncidents(out);
        QCOMPARE(model.data(status).toString(), QStringLiteral("Critical"));
        i.closedMs = 1;
        out.incidents = {i};
        board.addIncidents(out);
        QCOMPARE(model.data(status).toString(), QStringLiteral("Pending"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<HistoryQueries> m_queries;
};

QTEST_MAIN(TestJournalPage)
#include "tst_journalpage.moc"
