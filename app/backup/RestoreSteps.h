#pragma once

#include "BackupPlanSteps.h"
#include "RestorePlans.h"

#include <utility>

// What the restore plans are made of (only for RestoreJobs.cpp and RestoreRecovery.cpp): the
// scripts of the swap and of its undo, the service, ownership and check steps, and the words
// of the layout every script starts with. Every step is a script of its own with its values as
// positional words.
namespace dozor::RestorePlans::RestoreSteps {

using namespace BackupPlans::PlanSteps;

struct RestoreJobText {
    Q_DECLARE_TR_FUNCTIONS(RestorePlans)
};

inline constexpr int extractTimeoutSec = 6 * 3600;
inline constexpr int serviceTimeoutSec = 120;
inline constexpr int checkIntervalSec = 5;

// "the path exists" for files, folders and links (a dangling link too).
inline constexpr char existsFn[] = "there() { [ -e \"$1\" ] || [ -L \"$1\" ]; }\n";

// The layout's words every script starts with: base, stage, safety, failed, state; and the
// script's lines that name them.
QList<QByteArray> layoutArgs(const RestoreState &s, const QString &stateFile);
inline constexpr char layoutVars[] = "base=$1 stage=$2 safe=$3 failed=$4 state=$5\nshift 5\n";

QByteArray swapBackScript();
QByteArray cleanupScript();
JobStep scriptStep(const QString &name, const QByteArray &script, const QList<QByteArray> &args,
    int timeoutSec = 600);
QList<JobStep> swapSteps(const RestoreState &s, const QString &state, bool cleanup);
JobStep checksStep(const BackupSource &source, const QList<QByteArray> &argv, bool rollBack);
std::pair<QList<JobStep>, QList<JobStep>> serviceSteps(const BackupSource &source);
QList<JobStep> ownershipSteps(const BackupSource &source, const RestoreState &s);
// The end of a restore: the staging folder goes, the record becomes the last restore's (what
// a rollback of the finished restore reads); the copy from before stays.
JobStep finishStep(const RestoreState &s, const QString &state, const QString &last);
QString parentOf(const QString &path);
QString nameOf(const QString &path);
// restore_to without its trailing slashes.
QString liveFolder(const BackupSource &source);
// "PARENT/.NAME.dozor-WHAT" for live = PARENT/NAME: where a restore's record and folders are.
QString besideLive(const QString &live, const QString &what);

} // namespace dozor::RestorePlans::RestoreSteps
