// libFuzzer harness: any workspace file gives diagnostics, never a crash, and whatever
// parses cleanly survives a save/load round trip unchanged.
#include "core/WorkspaceJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const dozor::WorkspaceParse parsed = dozor::parseWorkspaceJson(json);
    if (parsed.ok()) {
        const QByteArray saved = dozor::workspaceToJson(parsed.workspace);
        const dozor::WorkspaceParse again = dozor::parseWorkspaceJson(saved);
        if (!again.ok() || dozor::workspaceToJson(again.workspace) != saved)
            __builtin_trap();
    }
    return 0;
}
