#pragma once

#include "core/Alerting.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace dozor {

class FieldErrors;

// A check's remediation in the check editor: what to do when it fails (restart a systemd
// unit, fix a path's owner and mode, run a command), through sudo -n or not, and whether
// Dozor does it by itself (at most N attempts) or only offers it in the journal. Settings the
// editor does not show (window, cooldown, timeout) stay as the workspace file has them.
class RemediationFields : public QGroupBox {
    Q_OBJECT
public:
    // errors: the dialog's, under the keys "remediation.unit" …
    RemediationFields(FieldErrors *errors, QWidget *parent = nullptr);

    void set(const Remediation &remediation);
    // base with the fields of this editor applied.
    Remediation applied(Remediation base) const;

private:
    void updateAction();

    QFormLayout *m_form;
    QComboBox *m_action;
    QLineEdit *m_unit;
    QLineEdit *m_path;
    QLineEdit *m_owner;
    QLineEdit *m_group;
    QLineEdit *m_mode;
    QCheckBox *m_recursive;
    QLineEdit *m_run;
    QCheckBox *m_sudo;
    QCheckBox *m_automatic;
    QSpinBox *m_attempts;
};

} // namespace dozor
