#pragma once

#include "FieldErrors.h"
#include "core/Alerting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace dozor {

class WorkspaceDocument;

// Adds or edits a maintenance window kept in the workspace: once (from … until …), every
// day or on chosen weekdays at a time for so many minutes, in this computer's time zone or
// a named one, for all servers or one. The next occurrence is shown as it is set up. Saving
// validates the whole workspace as the file would be; a problem shows next to its field and
// nothing is saved.
class MaintenanceWindowDialog : public QDialog {
    Q_OBJECT
public:
    // previousId empty: a new window.
    MaintenanceWindowDialog(
        WorkspaceDocument *document, const QString &previousId, QWidget *parent = nullptr);

    MaintenanceWindow window() const;
    QString savedId() const { return m_savedId; }

public Q_SLOTS:
    void accept() override;

private:
    void updateRepeat();
    void updateNext();

    WorkspaceDocument *m_document;
    QString m_previousId;
    QString m_savedId;
    bool m_idEdited = false;
    QLineEdit *m_id;
    QComboBox *m_target;
    QComboBox *m_repeat;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QTimeEdit *m_at;
    QSpinBox *m_minutes;
    QWidget *m_daysRow;
    QList<QCheckBox *> m_days; // Monday first
    QComboBox *m_zone;
    QLineEdit *m_reason;
    QLabel *m_next;
    QLabel *m_general;
    QFormLayout *m_form = nullptr;
    FieldErrors m_errors;
};

} // namespace dozor
