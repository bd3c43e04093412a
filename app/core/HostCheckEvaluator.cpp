#include "HostCheckEvaluator.h"

#include "PathAccess.h"
#include "ServerText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dozor {

namespace {

struct HostCheckText {
    Q_DECLARE_TR_FUNCTIONS(HostCheckEvaluator)
};

using ServerText::oneLine;

QString shownLines(const QList<QByteArray> &lines)
{
    QByteArray joined;
    for (const QByteArray &l : lines) {
        if (joined.size() > 400)
            break;
        if (!joined.isEmpty())
            joined += "; ";
        joined += l;
    }
    return joined.isEmpty() ? HostCheckText::tr("nothing") : oneLine(joined, 300);
}

CheckResult unknown(CheckResult r, const QString &reason)
{
    r.status = Status::Unknown;
    r.reason = reason;
    return r;
}

std::optional<quint64> number(QByteArrayView v)
{
    bool ok = false;
    const quint64 x = v.trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(x) : std::nullopt;
}

// A line "tag rest" from the probe: the rest when the tag matches.
std::optional<QByteArrayView> tagged(QByteArrayView line, QByteArrayView tag)
{
    if (line.size() > tag.size() && line.startsWith(tag) && line.at(tag.size()) == ' ')
        return line.sliced(tag.size() + 1);
    if (line == tag)
        return QByteArrayView();
    return std::nullopt;
}

CheckResult evaluateService(CheckResult r, const CheckSpec &check, const QList<QByteArray> &lines)
{
    static const QList<QByteArray> states = {"active", "reloading", "inactive", "failed",
        "activating", "deactivating", "maintenance", "refreshing", "unknown"};
    if (lines.value(0) == "!nosystemctl")
        return unknown(r, HostCheckText::tr("systemctl is not installed on the server"));
    const qsizetype n = check.service.units.size();
    bool wellFormed = lines.size() == n;
    for (qsizetype i = 0; wellFormed && i < n; ++i)
        wellFormed = states.contains(lines.at(i).trimmed());
    if (!wellFormed)
        return unknown(
            r, HostCheckText::tr("systemctl gave no unit states: %1").arg(shownLines(lines)));

    const QStringList allowed = check.service.allowedStates.isEmpty()
        ? QStringList {QStringLiteral("active")}
        : check.service.allowedStates;
    QStringList bad, good;
    int activeCount = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QString unit = check.service.units.at(i);
        const QString state = QString::fromLatin1(lines.at(i).trimmed());
        const bool active = state == QLatin1String("active");
        activeCount += active ? 1 : 0;
        r.values.append({QStringLiteral("unit_active:") + unit, active ? 1.0 : 0.0, QString()});
        (allowed.contains(state) ? good : bad).append(QStringLiteral("%1 %2").arg(unit, state));
    }
    r.values.append({QStringLiteral("units_active"), double(activeCount), QString()});
    if (!bad.isEmpty()) {
        r.status = Status::Crit;
        r.reason = HostCheckText::tr("%1 (allowed: %2)")
                       .arg(bad.join(QStringLiteral(", ")), allowed.join(QStringLiteral(", ")));
        if (!good.isEmpty())
            r.reason += QStringLiteral("; ") + good.join(QStringLiteral(", "));
    } else {
        r.status = Status::Ok;
        r.reason = good.join(QStringLiteral(", "));
    }
    return r;
}

