#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/PathAccess.h"
#include "core/ServerText.h"
#include "core/ShellQuote.h"

#include <QRegularExpression>

// path: owner, group and mode of a path, and whether an account (the web server's) can reach
// and read it: one `stat` over the whole chain of parent folders in the host probe.
namespace dozor {

namespace {
using ServerText::oneLine;

ProbeSection section(const CheckSpec &c, const std::optional<LogCursor> &)
{
    QByteArray s;
    if (!c.path.readableBy.isEmpty()) {
        const QByteArray user = sectionValue(c.path.readableBy);
        // "uid=33(www-data) gid=33(www-data) groups=33(www-data),4(adm)"; nothing when there
        // is no such account.
        s += "dozor_t id -- " + user + " 2>/dev/null; [ -z \"$dozor_to\" ] && ";
    }
    QList<QByteArray> chain;
    for (const QString &p : pathChain(c.path.path))
        chain.append(p.toUtf8());
    // One stat for the whole chain; it stops printing where the path stops being reachable.
    s += "dozor_t "
        + ShellQuote::commandLine("stat", {"-L", "-c", "s %a %u %g %U %G %F"}, chain)
              .value_or(QByteArray())
        + " 2>&1";
    return {{c.path.path, c.path.readableBy}, s, c.path.readableBy.isEmpty() ? 1 : 2};
}

// id's "uid=33(www-data) gid=33(www-data) groups=33(www-data),4(adm)": the numbers only.
std::optional<Account> parseId(QByteArrayView line, const QString &name)
{
    static const QRegularExpression uidRe(QStringLiteral("^uid=(\\d+)"));
    static const QRegularExpression groupsRe(QStringLiteral(" groups=(\\S*)"));
    const QString text = QString::fromUtf8(line);
    const auto uid = uidRe.match(text);
    bool uidOk = false;
    const uint uidValue = uid.captured(1).toUInt(&uidOk);
    if (!uidOk)
        return std::nullopt;
    Account account {name, uidValue, {}};
    const auto groups = groupsRe.match(text);
    for (const QString &group : groups.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const uint gid = group.section(QLatin1Char('('), 0, 0).toUInt(&ok);
        if (ok)
            account.groups.append(gid);
    }
    return account;
}

std::optional<PathEntry> parseStat(QByteArrayView rest, const QString &path)
{
    // "%a %u %g %U %G %F": the file type (%F) may hold spaces, so it is last.
    const QList<QByteArray> f = rest.toByteArray().split(' ');
    if (f.size() < 6)
        return std::nullopt;
    bool okMode = false, okUid = false, okGid = false;
    PathEntry e;
    e.path = path;
    e.mode = f.at(0).toUInt(&okMode, 8);
    e.uid = f.at(1).toUInt(&okUid);
    e.gid = f.at(2).toUInt(&okGid);
    if (!okMode || !okUid || !okGid)
        return std::nullopt;
    e.owner = oneLine(f.at(3), 64);
    e.group = oneLine(f.at(4), 64);
    e.directory = f.mid(5).join(' ') == "directory";
    return e;
}

CheckResult evaluate(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &, qint64, std::optional<LogCursor> *)
{
    CheckResult r = resultOf(check);
    const PathSpec &spec = check.path;
    const QStringList chain = pathChain(spec.path);
    QList<PathEntry> entries;
    QList<QByteArray> errors;
    std::optional<Account> account;
    for (const QByteArray &line : lines) {
        if (const auto s = tagged(line, "s")) {
            if (entries.size() >= chain.size())
                return unknownResult(r, CheckText::msg("stat printed more than was asked"));
            const auto e = parseStat(*s, chain.at(entries.size()));
            if (!e)
                return unknownResult(
                    r, CheckText::msg("stat output unreadable: %1").arg(oneLine(line)));
            entries.append(*e);
        } else if (line.startsWith("uid=")) {
            account = parseId(line, spec.readableBy);
        } else {
            errors.append(line);
        }
    }
    if (entries.size() < chain.size()) {
        r.status = Status::Crit;
        const QString missing = chain.at(entries.size());
        setReason(r,
            errors.isEmpty() ? CheckText::msg("%1 cannot be read on the server").arg(missing)
                             : CheckText::msg("%1: %2").arg(spec.path).arg(shownLines(errors)));
        return r;
    }
    const PathEntry &target = entries.constLast();
    QList<Message> problems;
    if (!spec.owner.isEmpty() && target.owner != spec.owner)
        problems.append(
            CheckText::msg("owner is %1, expected %2").arg(target.owner).arg(spec.owner));
    if (!spec.group.isEmpty() && target.group != spec.group)
        problems.append(
            CheckText::msg("group is %1, expected %2").arg(target.group).arg(spec.group));
    if (!spec.mode.isEmpty() && (target.mode & 07777) != spec.mode.toUInt(nullptr, 8))
        problems.append(CheckText::msg("mode is %1, expected %2")
                            .arg(octalMode(target.mode))
                            .arg(octalMode(spec.mode.toUInt(nullptr, 8))));
    if (!spec.readableBy.isEmpty()) {
        if (!account)
            problems.append(
                CheckText::msg("there is no account %1 on the server").arg(spec.readableBy));
        else if (const auto why = whyNotReadable(entries, *account))
            problems.append(*why);
    }
    r.values.append({QStringLiteral("path_problems"), double(problems.size()), QString()});
    if (!problems.isEmpty()) {
        r.status = Status::Crit;
        Message reason = Message(spec.path + QStringLiteral(": ")) + problems.first();
        for (qsizetype i = 1; i < problems.size(); ++i)
            reason = reason + Message(QStringLiteral("; ")) + problems.at(i);
        setReason(r, reason);
        return r;
    }
    r.status = Status::Ok;
    setReason(r,
        CheckText::msg("%1: %2 %3:%4")
                .arg(spec.path)
                .arg(octalMode(target.mode))
                .arg(target.owner)
                .arg(target.group)
            + (spec.readableBy.isEmpty()
                    ? Message()
                    : CheckText::msg(", readable by %1").arg(spec.readableBy)));
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("path"));
    if (!r)
        return;
    c.path.path = r->string(QStringLiteral("path"), true).value_or(QString());
    c.path.owner = r->string(QStringLiteral("owner")).value_or(QString());
    c.path.group = r->string(QStringLiteral("group")).value_or(QString());
    c.path.mode = r->string(QStringLiteral("mode")).value_or(QString());
    c.path.readableBy = r->string(QStringLiteral("readable_by")).value_or(QString());
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    QJsonObject o;
    for (const auto &[key, value] : {std::pair {"path", c.path.path}, {"owner", c.path.owner},
             {"group", c.path.group}, {"mode", c.path.mode}, {"readable_by", c.path.readableBy}}) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    check.insert(QStringLiteral("path"), o);
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    const PathSpec &s = c.path;
    if (!s.path.startsWith(QLatin1Char('/')))
        p.error(QStringLiteral("path.path"),
            CheckText::tr("must be an absolute path such as /srv/www, got \"%1\"")
                .arg(s.path.left(80)));
    for (const auto &[field, value] : {std::pair {QStringLiteral("path.owner"), s.owner},
             std::pair {QStringLiteral("path.group"), s.group},
             std::pair {QStringLiteral("path.readable_by"), s.readableBy}}) {
        if (!value.isEmpty() && !isAccountName(value))
            p.error(
                field, CheckText::tr("is not a user or group name: \"%1\"").arg(value.left(80)));
    }
    checkOneLine(p, QStringLiteral("path.path"), s.path);
    static const QRegularExpression mode(QStringLiteral("^0?[0-7]{3,4}$"));
    if (!s.mode.isEmpty() && !mode.match(s.mode).hasMatch())
        p.error(QStringLiteral("path.mode"),
            CheckText::tr("must be an octal mode such as 644 or 0755, got \"%1\"")
                .arg(s.mode.left(20)));
    if (s.owner.isEmpty() && s.group.isEmpty() && s.mode.isEmpty() && s.readableBy.isEmpty())
        p.warning(QStringLiteral("path"),
            CheckText::tr("checks only that the path exists; add owner, group, mode or "
                          "readable_by"));
}

EditorField pathField(const char *objectName, const char *label, const char *hint,
    const char *errorKey, QString PathSpec::*member)
{
    return textField(objectName, label, hint, errorKey, &CheckSpec::path, member, true);
}
} // namespace

