#pragma once

#include "Diagnostic.h"
#include "Workspace.h"

namespace dozor {

// The semantic rules of a workspace, on the parsed model. The loader runs them on every
// load; editors run validateTarget/validateCheck to show a message next to a field.
// Paths use the JSON names ("checks[3].http.url"), so messages read the same everywhere.
QList<Diagnostic> validateWorkspace(const Workspace &workspace, const QString &baseDir);
QList<Diagnostic> validateTarget(const Target &target, const QString &path);
QList<Diagnostic> validateCheck(const CheckSpec &check, const Workspace &workspace,
    const QString &path, const QString &baseDir);

// A relative file name in the workspace is relative to the workspace file's folder.
QString resolveWorkspaceFile(const QString &fileName, const QString &baseDir);

bool isValidId(const QString &id);

// A problem in words for people: "check \"web-home\", interval: must be ≥ 1 s" rather than
// "checks[6].interval: …", when the workspace (as far as it could be read) gives the check
// or server at that place an id.
QString describeDiagnostic(const Diagnostic &diagnostic, const Workspace &workspace);

// The diagnostics under place ("checks[3].remediation"), with place renamed to as
// ("check.remediation"): an editor shows a whole-workspace check next to its own fields.
QList<Diagnostic> diagnosticsAt(
    const QList<Diagnostic> &diagnostics, const QString &place, const QString &as);

} // namespace dozor
