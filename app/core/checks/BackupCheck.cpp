#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/ResourceEvaluator.h"

#include <algorithm>
#include <cmath>

// backup: the freshness of a backup source's newest backup, read from the backup catalog
// (the source is listed on its server first). CRIT when the newest is older than
// max_age_hours, when there is none, or when the last verification failed; WARN when the
// newest is much smaller than the usual (the backup of an empty folder) or the backup volume
// fills within space_warn_days at the recent rate.
namespace dozor {

namespace {
constexpr qint64 hourMs = 3'600'000;

Message sizeMessage(qint64 bytes)
{
    if (bytes < 1024)
        return CheckText::msg("%1 B").arg(std::max<qint64>(0, bytes));
    return kibMessage(quint64(bytes) / 1024);
}

CheckResult evaluate(const CheckSpec &c, const BackupFacts &f, qint64 nowMs)
{
    CheckResult r = resultOf(c);
    const BackupCheckSpec &spec = c.backup;
    if (f.newestFirst.isEmpty()) {
        if (!f.listingProblem.isEmpty())
            return unknownResult(r,
                CheckText::msg("cannot list the backups of %1: %2")
                    .arg(spec.source)
                    .arg(f.listingProblem));
        r.status = Status::Crit;
        setReason(r,
            CheckText::msg("there is no backup of %1 (the listing found none; check the "
                           "source's path and pattern)")
                .arg(spec.source));
        return r;
    }
    const BackupFacts::Backup &newest = f.newestFirst.constFirst();
    const qint64 ageMs = std::max<qint64>(0, nowMs - newest.timeMs);
    r.values.append({QStringLiteral("backup_age_s"), double(ageMs / 1000), QStringLiteral("s")});
    if (newest.size)
        r.values.append(
            {QStringLiteral("backup_size_bytes"), double(*newest.size), QStringLiteral("B")});
    if (f.freeBytes)
        r.values.append({QStringLiteral("backup_free_gib"),
            std::round(double(*f.freeBytes) / (1024.0 * 1024 * 1024) * 10) / 10,
            QStringLiteral("GiB")});
    const Message age = secondsMessage(double(ageMs) / 1000.0);
    // The listing failed this time: judge what was listed before, and say so.
    const Message stale = f.listingProblem.isEmpty()
        ? Message()
        : CheckText::msg(" (as last listed; listing now failed: %1)").arg(f.listingProblem);

    QList<std::pair<Status, Message>> findings;
    if (ageMs > qint64 {spec.maxAgeHours} * hourMs)
        findings.append({Status::Crit,
            CheckText::msg("the newest backup of %1 is %2 old (limit %3 h): %4")
                .arg(spec.source)
                .arg(age)
                .arg(spec.maxAgeHours)
                .arg(newest.name)});
    // The most recent verification of any backup.
    const auto lastVerified = std::max_element(f.newestFirst.cbegin(), f.newestFirst.cend(),
        [](const BackupFacts::Backup &a, const BackupFacts::Backup &b) {
            return a.verifiedMs < b.verifiedMs;
        });
    if (lastVerified->verified && !*lastVerified->verified)
        findings.append({Status::Crit,
            CheckText::msg("the last verification of %1 failed: %2")
                .arg(lastVerified->name)
                .arg(lastVerified->verifyReason)});
    if (spec.minSizePct > 0 && newest.size) {
        QList<qint64> sizes;
        for (qsizetype i = 1; i < f.newestFirst.size() && sizes.size() < 7; ++i) {
            if (f.newestFirst.at(i).size)
                sizes.append(*f.newestFirst.at(i).size);
        }
        if (sizes.size() >= 3) {
            std::sort(sizes.begin(), sizes.end());
            const qint64 median = sizes.at(sizes.size() / 2);
            if (median > 0 && *newest.size * 100 < median * spec.minSizePct)
                findings.append({Status::Warn,
                    CheckText::msg("the newest backup of %1 is %2, %3% of the usual %4 (the "
                                   "median of the %5 before it): was an empty folder backed up?")
                        .arg(spec.source)
                        .arg(sizeMessage(*newest.size))
                        .arg(int(*newest.size * 100 / median))
                        .arg(sizeMessage(median))
                        .arg(int(sizes.size()))});
        }
    }
    if (spec.spaceWarnDays > 0 && f.daysUntilFull && *f.daysUntilFull < spec.spaceWarnDays)
        findings.append({Status::Warn,
            CheckText::msg("the backup volume of %1 fills up in about %2 days at the recent rate "
                           "(%3 free)")
                .arg(spec.source)
                .real(*f.daysUntilFull, 1)
                .arg(f.freeBytes ? sizeMessage(*f.freeBytes) : Message(QStringLiteral("?")))});
    if (findings.isEmpty()) {
        r.status = Status::Ok;
        setReason(r,
            CheckText::msg("newest backup of %1: %2, %3 old%4")
                    .arg(spec.source)
                    .arg(newest.name)
                    .arg(age)
                    .arg(newest.size ? CheckText::msg(", %1").arg(sizeMessage(*newest.size))
                                     : Message())
                + stale);
        return r;
    }
    std::stable_sort(findings.begin(), findings.end(),
        [](const auto &a, const auto &b) { return isWorse(a.first, b.first); });
    r.status = findings.constFirst().first;
    Message reason = findings.constFirst().second;
    for (qsizetype i = 1; i < findings.size(); ++i)
        reason = reason + Message(QStringLiteral("; ")) + findings.at(i).second;
    setReason(r, reason + stale);
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("backup"));
    if (!r)
        return;
    c.backup.source = r->string(QStringLiteral("source"), true).value_or(QString());
    if (const auto n = r->boundedInteger(QStringLiteral("max_age_hours")))
        c.backup.maxAgeHours = *n;
    if (const auto n = r->boundedInteger(QStringLiteral("min_size_pct")))
        c.backup.minSizePct = *n;
    if (const auto n = r->boundedInteger(QStringLiteral("space_warn_days")))
        c.backup.spaceWarnDays = *n;
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    check.insert(QStringLiteral("backup"),
        QJsonObject {{QStringLiteral("source"), c.backup.source},
            {QStringLiteral("max_age_hours"), c.backup.maxAgeHours},
            {QStringLiteral("min_size_pct"), c.backup.minSizePct},
            {QStringLiteral("space_warn_days"), c.backup.spaceWarnDays}});
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    if (c.backup.source.isEmpty())
        p.error(QStringLiteral("backup.source"),
            CheckText::tr("must name a backup source (an id of the \"backups\" array)"));
    if (c.backup.maxAgeHours < 1 || c.backup.maxAgeHours > 24 * 366)
        p.error(QStringLiteral("backup.max_age_hours"),
            CheckText::tr("must be 1–8784 hours, got %1").arg(c.backup.maxAgeHours));
    if (c.backup.minSizePct < 0 || c.backup.minSizePct > 100)
        p.error(QStringLiteral("backup.min_size_pct"),
            CheckText::tr("must be 0–100 (0: not checked), got %1").arg(c.backup.minSizePct));
    if (c.backup.spaceWarnDays < 0 || c.backup.spaceWarnDays > 3650)
        p.error(QStringLiteral("backup.space_warn_days"),
            CheckText::tr("must be 0–3650 (0: not checked), got %1").arg(c.backup.spaceWarnDays));
}

EditorField integerField(const char *objectName, const char *label, const char *hint,
    const char *errorKey, double min, double max, const char *suffix, int BackupCheckSpec::*member)
{
    return {.kind = EditorField::Kind::Integer,
        .objectName = objectName,
        .label = label,
        .hint = hint,
        .errorKey = errorKey,
        .min = min,
        .max = max,
        .suffix = suffix,
        .get = [member](const CheckSpec &c) { return QVariant(c.backup.*member); },
        .set =
            [member](CheckSpec &c, const QVariant &v) {
                c.backup.*member = v.toInt();
                return QString();
            }};
}
} // namespace