CheckResult evaluateProcess(CheckResult r, const CheckSpec &check, const QList<QByteArray> &lines)
{
    if (lines.value(0) == "!nopgrep")
        return unknown(
            r, HostCheckText::tr("pgrep is not installed on the server (package procps)"));
    const auto count = lines.size() == 1 ? number(lines.first()) : std::nullopt;
    if (!count)
        return unknown(r, HostCheckText::tr("pgrep gave no count: %1").arg(shownLines(lines)));
    const QString what = check.process.name.isEmpty()
        ? HostCheckText::tr("processes matching /%1/").arg(check.process.pattern)
        : HostCheckText::tr("%1 processes").arg(check.process.name);
    const int n = static_cast<int>(std::min<quint64>(*count, 1u << 30));
    r.values.append({QStringLiteral("processes"), double(n), QString()});
    if (n < check.process.min) {
        r.status = Status::Crit;
        r.reason =
            HostCheckText::tr("%1: %2, need at least %3").arg(what).arg(n).arg(check.process.min);
    } else if (check.process.max && n > *check.process.max) {
        r.status = Status::Crit;
        r.reason = HostCheckText::tr("%1: %2, at most %3 allowed")
                       .arg(what)
                       .arg(n)
                       .arg(*check.process.max);
    } else {
        r.status = Status::Ok;
        r.reason = HostCheckText::tr("%1: %2").arg(what).arg(n);
    }
    return r;
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

CheckResult evaluatePath(CheckResult r, const CheckSpec &check, const QList<QByteArray> &lines)
{
    const PathSpec &spec = check.path;
    const QStringList chain = pathChain(spec.path);
    QList<PathEntry> entries;
    QList<QByteArray> errors;
    std::optional<Account> account;
    for (const QByteArray &line : lines) {
        if (const auto s = tagged(line, "s")) {
            if (entries.size() >= chain.size())
                return unknown(r, HostCheckText::tr("stat printed more than was asked"));
            const auto e = parseStat(*s, chain.at(entries.size()));
            if (!e)
                return unknown(
                    r, HostCheckText::tr("stat output unreadable: %1").arg(oneLine(line)));
            entries.append(*e);
        } else if (const auto u = tagged(line, "u")) {
            if (const auto uid = number(*u)) {
                account = Account {spec.readableBy, static_cast<uint>(*uid), {}};
            }
        } else if (const auto g = tagged(line, "g")) {
            if (account) {
                for (const QByteArray &gid : g->toByteArray().split(' ')) {
                    if (const auto v = number(gid))
                        account->groups.append(static_cast<uint>(*v));
                }
            }
        } else {
            errors.append(line);
        }
    }
    if (entries.size() < chain.size()) {
        r.status = Status::Crit;
        const QString missing = chain.at(entries.size());
        r.reason = errors.isEmpty()
            ? HostCheckText::tr("%1 cannot be read on the server").arg(missing)
            : HostCheckText::tr("%1: %2").arg(spec.path, shownLines(errors));
        return r;
    }
    const PathEntry &target = entries.constLast();
    QStringList problems;
    if (!spec.owner.isEmpty() && target.owner != spec.owner)
        problems.append(
            HostCheckText::tr("owner is %1, expected %2").arg(target.owner, spec.owner));
    if (!spec.group.isEmpty() && target.group != spec.group)
        problems.append(
            HostCheckText::tr("group is %1, expected %2").arg(target.group, spec.group));
    if (!spec.mode.isEmpty() && (target.mode & 07777) != spec.mode.toUInt(nullptr, 8))
        problems.append(HostCheckText::tr("mode is %1, expected %2")
                            .arg(octalMode(target.mode), octalMode(spec.mode.toUInt(nullptr, 8))));
    if (!spec.readableBy.isEmpty()) {
        if (!account)
            problems.append(
                HostCheckText::tr("there is no account %1 on the server").arg(spec.readableBy));
        else if (const auto why = whyNotReadable(entries, *account))
            problems.append(*why);
    }
    r.values.append({QStringLiteral("path_problems"), double(problems.size()), QString()});
    if (!problems.isEmpty()) {
        r.status = Status::Crit;
        r.reason = spec.path + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
        return r;
    }
    r.status = Status::Ok;
    r.reason = HostCheckText::tr("%1: %2 %3:%4")
                   .arg(spec.path, octalMode(target.mode), target.owner, target.group);
    if (!spec.readableBy.isEmpty())
        r.reason += HostCheckText::tr(", readable by %1").arg(spec.readableBy);
    return r;
}

CheckResult evaluateLog(CheckResult r, const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next)
{
    const QString file = check.log.file;
    if (lines.value(0) == "missing")
        return unknown(r, HostCheckText::tr("%1 does not exist on the server").arg(file));
    if (lines.value(0) == "unreadable")
        return unknown(r, HostCheckText::tr("%1 cannot be read by the login account").arg(file));
    const auto f = lines.isEmpty() ? std::nullopt : tagged(lines.first(), "f");
    const QList<QByteArray> parts = f ? f->toByteArray().split(' ') : QList<QByteArray>();
    const auto inode = parts.size() == 2 ? number(parts.at(0)) : std::nullopt;
    const auto size = parts.size() == 2 ? number(parts.at(1)) : std::nullopt;
    if (!inode || !size)
        return unknown(
            r, HostCheckText::tr("the log's size was not reported: %1").arg(shownLines(lines)));
    *next = LogCursor {*inode, *size, nowMs, QString(), QString()};
    std::optional<quint64> count;
    bool rotated = false, capped = false;
    for (const QByteArray &line : lines.mid(1)) {
        if (const auto c = tagged(line, "c"))
            count = number(*c);
        rotated |= line == "rotated";
        capped |= line == "capped";
    }
    if (!previous) {
        r.status = Status::Ok;
        r.reason = HostCheckText::tr("counting lines matching /%1/ in %2 from now on")
                       .arg(check.log.pattern, file);
        return r;
    }
    if (!count)
        return unknown(
            r, HostCheckText::tr("grep gave no count: %1").arg(shownLines(lines.mid(1))));
    const double minutes = std::max(1.0, double(nowMs - previous->atMs)) / 60'000.0;
    const double perMin = double(*count) / minutes;
    r.values.append({QStringLiteral("matches"), double(*count), QString()});
    r.values.append({QStringLiteral("matches_per_min"), perMin, QStringLiteral("/min")});
    const double warn = check.warn.value_or(defaults::logWarnPerMin);
    const std::optional<double> crit =
        check.crit ? check.crit : std::optional(defaults::logCritPerMin);
    r.status = crit && perMin >= *crit ? Status::Crit : perMin >= warn ? Status::Warn : Status::Ok;
    r.reason = HostCheckText::tr("%n new line(s) matching /%2/ in %3 (%4 per minute)", nullptr,
        static_cast<int>(std::min<quint64>(*count, 1u << 30)))
                   .arg(check.log.pattern, file, QString::number(perMin, 'f', 1));
    if (rotated)
        r.reason += HostCheckText::tr("; the log was rotated, counted from its start");
    if (capped)
        r.reason += HostCheckText::tr("; only the newest 64 MiB were read");
    return r;
}

} // namespace

