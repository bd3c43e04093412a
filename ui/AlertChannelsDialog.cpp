#include "AlertChannelsDialog.h"

#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

AlertChannelsDialog::AlertChannelsDialog(
    WorkspaceDocument *document, MonitorEngine *engine, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_engine(engine)
    , m_secrets(secrets)
    , m_channels(new QTreeWidget(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("alertChannelsDialog"));
    setWindowTitle(tr("Alert channels"));
    const AlertSettings &alerts = document->workspace().alerts;
    m_channels->setObjectName(QStringLiteral("alertChannels"));
    m_channels->setHeaderLabels({tr("Channel"), tr("Type"), tr("Where")});
    m_channels->setRootIsDecorated(false);
    for (const AlertChannel &c : alerts.channels) {
        QString where = tr("desktop notification");
        if (c.type == ChannelType::Telegram)
            where = tr("chat %1 via %2").arg(c.chatId, c.apiUrl.host());
        else if (c.type == ChannelType::Webhook)
            where = c.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        new QTreeWidgetItem(m_channels, {c.id, channelTypeName(c.type), where});
    }
    if (alerts.channels.isEmpty())
        new QTreeWidgetItem(m_channels,
            {QStringLiteral("tray"), channelTypeName(ChannelType::Tray),
                tr("desktop notification (no channels in the workspace: alerts go here)")});
    m_channels->setCurrentItem(m_channels->topLevelItem(0));

    QStringList routes;
    for (const AlertRoute &r : alerts.routes) {
        QStringList levels;
        for (AlertLevel l : r.levels)
            levels.append(alertLevelName(l));
        routes.append(
            tr("%1%2 → %3")
                .arg(levels.isEmpty() ? tr("every level") : levels.join(QLatin1Char('/')),
                    r.tags.isEmpty() ? QString()
                                     : tr(", tags %1").arg(r.tags.join(QStringLiteral(", "))),
                    r.channels.join(QStringLiteral(", "))));
    }
    auto *routing =
        new QLabel(routes.isEmpty() ? tr("Every alert goes to every channel.")
                                    : tr("Routes:\n%1").arg(routes.join(QLatin1Char('\n'))),
            this);
    routing->setWordWrap(true);

    auto *test = new QPushButton(tr("Send &test alert"), this);
    test->setObjectName(QStringLiteral("sendTestAlert"));
    test->setEnabled(engine && engine->isRunning());
    auto *secret = new QPushButton(tr("Set &token…"), this);
    secret->setObjectName(QStringLiteral("setChannelSecret"));
    connect(test, &QPushButton::clicked, this, &AlertChannelsDialog::sendTest);
    connect(secret, &QPushButton::clicked, this, &AlertChannelsDialog::setSecret);
    auto updateButtons = [this, secret] {
        const AlertChannel *c = m_document->workspace().alerts.channel(selectedChannel());
        secret->setEnabled(c && c->needsSecret());
        secret->setText(
            c && c->type == ChannelType::Webhook ? tr("Set header &value…") : tr("Set &token…"));
    };
    connect(m_channels, &QTreeWidget::currentItemChanged, this, updateButtons);
    updateButtons();

    m_result->setObjectName(QStringLiteral("alertTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(test);
    row->addWidget(secret);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_channels, 1);
    layout->addWidget(routing);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Channels and routes are set in the workspace file under "
                                    "\"alerts\"; tokens live in the system keychain."),
        this));
    layout->addWidget(buttons);
    resize(620, 420);
}

QString AlertChannelsDialog::selectedChannel() const
{
    const QTreeWidgetItem *item = m_channels->currentItem();
    return item ? item->text(0) : QString();
}

void AlertChannelsDialog::sendTest()
{
    const QString id = selectedChannel();
    if (!m_engine || id.isEmpty())
        return;
    m_result->setText(tr("Sending a test alert to %1…").arg(id));
    m_engine->sendTestAlert(id, this, [this, id](const QString &error) {
        m_result->setText(error.isEmpty() ? tr("✓ The test alert reached %1.").arg(id)
                                          : tr("✗ The test alert to %1 failed: %2").arg(id, error));
        Q_EMIT testFinished(id, error);
    });
}

void AlertChannelsDialog::setSecret()
{
    const QString id = selectedChannel();
    const AlertChannel *c = m_document->workspace().alerts.channel(id);
    if (!c || !c->needsSecret())
        return;
    bool ok = false;
    const QString label = c->type == ChannelType::Telegram
        ? tr("Bot token for %1 (from @BotFather):").arg(id)
        : tr("Value of the %1 header for %2:").arg(c->secretHeader, id);
    const QString value =
        QInputDialog::getText(this, windowTitle(), label, QLineEdit::Password, QString(), &ok);
    if (!ok || value.isEmpty())
        return;
    m_secrets->write(SecretStore::keyForChannel(m_document->path(), id), value.toUtf8(), this,
        [this, id](const Expected<void> &done) {
            m_result->setText(done ? tr("The secret of %1 is in the system keychain.").arg(id)
                                   : tr("The secret was not stored: %1").arg(done.error()));
            if (done)
                Q_EMIT secretsChanged();
        });
}

} // namespace dozor
