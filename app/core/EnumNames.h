#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dozor {

// Lookups in a table of {enum value, stable name} pairs, for enums written to files.
template<typename E, size_t N>
QString enumName(const std::pair<E, const char *> (&names)[N], E value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QLatin1String(name);
    }
    return QString();
}

template<typename E, size_t N>
std::optional<E> enumFromName(const std::pair<E, const char *> (&names)[N], const QString &name)
{
    for (const auto &[v, text] : names) {
        if (name == QLatin1String(text))
            return v;
    }
    return std::nullopt;
}

} // namespace dozor
