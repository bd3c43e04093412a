#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dozor {

// The error half of an Expected: a message a user can act on.
struct Unexpected {
    QString message;
};

inline Unexpected unexpected(QString message)
{
    return Unexpected {std::move(message)};
}

// A value or an error in words. Functions that can fail return this instead of a bare bool,
// so the reason travels with the failure up to whoever shows it.
template<typename T>
class Expected {
public:
    Expected(T value)
        : m_value(std::move(value))
    {
    }
    Expected(Unexpected error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T value_or(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but may fail.
template<>
class Expected<void> {
public:
    Expected() = default;
    Expected(Unexpected error)
        : m_failed(true)
        , m_error(std::move(error.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace dozor
