// The Backups and Jobs pages over a real engine and real files on this computer: the catalog
// lists the archives with their retention slots, Verify runs a job that the Jobs page shows
// with its log and the catalog then marks ✓ (✗ with the reason for a broken archive), Back up
// now of a long command is cancelled from the Jobs page, and Prune deletes exactly what the
// policy drops only after the server's name is typed.
#include "BackupsPage.h"
#include "JobsPage.h"
#include "RestorePreviewDialog.h"
#include "RestoreWizard.h"
#include "ServerBackups.h"
#include "TestSupport.h"
#include "core/Translations.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace dozor;
using namespace dozor::test;

class TestBackupsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_backups;

    QTreeWidgetItem *row(QTreeWidget *tree, const QString &name)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(2) == name || tree->topLevelItem(i)->text(0) == name)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    Workspace workspace() const
    {
        Workspace w;
        w.targets = {localTarget(QStringLiteral("here"), QStringLiteral("Backup box"))};
        BackupSource full;
        full.id = QStringLiteral("full");
        full.targetId = QStringLiteral("here");
        full.path = m_backups;
        full.pattern = QStringLiteral("full_*.tar.gz");
        full.timeFormat = QStringLiteral("full_%Y%m%d-%H%M%S");
        full.retention.daily = 3;
        full.restoreTo = m_dir.filePath(QStringLiteral("live"));
        BackupSource slow = full;
        slow.id = QStringLiteral("slow");
        slow.pattern = QStringLiteral("slow_*");
        slow.command = {QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo starting; sleep 4731")};
        slow.retention = {};
        w.backups = {full, slow};
        return w;
    }

    // The archive of daysAgo nights ago, named from one moment taken at the start.
    QString nameFor(int daysAgo) const
    {
        return m_start.addDays(-daysAgo).toString(
            QStringLiteral("'full_'yyyyMMdd-HHmmss'.tar.gz'"));
    }
    const QDateTime m_start = QDateTime::currentDateTimeUtc();

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOZOR_LANG", "en");
        Translations::install(QCoreApplication::instance());
        qputenv("DOZOR_HOME", m_dir.path().toUtf8());
        m_backups = m_dir.filePath(QStringLiteral("backups"));
        QDir().mkpath(m_backups);
        writeFile(m_dir.filePath(QStringLiteral("data.txt")), QByteArray(30'000, 'x'));
        for (int d = 1; d <= 6; ++d) {
            QProcess tar;
            tar.start(QStringLiteral("tar"),
                {QStringLiteral("-czf"), m_backups + QLatin1Char('/') + nameFor(d),
                    QStringLiteral("-C"), m_dir.path(), QStringLiteral("data.txt")});
            QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        }
        // The oldest is cut in half: its verification must fail.
        QFile broken(m_backups + QLatin1Char('/') + nameFor(6));
        QVERIFY(broken.resize(broken.size() / 2));
    }

    void verifyPruneAndCancelFromThePages()
    {
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        BackupsPage page(&document, &engine);
        JobsPage jobs(&engine);
        QSignalSpy shown(&page, &BackupsPage::catalogShown);
        QSignalSpy started(&page, &BackupsPage::jobStarted);
        page.resize(1000, 700);
        page.show(); // the first visit lists every source
        QTRY_VERIFY_WITH_TIMEOUT(page.catalog()->topLevelItemCount() == 6, 20'000);
        QTreeWidgetItem *newest = page.catalog()->topLevelItem(0);
        QCOMPARE(newest->text(2), nameFor(1));
        QVERIFY2(
            newest->text(5).startsWith(QStringLiteral("keep: daily")), qPrintable(newest->text(5)));
        QCOMPARE(page.catalog()->topLevelItem(5)->text(5), QStringLiteral("drop"));
        QCOMPARE(newest->text(4), QStringLiteral("—"));
        QVERIFY(row(page.sources(), QStringLiteral("full"))->text(4) == QStringLiteral("6"));

        // Verify the newest: a job, shown with its steps and log; then ✓ in the catalog.
        page.catalog()->setCurrentItem(newest);
        page.findChild<QPushButton *>(QStringLiteral("backupVerify"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10'000);
        const qint64 verifyJob = started.at(0).at(0).toLongLong();
        jobs.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.catalog()->topLevelItemCount() == 6
                && page.catalog()->topLevelItem(0)->text(4).startsWith(QStringLiteral("✓")),
            20'000);
        jobs.selectJob(verifyJob);
        QTRY_VERIFY(jobs.log()->toPlainText().contains(QStringLiteral("Test the archive")));
        QVERIFY(jobs.progress()->isVisible());
        QCOMPARE(jobs.progress()->value(), jobs.progress()->maximum());

        // The broken one: ✗, with the reason as its tooltip.
        page.catalog()->setCurrentItem(page.catalog()->topLevelItem(5));
        page.findChild<QPushButton *>(QStringLiteral("backupVerify"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.catalog()->topLevelItemCount() == 6
                && page.catalog()->topLevelItem(5)->text(4) == QStringLiteral("✗ failed"),
            20'000);
        QVERIFY2(
            page.catalog()->topLevelItem(5)->toolTip(4).contains(QStringLiteral("unexpected end")),
            qPrintable(page.catalog()->topLevelItem(5)->toolTip(4)));
        QCOMPARE(row(page.sources(), QStringLiteral("full"))->text(5),
            QStringLiteral("a backup failed verification"));

        // Prune: the list first; Delete only once the server's name is typed.
        QPushButton *prune = page.findChild<QPushButton *>(QStringLiteral("backupPrune"));
        QVERIFY(prune->isEnabled());
        prune->click();
        QDialog *dialog = page.findChild<QDialog *>(QStringLiteral("pruneDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("pruneList"))->count(), 3);
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("pruneConfirm"));
        auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("pruneDelete"));
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("Backup bo"));
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("x"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.catalog()->topLevelItemCount(), 3, 20'000);
        QCOMPARE(QDir(m_backups).entryList(QDir::Files).size(), 3);
        QVERIFY(QFile::exists(m_backups + QLatin1Char('/') + nameFor(1)));
        QVERIFY(!QFile::exists(m_backups + QLatin1Char('/') + nameFor(6)));

        // Back up now of a long command, cancelled from the Jobs page: nothing left running.
        page.selectSource(QStringLiteral("slow"));
        page.findChild<QPushButton *>(QStringLiteral("backupNow"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 4, 10'000);
        const qint64 slowJob = started.last().at(0).toLongLong();
        jobs.selectJob(slowJob);
        QTRY_VERIFY_WITH_TIMEOUT(
            jobs.log()->toPlainText().contains(QStringLiteral("starting")), 20'000);
        QCOMPARE(jobs.runningJobs(), 1);
        auto *cancel = jobs.findChild<QPushButton *>(QStringLiteral("jobCancel"));
        QVERIFY(cancel->isVisible());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningJobs(), 0, 20'000);
        QVERIFY(jobs.findChild<QLabel *>(QStringLiteral("jobTitle"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QProcess ps;
        ps.start(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("args")});
        QVERIFY(ps.waitForFinished());
        QVERIFY(!ps.readAllStandardOutput().contains("sleep 4731"));
        engine.stop();
    }
    // Preview restore opens the preview of the selected backup: counts as filters, the tree,
    // a search; the live folder is left as it was.
    void previewRestoreFromTheCatalog()
    {
        const QString live = m_dir.filePath(QStringLiteral("live"));
        QDir().mkpath(live);
        writeFile(live + QStringLiteral("/data.txt"), "changed since");
        writeFile(live + QStringLiteral("/extra.txt"), "only live");
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        BackupsPage page(&document, &engine);
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.catalog()->topLevelItemCount() >= 3, 20'000);
        auto *preview = page.findChild<QPushButton *>(QStringLiteral("backupPreviewRestore"));
        QVERIFY(preview);
        page.catalog()->setCurrentItem(page.catalog()->topLevelItem(0));
        QTRY_VERIFY(preview->isEnabled());
        preview->click();
        auto *dialog = page.findChild<RestorePreviewDialog *>(QStringLiteral("restorePreview"));
        QVERIFY(dialog);
        QSignalSpy shown(dialog, &RestorePreviewDialog::shown);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20'000);
        QVERIFY2(dialog->report().error.isEmpty(), qPrintable(dialog->report().error));
        QCOMPARE(dialog->report().tree.count(RestoreChange::Overwrite), 1);
        QCOMPARE(dialog->report().tree.count(RestoreChange::Delete), 1);
        QCOMPARE(dialog->findChild<QCheckBox *>(QStringLiteral("restoreKind-delete"))->text(),
            QStringLiteral("Delete (1)"));
        QCOMPARE(dialog->tree()->model()->rowCount(), 2); // unchanged is hidden at first
        dialog->findChild<QCheckBox *>(QStringLiteral("restoreKind-delete"))->setChecked(false);
        QCOMPARE(dialog->tree()->model()->rowCount(), 1);
        QCOMPARE(
            dialog->tree()->model()->index(0, 0).data().toString(), QStringLiteral("data.txt"));
        dialog->findChild<QCheckBox *>(QStringLiteral("restoreKind-delete"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("restorePreviewSearch"))
            ->setText(QStringLiteral("EXTRA"));
        QCOMPARE(dialog->tree()->model()->rowCount(), 1);
        QCOMPARE(dialog->tree()->model()->index(0, 1).data().toString(), QStringLiteral("Delete"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restorePreviewState"))
                    ->text()
                    .contains(QStringLiteral("Nothing on the server was changed")));
        QCOMPARE(readFile(live + QStringLiteral("/extra.txt")), QByteArray("only live"));
        dialog->close();
        engine.stop();
    }

    // The wizard, as a first-time user walks it: prefilled with the selected backup, the
    // preview, the plan, the server's name typed, the job, the result; the folder is the
    // backup's again and the copy from before is kept beside it.
    void restoreWizardWalkthrough()
    {
        const QString live = m_dir.filePath(QStringLiteral("live"));
        QDir(live).removeRecursively();
        QDir().mkpath(live);
        writeFile(live + QStringLiteral("/data.txt"), "changed since");
        writeFile(live + QStringLiteral("/extra.txt"), "only live");
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        BackupsPage page(&document, &engine);
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.catalog()->topLevelItemCount() >= 3, 20'000);
        page.catalog()->setCurrentItem(page.catalog()->topLevelItem(0));
        const QString name = page.catalog()->topLevelItem(0)->text(2);
        auto *restore = page.findChild<QPushButton *>(QStringLiteral("backupRestore"));
        QTRY_VERIFY(restore->isEnabled());
        restore->click();
        auto *wizard = page.findChild<RestoreWizard *>(QStringLiteral("restoreWizard"));
        QVERIFY(wizard);
        QSignalSpy ended(wizard, &RestoreWizard::jobEnded);
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ChoosePage));
        // Prefilled, once the catalog and the (absent) record of an unfinished restore are read.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 10'000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::WhatPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20'000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::PlanPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20'000);
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("restorePlan"))
                    ->toPlainText()
                    .contains(QStringLiteral("Swap the restored copy in")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ConfirmPage));
        QVERIFY(!wizard->currentPage()->isComplete());
        auto *typed = wizard->findChild<QLineEdit *>(QStringLiteral("restoreConfirm"));
        typed->setText(QStringLiteral("Backup bo")); // not the name yet
        QVERIFY(!wizard->currentPage()->isComplete());
        typed->setText(QStringLiteral("Backup box"));
        QVERIFY(wizard->currentPage()->isComplete());
        QCOMPARE(readFile(live + QStringLiteral("/extra.txt")), QByteArray("only live"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::RunPage));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30'000);
        QTRY_COMPARE(wizard->currentId(), int(RestoreWizard::ResultPage));
        QCOMPARE(wizard->outcome().state, JobRunner::State::Succeeded);
        const QString result = wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("Restored.")), qPrintable(result));
        QCOMPARE(readFile(live + QStringLiteral("/data.txt")), QByteArray(30'000, 'x'));
        QVERIFY(!QFile::exists(live + QStringLiteral("/extra.txt")));
        const QStringList beside = QDir(m_dir.path())
                                       .entryList({QStringLiteral(".live.dozor-*")},
                                           QDir::Dirs | QDir::Hidden | QDir::Files);
        // The safety copy, and the record of this last restore (what undoes it).
        QCOMPARE(beside.size(), 2);
        const QString safety = beside.filter(QStringLiteral("safety")).value(0);
        QCOMPARE(readFile(m_dir.filePath(safety + QStringLiteral("/live/extra.txt"))),
            QByteArray("only live"));
        QVERIFY(beside.contains(QStringLiteral(".live.dozor-restored")));
        Q_UNUSED(name)

        // Undone from the result: the plan, the name typed again, the folder as it was.
        auto *undo = wizard->findChild<QPushButton *>(QStringLiteral("restoreUndo"));
        QVERIFY(undo->isVisible());
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RestoreWizard::PlanPage), 10'000);
        QVERIFY(wizard->findChild<QPlainTextEdit *>(QStringLiteral("restorePlan"))
                    ->toPlainText()
                    .contains(QStringLiteral("Check that the copy from before is still in")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ConfirmPage));
        typed->setText(QStringLiteral("Backup box"));
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 30'000);
        QTRY_COMPARE(wizard->currentId(), int(RestoreWizard::ResultPage));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("restoreResult"))
                    ->text()
                    .contains(QStringLiteral("Rolled back")));
        QVERIFY(!undo->isVisible());
        QCOMPARE(readFile(live + QStringLiteral("/data.txt")), QByteArray("changed since"));
        QCOMPARE(readFile(live + QStringLiteral("/extra.txt")), QByteArray("only live"));
        QCOMPARE(QDir(m_dir.path())
                     .entryList(
                         {QStringLiteral(".live.dozor-*")}, QDir::Dirs | QDir::Hidden | QDir::Files)
                     .filter(QStringLiteral("failed"))
                     .size(),
            1);
        wizard->close();
        engine.stop();
    }

    // A restore cut off after its swap (its record on the server says so) is offered first;
    // rolling it back from the wizard puts the folder back as it was.
    void restoreWizardRollsBackAnInterruptedRestore()
    {
        const QString live = m_dir.filePath(QStringLiteral("live"));
        QDir(live).removeRecursively();
        for (const QString &left :
            QDir(m_dir.path())
                .entryList({QStringLiteral(".live.dozor-*")}, QDir::Dirs | QDir::Hidden))
            QVERIFY(QDir(m_dir.filePath(left)).removeRecursively()); // the last test's safety copy
        const QString stage = m_dir.filePath(QStringLiteral(".live.dozor-stage-20261205-010203"));
        const QString safety = m_dir.filePath(QStringLiteral(".live.dozor-safety-20261205-010203"));
        QDir().mkpath(stage);
        QDir().mkpath(safety + QStringLiteral("/live"));
        writeFile(safety + QStringLiteral("/live/before.txt"), "as it was");
        QDir().mkpath(live);
        writeFile(live + QStringLiteral("/data.txt"), "restored, then cut off");
        writeFile(m_dir.filePath(QStringLiteral(".live.dozor-restore")),
            "dozor-restore 1\nsource full\nbackup " + nameFor(1).toUtf8()
                + "\nstamp 20261205-010203\nbase " + m_dir.path().toUtf8() + "\nstage "
                + stage.toUtf8() + "\nsafety " + safety.toUtf8() + "\nfailed "
                + m_dir.filePath(QStringLiteral(".live.dozor-failed-20261205-010203")).toUtf8()
                + "\nswap live\nphase staged\nphase swapped\n");
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        RestoreWizard wizard(&document, &engine, QStringLiteral("full"), QString());
        wizard.setAttribute(Qt::WA_DeleteOnClose, false);
        wizard.show();
        auto *banner = wizard.findChild<QLabel *>(QStringLiteral("restoreInterrupted"));
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->text().contains(QStringLiteral("was not finished")), 20'000);
        QVERIFY(!wizard.currentPage()->isComplete()); // a new restore waits
        wizard.findChild<QPushButton *>(QStringLiteral("restoreRollback"))->click();
        QCOMPARE(wizard.currentId(), int(RestoreWizard::PlanPage));
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(wizard.findChild<QPlainTextEdit *>(QStringLiteral("restorePlan"))
                    ->toPlainText()
                    .contains(QStringLiteral("Put the live copy back")));
        wizard.next();
        wizard.findChild<QLineEdit *>(QStringLiteral("restoreConfirm"))
            ->setText(QStringLiteral("Backup box"));
        QSignalSpy ended(&wizard, &RestoreWizard::jobEnded);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30'000);
        QTRY_COMPARE(wizard.currentId(), int(RestoreWizard::ResultPage));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("restoreResult"))
                    ->text()
                    .contains(QStringLiteral("Rolled back")));
        QCOMPARE(readFile(live + QStringLiteral("/before.txt")), QByteArray("as it was"));
        QVERIFY(!QFile::exists(live + QStringLiteral("/data.txt")));
        // Only what the restore had put in place is left, kept.
        const QStringList left = QDir(m_dir.path())
                                     .entryList({QStringLiteral(".live.dozor-*")},
                                         QDir::Dirs | QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList {QStringLiteral(".live.dozor-failed-20261205-010203")});
        QCOMPARE(readFile(m_dir.filePath(left.constFirst() + QStringLiteral("/live/data.txt"))),
            QByteArray("restored, then cut off"));
        engine.stop();
    }

    // A server's page shows its backup sources; a download copies a backup here.
    void serverSectionAndDownload()
    {
        const QString file = m_dir.filePath(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        ServerBackups section(&document, &engine);
        QSignalSpy open(&section, &ServerBackups::openRequested);
        section.setTarget(QStringLiteral("here"));
        section.show();
        QVERIFY(section.isVisible());
        QCOMPARE(section.sources()->topLevelItemCount(), 2);
        engine.refreshBackups(QStringLiteral("full"));
        const QString count = QString::number(
            QDir(m_backups).entryList({QStringLiteral("full_*")}, QDir::Files).size());
        QTRY_COMPARE_WITH_TIMEOUT(
            row(section.sources(), QStringLiteral("full"))->text(2), count, 20'000);
        QVERIFY(row(section.sources(), QStringLiteral("full"))
                    ->text(1)
                    .endsWith(QStringLiteral("ago")));
        section.sources()->setCurrentItem(row(section.sources(), QStringLiteral("full")));
        section.findChild<QPushButton *>(QStringLiteral("serverBackupCatalog"))->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("full"));
        section.setTarget(QStringLiteral("elsewhere")); // no sources there: no section
        QVERIFY(!section.isVisible());

        QTemporaryDir into;
        std::optional<Expected<qint64>> job;
        engine.downloadBackup(QStringLiteral("full"), nameFor(1), into.path(), this,
            [&job](const Expected<qint64> &id) { job = id; });
        QTRY_VERIFY(job.has_value());
        QVERIFY2(*job, qPrintable(job->error()));
        JobsPage jobs(&engine);
        jobs.show();
        jobs.selectJob(**job);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(into.filePath(nameFor(1))), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningJobs(), 0, 20'000);
        QCOMPARE(readFile(into.filePath(nameFor(1))),
            readFile(m_backups + QLatin1Char('/') + nameFor(1)));
        QTRY_VERIFY(jobs.log()->toPlainText().contains(QStringLiteral("Downloaded 1 file")));
        engine.stop();
    }
};

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
