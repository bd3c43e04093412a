#include "JsonObjectReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dozor {

namespace {
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};
} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array:
        return JsonText::tr("an array");
    case QJsonValue::Object:
        return JsonText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonText::tr("nothing");
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, QList<Diagnostic> *diagnostics)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_diagnostics(diagnostics)
{
}

QString JsonObjectReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

std::optional<int> JsonObjectReader::boundedInteger(const QString &key)
{
    const auto v = integer(key);
    if (!v)
        return std::nullopt;
    return static_cast<int>(std::clamp<qint64>(*v, -1'000'000'000, 1'000'000'000));
}

std::optional<JsonObjectReader> JsonObjectReader::objectReader(const QString &key)
{
    const auto o = object(key);
    if (!o)
        return std::nullopt;
    return JsonObjectReader(*o, fieldPath(key), m_diagnostics);
}

void JsonObjectReader::error(const QString &key, const QString &message)
{
    m_diagnostics->append({Diagnostic::Severity::Error, fieldPath(key), message});
}

void JsonObjectReader::warning(const QString &key, const QString &message)
{
    m_diagnostics->append({Diagnostic::Severity::Warning, fieldPath(key), message});
}

std::optional<QJsonValue> JsonObjectReader::take(const QString &key, bool required)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            error(key, JsonText::tr("is required"));
        return std::nullopt;
    }
    return *it;
}

void JsonObjectReader::wrongType(const QString &key, const QString &expected, const QJsonValue &got)
{
    error(key, JsonText::tr("must be %1, got %2").arg(expected, jsonTypeName(got)));
}

std::optional<QString> JsonObjectReader::string(const QString &key, bool required)
{
    const auto v = take(key, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(key, JsonText::tr("a string"), *v);
        return std::nullopt;
    }
    return v->toString();
}

std::optional<double> JsonObjectReader::number(const QString &key, bool required)
{
    const auto v = take(key, required);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        wrongType(key, JsonText::tr("a number"), *v);
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<qint64> JsonObjectReader::integer(const QString &key, bool required)
{
    const auto v = take(key, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15) {
        wrongType(key, JsonText::tr("a whole number"), *v);
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> JsonObjectReader::boolean(const QString &key)
{
    const auto v = take(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(key, JsonText::tr("true or false"), *v);
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QStringList> JsonObjectReader::stringList(const QString &key)
{
    const auto v = take(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(key, JsonText::tr("an array of strings"), *v);
        return std::nullopt;
    }
    QStringList out;
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_diagnostics->append(
                {Diagnostic::Severity::Error, fieldPath(key) + QStringLiteral("[%1]").arg(i),
                    JsonText::tr("must be a string, got %1").arg(jsonTypeName(array.at(i)))});
            continue;
        }
        out.append(array.at(i).toString());
    }
    return out;
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key)
{
    const auto v = take(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        wrongType(key, JsonText::tr("an object"), *v);
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, bool required)
{
    const auto v = take(key, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(key, JsonText::tr("an array"), *v);
        return std::nullopt;
    }
    return v->toArray();
}

void JsonObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            warning(it.key(), JsonText::tr("unknown key, ignored"));
    }
}

} // namespace dozor
