#pragma once

#include "core/Alerting.h"
#include "core/Incident.h"

namespace dozor {

// The channels an alert goes to: the union of every route whose levels and tags match it;
// a workspace without routes sends every alert to every channel.
QStringList channelsFor(const AlertIntent &alert, const AlertSettings &settings);

} // namespace dozor
