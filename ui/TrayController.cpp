#include "TrayController.h"

#include "StatusBoard.h"
#include "StatusStyle.h"
#include "UiSettings.h"
#include "core/WorkspaceDocument.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace dozor {

namespace {
constexpr int tooltipLines = 8;

// Worth a notification: turning bad, getting worse, or recovering.
} // namespace

TrayController::TrayController(const StatusBoard *board, const WorkspaceDocument *document,
    UiSettings *settings, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_document(document)
    , m_settings(settings)
    , m_menu(new QMenu)
    , m_batch(this)
    , m_pauseEnd(this)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_open = m_menu->addAction(tr("&Open Dozor"), this, &TrayController::openRequested);
    m_menu->addSeparator();
    m_pause15 = m_menu->addAction(tr("Pause alerts for &15 minutes"), this, [this] { pause(15); });
    m_pause60 = m_menu->addAction(tr("Pause alerts for 1 &hour"), this, [this] { pause(60); });
    m_resume = m_menu->addAction(tr("&Resume alerts"), this, &TrayController::resume);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_pause15->setObjectName(QStringLiteral("pause15"));
    m_pause60->setObjectName(QStringLiteral("pause60"));
    m_resume->setObjectName(QStringLiteral("resumeAlerts"));

    m_batch.setSingleShot(true);
    m_batch.setInterval(800);
    connect(&m_batch, &QTimer::timeout, this, &TrayController::deliverBatch);
    m_pauseEnd.setSingleShot(true);
    connect(&m_pauseEnd, &QTimer::timeout, this, &TrayController::resume);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::openRequested);
    }
    connect(board, &StatusBoard::worstChanged, this, &TrayController::updateIcon);
    connect(board, &StatusBoard::checkUpdated, this, &TrayController::updateTooltip);
    updateIcon();
    updateTooltip();
    updatePauseActions();
    if (m_tray)
        m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isTrayAvailable() const
{
    return m_tray != nullptr;
}

void TrayController::pause(int minutes)
{
    m_pausedUntilMs = m_clock() + qint64 {minutes} * 60 * 1000;
    m_pauseEnd.start(minutes * 60 * 1000);
    m_pending.clear(); // what happened before the pause is not announced in it either
    updatePauseActions();
    updateTooltip();
    Q_EMIT pauseChanged(true);
}

void TrayController::resume()
{
    m_pausedUntilMs = 0;
    m_pauseEnd.stop();
    updatePauseActions();
    updateTooltip();
    Q_EMIT pauseChanged(false);
}

bool TrayController::isPaused() const
{
    return m_pausedUntilMs > m_clock();
}

void TrayController::onAlert(const AlertIntent &alert)
{
    if (isPaused() || !m_settings->notificationsEnabled())
        return;
    m_pending.append(alert);
    if (!m_batch.isActive())
        m_batch.start();
}

void TrayController::deliverBatch()
{
    const QList<AlertIntent> alerts = std::exchange(m_pending, {});
    if (alerts.isEmpty() || isPaused())
        return;
    if (alerts.size() == 1) {
        showMessage(alerts.constFirst().title, alerts.constFirst().text);
        return;
    }
    QStringList lines;
    for (const AlertIntent &a : alerts)
        lines.append(a.title);
    if (lines.size() > tooltipLines) {
        const int more = static_cast<int>(lines.size()) - tooltipLines;
        lines = lines.mid(0, tooltipLines);
        lines.append(tr("… and %n more", nullptr, more));
    }
    showMessage(
        tr("%n alert(s)", nullptr, static_cast<int>(alerts.size())), lines.join(QLatin1Char('\n')));
}

void TrayController::showMessage(const QString &title, const QString &message)
{
    if (m_tray)
        m_tray->showMessage(title, message, StatusStyle::appIcon(m_board->worst()), 10'000);
    Q_EMIT notified(title, message);
}

QString TrayController::checkLabel(const QString &checkId) const
{
    const CheckSpec *check = m_document->workspace().check(checkId);
    if (!check)
        return checkId;
    const Target *target = m_document->workspace().target(check->targetId);
    const QString targetName = target ? target->displayName() : check->targetId;
    return targetName + QStringLiteral(" / ") + check->displayName();
}

void TrayController::updateIcon()
{
    if (m_tray)
        m_tray->setIcon(StatusStyle::appIcon(m_board->worst()));
}

void TrayController::updateTooltip()
{
    if (!m_tray)
        return;
    const QStringList problems = m_board->problems();
    QStringList lines;
    lines.append(problems.isEmpty()
            ? tr("Dozor — all checks OK")
            : tr("Dozor — %n problem(s)", nullptr, static_cast<int>(problems.size())));
    for (const QString &id : problems.mid(0, tooltipLines)) {
        const auto state = m_board->state(id);
        lines.append(StatusStyle::label(state.status) + QStringLiteral(": ") + checkLabel(id));
    }
    if (problems.size() > tooltipLines)
        lines.append(
            tr("… and %n more", nullptr, static_cast<int>(problems.size()) - tooltipLines));
    if (isPaused())
        lines.append(
            tr("Alerts paused until %1")
                .arg(QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(m_pausedUntilMs).time(), QLocale::ShortFormat)));
    m_tray->setToolTip(lines.join(QLatin1Char('\n')));
}

void TrayController::updatePauseActions()
{
    const bool paused = isPaused();
    m_resume->setVisible(paused);
    m_resume->setText(paused
            ? tr("&Resume alerts (paused until %1)")
                  .arg(QLocale().toString(
                      QDateTime::fromMSecsSinceEpoch(m_pausedUntilMs).time(), QLocale::ShortFormat))
            : tr("&Resume alerts"));
}

} // namespace dozor
