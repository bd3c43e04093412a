#pragma once

#include "FieldErrors.h"
#include "core/CheckResult.h"
#include "core/Workspace.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dozor {

class CheckKindFields;
class RemediationFields;
class MonitorEngine;
class WorkspaceDocument;

// Adds or edits one check of any type (HTTP(S) for any server, the others for this computer
// or a server reached over SSH); each type's own fields come from its CheckKind. Fields are
// validated with the workspace loader's
// rules and messages appear next to them; "Run now" runs the check as entered and shows the result
// before anything is saved.
class CheckDialog : public QDialog {
    Q_OBJECT
public:
    // previousId empty: a new check, on targetId when given. "Run now" runs through engine
    // (its connections and secrets); without one the button is off.
    CheckDialog(WorkspaceDocument *document, MonitorEngine *engine, const QString &previousId,
        const QString &targetId, QWidget *parent = nullptr);
    ~CheckDialog() override;

    // The check as entered; problems parsing a field are added to problems.
    CheckSpec check(QList<Diagnostic> *problems = nullptr) const;
    QString savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;
    void runNow();

Q_SIGNALS:
    // Test hook and status line: a "Run now" result is on screen.
    void runFinished(const dozor::CheckResult &result);

private:
    void buildForm();
    void load(const CheckSpec &check);
    void updateType();
    // "Disk and inode use on Web shop": the name of a check left without one.
    QString defaultName() const;
    void fitHeight();
    void applyTypeDefaults();
    bool validate(CheckSpec *out);
    void showResult(const CheckResult &result);

    WorkspaceDocument *m_document;
    QString m_previousId;
    QString m_savedId;
    bool m_idEdited = false;
    MonitorEngine *m_engine;
    int m_runGeneration = 0; // a newer "Run now" makes the answer of an older one stale

    QComboBox *m_target;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QFormLayout *m_limitsForm;
    QDoubleSpinBox *m_warn;
    QDoubleSpinBox *m_crit;
    CheckKindFields *m_kindFields = nullptr;
    RemediationFields *m_remediation = nullptr;
    QSpinBox *m_interval;
    QSpinBox *m_timeout;
    QSpinBox *m_retry; // 0: the default
    QSpinBox *m_failAfter = nullptr; // 0: the workspace's alert policy
    QSpinBox *m_recoverAfter = nullptr;
    QPushButton *m_runButton;
    QLabel *m_resultIcon;
    QLabel *m_result;
    QLabel *m_general;
    FieldErrors m_errors;
};

} // namespace dozor
