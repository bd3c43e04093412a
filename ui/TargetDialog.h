#pragma once

#include "FieldErrors.h"
#include "core/Workspace.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace dozor {

class ConnectionTest;
class SecretStore;
class WorkspaceDocument;

// Adds or edits one server (target): name, id, this computer or SSH host and how to log in
// (ssh-agent, a key file, a password), tags. A password or key passphrase typed here goes
// to the system keychain, never into the workspace; if the keychain cannot take it, nothing
// is saved and the dialog says why. A new server comes with the standard host checks that
// are ticked (CPU, load, memory, disks, uptime); "Test connection" tries them as well. Saving
// validates the whole workspace and writes it; on a problem the dialog stays open with the message
// next to the field.
class TargetDialog : public QDialog {
    Q_OBJECT
public:
    // previousId empty: a new server.
    TargetDialog(WorkspaceDocument *document, const QString &previousId, QWidget *parent = nullptr);

    Target target() const;
    // The standard host checks ticked for a new server, as they will be added on save.
    QList<CheckSpec> newChecks() const;
    QString savedId() const { return m_savedId; }
    // Test hook: where "Test connection" looks up and records host keys.
    void setKnownHostsFiles(const QString &dozorFile, const QString &userFile);

Q_SIGNALS:
    // A "Test connection" result is on screen (test hook).
    void testFinished(bool ok);

public Q_SLOTS:
    void accept() override;

private:
    void updateKind();
    bool validate();
    // Saves the workspace; then removes staleKey from the keychain (a secret under an old
    // name), or on failure removes copiedKey (a secret copied for the new name).
    void save(const Target &target, const QString &staleKey = {}, const QString &copiedKey = {});
    // "Test connection": the server as entered, on a connection of its own.
    void testConnection();
    void runTest(const Target &target, const QByteArray &secret);

    WorkspaceDocument *m_document;
    QString m_previousId;
    QString m_savedId;
    bool m_idEdited = false;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QRadioButton *m_local;
    QRadioButton *m_ssh;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_jumps;
    QComboBox *m_auth;
    QWidget *m_keyRow;
    QLineEdit *m_keyFile;
    QCheckBox *m_hasPassphrase;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    SecretStore *m_secrets;
    QFormLayout *m_form = nullptr;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    ConnectionTest *m_test = nullptr;
    QLineEdit *m_tags;
    QWidget *m_standardRow = nullptr; // new servers only
    QList<QCheckBox *> m_standard;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace dozor
