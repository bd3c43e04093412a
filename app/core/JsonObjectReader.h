#pragma once

#include "Diagnostic.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace dozor {

// Reads typed fields from one JSON object while recording problems with their JSON path.
// Every key read is remembered; finish() reports the rest as unknown-key warnings, so a
// typo such as "intervall" is never silently dropped.
class JsonObjectReader {
public:
    JsonObjectReader(QJsonObject object, QString path, QList<Diagnostic> *diagnostics);

    bool has(const QString &key) const { return m_object.contains(key); }
    // The value under key, without marking it read.
    QJsonValue peek(const QString &key) const { return m_object.value(key); }
    QString fieldPath(const QString &key) const;

    std::optional<QString> string(const QString &key, bool required = false);
    std::optional<double> number(const QString &key, bool required = false);
    std::optional<qint64> integer(const QString &key, bool required = false);
    std::optional<bool> boolean(const QString &key);
    std::optional<QStringList> stringList(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    // An integer kept within ±1e9, so arithmetic on it cannot overflow an int.
    std::optional<int> boundedInteger(const QString &key);
    // A reader of the object under key (problems reported under its path), if it is one.
    std::optional<JsonObjectReader> objectReader(const QString &key);
    std::optional<QJsonArray> array(const QString &key, bool required = false);

    void error(const QString &key, const QString &message);
    // Marks key as handled by the caller, so finish() does not call it unknown.
    void markSeen(const QString &key) { m_seen.insert(key); }
    void warning(const QString &key, const QString &message);

    // Reports keys that no call above asked for.
    void finish();

private:
    std::optional<QJsonValue> take(const QString &key, bool required);
    void wrongType(const QString &key, const QString &expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_path;
    QList<Diagnostic> *m_diagnostics;
    QSet<QString> m_seen;
};

QString jsonTypeName(const QJsonValue &value);

} // namespace dozor
