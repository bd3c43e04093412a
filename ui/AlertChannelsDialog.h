#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class SecretStore;
class WorkspaceDocument;

// The workspace's alert channels and routes, each channel with "Send test alert" and, for
// those that need one, "Set token…" (stored in the system keychain, nowhere else).
// Channels themselves are edited in the workspace file ("alerts").
class AlertChannelsDialog : public QDialog {
    Q_OBJECT
public:
    AlertChannelsDialog(WorkspaceDocument *document, MonitorEngine *engine, SecretStore *secrets,
        QWidget *parent = nullptr);

    void sendTest();

Q_SIGNALS:
    // A secret was stored: whoever runs the engine reads the secrets again.
    void secretsChanged();
    void testFinished(const QString &channelId, const QString &error);

private:
    void setSecret();
    QString selectedChannel() const;

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    SecretStore *m_secrets;
    QTreeWidget *m_channels;
    QLabel *m_result;
};

} // namespace dozor
