#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace dozor {

class MonitorEngine;
class WorkspaceDocument;

// The editing flows every page offers: add/edit/remove servers and checks through
// dialogs. Dialogs are window-modal and never block the event loop (no exec()); removals
// ask first and say what goes with them.
class WorkspaceEditor : public QObject {
    Q_OBJECT
public:
    // engine runs the check dialog's "Run now"; may be null (then the button is off).
    WorkspaceEditor(WorkspaceDocument *document, MonitorEngine *engine, QWidget *dialogParent,
        QObject *parent = nullptr);

    void addTarget();
    // Servers from ~/.ssh/config (or another OpenSSH client config).
    void importSshConfig();
    void editTarget(const QString &targetId);
    void removeTarget(const QString &targetId);
    // targetId may be empty: the dialog picks a server.
    void addCheck(const QString &targetId);
    void editCheck(const QString &checkId);
    void removeCheck(const QString &checkId);

Q_SIGNALS:
    void targetSaved(const QString &targetId);
    void checkSaved(const QString &checkId);
    // A save or removal was refused (validation or disk); message is for the user.
    void failed(const QString &message);

private:
    void confirm(const QString &title, const QString &text, std::function<void()> onYes);

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QPointer<QWidget> m_dialogParent;
};

} // namespace dozor
