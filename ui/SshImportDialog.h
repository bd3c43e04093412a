#pragma once

#include "core/SshConfigImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dozor {

class WorkspaceDocument;

// Import servers from an OpenSSH client config (default ~/.ssh/config): lists its hosts
// with what would be added, hosts the workspace has already greyed out, and what was not
// imported (Match, Include) in words. Import adds the checked ones in one save.
class SshImportDialog : public QDialog {
    Q_OBJECT
public:
    SshImportDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    // Reads the config file named in the dialog and lists its hosts.
    void reload();
    QStringList importedIds() const { return m_importedIds; }

public Q_SLOTS:
    void accept() override;

private:
    WorkspaceDocument *m_document;
    QLineEdit *m_file;
    QListWidget *m_list;
    QLabel *m_notes;
    QPushButton *m_import;
    QCheckBox *m_standardChecks;
    SshImportPlan m_plan;
    QStringList m_importedIds;
};

} // namespace dozor
