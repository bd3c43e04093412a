#pragma once

#include "Backups.h"
#include "Diagnostic.h"
#include "JsonObjectReader.h"

#include <QJsonArray>

namespace dozor {

struct Workspace;

// The workspace's "backups" array: read (shape problems under their JSON path), written
// back, and checked against the rest of the workspace (ids, servers, paths, formats).
namespace BackupsJson {
void read(JsonObjectReader &root, QList<BackupSource> &sources, QList<Diagnostic> *diags);
QJsonArray toJson(const QList<BackupSource> &sources);
QList<Diagnostic> validate(const Workspace &workspace);
} // namespace BackupsJson

} // namespace dozor