const CheckKind &pathCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Path,
        .name = "path",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Path ownership and permissions"),
        .runner = CheckRunner::ProbeSection,
        .settingKeys = {QStringLiteral("path")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                pathField("checkPath", QT_TRANSLATE_NOOP("CheckKind", "&Path:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. /srv/www/site"), "path.path",
                    &PathSpec::path),
                pathField("checkOwner", QT_TRANSLATE_NOOP("CheckKind", "&Owner:"),
                    QT_TRANSLATE_NOOP("CheckKind", "any"), "path.owner", &PathSpec::owner),
                pathField("checkGroup", QT_TRANSLATE_NOOP("CheckKind", "&Group:"),
                    QT_TRANSLATE_NOOP("CheckKind", "any"), "path.group", &PathSpec::group),
                pathField("checkMode", QT_TRANSLATE_NOOP("CheckKind", "&Mode:"),
                    QT_TRANSLATE_NOOP("CheckKind", "any; or e.g. 755"), "path.mode",
                    &PathSpec::mode),
                pathField("checkReadableBy", QT_TRANSLATE_NOOP("CheckKind", "&Readable by:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. www-data (the web server's account)"),
                    "path.readable_by", &PathSpec::readableBy),
            },
        .probeSection = section,
        .evaluateSection = evaluate,
        .headlineMetric = "path_problems",
        .metricLabels = {{"path_problems", QT_TRANSLATE_NOOP("CheckKind", "Path problems")}},
    };
    return kind;
}

} // namespace dozor
