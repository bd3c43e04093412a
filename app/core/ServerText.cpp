#include "ServerText.h"

namespace dozor::ServerText {

namespace {
// Never decodes more than the longest maxChars characters can take in UTF-8.
QString decode(QByteArrayView bytes, qsizetype maxChars)
{
    return QString::fromUtf8(bytes.first(std::min(bytes.size(), maxChars * 4)));
}

QString masked(QString s)
{
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return s;
}
} // namespace

QString printable(QByteArrayView bytes, qsizetype maxChars)
{
    QString s = decode(bytes, maxChars);
    s.truncate(maxChars);
    return masked(std::move(s));
}

QString oneLine(QByteArrayView bytes, qsizetype maxChars)
{
    QString s = decode(bytes, maxChars).simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return masked(std::move(s));
}

} // namespace dozor::ServerText
