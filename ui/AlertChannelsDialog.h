#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class SecretStore;
class WorkspaceDocument;

// The workspace's alert channels and routes: add, edit and remove channels (ChannelDialog),
// "Send test alert" and, for those that need one, "Set token…" (stored in the system
// keychain, nowhere else). Routes are shown; they are edited in the workspace file.
class AlertChannelsDialog : public QDialog {
    Q_OBJECT
public:
    AlertChannelsDialog(WorkspaceDocument *document, MonitorEngine *engine, SecretStore *secrets,
        QWidget *parent = nullptr);

    void sendTest();
    // Opens the channel editor: for a new channel (empty id) or the one given.
    void editChannel(const QString &channelId);
    void removeSelected();

Q_SIGNALS:
    // A secret was stored: whoever runs the engine reads the secrets again.
    void secretsChanged();
    void testFinished(const QString &channelId, const QString &error);

private:
    void setSecret();
    void reload();
    QString selectedChannel() const;

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    SecretStore *m_secrets;
    QTreeWidget *m_channels;
    QLabel *m_routing;
    QLabel *m_result;
};

} // namespace dozor
