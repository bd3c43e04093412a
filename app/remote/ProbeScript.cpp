#include "ProbeScript.h"

#include "ShellQuote.h"
#include "core/PathAccess.h"

#include <QCoreApplication>
#include <QFile>

namespace dozor {

namespace {

struct ProbeScriptText {
    Q_DECLARE_TR_FUNCTIONS(ProbeScript)
};

// Prefixes each line with '|'; a shell builtin loop, so no process per check.
const QByteArray linePrefixer = QByteArrayLiteral(
    "dozor_q() { while IFS= read -r l || [ -n \"$l\" ]; do printf '|%s\\n' \"$l\"; done; }\n");

QByteArray q(const QString &value)
{
    // build() checks every value with quoteAll() and drops the section if one fails.
    return ShellQuote::quote(value.toUtf8()).value_or(QByteArray("''"));
}

// Checks that every value can be quoted; the first that cannot is the error.
Expected<void> quoteAll(const QStringList &values)
{
    for (const QString &v : values) {
        if (auto quoted = ShellQuote::quote(v.toUtf8()); !quoted)
            return unexpected(quoted.error());
    }
    return {};
}

QByteArray serviceSection(const CheckSpec &c)
{
    QList<QByteArray> units;
    for (const QString &u : c.service.units)
        units.append(u.toUtf8());
    const QByteArray cmd =
        ShellQuote::commandLine("systemctl", {"is-active"}, units).value_or(QByteArray());
    return "if command -v systemctl >/dev/null 2>&1; then " + cmd
        + " 2>&1; else echo '!nosystemctl'; fi";
}

QByteArray processSection(const CheckSpec &c)
{
    const bool byName = !c.process.name.isEmpty();
    const QByteArray cmd = ShellQuote::commandLine("pgrep", {"-c", byName ? "-x" : "-f"},
        {(byName ? c.process.name : c.process.pattern).toUtf8()})
                               .value_or(QByteArray());
    return "if command -v pgrep >/dev/null 2>&1; then " + cmd + " 2>&1; else echo '!nopgrep'; fi";
}

QByteArray pathSection(const CheckSpec &c)
{
    QByteArray s;
    if (!c.path.readableBy.isEmpty()) {
        const QByteArray user = q(c.path.readableBy);
        s += "echo \"u $(id -u -- " + user + " 2>/dev/null)\"; echo \"g $(id -G -- " + user
            + " 2>/dev/null)\"; ";
    }
    QList<QByteArray> chain;
    for (const QString &p : pathChain(c.path.path))
        chain.append(p.toUtf8());
    // One stat for the whole chain; it stops printing where the path stops being reachable.
    s += ShellQuote::commandLine("stat", {"-L", "-c", "s %a %u %g %U %G %F"}, chain)
             .value_or(QByteArray())
        + " 2>&1";
    return s;
}

QByteArray logSection(const CheckSpec &c, const std::optional<LogCursor> &cursor)
{
    const QByteArray file = q(c.log.file);
    QByteArray s = "if [ ! -e " + file + " ]; then echo missing; elif [ ! -r " + file
        + " ]; then echo unreadable; else set -- $(stat -L -c '%i %s' -- " + file
        + " 2>/dev/null); echo \"f $1 $2\"";
    if (cursor) {
        const QByteArray cap = QByteArray::number(ProbeScript::maxLogBytesPerSample);
        const QByteArray prevSize = QByteArray::number(cursor->size);
        s += "; if [ \"$1\" = " + QByteArray::number(cursor->inode) + " ] && [ \"$2\" -ge "
            + prevSize + " ]; then o=" + prevSize
            + "; else o=0; echo rotated; fi; n=$(( $2 - o )); if [ \"$n\" -gt " + cap
            + " ]; then o=$(( $2 - " + cap + " )); n=" + cap
            + "; echo capped; fi; echo \"c $(tail -c +$(( o + 1 )) -- " + file
            + " | head -c \"$n\" | grep -c -E -e " + q(c.log.pattern) + ")\"";
    }
    return s + "; fi";
}

// A check's section: the values it hands the shell (all must be quotable) and its body.
struct Section {
    QStringList values;
    QByteArray body;
};

std::optional<Section> sectionFor(const CheckSpec &c, const QHash<QString, LogCursor> &cursors)
{
    switch (c.type) {
    case CheckType::Service:
        return Section {c.service.units, serviceSection(c)};
    case CheckType::Process:
        return Section {{c.process.name, c.process.pattern}, processSection(c)};
    case CheckType::Path:
        return Section {{c.path.path, c.path.readableBy}, pathSection(c)};
    case CheckType::Log:
        return Section {{c.log.file, c.log.pattern}, logSection(c, cursorFor(cursors, c.id))};
    case CheckType::Http:
    case CheckType::Cpu:
    case CheckType::Load:
    case CheckType::Memory:
    case CheckType::Disk:
    case CheckType::Uptime:
    case CheckType::Command:
        break;
    }
    return std::nullopt;
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

ProbeScript ProbeScript::build(
    const QList<CheckSpec> &checks, const QHash<QString, LogCursor> &cursors)
{
    ProbeScript out;
    out.script = base();
    if (out.script.isEmpty())
        return out;
    if (!out.script.endsWith('\n'))
        out.script.append('\n');
    bool prefixerAdded = false;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const std::optional<Section> section = sectionFor(checks.at(i), cursors);
        if (!section)
            continue; // answered by the base probe, or not by the probe at all
        if (auto quotable = quoteAll(section->values); !quotable) {
            out.errors.insert(int(i), quotable.error());
            continue;
        }
        const QByteArray &body = section->body;
        if (!std::exchange(prefixerAdded, true))
            out.script += linePrefixer;
        out.script += "echo '@@check " + QByteArray::number(i) + "'\n{ " + body
            + "; } </dev/null | dozor_q\n";
    }
    out.script += "echo '@@end'\n";
    return out;
}

} // namespace dozor
