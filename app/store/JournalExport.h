#pragma once

#include "JournalBook.h"
#include "core/Workspace.h"

namespace dozor {

// The journal as Markdown, for a postmortem or a wiki page: one incident with its timeline
// and alert deliveries, or every incident and entry of a period.
namespace JournalExport {

Expected<QString> incident(JournalBook &book, const Workspace &workspace, const QString &id);
Expected<QString> period(
    JournalBook &book, const Workspace &workspace, const JournalFilter &filter);

// One journal entry as a Markdown section.
QString entry(const JournalEntry &entry);

// "2026-12-02 14:05" in this computer's time zone.
QString timeText(qint64 ms);
QString severityText(AlertLevel level);

} // namespace JournalExport

} // namespace dozor
