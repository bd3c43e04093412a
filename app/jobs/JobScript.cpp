#include "JobScript.h"

#include "core/ShellQuote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dozor {

namespace {
struct ScriptText {
    Q_DECLARE_TR_FUNCTIONS(JobScript)
};

// argv as shell words, each quoted, each after a space.
Expected<QByteArray> quotedWords(const QList<QByteArray> &argv)
{
    QByteArray words;
    for (const QByteArray &arg : argv) {
        const auto quoted = ShellQuote::quote(arg);
        if (!quoted)
            return unexpected(quoted.error());
        words += ' ' + *quoted;
    }
    return words;
}

// The secrets' exports, and the step's argv as words (each after a space).
struct ScriptParts {
    QByteArray exports;
    QByteArray command;
};
Expected<ScriptParts> scriptParts(const JobStep &step, const QList<JobSecret> &secrets)
{
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (step.argv.isEmpty() || step.argv.constFirst().isEmpty())
        return unexpected(ScriptText::tr("the step has no command"));
    ScriptParts parts;
    for (const JobSecret &secret : secrets) {
        if (!variable.match(QString::fromLatin1(secret.name)).hasMatch())
            return unexpected(ScriptText::tr("%1 is not an environment variable name")
                                  .arg(QString::fromLatin1(secret.name)));
        const auto value = ShellQuote::quote(secret.value);
        if (!value)
            return unexpected(ScriptText::tr("the value of %1: %2")
                                  .arg(QString::fromLatin1(secret.name), value.error()));
        parts.exports += secret.name + '=' + *value + "\nexport " + secret.name + '\n';
    }
    const auto command = quotedWords(step.argv);
    if (!command)
        return unexpected(command.error());
    parts.command = *command;
    return parts;
}
} // namespace

Expected<QByteArray> JobScript::forStep(const JobStep &step, const QList<JobSecret> &secrets)
{
    const auto parts = scriptParts(step, secrets);
    if (!parts)
        return unexpected(parts.error());
    return QByteArray(parts->exports + "exec" + parts->command + " </dev/null\n");
}

Expected<QByteArray> JobScript::forStepThen(const JobStep &step, const QList<JobSecret> &secrets,
    const QByteArray &marker, const QList<QByteArray> &argv)
{
    const auto parts = scriptParts(step, secrets);
    if (!parts)
        return unexpected(parts.error());
    if (argv.isEmpty() || argv.constFirst().isEmpty())
        return unexpected(ScriptText::tr("the step has no command"));
    const auto then = quotedWords(argv);
    if (!then)
        return unexpected(then.error());
    // printf's format with every byte but letters and digits as an octal escape: any marker
    // (NUL bytes, a leading '-' too) in a word the shell and printf take as it is.
    QByteArray format;
    for (const char c : marker) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            format += c;
        else
            format +=
                '\\' + QByteArray::number(static_cast<unsigned char>(c), 8).rightJustified(3, '0');
    }
    // The secrets were the step's: the second command runs without them.
    QByteArray unset;
    for (const JobSecret &secret : secrets)
        unset += "unset " + secret.name + '\n';
    // Not exec'd: the shell goes on after the step, and ends with the step's status.
    return QByteArray(parts->exports + parts->command.mid(1)
        + " </dev/null\ndozor_status=$?\nprintf '" + format + "'\n" + unset + then->mid(1)
        + " </dev/null 2>/dev/null\nexit \"$dozor_status\"\n");
}

Expected<QByteArray> JobScript::forShell(
    const QByteArray &body, const QList<QByteArray> &args, const QList<JobSecret> &secrets)
{
    JobStep step;
    step.argv = QList<QByteArray> {"set", "--"} + args;
    const auto parts = scriptParts(step, secrets);
    if (!parts)
        return unexpected(parts.error());
    return QByteArray(parts->exports + parts->command.mid(1) + "\n{\n" + body + "\n} </dev/null\n");
}

QStringList JobLogLines::append(const QByteArray &chunk)
{
    QStringList lines;
    for (const char c : chunk) {
        if (c == '\n' || c == '\r') {
            if (!m_partial.isEmpty() || !m_cutting)
                lines.append(
                    QString::fromUtf8(m_partial) + (m_cutting ? QStringLiteral(" …") : QString()));
            m_partial.clear();
            m_cutting = false;
            continue;
        }
        if (m_partial.size() >= maxLine) {
            m_cutting = true;
            continue;
        }
        m_partial.append(c);
    }
    // A \r\n pair gave an empty line after the \r: drop those.
    lines.removeIf([](const QString &line) { return line.isEmpty(); });
    return lines;
}

QStringList JobLogLines::flush()
{
    QStringList rest;
    if (!m_partial.isEmpty())
        rest.append(QString::fromUtf8(m_partial) + (m_cutting ? QStringLiteral(" …") : QString()));
    m_partial.clear();
    m_cutting = false;
    return rest;
}

QString maskSecrets(QString line, const QList<JobSecret> &secrets)
{
    for (const JobSecret &secret : secrets) {
        if (secret.masked && secret.value.size() >= 3)
            line.replace(QString::fromUtf8(secret.value), QStringLiteral("••••"));
    }
    return line;
}

} // namespace dozor
