#pragma once

#include "FieldErrors.h"
#include "core/Alerting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace dozor {

class SecretStore;
class WorkspaceDocument;

// Adds or edits one alert channel without touching JSON: a Telegram bot (its token goes to
// the system keychain, the chat id can be found from the bot's recent messages), a webhook
// (address, Slack-style body, a secret header whose value goes to the keychain) or desktop
// notifications. Saving validates the whole workspace as the file would be; a problem shows
// next to its field and nothing is saved. The secret is stored first: if the keychain
// refuses it, the workspace is left as it was.
class ChannelDialog : public QDialog {
    Q_OBJECT
public:
    // previousId empty: a new channel.
    ChannelDialog(WorkspaceDocument *document, SecretStore *secrets, const QString &previousId,
        QWidget *parent = nullptr);

    AlertChannel channel() const;
    QString savedId() const { return m_savedId; }

Q_SIGNALS:
    // The chat lookup finished (test hook): the chats found, or why none.
    void chatsFound(int count, const QString &error);
    // A secret was written to the keychain (the engine should read it again).
    void secretStored();

public Q_SLOTS:
    void accept() override;

private:
    void updateType();
    void findChats();
    void save(const AlertChannel &channel);

    WorkspaceDocument *m_document;
    SecretStore *m_secrets;
    QString m_previousId;
    QString m_savedId;
    bool m_idEdited = false;
    QLineEdit *m_id;
    QComboBox *m_type;
    QLineEdit *m_token;
    QLineEdit *m_chat;
    QPushButton *m_findChat;
    QComboBox *m_chats;
    QLineEdit *m_url;
    QCheckBox *m_slack;
    QLineEdit *m_header;
    QLineEdit *m_headerValue;
    QLabel *m_general;
    QFormLayout *m_form = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    AlertChannel m_before; // the channel as it was (settings the dialog does not show)
    FieldErrors m_errors;
};

} // namespace dozor
