#include "Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace dozor {

namespace {

// Replaces %1 … %99 in one pass: the lowest-numbered placeholder takes the first value, as
// QString::arg does, but text a value brings in is never scanned again.
QString substitute(const QString &pattern, const QStringList &values)
{
    if (values.isEmpty())
        return pattern;
    const auto numberAt = [&](qsizetype i, qsizetype *length) {
        if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size()
            || !pattern.at(i + 1).isDigit() || pattern.at(i + 1) == QLatin1Char('0'))
            return 0;
        int n = pattern.at(i + 1).digitValue();
        *length = 2;
        if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
            n = n * 10 + pattern.at(i + 2).digitValue();
            *length = 3;
        }
        return n;
    };
    QList<int> numbers;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        qsizetype length = 0;
        if (const int n = numberAt(i, &length); n && !numbers.contains(n))
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size();) {
        qsizetype length = 0;
        const int n = numberAt(i, &length);
        const qsizetype index = n ? numbers.indexOf(n) : -1;
        if (index >= 0 && index < values.size()) {
            out += values.at(index);
            i += length;
        } else {
            out += pattern.at(i);
            ++i;
        }
    }
    return out;
}

QString timeText(qint64 ms, Message::TimeForm form)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(form == Message::TimeForm::Clock
            ? QStringLiteral("HH:mm")
            : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class MessageData : public QSharedData {
public:
    struct Arg {
        enum class Kind { Text, Nested, Integer, Real, Time };
        Kind kind = Kind::Text;
        QString text;
        QList<Message> nested; // one message (a list keeps Message incomplete-type friendly)
        qint64 integer = 0;
        double real = 0;
        int decimals = 0;
        Message::TimeForm form = Message::TimeForm::Clock;
    };

    enum class Kind { Plain, Pattern, Translated };
    Kind kind = Kind::Plain;
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;
    int n = -1;
    QString text; // Plain; the pattern for Pattern
    QList<Arg> args;
};

Message::Message()
    : d(new MessageData)
{
}

Message::Message(const QString &text)
    : d(new MessageData)
{
    d->text = text;
}

Message::Message(const char *context, const char *source, const char *disambiguation, int n)
    : d(new MessageData)
{
    d->kind = MessageData::Kind::Translated;
    d->context = context;
    d->source = source;
    d->disambiguation = disambiguation;
    d->n = n;
}

Message::~Message() = default;
Message::Message(const Message &other) = default;
Message &Message::operator=(const Message &other) = default;

Message Message::pattern(const QString &pattern)
{
    Message m;
    m.d->kind = MessageData::Kind::Pattern;
    m.d->text = pattern;
    return m;
}

Message Message::arg(const Message &value) const
{
    Message m = *this;
    MessageData::Arg a;
    a.kind = MessageData::Arg::Kind::Nested;
    a.nested.append(value);
    m.d->args.append(a);
    return m;
}

Message Message::arg(const QString &value) const
{
    Message m = *this;
    MessageData::Arg a;
    a.kind = MessageData::Arg::Kind::Text;
    a.text = value;
    m.d->args.append(a);
    return m;
}

Message Message::integer(qint64 value) const
{
    Message m = *this;
    MessageData::Arg a;
    a.kind = MessageData::Arg::Kind::Integer;
    a.integer = value;
    m.d->args.append(a);
    return m;
}

Message Message::real(double value, int decimals) const
{
    Message m = *this;
    MessageData::Arg a;
    a.kind = MessageData::Arg::Kind::Real;
    a.real = value;
    a.decimals = decimals;
    m.d->args.append(a);
    return m;
}

Message Message::time(qint64 msSinceEpoch, TimeForm form) const
{
    Message m = *this;
    MessageData::Arg a;
    a.kind = MessageData::Arg::Kind::Time;
    a.integer = msSinceEpoch;
    a.form = form;
    m.d->args.append(a);
    return m;
}

Message Message::operator+(const Message &tail) const
{
    return pattern(QStringLiteral("%1%2")).arg(*this).arg(tail);
}

bool Message::isEmpty() const
{
    return d->kind == MessageData::Kind::Plain && d->text.isEmpty();
}

QString Message::text() const
{
    switch (d->kind) {
    case MessageData::Kind::Plain:
        return d->text;
    case MessageData::Kind::Pattern:
    case MessageData::Kind::Translated:
        break;
    }
    const QString pattern = d->kind == MessageData::Kind::Pattern
        ? d->text
        : QCoreApplication::translate(d->context.constData(), d->source.constData(),
            d->disambiguation.isEmpty() ? nullptr : d->disambiguation.constData(), d->n);
    QStringList values;
    values.reserve(d->args.size());
    for (const MessageData::Arg &a : d->args) {
        switch (a.kind) {
        case MessageData::Arg::Kind::Text:
            values.append(a.text);
            break;
        case MessageData::Arg::Kind::Nested:
            values.append(a.nested.constFirst().text());
            break;
        case MessageData::Arg::Kind::Integer:
            values.append(QString::number(a.integer));
            break;
        case MessageData::Arg::Kind::Real: {
            QLocale locale; // the separators of the reader's locale, numbers not grouped
            locale.setNumberOptions(QLocale::OmitGroupSeparator);
            values.append(locale.toString(a.real, 'f', a.decimals));
            break;
        }
        case MessageData::Arg::Kind::Time:
            values.append(timeText(a.integer, a.form));
            break;
        }
    }
    return substitute(pattern, values);
}

QJsonValue Message::toJson() const
{
    if (d->kind == MessageData::Kind::Plain)
        return d->text;
    QJsonObject o;
    if (d->kind == MessageData::Kind::Translated) {
        o.insert(QLatin1String("c"), QString::fromUtf8(d->context));
        o.insert(QLatin1String("s"), QString::fromUtf8(d->source));
        if (!d->disambiguation.isEmpty())
            o.insert(QLatin1String("d"), QString::fromUtf8(d->disambiguation));
        if (d->n >= 0)
            o.insert(QLatin1String("n"), d->n);
    } else {
        o.insert(QLatin1String("p"), d->text);
    }
    QJsonArray args;
    for (const MessageData::Arg &a : d->args) {
        switch (a.kind) {
        case MessageData::Arg::Kind::Text:
            args.append(a.text);
            break;
        case MessageData::Arg::Kind::Nested:
            args.append(QJsonObject {{QLatin1String("m"), a.nested.constFirst().toJson()}});
            break;
        case MessageData::Arg::Kind::Integer:
            args.append(QJsonObject {{QLatin1String("i"), QString::number(a.integer)}});
            break;
        case MessageData::Arg::Kind::Real:
            args.append(
                QJsonObject {{QLatin1String("r"), a.real}, {QLatin1String("f"), a.decimals}});
            break;
        case MessageData::Arg::Kind::Time:
            args.append(QJsonObject {{QLatin1String("t"), QString::number(a.integer)},
                {QLatin1String("f"), a.form == TimeForm::Clock ? 0 : 1}});
            break;
        }
    }
    if (!args.isEmpty())
        o.insert(QLatin1String("a"), args);
    return o;
}

QString Message::toJsonText() const
{
    const QJsonValue json = toJson();
    if (json.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray {json}).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
}

QString Message::toStoredText() const
{
    if (isEmpty())
        return QString();
    const QString json = toJsonText();
    return json.size() > 16000 ? QString() : json;
}

namespace {

constexpr int maxDepth = 8;

std::optional<Message> read(const QJsonValue &json, int depth)
{
    if (json.isString())
        return Message(json.toString());
    if (!json.isObject() || depth > maxDepth)
        return std::nullopt;
    const QJsonObject o = json.toObject();
    Message m;
    if (o.value(QLatin1String("c")).isString() && o.value(QLatin1String("s")).isString()) {
        m = Message(o.value(QLatin1String("c")).toString().toUtf8().constData(),
            o.value(QLatin1String("s")).toString().toUtf8().constData(),
            o.contains(QLatin1String("d"))
                ? o.value(QLatin1String("d")).toString().toUtf8().constData()
                : nullptr,
            o.value(QLatin1String("n")).toInt(-1));
    } else if (o.value(QLatin1String("p")).isString()) {
        m = Message::pattern(o.value(QLatin1String("p")).toString());
    } else {
        return std::nullopt;
    }
    for (const QJsonValue &a : o.value(QLatin1String("a")).toArray()) {
        if (a.isString()) {
            m = m.arg(a.toString());
            continue;
        }
        const QJsonObject ao = a.toObject();
        if (ao.contains(QLatin1String("m"))) {
            const auto nested = read(ao.value(QLatin1String("m")), depth + 1);
            if (!nested)
                return std::nullopt;
            m = m.arg(*nested);
        } else if (ao.contains(QLatin1String("i"))) {
            m = m.arg(ao.value(QLatin1String("i")).toString().toLongLong());
        } else if (ao.contains(QLatin1String("r"))) {
            m = m.real(ao.value(QLatin1String("r")).toDouble(),
                std::clamp(ao.value(QLatin1String("f")).toInt(), 0, 9));
        } else if (ao.contains(QLatin1String("t"))) {
            m = m.time(ao.value(QLatin1String("t")).toString().toLongLong(),
                ao.value(QLatin1String("f")).toInt() ? Message::TimeForm::Stamp
                                                     : Message::TimeForm::Clock);
        } else {
            return std::nullopt;
        }
    }
    return m;
}

} // namespace

Message Message::fromJson(const QJsonValue &json, const QString &fallback)
{
    return read(json, 0).value_or(Message(fallback));
}

Message Message::fromJsonText(const QString &json, const QString &fallback)
{
    if (json.isEmpty())
        return Message(fallback);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Message(fallback);
    if (doc.isArray() && doc.array().size() == 1)
        return fromJson(doc.array().at(0), fallback);
    if (doc.isObject())
        return fromJson(doc.object(), fallback);
    return Message(fallback);
}

} // namespace dozor
