// Deploys from a server's page over a real engine and real files on this computer: the Deploy
// button's dialog shows the live release, the files to upload and every step before anything
// changes, deploys on the click that names the server, and says how it ended; a second
// deploy uploads only the changed file and its result offers the rollback, which makes the
// release before live again; Cancel stops a running deploy and undoes it; a deploy held by
// another computer's lock is refused with its holder named; the server's list shows them all.
#include "DeployDialog.h"
#include "JobsPage.h"
#include "RecipeDialog.h"
#include "ServerDeploys.h"
#include "TestSupport.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceJson.h"
#include "monitor/MonitorEngine.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dozor;
using namespace dozor::test;

class TestDeployDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString live() const
    {
        return QFile::symLinkTarget(path(QStringLiteral("site/current")))
            .section(QLatin1Char('/'), -1);
    }

    Workspace workspace() const
    {
        Workspace w;
        w.targets = {localTarget(QStringLiteral("here"), QStringLiteral("Web box"))};
        DeployRecipe site;
        site.id = QStringLiteral("site");
        site.targetId = QStringLiteral("here");
        site.kind = DeployRecipe::Kind::Static;
        site.path = path(QStringLiteral("site"));
        site.from = path(QStringLiteral("build"));
        site.keep = 3;
        DeployRecipe slow;
        slow.id = QStringLiteral("slow");
        slow.targetId = QStringLiteral("here");
        slow.kind = DeployRecipe::Kind::Generic;
        slow.path = path(QStringLiteral("site"));
        DeployStep wait;
        wait.name = QStringLiteral("wait for a long time");
        wait.command = {QStringLiteral("sleep"), QStringLiteral("4721")};
        slow.steps = {wait};
        w.deploys = {site, slow};
        return w;
    }

    // Clicks a Deploy button; the dialog it opened.
    static DeployDialog *openedDialog(ServerDeploys &deploys, const QString &button)
    {
        auto *b = deploys.findChild<QPushButton *>(button);
        if (!b)
            return nullptr;
        const auto before = deploys.findChildren<DeployDialog *>();
        b->click();
        for (DeployDialog *d : deploys.findChildren<DeployDialog *>()) {
            if (!before.contains(d))
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("DOZOR_HOME", m_dir.path().toUtf8());
        QVERIFY(QDir().mkpath(path(QStringLiteral("build/css"))));
        writeFile(path(QStringLiteral("build/index.html")), "<h1>one</h1>");
        writeFile(path(QStringLiteral("build/css/site.css")), "body {}");
    }

    void deployThenRollBackFromTheServersPage()
    {
        const QString file = path(QStringLiteral("ws.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        engine.start();
        ServerDeploys deploys(&document, &engine);
        deploys.setTarget(QStringLiteral("here"));
        deploys.show();
        QVERIFY(deploys.findChild<QPushButton *>(QStringLiteral("deploy-site")));
        QVERIFY(
            deploys.findChild<QPushButton *>(QStringLiteral("serverDeployRollback"))->isVisible());

        // The first deploy: what it will do is shown; nothing changed yet.
        DeployDialog *dialog = openedDialog(deploys, QStringLiteral("deploy-site"));
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), DeployDialog::ConfirmPage, 20'000);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("deploySummary"));
        QVERIFY2(summary->text().contains(QLatin1String("Live release: none")),
            qPrintable(summary->text()));
        QCOMPARE(
            dialog->findChild<QTreeWidget *>(QStringLiteral("deployChanges"))->topLevelItemCount(),
            2);
        auto *go = dialog->findChild<QPushButton *>(QStringLiteral("deployGo"));
        QCOMPARE(go->text(), QStringLiteral("&Deploy to here"));
        QTRY_VERIFY(go->isEnabled());
        QVERIFY(dialog->findChild<QListWidget *>(QStringLiteral("deployPlan"))->count() >= 5);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("site/current"))));
        go->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), DeployDialog::ResultPage, 30'000);
        const QString first = live();
        QVERIFY(!first.isEmpty());
        QCOMPARE(
            readFile(path(QStringLiteral("site/current/index.html"))), QByteArray("<h1>one</h1>"));
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("deployResult"));
        QVERIFY2(
            result->text().contains(QLatin1String("is live on here")), qPrintable(result->text()));
        QVERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("deployRollbackAfter"))->isVisible());
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("deployLog"))
                     ->toPlainText()
                     .isEmpty());
        dialog->findChild<QPushButton *>(QStringLiteral("deployClose"))->click();
        QTRY_COMPARE(deploys.history()->topLevelItemCount(), 1);

        // The second: one changed file; its result offers the way back.
        writeFile(path(QStringLiteral("build/index.html")), "<h1>two</h1>");
        dialog = openedDialog(deploys, QStringLiteral("deploy-site"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), DeployDialog::ConfirmPage, 20'000);
        auto *changes = dialog->findChild<QTreeWidget *>(QStringLiteral("deployChanges"));
        QCOMPARE(changes->topLevelItemCount(), 1);
        QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("index.html"));
        go = dialog->findChild<QPushButton *>(QStringLiteral("deployGo"));
        QTRY_VERIFY(go->isEnabled());
        go->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), DeployDialog::ResultPage, 30'000);
        QVERIFY(live() != first);
        QCOMPARE(
            readFile(path(QStringLiteral("site/current/index.html"))), QByteArray("<h1>two</h1>"));
        auto *back = dialog->findChild<QPushButton *>(QStringLiteral("deployRollbackAfter"));
        QVERIFY(back->isVisible());
        QVERIFY(back->text().contains(first));
        back->click();
        const auto rollbackDialog = [&deploys]() -> DeployDialog * {
            for (DeployDialog *d : deploys.findChildren<DeployDialog *>()) {
                if (d->isVisible() && d->windowTitle().startsWith(QLatin1String("Roll back")))
                    return d;
            }
            return nullptr;
        };
        QTRY_VERIFY(rollbackDialog());
        DeployDialog *rollback = rollbackDialog();
        QTRY_COMPARE_WITH_TIMEOUT(rollback->page(), DeployDialog::ConfirmPage, 20'000);
        auto *release = rollback->findChild<QComboBox *>(QStringLiteral("deployRelease"));
        QCOMPARE(release->currentData().toString(), first);
        go = rollback->findChild<QPushButton *>(QStringLiteral("deployGo"));
        QCOMPARE(go->text(), QStringLiteral("&Roll back here"));
        QTRY_VERIFY(go->isEnabled());
        go->click();
        QTRY_COMPARE_WITH_TIMEOUT(rollback->page(), DeployDialog::ResultPage, 30'000);
        QCOMPARE(live(), first);
        QCOMPARE(
            readFile(path(QStringLiteral("site/current/index.html"))), QByteArray("<h1>one</h1>"));
        QTRY_COMPARE(deploys.history()->topLevelItemCount(), 3);

        // Cancel: the running step is stopped, and the deploy says it was cancelled.
        DeployDialog *slow = openedDialog(deploys, QStringLiteral("deploy-slow"));
        QTRY_COMPARE_WITH_TIMEOUT(slow->page(), DeployDialog::ConfirmPage, 20'000);
        go = slow->findChild<QPushButton *>(QStringLiteral("deployGo"));
        QTRY_VERIFY(go->isEnabled());
        go->click();
        QTRY_VERIFY_WITH_TIMEOUT(slow->findChild<QLabel *>(QStringLiteral("deployStep"))
                                     ->text()
                                     .contains(QLatin1String("wait for a long time")),
            20'000);
        slow->findChild<QPushButton *>(QStringLiteral("deployCancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(slow->page(), DeployDialog::ResultPage, 30'000);
        QCOMPARE(slow->outcome().state, JobRunner::State::Cancelled);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("site/.dozor-deploy.lock"))));

        // The Jobs page shows the deploys among the jobs, and alone when asked.
        JobsPage jobs(&engine);
        jobs.show();
        jobs.refresh();
        QTRY_COMPARE(jobs.list()->topLevelItemCount(), 4);
        const auto shown = [&jobs] {
            int n = 0;
            for (int i = 0; i < jobs.list()->topLevelItemCount(); ++i)
                n += jobs.list()->topLevelItem(i)->isHidden() ? 0 : 1;
            return n;
        };
        jobs.setKindFilter(QStringLiteral("deploy"));
        QCOMPARE(shown(), 4);
        jobs.setKindFilter(QStringLiteral("backup"));
        QCOMPARE(shown(), 0);
        jobs.setKindFilter(QString());
        QCOMPARE(shown(), 4);

        // Another computer's deploy holds the lock: refused, the holder named.
        QVERIFY(QDir().mkpath(path(QStringLiteral("site/.dozor-deploy.lock"))));
        writeFile(path(QStringLiteral("site/.dozor-deploy.lock/holder")),
            "bob on desk9, process 77, since 2026-12-06 01:00:00 UTC (release x)\nid other 77 x\n");
        DeployDialog *held = openedDialog(deploys, QStringLiteral("deploy-site"));
        QTRY_COMPARE_WITH_TIMEOUT(held->page(), DeployDialog::ConfirmPage, 20'000);
        auto *error = held->findChild<QLabel *>(QStringLiteral("deployPlanError"));
        QTRY_VERIFY(error->text().contains(QLatin1String("bob on desk9")));
        QVERIFY(!held->findChild<QPushButton *>(QStringLiteral("deployGo"))->isEnabled());
        QCOMPARE(live(), first);
        engine.stop();
    }

    // Thousands of long paths in one deploy (more than one exec's argument list holds), then
    // all of them removed by the next: the file lists never pass through an exec.
    void thousandsOfPathsInOneDeploy()
    {
        const QString build = path(QStringLiteral("many-build"));
        const QString name(130, QLatin1Char('n'));
        for (int i = 0; i < 16'000; ++i) {
            const QString dir = build + QStringLiteral("/d%1").arg(i % 40);
            if (i < 40)
                QVERIFY(QDir().mkpath(dir));
            writeFile(dir + QLatin1Char('/') + name + QString::number(i), "x");
        }
        Workspace w = workspace();
        w.deploys[0].from = build;
        w.deploys[0].path = path(QStringLiteral("many-site"));
        const QString file = path(QStringLiteral("many.json"));
        writeFile(file, workspaceToJson(w));
        const QStringList args {QStringLiteral("deploy"), QStringLiteral("here"),
            QStringLiteral("site"), QStringLiteral("--yes"), QStringLiteral("--workspace"), file};
        RunResult r = runDozor(args, m_dir.path(), 300'000);
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
        QVERIFY(QFileInfo::exists(
            path(QStringLiteral("many-site/current/d7/")) + name + QStringLiteral("7")));
        // The folders stay, their 16,000 files go: each file is a path to remove.
        QVERIFY(QDir(build).removeRecursively());
        for (int i = 0; i < 40; ++i)
            QVERIFY(QDir().mkpath(build + QStringLiteral("/d%1").arg(i)));
        writeFile(build + QStringLiteral("/index.html"), "one file left");
        r = runDozor(args, m_dir.path(), 300'000);
        QVERIFY2(r.exitCode == 0, r.err.right(2000).constData());
        QCOMPARE(QDir(path(QStringLiteral("many-site/current"))).entryList(QDir::Files),
            QStringList {QStringLiteral("index.html")});
        QVERIFY(QDir(path(QStringLiteral("many-site/current/d7"))).isEmpty());
    }

    // Recipes are made, changed and removed from the server's page; every edit is checked
    // as a whole workspace before it is written.
    void recipesAreEditedInTheApp()
    {
        const QString file = path(QStringLiteral("edit.json"));
        WorkspaceDocument document(workspace(), file);
        MonitorEngine engine(workspace(), file);
        ServerDeploys deploys(&document, &engine);
        deploys.setTarget(QStringLiteral("here"));
        deploys.show();
        auto *menu =
            deploys.findChild<QPushButton *>(QStringLiteral("serverDeployRecipes"))->menu();
        const auto action = [menu](const QString &text) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };

        // A new static recipe: a relative path is refused next to its field, then saved.
        QVERIFY(action(QStringLiteral("&Add a recipe…")));
        action(QStringLiteral("&Add a recipe…"))->trigger();
        auto *dialog = deploys.window()->findChild<RecipeDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("recipeId"))->setText(QStringLiteral("docs"));
        dialog->findChild<QLineEdit *>(QStringLiteral("recipePath"))
            ->setText(QStringLiteral("srv/docs"));
        dialog->findChild<QLineEdit *>(QStringLiteral("recipeFrom"))
            ->setText(path(QStringLiteral("build")));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        auto *pathError = dialog->findChild<QLabel *>(QStringLiteral("recipePathError"));
        QVERIFY(pathError);
        QVERIFY2(
            pathError->text().contains(QLatin1String("absolute")), qPrintable(pathError->text()));
        QVERIFY(!document.workspace().deploy(QStringLiteral("here"), QStringLiteral("docs")));
        dialog->findChild<QLineEdit *>(QStringLiteral("recipePath"))
            ->setText(path(QStringLiteral("docs")));
        dialog->accept();
        QTRY_VERIFY(document.workspace().deploy(QStringLiteral("here"), QStringLiteral("docs")));
        QTRY_VERIFY(deploys.findChild<QPushButton *>(QStringLiteral("deploy-docs")));
        QVERIFY(readFile(file).contains("\"docs\""));

        // A step added to an existing recipe: its command words, quoted where they hold spaces.
        QTRY_VERIFY(action(QStringLiteral("&Edit site…")));
        action(QStringLiteral("&Edit site…"))->trigger();
        QTRY_VERIFY(deploys.window()->findChild<RecipeDialog *>());
        dialog = deploys.window()->findChildren<RecipeDialog *>().constLast();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("recipeId"))->text(),
            QStringLiteral("site"));
        dialog->findChild<QPushButton *>(QStringLiteral("recipeAddStep"))->click();
        auto *steps = dialog->findChild<QTableWidget *>(QStringLiteral("recipeSteps"));
        QCOMPARE(steps->rowCount(), 1);
        steps->item(0, 0)->setText(QStringLiteral("stamp the build"));
        steps->item(0, 1)->setText(QStringLiteral("sh -c \"date > 'built at.txt'\""));
        dialog->accept();
        QTRY_COMPARE(document.workspace()
                         .deploy(QStringLiteral("here"), QStringLiteral("site"))
                         ->steps.size(),
            1);
        QCOMPARE(document.workspace()
                     .deploy(QStringLiteral("here"), QStringLiteral("site"))
                     ->steps.constFirst()
                     .command,
            (QStringList {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("date > 'built at.txt'")}));

        // Removed after a confirmation.
        QTRY_VERIFY(action(QStringLiteral("&Remove docs…")));
        action(QStringLiteral("&Remove docs…"))->trigger();
        auto *box =
            deploys.window()->findChild<QMessageBox *>(QStringLiteral("confirmRemoveRecipe"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!document.workspace().deploy(QStringLiteral("here"), QStringLiteral("docs")));
        QTRY_VERIFY(!deploys.findChild<QPushButton *>(QStringLiteral("deploy-docs")));

        // A server's recipes follow its new id, and go with it.
        Target renamed = *document.workspace().target(QStringLiteral("here"));
        renamed.id = QStringLiteral("there");
        QVERIFY(document.putTarget(renamed, QStringLiteral("here")).ok());
        QVERIFY(document.workspace().deploy(QStringLiteral("there"), QStringLiteral("site")));
        QVERIFY(document.removeTarget(QStringLiteral("there")).ok());
        QVERIFY(document.workspace().deploys.isEmpty());
    }
};

QTEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
