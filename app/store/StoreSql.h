#pragma once

#include "IncidentRecords.h"
#include "core/Expected.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace dozor::StoreSql {

// Prepares sql, binds values in order and runs it; on failure, failedAs with the driver's
// words as %1.
inline Expected<void> run(
    QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &failedAs)
{
    q.prepare(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec())
        return unexpected(failedAs.arg(q.lastError().text()));
    return {};
}

inline QVariant orNull(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

inline QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline QString text(const QString &s)
{
    return IncidentRecords::sqlText(s);
}

} // namespace dozor::StoreSql