CheckResult evaluateHostCheck(const CheckSpec &check, const QList<QByteArray> &lines,
    const std::optional<LogCursor> &previous, qint64 nowMs, std::optional<LogCursor> *next)
{
    CheckResult r;
    r.checkId = check.id;
    r.targetId = check.targetId;
    switch (check.type) {
    case CheckType::Service:
        return evaluateService(r, check, lines);
    case CheckType::Process:
        return evaluateProcess(r, check, lines);
    case CheckType::Path:
        return evaluatePath(r, check, lines);
    case CheckType::Log:
        return evaluateLog(r, check, lines, previous, nowMs, next);
    case CheckType::Http:
    case CheckType::Cpu:
    case CheckType::Load:
    case CheckType::Memory:
    case CheckType::Disk:
    case CheckType::Uptime:
    case CheckType::Command:
        break;
    }
    return unknown(r,
        HostCheckText::tr("%1 checks are not answered by the probe")
            .arg(checkTypeName(check.type)));
}

CheckResult evaluateCommandCheck(const CheckSpec &check, const CommandOutcome &o)
{
    CheckResult r;
    r.checkId = check.id;
    r.targetId = check.targetId;
    const CommandSpec &spec = check.command;
    // Output past the cap stops the command: only an output match can still be judged.
    const bool judgeOutputOnly = o.truncated && !spec.outputRegex.isEmpty();
    if (!o.error.isEmpty() && !judgeOutputOnly)
        return unknown(r, HostCheckText::tr("the command %1").arg(o.error));
    if (!o.exitStatus && !judgeOutputOnly)
        return unknown(r, HostCheckText::tr("the command ended without an exit status"));
    if (o.exitStatus)
        r.values.append({QStringLiteral("exit_code"), double(*o.exitStatus), QString()});
    // The last line of stderr: where a traceback or an error message ends up.
    const QByteArrayView errTail = o.err.trimmed();
    const QString lastErr = oneLine(errTail.sliced(errTail.lastIndexOf('\n') + 1), 160);
    if (o.exitStatus && *o.exitStatus != spec.expectExit) {
        r.status = Status::Crit;
        r.reason = HostCheckText::tr("exit status %1, expected %2")
                       .arg(*o.exitStatus)
                       .arg(spec.expectExit);
        if (!lastErr.isEmpty())
            r.reason += QStringLiteral(": ") + lastErr;
        return r;
    }
    if (!spec.outputRegex.isEmpty()) {
        const QRegularExpression re(spec.outputRegex);
        const bool matched = re.isValid() && re.match(QString::fromUtf8(o.out)).hasMatch();
        if (!matched) {
            r.status = Status::Crit;
            r.reason = HostCheckText::tr("the output does not match /%1/: %2")
                           .arg(spec.outputRegex, oneLine(o.out, 120));
            if (o.truncated)
                r.reason += HostCheckText::tr(" (only the first %1 KiB were read)")
                                .arg(o.out.size() / 1024);
            return r;
        }
    }
    r.status = Status::Ok;
    r.reason = o.exitStatus
        ? HostCheckText::tr("exit status %1").arg(*o.exitStatus)
        : HostCheckText::tr("the first %1 KiB of output matched; the command was stopped there")
              .arg(o.out.size() / 1024);
    const QString firstOut = oneLine(o.out, 120);
    if (!firstOut.isEmpty())
        r.reason += QStringLiteral(": ") + firstOut;
    return r;
}

} // namespace dozor
