// The tray controller: the alerts routed to the tray become notifications, several at once
// become one, and "Pause alerts" from the tray menu suppresses them until resumed or the
// pause runs out.
#include "StatusBoard.h"
#include "TestSupport.h"
#include "TrayController.h"
#include "UiSettings.h"
#include "core/Translations.h"
#include "core/WorkspaceDocument.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dozor;

namespace {
AlertIntent alert(const QString &check, AlertKind kind = AlertKind::Problem)
{
    AlertIntent a;
    a.key = check + QLatin1Char(':') + alertKindName(kind);
    a.kind = kind;
    a.checkId = check;
    a.targetId = QStringLiteral("web");
    a.title = (kind == AlertKind::Resolved ? QStringLiteral("RESOLVED: Web shop — ")
                                           : QStringLiteral("CRITICAL: Web shop — "))
        + check;
    a.text = QStringLiteral("HTTP 500");
    return a;
}
} // namespace

class TestTray : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DOZOR_LANG", "en"); // English plural forms come from dozor_en
        Translations::install(QCoreApplication::instance());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        qputenv("DOZOR_HOME", m_dir.path().toUtf8());
        Workspace w;
        w.targets = {test::sshTarget(QStringLiteral("web"), QStringLiteral("Web shop"))};
        for (const char *id : {"home", "api", "admin"})
            w.checks.append(test::httpCheck(QString::fromLatin1(id), QStringLiteral("web"),
                QStringLiteral("http://127.0.0.1:9/")));
        m_document =
            std::make_unique<WorkspaceDocument>(w, m_dir.filePath(QStringLiteral("w.json")));
        m_board = std::make_unique<StatusBoard>(m_document.get());
        m_settings = std::make_unique<UiSettings>();
        m_tray =
            std::make_unique<TrayController>(m_board.get(), m_document.get(), m_settings.get());
        m_tray->setBatchDelay(50);
        m_tray->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_tray.reset();
        m_settings.reset();
        m_board.reset();
        m_document.reset();
    }

    void notifiesAlertsAndRecovery()
    {
        QSignalSpy notified(m_tray.get(), &TrayController::notified);
        m_tray->onAlert(alert(QStringLiteral("home")));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("CRITICAL: Web shop — home"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("HTTP 500"));
        m_tray->onAlert(alert(QStringLiteral("home"), AlertKind::Resolved));
        QTRY_COMPARE(notified.size(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("RESOLVED: Web shop — home"));
    }

    void alertsTogetherAreOneNotification()
    {
        QSignalSpy notified(m_tray.get(), &TrayController::notified);
        for (const char *id : {"home", "api", "admin"})
            m_tray->onAlert(alert(QString::fromLatin1(id)));
        QTRY_COMPARE(notified.size(), 1);
        QTest::qWait(200);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("3 alerts"));
        QCOMPARE(notified.at(0).at(1).toString().count(QLatin1Char('\n')), 2);
    }

    void pauseFromTheMenuSuppressesNotifications()
    {
        QSignalSpy notified(m_tray.get(), &TrayController::notified);
        QSignalSpy paused(m_tray.get(), &TrayController::pauseChanged);
        QVERIFY(!m_tray->resumeAction()->isVisible());
        m_tray->pause15Action()->trigger();
        QVERIFY(m_tray->isPaused());
        QCOMPARE(paused.size(), 1);
        QVERIFY(m_tray->resumeAction()->isVisible());
        m_tray->onAlert(alert(QStringLiteral("home")));
        m_tray->onAlert(alert(QStringLiteral("api")));
        QTest::qWait(300);
        QCOMPARE(notified.size(), 0);

        // The pause runs out after 15 minutes (on the injected clock) …
        m_now += 15 * 60 * 1000 + 1;
        QVERIFY(!m_tray->isPaused());
        m_tray->onAlert(alert(QStringLiteral("home"), AlertKind::Resolved));
        QTRY_COMPARE(notified.size(), 1);

        // … and Resume ends a one-hour pause at once.
        m_tray->pause60Action()->trigger();
        QCOMPARE(m_tray->pausedUntilMs(), m_now + 60 * 60 * 1000);
        m_tray->onAlert(alert(QStringLiteral("admin")));
        QTest::qWait(300);
        QCOMPARE(notified.size(), 1);
        m_tray->resumeAction()->trigger();
        m_tray->onAlert(alert(QStringLiteral("admin"), AlertKind::Reminder));
        QTRY_COMPARE(notified.size(), 2);
    }

    void notificationsCanBeTurnedOff()
    {
        QSignalSpy notified(m_tray.get(), &TrayController::notified);
        m_settings->setNotificationsEnabled(false);
        m_tray->onAlert(alert(QStringLiteral("home")));
        QTest::qWait(200);
        QCOMPARE(notified.size(), 0);
        m_settings->setNotificationsEnabled(true);
    }

private:
    QTemporaryDir m_dir;
    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<StatusBoard> m_board;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TrayController> m_tray;
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
