#pragma once

#include "FieldErrors.h"
#include "core/Alerting.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dozor {

class WorkspaceDocument;

// Adds or edits one alert route: which levels (none ticked: every level), for servers with
// which tags (empty: every server), go to which channels. Saved like every edit: the whole
// workspace validated, the file written atomically, or nothing changes.
class RouteDialog : public QDialog {
    Q_OBJECT
public:
    // index < 0: a new route.
    RouteDialog(WorkspaceDocument *document, int index, QWidget *parent = nullptr);

    AlertRoute route() const;

public Q_SLOTS:
    void accept() override;

private:
    WorkspaceDocument *m_document;
    int m_index;
    QList<QCheckBox *> m_levels;
    QLineEdit *m_tags;
    QListWidget *m_channels;
    QLabel *m_general;
    FieldErrors m_errors;
};

// "critical/warning, tagged shop → ops, oncall" (shared by the list of routes).
QString routeSummary(const AlertRoute &route);

} // namespace dozor
