#pragma once

#include "core/Diagnostic.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace dozor {

// Validation messages next to the fields of an editor dialog. Fields are registered by
// their JSON key ("http.url", "interval"); a diagnostic lands under the field whose key
// its path names, anything else in the dialog's general message line.
class FieldErrors {
public:
    explicit FieldErrors(QLabel *general);

    // Adds field to the form with an (initially hidden) message line beneath it.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    // Shows the diagnostics whose path starts with prefix ("check"); returns true when
    // any of them is an error.
    bool show(const QList<Diagnostic> &diagnostics, const QString &prefix);
    void showGeneral(const QString &message);
    void clear();

private:
    void growToFit();
    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
};

} // namespace dozor
