#pragma once

#include "Expected.h"
#include "WorkspaceJson.h"

namespace dozor {

// Reading and writing workspace files. Saving is atomic: a reader sees the old file or the
// new one, never half of either, even if the machine loses power mid-write.
WorkspaceParse loadWorkspaceFile(const QString &path);
Expected<void> saveWorkspaceFile(const Workspace &workspace, const QString &path);

// Loads the workspace at path; if no file exists there, writes the embedded default
// (this computer) first. Returns the parse of whatever is on disk afterwards.
WorkspaceParse loadOrCreateWorkspace(const QString &path, bool *created = nullptr);

// Moves a workspace file that cannot be used out of the way, keeping it next to where it
// was ("workspace.json" → "workspace.broken-20261204-211500.json"), so a new one can be
// started without losing the old. Returns the new name.
Expected<QString> moveAsideBrokenWorkspace(const QString &path);

} // namespace dozor
