#pragma once

#include "FieldErrors.h"
#include "core/Deploys.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace dozor {

class WorkspaceDocument;

// Adds or edits one deploy recipe of a server: its kind (a static site built here, an app on
// the server, or steps only), where it lives, what each kind needs, the restart, the backup
// first, its own steps (a table: name, command, timeout, on failure, safe to cancel) and its
// smoke requests (JSON). Saving validates the whole workspace and writes it; on a problem the
// dialog stays open with the message next to the field.
class RecipeDialog : public QDialog {
    Q_OBJECT
public:
    // previousId empty: a new recipe of targetId.
    RecipeDialog(WorkspaceDocument *document, const QString &targetId, const QString &previousId,
        QWidget *parent = nullptr);

    // The recipe as the form says (its smoke requests read from their text; problems there are
    // reported by accept()).
    DeployRecipe recipe(QList<Diagnostic> *problems = nullptr) const;
    QString savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

private:
    void load(const DeployRecipe &recipe);
    void updateKind();
    void addStep(const DeployStep &step);

    WorkspaceDocument *m_document;
    QString m_targetId;
    QString m_previousId;
    QString m_savedId;
    QFormLayout *m_form;
    QLineEdit *m_id;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QSpinBox *m_keep;
    QLineEdit *m_owner;
    QLineEdit *m_group;
    QLineEdit *m_fileMode;
    QLineEdit *m_dirMode;
    QLineEdit *m_build;
    QLineEdit *m_project;
    QLineEdit *m_from;
    QLineEdit *m_repository;
    QLineEdit *m_ref;
    QLineEdit *m_venv;
    QLineEdit *m_unit;
    QLineEdit *m_restart;
    QComboBox *m_backup;
    QSpinBox *m_postCheck;
    QTableWidget *m_steps;
    QPlainTextEdit *m_smoke;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace dozor