const CheckKind &backupCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Backup,
        .name = "backup",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Backup freshness"),
        .runner = CheckRunner::Catalog,
        .settingKeys = {QStringLiteral("backup")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                textField("checkBackupSource", QT_TRANSLATE_NOOP("CheckKind", "Backup &source:"),
                    QT_TRANSLATE_NOOP("CheckKind", "the id of a backup source"), "backup.source",
                    &CheckSpec::backup, &BackupCheckSpec::source, false),
                integerField("checkBackupMaxAge",
                    QT_TRANSLATE_NOOP("CheckKind", "Newest backup at most:"), nullptr,
                    "backup.max_age_hours", 1, 24 * 366, QT_TRANSLATE_NOOP("CheckKind", " h old"),
                    &BackupCheckSpec::maxAgeHours),
                integerField("checkBackupMinSize",
                    QT_TRANSLATE_NOOP("CheckKind", "Warn when smaller than:"),
                    QT_TRANSLATE_NOOP("CheckKind", "not checked"), "backup.min_size_pct", 0, 100,
                    QT_TRANSLATE_NOOP("CheckKind", " % of the usual"),
                    &BackupCheckSpec::minSizePct),
                integerField("checkBackupSpace",
                    QT_TRANSLATE_NOOP("CheckKind", "Warn when the volume fills within:"),
                    QT_TRANSLATE_NOOP("CheckKind", "not checked"), "backup.space_warn_days", 0,
                    3650, QT_TRANSLATE_NOOP("CheckKind", " days"), &BackupCheckSpec::spaceWarnDays),
            },
        .evaluateBackup = evaluate,
        .headlineMetric = "backup_age_s",
        .metricLabels = {{"backup_age_s", QT_TRANSLATE_NOOP("CheckKind", "Newest backup's age")},
            {"backup_size_bytes", QT_TRANSLATE_NOOP("CheckKind", "Newest backup's size")},
            {"backup_free_gib", QT_TRANSLATE_NOOP("CheckKind", "Free space on the backup volume")}},
    };
    return kind;
}

} // namespace dozor
