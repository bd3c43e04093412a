#pragma once

#include "CheckResult.h"
#include "HttpObservation.h"
#include "Workspace.h"

namespace dozor {

// Judges one HTTP observation against its check: transport, status, redirect, keyword,
// response time, certificate expiry, in that order of importance. Pure: `now` is passed in.
CheckResult evaluateHttp(
    const CheckSpec &check, const HttpObservation &observation, const QDateTime &now);

} // namespace dozor
