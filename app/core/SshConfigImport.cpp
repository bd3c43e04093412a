#include "SshConfigImport.h"

#include "WorkspaceDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace dozor {

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(SshConfigImport)
};

struct Block {
    QStringList patterns; // empty: the lines before the first Host (they apply to all)
    int line = 0;
    std::optional<QString> hostName, user, identityFile;
    std::optional<int> port;
    bool match = false; // a Match block: not evaluated, skipped
};

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
        else if (key == QLatin1String("port") && !b.port) {
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

    QStringList seen;
    for (const Block &named : std::as_const(blocks)) {
        for (const QString &alias : named.patterns) {
            if (isWildcard(alias) || seen.contains(alias))
                continue;
            seen.append(alias);
            SshConfigHost host;
            host.alias = alias;
            host.line = named.line;
            std::optional<QString> hostName, user, identityFile;
            std::optional<int> port;
            // In file order, first value wins: the lines before any Host, then every block
            // whose patterns match (its own, and "Host *" style ones).
            for (const Block &b : std::as_const(blocks)) {
                if (b.match || (!b.patterns.isEmpty() && !matches(b.patterns, alias)))
                    continue;
                if (!hostName)
                    hostName = b.hostName;
                if (!user)
                    user = b.user;
                if (!identityFile)
                    identityFile = b.identityFile;
                if (!port)
                    port = b.port;
            }
            host.hostName = hostName.value_or(alias).replace(QStringLiteral("%h"), alias);
            host.user = user.value_or(QString());
            host.port = port.value_or(22);
            host.identityFile = identityFile.value_or(QString())
                                    .replace(QStringLiteral("%d"), QStringLiteral("~"))
                                    .replace(QStringLiteral("%h"), host.hostName);
            out.hosts.append(host);
        }
    }
    return out;
}

SshImportPlan planSshImport(const QList<SshConfigHost> &hosts, const Workspace &workspace)
{
    SshImportPlan plan;
    QStringList ids;
    for (const Target &t : workspace.targets)
        ids.append(t.id);
    const auto same = [](const SshEndpoint &e, const SshConfigHost &h) {
        return e.host == h.hostName && e.port == h.port && e.user == h.user;
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
        t.ssh = ssh;
        plan.add.append(t);
    }
    return plan;
}

} // namespace dozor
