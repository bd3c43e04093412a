#pragma once

#include "Expected.h"

namespace dozor {

// "90s", "15m", "1h", "7d", "2w" → seconds. A bare number means seconds.
Expected<qint64> parseDurationText(const QString &text);

} // namespace dozor
