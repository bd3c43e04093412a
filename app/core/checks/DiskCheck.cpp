#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/ResourceEvaluator.h"

#include <QJsonArray>
#include <QJsonObject>

// disk: space and inodes used on every real filesystem, or the mount points listed (host
// probe, df). The worst mount decides.
namespace dozor {

namespace {
const QString diskPrefix = QStringLiteral("disk_used_pct:");
const QString inodesPrefix = QStringLiteral("inodes_used_pct:");

Thresholds inodeLimits(const CheckSpec &c)
{
    return {c.inodesWarn.value_or(defaults::diskWarn),
        c.inodesCrit ? c.inodesCrit : std::optional(defaults::diskCrit)};
}

CheckResult evaluate(const CheckSpec &c, const HostSnapshot &s)
{
    CheckResult r = resultOf(c);
    for (const ImplausibleMount &bad : s.implausibleMounts) {
        if (c.mounts.isEmpty() || c.mounts.contains(bad.mountPoint))
            return unknownResult(r,
                CheckText::msg("df reported figures for %1 that cannot be true: %2")
                    .arg(bad.mountPoint)
                    .arg(bad.line));
    }
    if (!s.mounts)
        return unknownResult(r, notReported(s, CheckText::msg("disk usage"), {"df"}));
    const Thresholds space = checkKind(CheckType::Disk).limits(c);
    const Thresholds inodeLimit = inodeLimits(c);

    Status worst = Status::Ok;
    Message worstReason;
    double fullest = -1;
    Message fullestReason;
    QStringList absent;
    for (const QString &wanted : c.mounts) {
        const bool found = std::any_of(s.mounts->cbegin(), s.mounts->cend(),
            [&](const MountUsage &m) { return m.mountPoint == wanted; });
        if (!found)
            absent.append(wanted);
    }
    for (const MountUsage &m : *s.mounts) {
        if (c.mounts.isEmpty() ? !m.sameAs.isEmpty() : !c.mounts.contains(m.mountPoint))
            continue;
        const double used = m.usedPercent();
        r.values.append({diskPrefix + m.mountPoint, used, QStringLiteral("%")});
        const Message text = CheckText::msg("%1 %2 used, %3 free")
                                 .arg(m.mountPoint)
                                 .arg(percentText(used))
                                 .arg(kibMessage(m.availableKb));
        Status st = levelFor(used, space);
        Message stReason = text;
        if (const auto inodes = m.inodesUsedPercent()) {
            r.values.append({inodesPrefix + m.mountPoint, *inodes, QStringLiteral("%")});
            const Status inodeStatus = levelFor(*inodes, inodeLimit);
            if (isWorse(inodeStatus, st)) {
                st = inodeStatus;
                stReason =
                    CheckText::msg("%1 inodes %2 used").arg(m.mountPoint).arg(percentText(*inodes));
            }
        }
        if (isWorse(st, worst)) {
            worst = st;
            worstReason = stReason;
        }
        if (used > fullest) {
            fullest = used;
            fullestReason = text;
        }
    }
    if (!absent.isEmpty())
        return unknownResult(
            r, CheckText::msg("not mounted: %1").arg(absent.join(QStringLiteral(", "))));
    if (fullest < 0)
        return unknownResult(r, CheckText::msg("no filesystem to watch"));
    r.status = worst;
    setReason(
        r, worst == Status::Ok ? CheckText::msg("fullest: %1").arg(fullestReason) : worstReason);
    return r;
}

void readSettings(JsonObjectReader &r, CheckSpec &c)
{
    c.inodesWarn = r.number(QStringLiteral("inodes_warn"));
    c.inodesCrit = r.number(QStringLiteral("inodes_crit"));
    c.mounts = r.stringList(QStringLiteral("mounts")).value_or(QStringList());
}

void writeSettings(const CheckSpec &c, QJsonObject &o)
{
    if (c.inodesWarn)
        o.insert(QStringLiteral("inodes_warn"), *c.inodesWarn);
    if (c.inodesCrit)
        o.insert(QStringLiteral("inodes_crit"), *c.inodesCrit);
    if (!c.mounts.isEmpty())
        o.insert(QStringLiteral("mounts"), QJsonArray::fromStringList(c.mounts));
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    checkPercent(p, QStringLiteral("inodes_warn"), c.inodesWarn);
    checkPercent(p, QStringLiteral("inodes_crit"), c.inodesCrit);
    checkWarnCrit(p, c.inodesWarn, c.inodesCrit, QStringLiteral("inodes_warn"),
        QStringLiteral("inodes_crit"));
    for (qsizetype i = 0; i < c.mounts.size(); ++i) {
        if (!c.mounts.at(i).startsWith(QLatin1Char('/')))
            p.error(QStringLiteral("mounts[%1]").arg(i),
                CheckText::tr("must be an absolute mount point such as /var, got \"%1\"")
                    .arg(c.mounts.at(i).left(80)));
    }
}

Thresholds chartLimits(const CheckSpec &c, const QString &metric)
{
    if (metric.startsWith(diskPrefix))
        return checkKind(CheckType::Disk).limits(c);
    if (metric.startsWith(inodesPrefix))
        return inodeLimits(c);
    return {};
}

EditorField inodeField(const char *objectName, const char *label, const char *key,
    std::optional<double> CheckSpec::*member, double fallback)
{
    return {.kind = EditorField::Kind::Decimal,
        .objectName = objectName,
        .label = label,
        .errorKey = key,
        .max = 100,
        .decimals = 2,
        .suffix = QT_TRANSLATE_NOOP("CheckKind", " %"),
        .get = [member, fallback](
                   const CheckSpec &c) { return QVariant((c.*member).value_or(fallback)); },
        .set =
            [member](CheckSpec &c, const QVariant &v) {
                c.*member = v.toDouble();
                return QString();
            }};
}
} // namespace

const CheckKind &diskCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Disk,
        .name = "disk",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Disk and inode use"),
        .runner = CheckRunner::HostProbe,
        .defaultWarn = defaults::diskWarn,
        .defaultCrit = defaults::diskCrit,
        .percentLimits = true,
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " %"),
        .limitTip =
            QT_TRANSLATE_NOOP("CheckKind", "Percentage used that makes the check a warning"),
        .settingKeys = {QStringLiteral("mounts"), QStringLiteral("inodes_warn"),
            QStringLiteral("inodes_crit")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorTitle = QT_TRANSLATE_NOOP("CheckKind", "Disk"),
        .editorFields =
            {
                {.kind = EditorField::Kind::List,
                    .objectName = "checkMounts",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "M&ount points:"),
                    .hint =
                        QT_TRANSLATE_NOOP("CheckKind", "every real filesystem; or e.g. /, /var"),
                    .errorKey = "mounts",
                    .commasOnly = true,
                    .get = [](const CheckSpec &c) { return QVariant(c.mounts); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.mounts = v.toStringList();
                            return QString();
                        }},
                inodeField("checkInodesWarn", QT_TRANSLATE_NOOP("CheckKind", "Inodes warning at:"),
                    "inodes_warn", &CheckSpec::inodesWarn, defaults::diskWarn),
                inodeField("checkInodesCrit", QT_TRANSLATE_NOOP("CheckKind", "Inodes critical at:"),
                    "inodes_crit", &CheckSpec::inodesCrit, defaults::diskCrit),
            },
        .probePart = "dozor_disk",
        .evaluateSnapshot = evaluate,
        .headlineMetric = "disk_used_pct:",
        .metricLabels =
            {
                {"disk_used_pct:", QT_TRANSLATE_NOOP("CheckKind", "Disk used %1")},
                {"inodes_used_pct:", QT_TRANSLATE_NOOP("CheckKind", "Inodes used %1")},
            },
        .chartLimits = chartLimits,
    };
    return kind;
}

} // namespace dozor
