#pragma once

#include <QByteArrayView>
#include <QString>

namespace dozor {

// Text a server printed, made safe to put in a reason or a message: decoded as UTF-8,
// bounded, control characters shown as '?'. Parsers and evaluators of remote output use
// these, never QString::fromUtf8 on their own.
namespace ServerText {
// At most maxChars characters, line breaks kept as '?'.
QString printable(QByteArrayView bytes, qsizetype maxChars = 200);
// On one line (runs of whitespace become one space), "…" at the end when cut.
QString oneLine(QByteArrayView bytes, qsizetype maxChars = 200);
} // namespace ServerText

} // namespace dozor
