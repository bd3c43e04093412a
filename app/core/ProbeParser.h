#pragma once

#include "Expected.h"
#include "HostSnapshot.h"

#include <QByteArrayView>

namespace dozor {

// Turns the text printed by resources/probe.sh into a HostSnapshot. The input comes from a
// machine we do not control: any bytes, any size, cut off anywhere. The parser never
// crashes, never trusts a length, and says in words what it could not read.
namespace ProbeParser {
inline constexpr qsizetype maxOutputBytes = qsizetype {4} * 1024 * 1024;
inline constexpr int maxMounts = 4096;
inline constexpr int maxCheckSections = 1024;
inline constexpr int maxCheckSectionLines = 1024;
inline constexpr qsizetype maxCheckLineBytes = 4096;

// sectionEnd: the run's marker that ends each check's section (ProbeScript::sectionEnd);
// without it a check's section ends at the next line starting with "@@".
Expected<HostSnapshot> parse(QByteArrayView output, QByteArrayView sectionEnd = {});

// df -Pk / df -Pi bodies; exposed for tests.
bool isPseudoFilesystem(const QString &filesystem);
} // namespace ProbeParser

} // namespace dozor
