#pragma once

#include "core/Workspace.h"
#include "store/JournalBook.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace dozor {

// Writes or edits an incident journal entry: title, severity, server, start and end, what
// happened, root cause, fix, follow-ups. Save needs a title and an end after the start.
class JournalEntryDialog : public QDialog {
    Q_OBJECT
public:
    // incidentTitle: the title of the incident the entry is linked to, shown instead of its id.
    JournalEntryDialog(JournalEntry entry, const Workspace &workspace,
        const QString &incidentTitle = {}, QWidget *parent = nullptr);

    JournalEntry entry() const;

Q_SIGNALS:
    void saved(const dozor::JournalEntry &entry);

public Q_SLOTS:
    void accept() override;

private:
    JournalEntry m_entry;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_target;
    QDateTimeEdit *m_start;
    QCheckBox *m_ended;
    QDateTimeEdit *m_end;
    QPlainTextEdit *m_what;
    QPlainTextEdit *m_cause;
    QPlainTextEdit *m_fix;
    QPlainTextEdit *m_followUps;
};

} // namespace dozor
