#include "JobScript.h"

#include "core/ShellQuote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dozor {

namespace {
struct ScriptText {
    Q_DECLARE_TR_FUNCTIONS(JobScript)
};
} // namespace

Expected<QByteArray> JobScript::forStep(const JobStep &step, const QList<JobSecret> &secrets)
{
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (step.argv.isEmpty() || step.argv.constFirst().isEmpty())
        return unexpected(ScriptText::tr("the step has no command"));
    QByteArray script;
    for (const JobSecret &secret : secrets) {
        if (!variable.match(QString::fromLatin1(secret.name)).hasMatch())
            return unexpected(ScriptText::tr("%1 is not an environment variable name")
                                  .arg(QString::fromLatin1(secret.name)));
        const auto value = ShellQuote::quote(secret.value);
        if (!value)
            return unexpected(ScriptText::tr("the value of %1: %2")
                                  .arg(QString::fromLatin1(secret.name), value.error()));
        script += secret.name + '=' + *value + "\nexport " + secret.name + '\n';
    }
    script += "exec";
    for (const QByteArray &arg : step.argv) {
        const auto quoted = ShellQuote::quote(arg);
        if (!quoted)
            return unexpected(quoted.error());
        script += ' ' + *quoted;
    }
    script += " </dev/null\n";
    return script;
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
