#pragma once

#include "Diagnostic.h"
#include "Workspace.h"

#include <QByteArray>

namespace dozor {

struct WorkspaceParse {
    Workspace workspace;
    QList<Diagnostic> diagnostics; // errors and warnings, in file order
    bool ok() const { return !hasErrors(diagnostics); }
};

// Reads a workspace JSON document: type errors, unknown keys (warnings) and every semantic
// rule of WorkspaceValidator, all reported with their JSON paths. Never throws, never stops
// at the first problem. Relative file paths (ca_file) are resolved against baseDir.
WorkspaceParse parseWorkspaceJson(const QByteArray &json, const QString &baseDir = {});

// The canonical JSON form; parseWorkspaceJson(workspaceToJson(w)) gives w back.
QByteArray workspaceToJson(const Workspace &workspace);

} // namespace dozor
