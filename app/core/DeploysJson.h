#pragma once

#include "Deploys.h"
#include "Diagnostic.h"
#include "JsonObjectReader.h"

#include <QJsonArray>

namespace dozor {

struct Workspace;

// The workspace's "deploy" array: read (shape problems under their JSON path), written back,
// and checked against the rest of the workspace (ids per server, servers, paths, backups).
namespace DeploysJson {
void read(JsonObjectReader &root, QList<DeployRecipe> &recipes, QList<Diagnostic> *diags);
QJsonArray toJson(const QList<DeployRecipe> &recipes);
QList<Diagnostic> validate(const Workspace &workspace);
// A recipe's "smoke" array alone (the recipe editor's text), problems under path.
QList<SmokeRequest> readSmoke(
    const QJsonValue &value, const QString &path, QList<Diagnostic> *diags);
QJsonArray smokeToJson(const QList<SmokeRequest> &requests);
} // namespace DeploysJson

} // namespace dozor
