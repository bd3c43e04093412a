#include "SshConfigImport.h"

#include "WorkspaceDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace dozor {

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(SshConfigImport)
};

struct Block {
    QStringList patterns; // empty: the lines before the first Host (they apply to all)
    int line = 0;
    std::optional<QString> hostName, user, identityFile, proxyJump, proxyCommand;
    int proxyJumpLine = 0, proxyCommandLine = 0;
    std::optional<int> port;
    bool match = false; // a Match block: not evaluated, skipped
};

// A value without the double quotes around it (a ProxyJump list keeps its spaces).
QString withoutQuotes(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

bool isNone(const QString &value)
{
    return value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

// What the config says for one name, "Host *" blocks included.
struct Resolved {
    QString hostName, user, identityFile, proxyJump, proxyCommand;
    int port = 22;
};

constexpr int maxJumpDepth = 8;

// "Key value", "Key=value", "Key = value"; a value may be double-quoted.
bool splitLine(const QString &raw, QString *key, QString *value)
{
    const QString line = raw.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return false;
    static const QRegularExpression re(QStringLiteral("^(\\S+?)(?:\\s*=\\s*|\\s+)(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    *key = m.captured(1).toLower();
    *value = m.captured(2).trimmed();
    return true;
}

QString unquote(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
}

QStringList words(const QString &value)
{
    return value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool isWildcard(const QString &pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'))
        || pattern.startsWith(QLatin1Char('!'));
}

// ssh_config patterns: '*' any run of characters, '?' one; nothing else is special.
QString globToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return re + QLatin1Char('$');
}

// OpenSSH's rule: some pattern matches and no negated one does.
bool matches(const QStringList &patterns, const QString &alias)
{
    bool any = false;
    for (const QString &p : patterns) {
        const bool negated = p.startsWith(QLatin1Char('!'));
        const QRegularExpression re(globToRegex(negated ? p.mid(1) : p));
        if (re.match(alias).hasMatch()) {
            if (negated)
                return false;
            any = true;
        }
    }
    return any;
}

} // namespace

SshConfigParse parseSshConfig(QByteArrayView text)
{
    SshConfigParse out;
    QList<Block> blocks {Block {}};
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString key, value;
        if (!splitLine(lines.at(i), &key, &value))
            continue;
        const int lineNo = int(i + 1);
        if (key == QLatin1String("host")) {
            Block b;
            b.patterns = words(value);
            b.line = lineNo;
            blocks.append(b);
            continue;
        }
        if (key == QLatin1String("match")) {
            Block b;
            b.line = lineNo;
            b.match = true;
            blocks.append(b);
            out.notes.append(ImportText::tr("line %1: Match blocks are not evaluated; their "
                                            "settings were not imported")
                                 .arg(lineNo));
            continue;
        }
        if (key == QLatin1String("include")) {
            out.notes.append(ImportText::tr("line %1: Include %2 was not followed; import that "
                                            "file on its own")
                                 .arg(lineNo)
                                 .arg(value.left(200)));
            continue;
        }
        Block &b = blocks.last();
        if (b.match)
            continue;
        const QString v = unquote(value);
        if (key == QLatin1String("hostname") && !b.hostName)
            b.hostName = v;
        else if (key == QLatin1String("user") && !b.user)
            b.user = v;
        else if (key == QLatin1String("identityfile") && !b.identityFile)
            b.identityFile = v;
        else if (key == QLatin1String("proxyjump") && !b.proxyJump) {
            b.proxyJump = withoutQuotes(value);
            b.proxyJumpLine = lineNo;
        } else if (key == QLatin1String("proxycommand") && !b.proxyCommand) {
            b.proxyCommand = withoutQuotes(value);
            b.proxyCommandLine = lineNo;
        } else if (key == QLatin1String("port") && !b.port) {
            bool ok = false;
            const int port = v.toInt(&ok);
            if (ok && port >= 1 && port <= 65535)
                b.port = port;
            else
                out.notes.append(ImportText::tr("line %1: Port \"%2\" is not a port number")
                                     .arg(lineNo)
                                     .arg(v.left(40)));
        }
    }

    // In file order, first value wins: the lines before any Host, then every block whose
    // patterns match (its own, and "Host *" style ones).
    const auto resolve = [&blocks](const QString &alias) {
        std::optional<QString> hostName, user, identityFile, proxyJump, proxyCommand;
        int proxyJumpLine = 0, proxyCommandLine = 0;
        std::optional<int> port;
        for (const Block &b : std::as_const(blocks)) {
            if (b.match || (!b.patterns.isEmpty() && !matches(b.patterns, alias)))
                continue;
            hostName = hostName ? hostName : b.hostName;
            user = user ? user : b.user;
            identityFile = identityFile ? identityFile : b.identityFile;
            if (!proxyJump && b.proxyJump) {
                proxyJump = b.proxyJump;
                proxyJumpLine = b.proxyJumpLine;
            }
            if (!proxyCommand && b.proxyCommand) {
                proxyCommand = b.proxyCommand;
                proxyCommandLine = b.proxyCommandLine;
            }
            port = port ? port : b.port;
        }
        // As OpenSSH: of ProxyJump and ProxyCommand, the one written first wins.
        if (proxyJump && proxyCommand) {
            if (proxyJumpLine < proxyCommandLine)
                proxyCommand.reset();
            else
                proxyJump.reset();
        }
        Resolved r;
        r.hostName = hostName.value_or(alias).replace(QStringLiteral("%h"), alias);
        r.user = user.value_or(QString());
        r.port = port.value_or(22);
        r.identityFile = identityFile.value_or(QString())
                             .replace(QStringLiteral("%d"), QStringLiteral("~"))
                             .replace(QStringLiteral("%h"), r.hostName);
        r.proxyJump = proxyJump.value_or(QString());
        r.proxyCommand = proxyCommand && !isNone(*proxyCommand) ? *proxyCommand : QString();
        return r;
    };
    // The jump hosts before alias: each named one as the config describes it, its own jump
    // hosts first (as OpenSSH chains them).
    std::function<Expected<QList<SshJump>>(const Resolved &, int)> jumpsOf =
        [&](const Resolved &r, int depth) -> Expected<QList<SshJump>> {
        QList<bool> portWritten;
        const auto named = parseJumpList(r.proxyJump, &portWritten);
        if (!named || named->isEmpty())
            return named;
        if (depth >= maxJumpDepth)
            return unexpected(
                ImportText::tr("more than %1 jump hosts in a chain").arg(maxJumpDepth));
        QList<SshJump> chain;
        for (qsizetype i = 0; i < named->size(); ++i) {
            const SshJump &hop = named->at(i);
            const Resolved via = resolve(hop.host);
            if (!via.proxyCommand.isEmpty())
                return unexpected(ImportText::tr("the jump host %1 is reached through a "
                                                 "ProxyCommand, which Dozor does not run")
                                      .arg(hop.host));
            const auto before = jumpsOf(via, depth + 1);
            if (!before)
                return before;
            chain += *before;
            SshJump j;
            j.host = via.hostName;
            j.port = portWritten.value(i) ? hop.port : via.port;
            j.user = hop.user.isEmpty() ? via.user : hop.user;
            j.keyFile = via.identityFile;
            chain.append(j);
        }
        return chain;
    };

    QStringList seen;
    for (const Block &named : std::as_const(blocks)) {
        for (const QString &alias : named.patterns) {
            if (isWildcard(alias) || seen.contains(alias))
                continue;
            seen.append(alias);
            const Resolved r = resolve(alias);
            if (!r.proxyCommand.isEmpty()) {
                out.notes.append(ImportText::tr("line %1: %2 is reached through a ProxyCommand, "
                                                "which Dozor does not run; not imported (name "
                                                "its jump host with ProxyJump instead)")
                                     .arg(named.line)
                                     .arg(alias));
                continue;
            }
            SshConfigHost host;
            host.alias = alias;
            host.line = named.line;
            host.hostName = r.hostName;
            host.user = r.user;
            host.port = r.port;
            host.identityFile = r.identityFile;
            const auto chain = jumpsOf(r, 0);
            if (!chain) {
                out.notes.append(ImportText::tr("line %1: %2: ProxyJump %3: %4; not imported")
                                     .arg(named.line)
                                     .arg(alias, r.proxyJump.left(200), chain.error()));
                continue;
            }
            host.jump = *chain;
            out.hosts.append(host);
        }
    }
    return out;
}

Expected<QList<SshJump>> parseJumpList(const QString &text, QList<bool> *portWritten)
{
    QList<SshJump> out;
    const QString all = text.trimmed();
    if (all.isEmpty() || all.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return out;
    for (QString item : all.split(QLatin1Char(','))) {
        item = item.trimmed();
        const QString written = item;
        if (item.startsWith(QLatin1String("ssh://")))
            item = item.mid(6);
        SshJump j;
        if (const qsizetype at = item.lastIndexOf(QLatin1Char('@')); at >= 0) {
            j.user = item.left(at);
            item = item.mid(at + 1);
        }
        QString port;
        if (item.startsWith(QLatin1Char('['))) { // [v6 address]:port
            const qsizetype close = item.indexOf(QLatin1Char(']'));
            if (close < 0)
                return unexpected(ImportText::tr("\"%1\" is not [user@]host[:port]").arg(written));
            port =
                item.mid(close + 1).startsWith(QLatin1Char(':')) ? item.mid(close + 2) : QString();
            item = item.mid(1, close - 1);
        } else if (item.count(QLatin1Char(':')) == 1) {
            port = item.section(QLatin1Char(':'), 1);
            item = item.section(QLatin1Char(':'), 0, 0);
        }
        j.host = item;
        if (portWritten)
            portWritten->append(!port.isEmpty());
        if (!port.isEmpty()) {
            bool ok = false;
            j.port = port.toInt(&ok);
            if (!ok || j.port < 1 || j.port > 65535)
                return unexpected(ImportText::tr("\"%1\": \"%2\" is not a port number")
                                      .arg(written, port.left(20)));
        }
        if (j.host.isEmpty() || j.host.contains(QLatin1Char(' '))
            || j.host.startsWith(QLatin1Char('-')) || j.user.contains(QLatin1Char(' ')))
            return unexpected(ImportText::tr("\"%1\" is not [user@]host[:port]").arg(written));
        out.append(j);
    }
    return out;
}

QString jumpListText(const QList<SshJump> &jumps)
{
    QStringList parts;
    for (const SshJump &j : jumps) {
        const QString host = j.host.contains(QLatin1Char(':')) && j.port != 22
            ? QLatin1Char('[') + j.host + QLatin1Char(']')
            : j.host;
        parts.append((j.user.isEmpty() ? QString() : j.user + QLatin1Char('@')) + host
            + (j.port == 22 ? QString() : QLatin1Char(':') + QString::number(j.port)));
    }
    return parts.join(QStringLiteral(", "));
}

SshImportPlan planSshImport(const QList<SshConfigHost> &hosts, const Workspace &workspace)
{
    SshImportPlan plan;
    QStringList ids;
    for (const Target &t : workspace.targets)
        ids.append(t.id);
    const auto same = [](const SshEndpoint &e, const SshConfigHost &h) {
        return e.host == h.hostName && e.port == h.port && e.user == h.user && e.jump == h.jump;
    };
    for (const SshConfigHost &h : hosts) {
        const bool known = std::any_of(workspace.targets.begin(), workspace.targets.end(),
            [&](const Target &t) { return t.ssh && same(*t.ssh, h); });
        const bool twice = std::any_of(
            plan.add.begin(), plan.add.end(), [&](const Target &t) { return same(*t.ssh, h); });
        if (known || twice) {
            plan.skipped.append(h.alias);
            continue;
        }
        Target t;
        t.id = WorkspaceDocument::suggestId(h.alias, ids);
        ids.append(t.id);
        t.name = h.alias;
        SshEndpoint ssh;
        ssh.host = h.hostName;
        ssh.port = h.port;
        ssh.user = h.user;
        if (!h.identityFile.isEmpty()) {
            ssh.auth = SshAuthMethod::KeyFile;
            ssh.keyFile = h.identityFile;
        }
        ssh.jump = h.jump;
        t.ssh = ssh;
        plan.add.append(t);
    }
    return plan;
}

} // namespace dozor
