#include "ShellQuote.h"

#include <QCoreApplication>

namespace dozor::ShellQuote {

namespace {
struct QuoteText {
    Q_DECLARE_TR_FUNCTIONS(ShellQuote)
};
} // namespace

Expected<QByteArray> quote(const QByteArray &value)
{
    if (value.contains('\0'))
        return unexpected(
            QuoteText::tr("a value for a shell command contains a NUL byte, which "
                          "no command line can carry: \"%1\"")
                .arg(QString::fromUtf8(value.left(60)).replace(QChar(0), QLatin1String("\\0"))));
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('\'');
    for (const char c : value) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

Expected<QByteArray> commandLine(
    const QByteArray &program, const QList<QByteArray> &options, const QList<QByteArray> &operands)
{
    QList<QByteArray> argv;
    argv.append(program);
    argv.append(options);
    if (!operands.isEmpty()) {
        argv.append(QByteArrayLiteral("--"));
        argv.append(operands);
    }
    QByteArray line;
    for (const QByteArray &arg : std::as_const(argv)) {
        const Expected<QByteArray> quoted = quote(arg);
        if (!quoted)
            return unexpected(quoted.error());
        if (!line.isEmpty())
            line.append(' ');
        line.append(*quoted);
    }
    return line;
}

} // namespace dozor::ShellQuote
