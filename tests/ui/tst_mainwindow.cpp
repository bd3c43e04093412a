// The desktop app end to end, offscreen, on a temporary workspace: the window opens with
// live data for this computer; adding an HTTP check through the dialog (with a "Run now"
// against a real local HTTP server) saves it to the workspace file and makes it appear in
// the overview with a status; field errors show next to the field and keep the dialog
// open; the range picker changes the number of points the charts request; the last page
// and geometry come back after a restart.
#include "BrokenWorkspaceDialog.h"
#include "CheckDialog.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "ScreenFit.h"
#include "SshImportDialog.h"
#include "StatusBoard.h"
#include "TargetDialog.h"
#include "TargetPage.h"
#include "TestSupport.h"
#include "charts/TimeSeriesChart.h"
#include "core/Translations.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceFile.h"
#include "models/OverviewFilterModel.h"
#include "models/OverviewModel.h"
#include "monitor/MonitorEngine.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <unistd.h>

using namespace dozor;

namespace {
Workspace workspace()
{
    Workspace w;
    w.name = QStringLiteral("ui-test");
    w.targets = {test::localTarget(QStringLiteral("pc"), QStringLiteral("This computer")),
        test::sshTarget(QStringLiteral("web"), QStringLiteral("Web shop"))};
    for (CheckType type : {CheckType::Cpu, CheckType::Memory}) {
        CheckSpec c;
        c.id = checkTypeName(type);
        c.targetId = QStringLiteral("pc");
        c.type = type;
        c.intervalSec = 10;
        w.checks.append(c);
    }
    return w;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Clicks "Add check…" on the overview; the dialog once it is on screen, or null.
CheckDialog *openAddCheck(MainWindow *window)
{
    child<QPushButton>(window, QStringLiteral("overviewAddCheck"))->click();
    auto *dialog = window->findChild<CheckDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

Status statusOf(const OverviewModel *model, const QString &checkId)
{
    const int rank = model->indexOfCheck(checkId).data(OverviewModel::StatusRankRole).toInt();
    return rank < 0 ? Status::Unknown : static_cast<Status>(rank);
}

bool hasStatus(const OverviewModel *model, const QString &checkId)
{
    return model->indexOfCheck(checkId).data(OverviewModel::StatusRankRole).toInt() >= 0;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("DOZOR_HOME", m_home.path().toUtf8());
        qputenv("DOZOR_LANG", "en");
        Translations::install(QCoreApplication::instance()); // English plurals
        QVERIFY2(m_http.isRunning(), qPrintable(m_http.error()));
        m_path = m_home.filePath(QStringLiteral("workspace.json"));
        QVERIFY(saveWorkspaceFile(workspace(), m_path).ok());
    }

    void opensWithLiveDataForThisComputer()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        QSignalSpy painted(session.window()->overviewPage(), &OverviewPage::firstPainted);
        session.start(QStringLiteral("overview"));
        QVERIFY(session.window()->isVisible());
        QVERIFY(painted.wait(10'000));
        const OverviewModel *model = session.window()->overviewPage()->model();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(hasStatus(model, QStringLiteral("cpu")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(hasStatus(model, QStringLiteral("memory")), 10'000);
        QCOMPARE(statusOf(model, QStringLiteral("memory")), Status::Ok);
        QVERIFY(model->indexOfCheck(QStringLiteral("memory"))
                    .siblingAtColumn(OverviewModel::ValueColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String(" %")));
        // The call to action is there while only this computer is watched… but this workspace
        // already has a server.
        QVERIFY(!child<QWidget>(session.window(), QStringLiteral("overviewWelcome"))
                     ->isVisibleTo(session.window()));
    }

    void firstRunShowsThisComputerAndTheCallToAction()
    {
        QTemporaryDir fresh;
        const QString path = fresh.filePath(QStringLiteral("workspace.json"));
        bool created = false;
        const WorkspaceParse parse = loadOrCreateWorkspace(path, &created);
        QVERIFY(created && parse.ok());
        DesktopSession session(parse.workspace, path);
        session.start();
        QVERIFY(child<QWidget>(session.window(), QStringLiteral("overviewWelcome"))
                    ->isVisibleTo(session.window()));
        const OverviewModel *model = session.window()->overviewPage()->model();
        QCOMPARE(model->rowCount(), 5);
        // Live data within a few seconds of the first launch.
        for (const QString &id : {QStringLiteral("cpu"), QStringLiteral("load"),
                 QStringLiteral("memory"), QStringLiteral("disk"), QStringLiteral("uptime")})
            QTRY_VERIFY_WITH_TIMEOUT(hasStatus(model, id), 8'000);
    }

    void addServerThroughTheDialog()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        child<QPushButton>(window, QStringLiteral("overviewAddServer"))->click();
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("targetDialog"));
        QVERIFY(dialog);
        // The keyboard starts in Name, not in the kind's radio buttons.
        QTRY_COMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, QStringLiteral("targetName")));
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("targetName")), QStringLiteral("Blog (prod)"));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("targetId"))->text(),
            QStringLiteral("blog-prod"));
        child<QPushButton>(dialog, QStringLiteral("targetSave"))->click();
        // No host: the message is next to the host field and nothing is saved.
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("targetHostError"))->isVisibleTo(dialog));
        QVERIFY(!loadWorkspaceFile(m_path).workspace.target(QStringLiteral("blog-prod")));
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("targetHost")), QStringLiteral("127.0.0.1"));
        child<QPushButton>(dialog, QStringLiteral("targetSave"))->click();
        QTRY_VERIFY(!window->findChild<QDialog *>(QStringLiteral("targetDialog")));
        QVERIFY(loadWorkspaceFile(m_path).workspace.target(QStringLiteral("blog-prod")));
        // The new server's page opens, ready for its first check.
        QCOMPARE(window->currentPage(), QStringLiteral("target:blog-prod"));
        QVERIFY(session.document()->removeTarget(QStringLiteral("blog-prod")).ok());
        QCOMPARE(window->currentPage(), QStringLiteral("overview"));
    }

    void importServersFromSshConfig()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config"));
        test::writeFile(config,
            "Host shop\n  HostName 198.51.100.20\n  User deploy\nHost blog\n  HostName "
            "198.51.100.21\n"
            "Match all\n  User x\n");
        Workspace w = workspace();
        WorkspaceDocument document(w, dir.filePath(QStringLiteral("ws.json")));
        SshImportDialog dialog(&document);
        auto *file = child<QLineEdit>(&dialog, QStringLiteral("sshImportFile"));
        file->setText(config);
        dialog.reload();
        auto *list = child<QListWidget>(&dialog, QStringLiteral("sshImportList"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(
            QStringLiteral("shop — deploy@198.51.100.20 (ssh-agent)")));
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("sshImportNotes"))
                    ->text()
                    .contains(QLatin1String("Match")));
        list->item(1)->setCheckState(Qt::Unchecked); // only the shop
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(document.workspace().target(QStringLiteral("shop")));
        QVERIFY(!document.workspace().target(QStringLiteral("blog")));
        QVERIFY(test::readFile(dir.filePath(QStringLiteral("ws.json"))).contains("198.51.100.20"));
        // Again: the shop is there already, only the blog is offered.
        SshImportDialog again(&document);
        child<QLineEdit>(&again, QStringLiteral("sshImportFile"))->setText(config);
        again.reload();
        auto *list2 = child<QListWidget>(&again, QStringLiteral("sshImportList"));
        QCOMPARE(list2->count(), 2);
        QVERIFY(list2->item(1)->text().contains(QLatin1String("already in the workspace")));
        QCOMPARE(list2->item(1)->flags(), Qt::NoItemFlags);
    }

    void serverLoginSurvivesAnEditAndSecretsNeedAKeychain()
    {
        Workspace w = workspace();
        SshEndpoint &ssh = *w.targets[1].ssh;
        ssh.auth = SshAuthMethod::KeyFile;
        ssh.keyFile = QStringLiteral("~/.ssh/id_deploy");
        ssh.hasPassphrase = true;
        QTemporaryDir dir;
        WorkspaceDocument document(w, dir.filePath(QStringLiteral("ws.json")));
        {
            TargetDialog dialog(&document, QStringLiteral("web"));
            QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("targetAuth"))->currentData().toInt(),
                static_cast<int>(SshAuthMethod::KeyFile));
            QCOMPARE(
                child<QLineEdit>(&dialog, QStringLiteral("targetKeyFile"))->text(), ssh.keyFile);
            QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("targetHasPassphrase"))->isChecked());
            QVERIFY(
                child<QLineEdit>(&dialog, QStringLiteral("targetSecret"))->isVisibleTo(&dialog));
            child<QLineEdit>(&dialog, QStringLiteral("targetName"))
                ->setText(QStringLiteral("Shop"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const Target *saved = document.workspace().target(QStringLiteral("web"));
        QCOMPARE(saved->name, QStringLiteral("Shop"));
        QCOMPARE(saved->ssh->auth, SshAuthMethod::KeyFile); // an edit keeps the login
        QCOMPARE(saved->ssh->keyFile, ssh.keyFile);
        QVERIFY(saved->ssh->hasPassphrase);

        // A passphrase typed without any keychain: said under the field, nothing saved.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        TargetDialog dialog(&document, QStringLiteral("web"));
        child<QLineEdit>(&dialog, QStringLiteral("targetName"))->setText(QStringLiteral("Renamed"));
        child<QLineEdit>(&dialog, QStringLiteral("targetSecret"))
            ->setText(QStringLiteral("canary-pp"));
        dialog.accept();
        auto *error = child<QLabel>(&dialog, QStringLiteral("targetSecretError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(&dialog), 20'000);
        QVERIFY2(error->text().contains(QLatin1String("not saved")), qPrintable(error->text()));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QCOMPARE(document.workspace().target(QStringLiteral("web"))->name, QStringLiteral("Shop"));
        QVERIFY(!test::readFile(dir.filePath(QStringLiteral("ws.json"))).contains("canary-pp"));
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }

    void addPathCheckThroughTheDialog()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        auto *dialog = openAddCheck(window);
        QVERIFY(dialog);
        auto *target = child<QComboBox>(dialog, QStringLiteral("checkTarget"));
        target->setCurrentIndex(target->findData(QStringLiteral("pc")));
        auto *type = child<QComboBox>(dialog, QStringLiteral("checkType"));
        type->setCurrentIndex(type->findData(static_cast<int>(CheckType::Path)));
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("checkPath"))->isVisibleTo(dialog));
        QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("checkUrl"))->isVisibleTo(dialog));
        QVERIFY(!child<QDoubleSpinBox>(dialog, QStringLiteral("checkWarn"))->isVisibleTo(dialog));

        QTemporaryDir web;
        const QString root = web.filePath(QStringLiteral("www"));
        QVERIFY(QDir().mkpath(root));
        QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("checkName")), QStringLiteral("Web root"));
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("checkPath")), QStringLiteral("relative/path"));
        child<QPushButton>(dialog, QStringLiteral("checkSave"))->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("checkPathError"))->isVisibleTo(dialog));

        auto *path = child<QLineEdit>(dialog, QStringLiteral("checkPath"));
        path->clear();
        QTest::keyClicks(path, root);
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("checkReadableBy")), QStringLiteral("nobody"));
        QSignalSpy ran(dialog, &CheckDialog::runFinished);
        child<QPushButton>(dialog, QStringLiteral("checkRunNow"))->click();
        QVERIFY(ran.wait(15'000));
        const auto result = ran.first().first().value<CheckResult>();
        if (::geteuid() == 0) { // as root the folders are root's 0700; nobody is "other"
            QCOMPARE(result.status, Status::Crit);
            QVERIFY2(
                result.reason.contains(QLatin1String("nobody cannot ")), qPrintable(result.reason));
        }
        child<QPushButton>(dialog, QStringLiteral("checkSave"))->click();
        QTRY_VERIFY(!window->findChild<CheckDialog *>());
        const WorkspaceParse file = loadWorkspaceFile(m_path);
        const CheckSpec *saved = file.workspace.check(QStringLiteral("web-root"));
        QVERIFY(saved);
        QCOMPARE(saved->type, CheckType::Path);
        QCOMPARE(saved->path.path, root);
        QCOMPARE(saved->path.readableBy, QStringLiteral("nobody"));
        QVERIFY(!saved->warn);
    }

    // Each type's fields come from its CheckKind: what they write, what a change of type
    // leaves behind, and a height that follows the type whatever came before.
    void checkDialogFieldsFollowTheType()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        auto *dialog = openAddCheck(session.window());
        QVERIFY(dialog);
        auto *target = child<QComboBox>(dialog, QStringLiteral("checkTarget"));
        target->setCurrentIndex(target->findData(QStringLiteral("pc")));
        auto *type = child<QComboBox>(dialog, QStringLiteral("checkType"));
        auto show = [&](CheckType t) {
            type->setCurrentIndex(type->findData(static_cast<int>(t)));
            QCoreApplication::processEvents(); // the height is fitted once laid out
            QCoreApplication::processEvents();
            return dialog->height();
        };
        show(CheckType::Disk);
        // Mount points are split at commas only: a mount point may hold a space.
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("checkMounts")),
            QStringLiteral("/, /media/My Disk"));
        QCOMPARE(dialog->check().mounts,
            (QStringList {QStringLiteral("/"), QStringLiteral("/media/My Disk")}));
        // A unit list is split at commas and spaces alike.
        show(CheckType::Service);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("checkUnits")),
            QStringLiteral("nginx gunicorn,redis"));
        QCOMPARE(dialog->check().service.units.size(), 3);
        // Another type keeps nothing of the disk settings.
        show(CheckType::Cpu);
        QVERIFY(dialog->check().mounts.isEmpty());
        QVERIFY(!dialog->check().inodesWarn);
        QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("checkMounts"))->isVisibleTo(dialog));
        const int width = dialog->width();
        show(CheckType::Path);
        const int logAfterPath = show(CheckType::Log);
        show(CheckType::Command);
        const int logAfterCommand = show(CheckType::Log);
        QCOMPARE(logAfterPath, logAfterCommand);
        QCOMPARE(dialog->width(), width);
        dialog->reject();
    }

    void addHttpCheckThroughTheDialog()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        auto *dialog = openAddCheck(window);
        QVERIFY(dialog);
        // The dialog picks the first server that is not this computer for an HTTP check.
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("checkTarget"))->currentData().toString(),
            QStringLiteral("web"));

        // A wrong URL: the message sits next to the field and the dialog stays open.
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("checkName")), QStringLiteral("Shop home"));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("checkId"))->text(),
            QStringLiteral("shop-home"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("checkUrl")),
            QStringLiteral("ftp://127.0.0.1/"));
        child<QPushButton>(dialog, QStringLiteral("checkSave"))->click();
        QVERIFY(dialog->isVisible());
        auto *urlError = child<QLabel>(dialog, QStringLiteral("checkUrlError"));
        QVERIFY(urlError->isVisibleTo(dialog));
        QVERIFY2(urlError->text().contains(QLatin1String("http")), qPrintable(urlError->text()));
        QVERIFY(!loadWorkspaceFile(m_path).workspace.check(QStringLiteral("shop-home")));

        // Run now shows the result before anything is saved.
        auto *url = child<QLineEdit>(dialog, QStringLiteral("checkUrl"));
        url->clear();
        QTest::keyClicks(url, m_http.url(QStringLiteral("/keyword")));
        QTest::keyClicks(
            child<QLineEdit>(dialog, QStringLiteral("checkKeyword")), QStringLiteral("healthy"));
        // Generous limits: the status must not depend on how busy the test machine is.
        child<QDoubleSpinBox>(dialog, QStringLiteral("checkWarn"))->setValue(20'000);
        child<QDoubleSpinBox>(dialog, QStringLiteral("checkCrit"))->setValue(30'000);
        QSignalSpy ran(dialog, &CheckDialog::runFinished);
        child<QPushButton>(dialog, QStringLiteral("checkRunNow"))->click();
        QVERIFY(ran.wait(15'000));
        QVERIFY2(ran.first().first().value<CheckResult>().status == Status::Ok,
            qPrintable(ran.first().first().value<CheckResult>().reason));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("checkResult"))
                    ->text()
                    .startsWith(QLatin1String("OK")));
        QVERIFY(!urlError->isVisibleTo(dialog));
        QVERIFY(!loadWorkspaceFile(m_path).workspace.check(QStringLiteral("shop-home")));

        // Save: in the file, in the overview, and the engine runs it at once.
        child<QPushButton>(dialog, QStringLiteral("checkSave"))->click();
        QTRY_VERIFY(!window->findChild<CheckDialog *>()); // closed and deleted
        const WorkspaceParse saved = loadWorkspaceFile(m_path);
        QVERIFY(saved.ok());
        const CheckSpec *check = saved.workspace.check(QStringLiteral("shop-home"));
        QVERIFY(check);
        QCOMPARE(check->http.keyword, QStringLiteral("healthy"));
        QCOMPARE(check->warn, std::optional(20'000.0));
        QCOMPARE(check->targetId, QStringLiteral("web"));
        const OverviewModel *model = window->overviewPage()->model();
        QVERIFY(model->indexOfCheck(QStringLiteral("shop-home")).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(hasStatus(model, QStringLiteral("shop-home")), 15'000);
        QCOMPARE(statusOf(model, QStringLiteral("shop-home")), Status::Ok);
        QCOMPARE(model->indexOfCheck(QStringLiteral("shop-home"))
                     .siblingAtColumn(OverviewModel::TargetColumn)
                     .data()
                     .toString(),
            QStringLiteral("Web shop"));
    }

    // A check left without a name is called by its type and server: Run now and Save work
    // without typing one.
    void aCheckWithoutANameIsCalledByItsTypeAndServer()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        auto *dialog = openAddCheck(window);
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, QStringLiteral("checkName"));
        QCOMPARE(name->placeholderText(), QStringLiteral("HTTP(S) request on Web shop"));
        const QString id = child<QLineEdit>(dialog, QStringLiteral("checkId"))->text();
        QVERIFY2(!id.isEmpty(), "no id");
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("checkUrl")),
            m_http.url(QStringLiteral("/keyword")));
        child<QDoubleSpinBox>(dialog, QStringLiteral("checkWarn"))->setValue(20'000);
        child<QDoubleSpinBox>(dialog, QStringLiteral("checkCrit"))->setValue(30'000);
        QSignalSpy ran(dialog, &CheckDialog::runFinished);
        child<QPushButton>(dialog, QStringLiteral("checkRunNow"))->click();
        QVERIFY(ran.wait(15'000));
        QCOMPARE(ran.first().first().value<CheckResult>().status, Status::Ok);
        child<QPushButton>(dialog, QStringLiteral("checkSave"))->click();
        QTRY_VERIFY(!window->findChild<CheckDialog *>());
        const WorkspaceParse file = loadWorkspaceFile(m_path);
        const CheckSpec *saved = file.workspace.check(id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("HTTP(S) request on Web shop"));
    }

    // The count under the table follows the filter.
    void theCountFollowsTheFilter()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        auto *summary = child<QLabel>(window, QStringLiteral("overviewSummary"));
        const int checks = int(loadWorkspaceFile(m_path).workspace.checks.size());
        QVERIFY2(summary->text().startsWith(QStringLiteral("%1 check").arg(checks)),
            qPrintable(summary->text()));
        auto *search = child<QLineEdit>(window, QStringLiteral("overviewSearch"));
        QTest::keyClicks(search, QStringLiteral("memory"));
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("1 of %1 check").arg(checks)),
            qPrintable(summary->text()));
        search->clear();
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("%1 check").arg(checks)),
            qPrintable(summary->text()));
    }

    // Enter on a check in the overview opens its server with that check selected, the
    // keyboard in the server's table.
    void enterOpensTheServerWithTheCheckSelected()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        session.start(QStringLiteral("overview"));
        MainWindow *window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *table = child<QTreeView>(window, QStringLiteral("overviewTable"));
        auto *search = child<QLineEdit>(window, QStringLiteral("overviewSearch"));
        QTest::keyClicks(search, QStringLiteral("memory"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, OverviewModel::CheckColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window->currentPage(), QStringLiteral("target:pc"));
        TargetPage *page = window->targetPage();
        QCOMPARE(page->selectedCheck(), QStringLiteral("memory"));
        auto *checks = child<QTableView>(page, QStringLiteral("targetChecks"));
        QTRY_VERIFY(checks->hasFocus());
    }

    // Uptime over observed time: per check in the server's table (24 h, 30 d); for the
    // server, whether it could be reached.
    void uptimePerCheckAndReachability()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        QSignalSpy committed(session.engine(), &MonitorEngine::storeCommitted);
        session.start(QStringLiteral("target:pc"));
        QVERIFY(committed.wait(15'000)); // observed for a while
        TargetPage *page = session.window()->targetPage();
        child<QToolButton>(page, QStringLiteral("range1"))->click(); // read again
        const OverviewModel *model = session.window()->overviewPage()->model();
        const QModelIndex day = model->indexOfCheck(QStringLiteral("cpu"))
                                    .siblingAtColumn(OverviewModel::UptimeDayColumn);
        QTRY_COMPARE(day.data().toString(), QStringLiteral("100 %"));
        QCOMPARE(day.siblingAtColumn(OverviewModel::UptimeMonthColumn).data().toString(),
            QStringLiteral("100 %"));
        auto *uptime = child<QLabel>(page, QStringLiteral("targetUptime"));
        QTRY_VERIFY2(uptime->text().startsWith(
                         QStringLiteral("Reachable 100 % of the observed time · 0 outages")),
            qPrintable(uptime->text()));
    }

    // A broken workspace: the problems in the window, named by the check's id, and a new
    // workspace can be started while the broken file is kept beside it.
    void aBrokenWorkspaceSaysWhatIsWrongInTheWindow()
    {
        const QString path = m_home.filePath(QStringLiteral("broken.json"));
        // (No raw string here: moc misreads one that holds a URL's "//".)
        test::writeFile(path,
            "{\"schema\": 1, \"targets\": [{\"id\": \"box\", \"local\": true}],"
            " \"checks\": [{\"id\": \"cpu\", \"target\": \"box\", \"type\": \"cpu\"},"
            " {\"id\": \"web-home\", \"target\": \"box\", \"type\": \"http\", \"interval\": 0,"
            " \"http\": {\"url\": \"http:/"
            "/127.0.0.1:9/\"}}]}");
        const WorkspaceParse parse = loadWorkspaceFile(path);
        QVERIFY(!parse.ok());
        BrokenWorkspaceDialog dialog(path, parse.diagnostics, parse.workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList shown = dialog.problemTexts();
        QVERIFY2(
            shown.contains(QStringLiteral("check \"web-home\", interval: must be ≥ 1 s, got 0")),
            qPrintable(shown.join(u'\n')));
        QVERIFY(child<QWidget>(&dialog, QStringLiteral("brokenProblems"))->isVisible());
        child<QPushButton>(&dialog, QStringLiteral("brokenStartNew"))->click();
        QCOMPARE(dialog.result(), int(BrokenWorkspaceDialog::StartNew));

        const auto kept = moveAsideBrokenWorkspace(path);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QVERIFY2(QFileInfo(*kept).fileName().startsWith(QStringLiteral("broken.broken-")),
            qPrintable(*kept));
        QVERIFY(kept->endsWith(QStringLiteral(".json")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(test::readFile(*kept).contains("web-home")); // nothing lost
        QVERIFY(loadOrCreateWorkspace(path).ok());
    }

    // Group by server (Ctrl+G): server rows with their checks open beneath; remembered.
    void groupingByServerIsRemembered()
    {
        {
            DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
            session.start(QStringLiteral("overview"));
            MainWindow *window = session.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            auto *table = child<QTreeView>(window, QStringLiteral("overviewTable"));
            QVERIFY(!window->overviewPage()->isGroupedByServer());
            QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_G));
            QVERIFY(window->overviewPage()->isGroupedByServer());
            QSet<QString> servers;
            for (const CheckSpec &c : session.document()->workspace().checks)
                servers.insert(c.targetId);
            QCOMPARE(table->model()->rowCount(), int(servers.size()));
            int checks = 0;
            for (int g = 0; g < table->model()->rowCount(); ++g) {
                const QModelIndex server = table->model()->index(g, 0);
                QVERIFY(table->isExpanded(server));
                checks += table->model()->rowCount(server);
            }
            QCOMPARE(checks, int(session.document()->workspace().checks.size()));
            // A server the user closes stays closed when the rows are sorted again.
            const QString closed =
                table->model()->index(0, 0).data(OverviewModel::TargetIdRole).toString();
            table->collapse(table->model()->index(0, 0));
            window->overviewPage()->filterModel()->sort(
                OverviewModel::CheckColumn, Qt::AscendingOrder);
            window->overviewPage()->filterModel()->sort(
                OverviewModel::StatusColumn, Qt::DescendingOrder);
            QCoreApplication::processEvents();
            for (int g = 0; g < table->model()->rowCount(); ++g) {
                const QModelIndex server = table->model()->index(g, 0);
                QTRY_COMPARE(table->isExpanded(server),
                    server.data(OverviewModel::TargetIdRole).toString() != closed);
            }
            QVERIFY(table->isColumnHidden(OverviewModel::HeartbeatColumn));
            window->close();
        }
        DesktopSession again(loadWorkspaceFile(m_path).workspace, m_path);
        again.start(QStringLiteral("overview"));
        QVERIFY(again.window()->overviewPage()->isGroupedByServer());
        again.window()->overviewPage()->setGroupedByServer(false); // as the other tests expect
    }

    void cpuAndLoadShareAChart()
    {
        // How busy a server is reads from one chart: CPU use on the left axis (%), the load
        // averages on the right.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.json"));
        Workspace w;
        w.name = QStringLiteral("busy");
        w.targets = {test::localTarget(QStringLiteral("pc"), QStringLiteral("This computer"))};
        for (CheckType type : {CheckType::Cpu, CheckType::Load}) {
            CheckSpec c;
            c.id = checkTypeName(type);
            c.targetId = QStringLiteral("pc");
            c.type = type;
            c.intervalSec = 1;
            w.checks.append(c);
        }
        QVERIFY(saveWorkspaceFile(w, path).ok());
        DesktopSession session(loadWorkspaceFile(path).workspace, path);
        QSignalSpy committed(session.engine(), &MonitorEngine::storeCommitted);
        session.start(QStringLiteral("target:pc"));
        QTRY_VERIFY_WITH_TIMEOUT(committed.size() >= 3, 20'000); // CPU use needs two readings
        TargetPage *page = session.window()->targetPage();
        const auto busy = [page]() -> TimeSeriesChart * {
            for (TimeSeriesChart *c : page->charts()) {
                if (c->objectName() == QLatin1String("chart:cpu-load"))
                    return c;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                page->refresh();
                QSignalSpy updated(page, &TargetPage::chartsUpdated);
                updated.wait(2000);
                return busy() && busy()->pointCount() >= 4
                    && !busy()->crosshairText(QDateTime::currentMSecsSinceEpoch()).isEmpty();
            }(),
            20'000);
        TimeSeriesChart *chart = busy();
        QCOMPARE(chart->title(), QStringLiteral("CPU % (left) and load average (right)"));
        QCOMPARE(chart->lineLabels(),
            (QStringList {QStringLiteral("CPU"), QStringLiteral("Load 1"), QStringLiteral("Load 5"),
                QStringLiteral("Load 15")}));
        QVERIFY2(chart->valueAxisLabels().constLast().endsWith(QLatin1String(" %")),
            qPrintable(chart->valueAxisLabels().join(u'|')));
        QVERIFY(!chart->rightAxisLabels().isEmpty());
        const QString crosshair = chart->crosshairText(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(crosshair.contains(QLatin1String("\nCPU: "))
                && crosshair.contains(QLatin1String("\nLoad 15: ")),
            qPrintable(crosshair));
        QVERIFY2(!chart->rightAxisLabels().constLast().contains(QLatin1Char('%')),
            qPrintable(chart->rightAxisLabels().join(u'|')));
        for (TimeSeriesChart *c : page->charts())
            QVERIFY2(c->objectName() != QLatin1String("chart:load")
                    && c->objectName() != QLatin1String("chart:cpu_pct"),
                qPrintable(c->objectName()));
        session.window()->close();
    }

    void rangePickerChangesThePointsRequested()
    {
        DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
        QSignalSpy committed(session.engine(), &MonitorEngine::storeCommitted);
        session.start(QStringLiteral("target:web"));
        QVERIFY(committed.wait(15'000)); // some history exists
        TargetPage *page = session.window()->targetPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->targetId(), QStringLiteral("web"));
        QSignalSpy updated(page, &TargetPage::chartsUpdated);
        QSignalSpy requested(page, &TargetPage::seriesRequested);

        auto pointsAfterClicking = [&](const QString &button) {
            requested.clear();
            child<QToolButton>(page, button)->click();
            [&] { QTRY_VERIFY(!requested.isEmpty()); }();
            int points = 0;
            for (const auto &args : requested) {
                const auto q = args.first().value<SeriesQuery>();
                if (q.checkId == QStringLiteral("shop-home")
                    && q.metric == QStringLiteral("response_ms"))
                    points = q.maxPoints;
            }
            return points;
        };
        const int hour = pointsAfterClicking(QStringLiteral("range1"));
        const int day = pointsAfterClicking(QStringLiteral("range3"));
        const int quarter = pointsAfterClicking(QStringLiteral("range6"));
        // 1 h of a 60-s check has at most 62 points; longer ranges are bounded by the plot's
        // width (one point per pixel).
        QCOMPARE(hour, 62);
        QVERIFY2(day > hour, qPrintable(QStringLiteral("%1 vs %2").arg(day).arg(hour)));
        // Both are the plot's width; the value axis's labels (whose width follows the data,
        // which keeps arriving) may take a few pixels of it between the two clicks.
        QVERIFY2(std::abs(quarter - day) <= 24,
            qPrintable(QStringLiteral("%1 vs %2").arg(quarter).arg(day)));
        TimeSeriesChart *chart = nullptr;
        for (TimeSeriesChart *c : page->charts()) {
            if (c->objectName() == QLatin1String("chart:response_ms"))
                chart = c;
        }
        QVERIFY(chart);
        QVERIFY2(quarter <= chart->width(),
            qPrintable(QString::number(quarter))); // never more points than pixels
        QTRY_VERIFY(chart->pointCount() >= 1);
        QVERIFY(chart->pointCount() <= quarter);

        // Response time first; status code and size only on request.
        const auto hasChart = [page](const char *name) {
            const auto charts = page->charts();
            return std::any_of(charts.cbegin(), charts.cend(), [name](const TimeSeriesChart *c) {
                return c->objectName() == QLatin1String(name);
            });
        };
        QVERIFY(!hasChart("chart:status_code") && !hasChart("chart:body_bytes"));
        QCOMPARE(page->charts().first()->objectName(), QStringLiteral("chart:response_ms"));
        child<QToolButton>(page, QStringLiteral("chartDetails"))->click();
        QTRY_VERIFY(hasChart("chart:status_code") && hasChart("chart:body_bytes"));
    }

    void lastPageAndGeometryComeBack()
    {
        QRect geometry;
        {
            DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
            session.start(QStringLiteral("target:web"));
            session.window()->setGeometry(40, 50, 760, 640); // within the 800×800 test screen
            QTest::qWait(50);
            geometry = session.window()->geometry();
            session.window()->close(); // no tray offscreen: this quits
        }
        DesktopSession again(loadWorkspaceFile(m_path).workspace, m_path);
        again.start();
        QCOMPARE(again.window()->currentPage(), QStringLiteral("target:web"));
        QCOMPARE(again.window()->size(), geometry.size());
    }

    // At QT_SCALE_FACTOR=2 (or on a smaller screen) a saved window larger than the screen is
    // shrunk onto it, and a long dialog scrolls instead of growing past the screen.
    void windowsFitTheScreen()
    {
        {
            DesktopSession session(loadWorkspaceFile(m_path).workspace, m_path);
            session.start(QStringLiteral("overview"));
            session.window()->setGeometry(0, 0, 3000, 2000); // as if saved on a big screen
            session.window()->close();
        }
        DesktopSession again(loadWorkspaceFile(m_path).workspace, m_path);
        again.start(QStringLiteral("overview"));
        MainWindow *window = again.window();
        const QRect available = window->screen()->availableGeometry();
        // As small as the screen, or as the window's content allows.
        const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
        QVERIFY2(window->width() <= qMax(available.width(), least.width())
                && window->height() <= qMax(available.height(), least.height())
                && window->frameGeometry().topLeft() == available.topLeft(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(window->frameGeometry().width())
                           .arg(window->frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY(window->width() < 3000 && window->height() < 2000);

        auto *dialog = openAddCheck(window);
        QVERIFY(dialog);
        auto *type = child<QComboBox>(dialog, QStringLiteral("checkType"));
        type->setCurrentIndex(type->findData(static_cast<int>(CheckType::Http)));
        QTest::qWait(50);
        QVERIFY2(dialog->frameGeometry().height() <= available.height(),
            qPrintable(QString::number(dialog->height())));
        QVERIFY(dialog->findChild<FittingScrollArea *>());
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("checkSave"))->isVisible());
        dialog->reject();
    }

private:
    QTemporaryDir m_home;
    test::HttpFixture m_http;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
