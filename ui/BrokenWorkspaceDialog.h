#pragma once

#include "core/Diagnostic.h"
#include "core/Workspace.h"

#include <QDialog>

class QListWidget;

namespace dozor {

// Shown at start when the workspace file cannot be used: every problem in words, in the
// window (checks and servers named by their ids), with the ways out an admin wants — open
// the file or its folder, try again after fixing it, or start with a new workspace while
// the broken file is kept beside it.
class BrokenWorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Quit = 0, TryAgain, StartNew };

    // readable: what could be read of the file (to name checks by id).
    BrokenWorkspaceDialog(const QString &path, const QList<Diagnostic> &problems,
        const Workspace &readable, QWidget *parent = nullptr);

    // The problems as shown (test hook).
    QStringList problemTexts() const;

private:
    QListWidget *m_problems;
};

} // namespace dozor
