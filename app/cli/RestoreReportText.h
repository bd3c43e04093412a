#pragma once

#include "backup/RestorePlans.h"

#include <QJsonObject>

namespace dozor {
class CliContext;
}

// What dozor restore prints (RestoreCommand.cpp's output).
namespace dozor::restorecli {

// A preview as --json gives it: counts and lists under create, overwrite, metadata, delete,
// unchanged; findings, warnings, space; a database's tables, a dump's objects.
QJsonObject reportJson(const RestorePreviewReport &report);
// A preview as text, at most perKind paths of each kind (-1: all).
void printReport(CliContext &cli, const RestorePreviewReport &report, int perKind);
// The plan as it will run: each step with its command.
void printPlan(CliContext &cli, const JobPlan &plan);

} // namespace dozor::restorecli
