#include "ProbeScript.h"

#include "core/ShellQuote.h"
#include "core/checks/CheckKind.h"

#include <QFile>

namespace dozor {

namespace {

// Prefixes each line with '|'; a shell builtin loop, so no process per check.
const QByteArray linePrefixer = QByteArrayLiteral(
    "dozor_q() { while IFS= read -r l || [ -n \"$l\" ]; do printf '|%s\\n' \"$l\"; done; }\n");

// Checks that every value can be quoted; the first that cannot is the error.
Expected<void> quoteAll(const QStringList &values)
{
    for (const QString &v : values) {
        if (auto quoted = ShellQuote::quote(v.toUtf8()); !quoted)
            return unexpected(quoted.error());
    }
    return {};
}

} // namespace

QByteArray ProbeScript::base()
{
    // Read once: every probe run of every target starts with the same bytes.
    static const QByteArray script = [] {
        QFile f(QStringLiteral(":/dozor/probe.sh"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return script;
}

ProbeScript ProbeScript::everything()
{
    QList<CheckSpec> checks;
    for (const CheckKind *kind : checkKinds()) {
        if (kind->probePart) {
            CheckSpec check;
            check.type = kind->type;
            checks.append(check);
        }
    }
    return build(checks, {}, false);
}

ProbeScript ProbeScript::build(
    const QList<CheckSpec> &checks, const QHash<QString, LogCursor> &cursors, bool cpuBaseline)
{
    ProbeScript out;
    out.script = base();
    if (out.script.isEmpty())
        return out;
    if (!out.script.endsWith('\n'))
        out.script.append('\n');
    QList<QByteArray> calls;
    for (const CheckSpec &check : checks) {
        const char *part = checkKind(check.type).probePart;
        if (!part)
            continue;
        // The CPU part reads twice, half a second apart, without an earlier reading.
        QByteArray call = part;
        if (call == "dozor_cpu" && !cpuBaseline)
            call += " twice";
        if (!calls.contains(call)) {
            calls.append(call);
            out.script += call + '\n';
        }
    }
    bool prefixerAdded = false;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckSpec &check = checks.at(i);
        const CheckKind &kind = checkKind(check.type);
        if (!kind.probeSection)
            continue; // answered by the base probe, or not by the probe at all
        const ProbeSection section = kind.probeSection(check, cursorFor(cursors, check.id));
        if (auto quotable = quoteAll(section.values); !quotable) {
            out.errors.insert(int(i), quotable.error());
            continue;
        }
        const QByteArray &body = section.body;
        if (!std::exchange(prefixerAdded, true))
            out.script += linePrefixer;
        out.script += "echo '@@check " + QByteArray::number(i) + "'\n{ " + body
            + "; } </dev/null | dozor_q\n";
    }
    out.script += "echo '@@end'\n";
    return out;
}

} // namespace dozor
