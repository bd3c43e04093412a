#pragma once

#include "Workspace.h"

namespace dozor {

// The workspace a newcomer gets: this computer, probed locally, so real data shows up at
// once and offline.
Workspace defaultWorkspace();

} // namespace dozor
