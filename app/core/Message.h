#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>

#include <concepts>

namespace dozor {

class MessageData;

// A line for people, kept as what it says rather than as words: the English source text
// with its translation context, and its arguments (plain text, numbers, times, other
// messages). text() renders it in the language in use now, so a timeline recorded while the
// app spoke English reads in Russian after switching. Stored as JSON (toJson/fromJson).
//
// Build one from a context's msg() (DOZOR_MESSAGE_FUNCTIONS next to Q_DECLARE_TR_FUNCTIONS,
// which lupdate reads as tr()), then arg() like QString::arg: the lowest-numbered %N
// takes the first argument.
class Message {
public:
    Message();
    // Text that is not translated (what a server said, a name): shown as it is, even
    // when it contains "%1".
    Message(const QString &text); // NOLINT(google-explicit-constructor): any text is a message
    Message(
        const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    ~Message();
    Message(const Message &other);
    Message &operator=(const Message &other);

    // A pattern that is not translated but takes arguments ("%1%").
    static Message pattern(const QString &pattern);

    Message arg(const Message &value) const;
    Message arg(const QString &value) const;
    template<std::integral T>
    Message arg(T value) const
    {
        return integer(static_cast<qint64>(value));
    }
    // A number in the reader's locale ("2,50" in Russian), with this many decimals.
    Message real(double value, int decimals) const;
    // A moment in the reader's local time: "14:05", or "2026-12-04 14:05".
    enum class TimeForm { Clock, Stamp };
    Message time(qint64 msSinceEpoch, TimeForm form) const;

    // Appended after the rendered text (", swap 3.0%"): for lines built from parts.
    Message operator+(const Message &tail) const;

    bool isEmpty() const;
    QString text() const;

    QJsonValue toJson() const;
    QString toJsonText() const;
    // As kept in the history file: '' when empty or too long to keep (the words stored
    // beside it are then what is read).
    QString toStoredText() const;
    // A stored message; anything unreadable becomes the fallback text.
    static Message fromJson(const QJsonValue &json, const QString &fallback = QString());
    static Message fromJsonText(const QString &json, const QString &fallback = QString());

    friend bool operator==(const Message &a, const Message &b)
    {
        return a.toJsonText() == b.toJsonText();
    }

private:
    Message integer(qint64 value) const;
    QSharedDataPointer<MessageData> d;
};

} // namespace dozor

// Next to Q_DECLARE_TR_FUNCTIONS(context): msg() builds a Message in that context. lupdate
// reads msg( as tr( (see -tr-function-alias in CMakeLists.txt), so the strings are
// extracted and translated as before.
#define DOZOR_MESSAGE_FUNCTIONS(context)                                                           \
public:                                                                                            \
    static ::dozor::Message msg(                                                                   \
        const char *source, const char *disambiguation = nullptr, int n = -1)                      \
    {                                                                                              \
        return ::dozor::Message(#context, source, disambiguation, n);                              \
    }

Q_DECLARE_METATYPE(dozor::Message)
