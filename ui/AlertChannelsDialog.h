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
// keychain, nowhere else); and the routes that say which alerts go to which channels.
class AlertChannelsDialog : public QDialog {
    Q_OBJECT
public:
    AlertChannelsDialog(WorkspaceDocument *document, MonitorEngine *engine, SecretStore *secrets,
        QWidget *parent = nullptr);

    void sendTest();
    // Opens the channel editor: for a new channel (empty id) or the one given.
    void editChannel(const QString &channelId);
    void removeSelected();
    // The route editor: a new route (index < 0) or the one at index.
    void editRoute(int index);
    void removeSelectedRoute();

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
    QTreeWidget *m_routes;
    QLabel *m_result;
};

} // namespace dozor
