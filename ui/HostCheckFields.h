#pragma once

#include "core/Workspace.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;
class QStackedLayout;

namespace dozor {

class FieldErrors;

// The fields of the check editor for service, process, path, log and command checks: one
// group per type, only the current type's visible. Loads from and writes into a CheckSpec;
// messages land under the fields through the dialog's FieldErrors (keys as in the JSON).
class HostCheckFields : public QWidget {
    Q_OBJECT
public:
    HostCheckFields(FieldErrors *errors, QWidget *parent = nullptr);

    // Shows the group of type, or nothing for the other types.
    void setType(CheckType type);
    void load(const CheckSpec &check);
    // Writes the current type's fields into check.
    void apply(CheckSpec &check) const;
    // The fields in the order Tab visits them.
    QList<QWidget *> tabOrder() const;

private:
    QWidget *page(QStackedLayout *stack);

    QStackedLayout *m_stack;
    QWidget *m_empty;
    QWidget *m_servicePage;
    QWidget *m_processPage;
    QWidget *m_pathPage;
    QWidget *m_logPage;
    QWidget *m_commandPage;
    QLineEdit *m_units;
    QLineEdit *m_allowed;
    QLineEdit *m_processName;
    QLineEdit *m_processPattern;
    QSpinBox *m_processMin;
    QSpinBox *m_processMax;
    QLineEdit *m_path;
    QLineEdit *m_owner;
    QLineEdit *m_group;
    QLineEdit *m_mode;
    QLineEdit *m_readableBy;
    QLineEdit *m_logFile;
    QLineEdit *m_logPattern;
    QLineEdit *m_command;
    QSpinBox *m_expectExit;
    QLineEdit *m_outputRegex;
};

} // namespace dozor
