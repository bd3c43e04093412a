#include "ChannelDialog.h"

#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"
#include "notify/TelegramChats.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace dozor {

ChannelDialog::ChannelDialog(
    WorkspaceDocument *document, SecretStore *secrets, const QString &previousId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_secrets(secrets)
    , m_previousId(previousId)
    , m_id(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_chat(new QLineEdit(this))
    , m_findChat(new QPushButton(tr("&Find my chat id"), this))
    , m_chats(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_slack(new QCheckBox(tr("Slack-style message ({\"text\": …})"), this))
    , m_header(new QLineEdit(this))
    , m_headerValue(new QLineEdit(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("channelDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add alert channel") : tr("Edit alert channel"));
    m_id->setObjectName(QStringLiteral("channelId"));
    m_id->setToolTip(tr("A short name routes and the command line use (dozor alert test ID)"));
    m_type->setObjectName(QStringLiteral("channelType"));
    m_type->addItem(tr("Telegram bot"), static_cast<int>(ChannelType::Telegram));
    m_type->addItem(tr("Webhook (HTTP POST)"), static_cast<int>(ChannelType::Webhook));
    m_type->addItem(tr("Desktop notification"), static_cast<int>(ChannelType::Tray));
    m_token->setObjectName(QStringLiteral("channelToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("from @BotFather; kept in the system keychain"));
    m_chat->setObjectName(QStringLiteral("channelChat"));
    m_chat->setPlaceholderText(tr("e.g. -1001234567890"));
    m_findChat->setObjectName(QStringLiteral("channelFindChat"));
    m_findChat->setToolTip(tr("Write to the bot (or add it to the group) first; Dozor then "
                              "lists the chats it has recently heard from"));
    m_chats->setObjectName(QStringLiteral("channelChats"));
    m_chats->hide();
    m_url->setObjectName(QStringLiteral("channelUrl"));
    m_url->setPlaceholderText(tr("https://hooks.example.com/dozor"));
    m_slack->setObjectName(QStringLiteral("channelSlack"));
    m_header->setObjectName(QStringLiteral("channelHeader"));
    m_header->setPlaceholderText(tr("optional, e.g. X-Dozor-Token"));
    m_headerValue->setObjectName(QStringLiteral("channelHeaderValue"));
    m_headerValue->setEchoMode(QLineEdit::Password);
    m_headerValue->setPlaceholderText(
        tr("kept in the system keychain; empty keeps the stored one"));

    auto *chatRow = new QWidget(this);
    auto *chatLayout = new QHBoxLayout(chatRow);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_chat, 1);
    chatLayout->addWidget(m_findChat);
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Type:"), m_type, QStringLiteral("type"));
    m_errors.addRow(form, tr("&ID:"), m_id, QStringLiteral("id"));
    m_errors.addRow(form, tr("Bot &token:"), m_token, QStringLiteral("token"));
    m_errors.addRow(form, tr("&Chat id:"), chatRow, QStringLiteral("chat_id"));
    form->addRow(QString(), m_chats);
    m_errors.addRow(form, tr("&Address:"), m_url, QStringLiteral("url"));
    form->addRow(QString(), m_slack);
    m_errors.addRow(form, tr("Secret &header:"), m_header, QStringLiteral("secret_header"));
    m_errors.addRow(form, tr("Header &value:"), m_headerValue, QStringLiteral("secret"));
    m_form = form;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("channelSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChannelDialog::reject);
    m_general->setObjectName(QStringLiteral("channelError"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (const AlertChannel *existing = document->workspace().alerts.channel(previousId)) {
        m_before = *existing;
        m_id->setText(existing->id);
        m_idEdited = true;
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(existing->type)));
        m_chat->setText(existing->chatId);
        m_url->setText(existing->url.toString());
        m_slack->setChecked(existing->slack);
        m_header->setText(existing->secretHeader);
        m_token->setPlaceholderText(tr("kept in the system keychain; empty keeps the stored one"));
    }
    auto suggestId = [this] {
        if (m_idEdited)
            return;
        QStringList taken;
        for (const AlertChannel &c : m_document->workspace().alerts.channels)
            taken.append(c.id);
        const auto type = static_cast<ChannelType>(m_type->currentData().toInt());
        m_id->setText(WorkspaceDocument::suggestId(channelTypeName(type), taken));
    };
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, suggestId);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ChannelDialog::updateType);
    connect(m_findChat, &QPushButton::clicked, this, &ChannelDialog::findChats);
    connect(m_chats, &QComboBox::activated, this,
        [this](int index) { m_chat->setText(m_chats->itemData(index).toString()); });
    suggestId();
    updateType();
    m_type->setFocus();
    resize(520, sizeHint().height());
}

void ChannelDialog::updateType()
{
    const auto type = static_cast<ChannelType>(m_type->currentData().toInt());
    const bool telegram = type == ChannelType::Telegram;
    const bool webhook = type == ChannelType::Webhook;
    // FieldErrors puts each field in a container with its message line: rows are found by
    // the container.
    m_form->setRowVisible(m_token->parentWidget(), telegram);
    m_form->setRowVisible(m_chat->parentWidget()->parentWidget(), telegram);
    m_form->setRowVisible(m_chats, telegram && m_chats->count() > 0);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_header),
             static_cast<QWidget *>(m_headerValue)})
        m_form->setRowVisible(w->parentWidget(), webhook);
    m_form->setRowVisible(m_slack, webhook);
    adjustSize();
}

