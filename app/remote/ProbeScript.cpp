#include "ProbeScript.h"

#include "core/ShellQuote.h"
#include "core/checks/CheckKind.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

namespace dozor {

namespace {

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

int ProbeScript::sectionSeconds(const CheckSpec &check)
{
    return std::clamp(check.timeoutSec, 1, maxSectionSeconds);
}

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
    // Each part once, in the order the checks ask for them; a part's time limit is the
    // longest of its checks'.
    QList<QByteArray> parts;
    QHash<QByteArray, int> seconds;
    for (const CheckSpec &check : checks) {
        const QByteArray part = checkKind(check.type).probePart;
        if (part.isEmpty())
            continue;
        if (!parts.contains(part))
            parts.append(part);
        seconds[part] = std::max(seconds.value(part), sectionSeconds(check));
    }
    int limitsSec = 0;
    for (const QByteArray &part : std::as_const(parts)) {
        out.script += part;
        // The CPU part reads twice, half a second apart, without an earlier reading.
        if (part == "dozor_cpu" && !cpuBaseline)
            out.script += " twice";
        else if (part == "dozor_disk") {
            out.script += ' ' + QByteArray::number(seconds.value(part));
            limitsSec += 2 * (seconds.value(part) + 1); // df -Pk, then df -Pi
        }
        out.script += '\n';
    }
    bool markerSet = false;
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
        if (!std::exchange(markerSet, true)) {
            out.sectionEnd = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
            out.script += "dozor_n=" + out.sectionEnd + '\n';
        }
        out.script += "dozor_sec " + QByteArray::number(i) + ' '
            + QByteArray::number(sectionSeconds(check)) + "\n{ " + section.body
            + "\n} </dev/null 2>&1\ndozor_end\n";
        limitsSec += section.commands * (sectionSeconds(check) + 1);
    }
    out.script += "echo '@@end'\n";
    // Two seconds for the shell and the reads of /proc (a first CPU reading sleeps for half
    // of one); a command is killed a second after its limit.
    out.deadlineMs = std::min(maxRunMs, (2 + limitsSec) * 1000);
    return out;
}

} // namespace dozor
