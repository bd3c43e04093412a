// libFuzzer harness: the probe parser must survive any bytes a server can print.
#include "core/ProbeParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto snapshot = dozor::ProbeParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (snapshot.ok()) {
        if (const auto cpu = snapshot->cpuPercent(); cpu && (*cpu < 0 || *cpu > 100))
            __builtin_trap();
        if (snapshot->mounts) {
            for (const auto &m : *snapshot->mounts) {
                const double used = m.usedPercent();
                if (used < 0 || used > 100)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
