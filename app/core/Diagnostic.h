#pragma once

#include <QList>
#include <QString>

namespace dozor {

// A problem found in user input, located by its JSON path ("checks[3].interval").
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    // "checks[3].interval: must be ≥ 1 s, got 0"
    QString text() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

inline bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    for (const auto &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace dozor