AlertChannel ChannelDialog::channel() const
{
    AlertChannel c = m_before; // keeps api_url and timeout, which are set in the file
    c.id = m_id->text().trimmed();
    c.type = static_cast<ChannelType>(m_type->currentData().toInt());
    c.chatId.clear();
    c.url = QUrl();
    c.slack = false;
    c.secretHeader.clear();
    if (c.type == ChannelType::Telegram) {
        c.chatId = m_chat->text().trimmed();
    } else if (c.type == ChannelType::Webhook) {
        c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
        c.slack = m_slack->isChecked();
        c.secretHeader = m_header->text().trimmed();
    }
    return c;
}

void ChannelDialog::findChats()
{
    const AlertChannel c = channel();
    const QByteArray typed = m_token->text().trimmed().toUtf8();
    m_findChat->setEnabled(false);
    m_general->setText(tr("Asking Telegram which chats wrote to the bot…"));
    m_general->show();
    auto ask = [this, api = c.apiUrl](const QByteArray &token) {
        if (token.isEmpty()) {
            m_findChat->setEnabled(true);
            m_errors.showGeneral(tr("Enter the bot's token first."));
            Q_EMIT chatsFound(0, m_general->text());
            return;
        }
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        findTelegramChats(
            m_network, api, token, this, [this](const Expected<QList<TelegramChat>> &chats) {
                m_findChat->setEnabled(true);
                m_chats->clear();
                if (!chats) {
                    m_errors.showGeneral(chats.error());
                    Q_EMIT chatsFound(0, chats.error());
                    updateType();
                    return;
                }
                if (chats->isEmpty()) {
                    m_errors.showGeneral(tr("No chats yet: send the bot a message (or add it to "
                                            "the group and write there), then try again."));
                    Q_EMIT chatsFound(0, m_general->text());
                    updateType();
                    return;
                }
                for (const TelegramChat &chat : *chats)
                    m_chats->addItem(QStringLiteral("%1 — %2").arg(chat.title, chat.id), chat.id);
                m_chat->setText(chats->first().id);
                m_errors.showGeneral(chats->size() == 1
                        ? tr("Found one chat: %1.").arg(chats->first().title)
                        : tr("Found %n chats; the newest is filled in, pick another below.",
                            nullptr, int(chats->size())));
                updateType();
                Q_EMIT chatsFound(int(chats->size()), QString());
            });
    };
    // The stored secret only when it is a bot token (not a former webhook's header value).
    if (!typed.isEmpty() || m_previousId.isEmpty() || m_before.type != ChannelType::Telegram) {
        ask(typed);
        return;
    }
    m_secrets->read(SecretStore::keyForChannel(m_document->path(), m_previousId), this,
        [ask](const Expected<QByteArray> &stored) { ask(stored.value_or(QByteArray())); });
}

