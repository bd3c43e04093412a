#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QList>

namespace dozor {

// The one way a value reaches a remote (or local) shell command line: POSIX single quotes,
// an embedded ' written as '\'', NUL refused (no shell can carry it). Every command Dozor
// sends over SSH is built here from an argv; no value is ever pasted into a shell string.
namespace ShellQuote {

// abc → 'abc'; it's → 'it'\''s'; empty → ''.
Expected<QByteArray> quote(const QByteArray &value);

// program, its options, then "--" and the operands, each quoted:
// commandLine("stat", {"-c", "%U"}, {"-x"}) → 'stat' '-c' '%U' '--' '-x'
// The "--" keeps an operand that starts with "-" from being read as an option.
Expected<QByteArray> commandLine(
    const QByteArray &program, const QList<QByteArray> &options, const QList<QByteArray> &operands);

} // namespace ShellQuote

} // namespace dozor
