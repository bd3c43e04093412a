#include "ConnectionStateLabel.h"

#include "monitor/MonitorEngine.h"

#include <QDateTime>

namespace dozor {

ConnectionStateLabel::ConnectionStateLabel(MonitorEngine *engine, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("connectionState"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    connect(engine, &MonitorEngine::sshStatusChanged, this,
        [this](const QString &targetId, const SshHostStatus &status) {
            if (targetId == m_targetId)
                show(status);
        });
}

void ConnectionStateLabel::setTargetId(const QString &targetId)
{
    m_targetId = targetId;
    show(m_engine->sshStatus(targetId));
}

QString ConnectionStateLabel::describe(const SshHostStatus &s)
{
    switch (s.state) {
    case SshHostState::Idle:
        break;
    case SshHostState::Connecting:
        return tr("SSH: connecting…");
    case SshHostState::Connected:
        return tr("● SSH: %1").arg(s.detail);
    case SshHostState::Reconnecting:
        if (s.retryAtMs > 0)
            return tr("▲ SSH: reconnecting, next attempt at %1 — %2")
                .arg(QDateTime::fromMSecsSinceEpoch(s.retryAtMs)
                         .toString(QStringLiteral("HH:mm:ss")),
                    s.detail);
        return tr("▲ SSH: reconnecting — %1").arg(s.detail);
    case SshHostState::HostKeyUnknown:
        return tr("■ SSH: waiting for you to trust the host key — %1").arg(s.detail);
    case SshHostState::Refused:
        return tr("■ SSH: refused — %1").arg(s.detail);
    }
    return {};
}

void ConnectionStateLabel::show(const std::optional<SshHostStatus> &status)
{
    const QString text = status ? describe(*status) : QString();
    setText(text);
    setVisible(!text.isEmpty());
    const bool bad = status
        && (status->state == SshHostState::Refused || status->state == SshHostState::HostKeyUnknown
            || status->state == SshHostState::Reconnecting);
    setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace dozor
