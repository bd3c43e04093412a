#pragma once

#include "Expected.h"
#include "Message.h"

namespace dozor {

// "90s", "15m", "1h", "7d", "2w" → seconds. A bare number means seconds.
Expected<qint64> parseDurationText(const QString &text);

} // namespace dozor

namespace dozor {

// A length of time for people: "45 s", "14 min", "2 h 5 min", "3 d 4 h".
QString formatDuration(qint64 ms);
// The same as a message (rendered again in the language in use when read).
Message durationMessage(qint64 ms);

} // namespace dozor