void ChannelDialog::accept()
{
    const AlertChannel c = channel();
    // Validated as the whole workspace would be, with this channel in it.
    qsizetype index = 0;
    const Workspace edited = m_document->withChannel(c, m_previousId, &index);
    QList<Diagnostic> problems = diagnosticsAt(validateWorkspace(edited, QString()),
        QStringLiteral("alerts.channels[%1]").arg(index), QStringLiteral("channel"));
    // A stored secret is reused only by a channel of the same type: a bot token must never
    // become a webhook's header value (sent to another host), nor the other way round.
    const bool typeChanged = !m_previousId.isEmpty() && m_before.type != c.type;
    if (c.type == ChannelType::Telegram && m_token->text().trimmed().isEmpty()
        && (m_previousId.isEmpty() || typeChanged))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("channel.token"),
            tr("a bot needs its token (from @BotFather)")});
    if (c.type == ChannelType::Webhook && !c.secretHeader.isEmpty()
        && m_headerValue->text().trimmed().isEmpty()
        && (m_previousId.isEmpty() || typeChanged || m_before.secretHeader.isEmpty()))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("channel.secret"),
            tr("enter the header's value (it is kept in the keychain)")});
    // Another channel's id: refused before anything touches the keychain.
    for (const AlertChannel &other : m_document->workspace().alerts.channels) {
        if (other.id == c.id && other.id != m_previousId)
            problems.append({Diagnostic::Severity::Error, QStringLiteral("channel.id"),
                tr("is already used by another channel")});
    }
    if (m_errors.show(problems, QStringLiteral("channel")))
        return;
    const QByteArray secret =
        (c.type == ChannelType::Telegram ? m_token : m_headerValue)->text().trimmed().toUtf8();
    const bool renamed = !m_previousId.isEmpty() && c.id != m_previousId;
    if (c.needsSecret() && secret.isEmpty() && renamed) {
        // The stored secret follows the new id.
        const QString oldKey = SecretStore::keyForChannel(m_document->path(), m_previousId);
        setEnabled(false);
        m_secrets->copy(oldKey, SecretStore::keyForChannel(m_document->path(), c.id), this,
            [this, c, oldKey](const Expected<void> &copied) {
                setEnabled(true);
                if (!copied) {
                    m_errors.showGeneral(tr("Not saved: the stored secret could not follow the "
                                            "new id: %1")
                                             .arg(copied.error()));
                    return;
                }
                Q_EMIT secretStored();
                save(c);
                if (!m_savedId.isEmpty())
                    m_secrets->remove(oldKey, this, [](const Expected<void> &) {});
            });
        return;
    }
    if (!c.needsSecret() || secret.isEmpty()) {
        save(c);
        return;
    }
    setEnabled(false);
    m_secrets->write(SecretStore::keyForChannel(m_document->path(), c.id), secret, this,
        [this, c](const Expected<void> &stored) {
            setEnabled(true);
            if (!stored) {
                m_errors.showGeneral(
                    tr("Not saved: the keychain did not take the secret: %1").arg(stored.error()));
                return;
            }
            Q_EMIT secretStored();
            save(c);
            // Renamed with a new secret: the old name's entry goes.
            if (!m_savedId.isEmpty() && !m_previousId.isEmpty() && m_previousId != c.id)
                m_secrets->remove(SecretStore::keyForChannel(m_document->path(), m_previousId),
                    this, [](const Expected<void> &) {});
        });
}

void ChannelDialog::save(const AlertChannel &c)
{
    if (const auto saved = m_document->putChannel(c, m_previousId); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    m_savedId = c.id;
    QDialog::accept();
}

} // namespace dozor
