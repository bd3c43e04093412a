#include "BackupPlanSteps.h"
#include "BackupPlans.h"

#include <QTimeZone>

// Back up now: the source's own command or the built-in one, written under a temporary name
// and renamed when complete; and the name a new backup gets.
namespace dozor::BackupPlans {

using namespace PlanSteps;

Expected<QString> newBackupName(const BackupSource &source, const QDateTime &time)
{
    const QTimeZone zone =
        source.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(source.timeZone.toUtf8());
    const QDateTime t = time.toTimeZone(zone);
    if (source.pattern.count(QLatin1Char('*')) != 1)
        return unexpected(PlanText::tr("the pattern \"%1\" needs exactly one * to make a new "
                                       "backup's name from the time")
                              .arg(source.pattern));
    const qsizetype star = source.pattern.indexOf(QLatin1Char('*'));
    QString name;
    if (source.timeFormat.isEmpty()) {
        name = source.pattern.left(star) + t.toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + source.pattern.mid(star + 1);
    } else {
        QString stamped;
        for (qsizetype i = 0; i < source.timeFormat.size(); ++i) {
            const QChar c = source.timeFormat.at(i);
            if (c != QLatin1Char('%') || i + 1 >= source.timeFormat.size()) {
                stamped += c;
                continue;
            }
            const QChar f = source.timeFormat.at(++i);
            const auto two = [](int v) {
                return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
            };
            switch (f.unicode()) {
            case 'Y':
                stamped += QStringLiteral("%1").arg(t.date().year(), 4, 10, QLatin1Char('0'));
                break;
            case 'm':
                stamped += two(t.date().month());
                break;
            case 'd':
                stamped += two(t.date().day());
                break;
            case 'H':
                stamped += two(t.time().hour());
                break;
            case 'M':
                stamped += two(t.time().minute());
                break;
            case 'S':
                stamped += two(t.time().second());
                break;
            default:
                stamped += f; // "%%"
            }
        }
        name = stamped + source.pattern.mid(star + 1);
    }
    const QRegularExpression fits(QRegularExpression::wildcardToRegularExpression(source.pattern));
    if (!fits.match(name).hasMatch() || name.contains(QLatin1Char('/')))
        return unexpected(PlanText::tr("a name made from time_format \"%1\" (%2) does not fit the "
                                       "pattern \"%3\"")
                              .arg(source.timeFormat, name, source.pattern));
    return name;
}

Expected<JobPlan> backUpNow(
    const BackupSource &source, const QDateTime &now, std::optional<qint64> neededBytes)
{
    JobPlan plan =
        planFor(source, "backup", PlanText::tr("Back up %1 on %2").arg(source.id, source.targetId));
    const auto spaceCheck = [&](const QString &folder) {
        if (!neededBytes || *neededBytes <= 0)
            return;
        // printf's template is ours, translated: "%s" for the folder and the two numbers.
        const QString message =
            PlanText::tr("not enough space in %1: this backup needs about "
                         "%2 MiB (the size of the last one) and %3 MiB are "
                         "free")
                .arg(QStringLiteral("%s"), QStringLiteral("%s"), QStringLiteral("%s"))
            + QLatin1Char('\n');
        plan.steps.append(stepOf(PlanText::tr("Check the free space"),
            shell("f=$(df -Pk -- \"$1\" | awk 'NR==2 {print $4}'); "
                  "[ -n \"$f\" ] || { echo \"df cannot read $1\" >&2; exit 1; }; "
                  "[ $((f * 1024)) -ge \"$2\" ] && exit 0; "
                  "printf \"$3\" \"$1\" $((($2 + 1048575) / 1048576)) $((f / 1024)) >&2; exit 1",
                {bytes(folder), QByteArray::number(*neededBytes + *neededBytes / 10),
                    bytes(message)}),
            120));
    };
    if (!source.command.isEmpty()) {
        if (!source.isRepository())
            spaceCheck(source.path);
        QList<QByteArray> argv;
        for (const QString &word : source.command)
            argv.append(bytes(word));
        plan.steps.append(stepOf(PlanText::tr("Run %1").arg(source.command.join(QLatin1Char(' '))),
            argv, backupTimeoutSec));
        return plan;
    }
    switch (source.type) {
    case BackupSource::Type::Restic:
    case BackupSource::Type::Borg: {
        if (source.paths.isEmpty())
            return unexpected(
                PlanText::tr("%1 has no \"paths\" to back up and no \"command\"").arg(source.id));
        QList<QByteArray> argv = source.type == BackupSource::Type::Restic
            ? QList<QByteArray> {"restic", "-r", bytes(source.repository), "backup", "--"}
            : QList<QByteArray> {"borg", "create", "--",
                bytes(source.repository + QStringLiteral("::{hostname}-{now:%Y-%m-%dT%H:%M:%S}"))};
        for (const QString &path : source.paths)
            argv.append(bytes(path));
        plan.steps.append(
            stepOf(source.type == BackupSource::Type::Restic ? PlanText::tr("Back up with restic")
                                                             : PlanText::tr("Back up with borg"),
                argv, backupTimeoutSec));
        return plan;
    }
    case BackupSource::Type::Files:
    case BackupSource::Type::Database:
        break;
    }
    const auto name = newBackupName(source, now);
    if (!name)
        return unexpected(name.error());
    const QByteArray dest = bytes(fileIn(source, *name));
    // Written under a hidden name with the same ending, renamed when complete: a backup cut
    // off half way never looks like one.
    const QByteArray partial = bytes(fileIn(source, QStringLiteral(".dozor-partial-") + *name));
    JobStep removePartial =
        stepOf(PlanText::tr("Remove the unfinished file"), {"rm", "-f", "--", partial}, 60);
    const QString lower = name->toLower();
    // $2 (the partial file) renamed to $3 once complete, and its checksum file written when
    // $4 is "yes".
    const QByteArray renameIntoPlace = "mv -f -- \"$2\" \"$3\" || exit 1; [ \"$4\" = yes ] || "
                                       "exit 0; cd -- \"${3%/*}\" && sha256sum -- \"${3##*/}\" > "
                                       "\"${3##*/}.sha256\"";
    const QByteArray sidecars = source.sha256Sidecars ? QByteArray("yes") : QByteArray("no");
    if (source.type == BackupSource::Type::Database && !source.postgres.isEmpty()) {
        if (!isCustomDump(lower))
            return unexpected(PlanText::tr("Dozor dumps PostgreSQL in pg_dump's custom format: "
                                           "name the pattern *.dump (%1 is not), or give the "
                                           "source a \"command\"")
                                  .arg(*name));
        spaceCheck(source.path);
        JobStep dump = stepOf(PlanText::tr("Dump the database (pg_dump -Fc)"),
            shell(QByteArray("[ -e \"$3\" ] && { echo \"$3 exists already: not overwritten (try "
                             "again in a second)\" >&2; exit 1; }; pg_dump -Fc --no-password "
                             "--file=\"$2\" -- \"$1\" || { rm -f -- \"$2\"; exit 1; }; ")
                    + renameIntoPlace,
                {bytes(source.postgres), partial, dest, sidecars}),
            backupTimeoutSec);
        dump.undo = {removePartial};
        dump.onFailure = JobStep::OnFailure::RollBack;
        plan.steps.append(dump);
        return plan;
    }
    if (source.type == BackupSource::Type::Database
        && (lower.endsWith(QLatin1String(".sqlite3")) || lower.endsWith(QLatin1String(".sqlite"))
            || lower.endsWith(QLatin1String(".db")))) {
        if (source.restoreTo.isEmpty())
            return unexpected(PlanText::tr("%1 needs \"restore_to\" (the live database file) or "
                                           "a \"command\" to back up now")
                                  .arg(source.id));
        spaceCheck(source.path);
        // A consistent copy, never cp: VACUUM INTO reads in one transaction and waits for
        // writers (busy timeout); SQLite before 3.27 gets .backup, tried a few times.
        JobStep copy = stepOf(PlanText::tr("Copy the live database (sqlite3 VACUUM INTO)"),
            shell(
                QByteArray(
                    "case $2 in *\\'*) echo \"a quote in $2\" >&2; exit 1;; esac; "
                    "[ -e \"$3\" ] && { echo \"$3 exists already: not overwritten (try again in a "
                    "second)\" >&2; exit 1; }; rm -f -- \"$2\"; "
                    "out=$(sqlite3 \"$1\" \".timeout 30000\" \"VACUUM INTO '$2'\" 2>&1); s=$?; "
                    "if [ $s -ne 0 ]; then case $out in *syntax*) ;; *) printf '%s\\n' \"$out\" "
                    ">&2; "
                    "exit 1;; esac; i=0; until sqlite3 \"$1\" \".timeout 30000\" \".backup '$2'\"; "
                    "do "
                    "i=$((i + 1)); [ $i -lt 5 ] || exit 1; sleep 2; done; fi; ")
                    + renameIntoPlace,
                {bytes(source.restoreTo), partial, dest, sidecars}),
            backupTimeoutSec);
        copy.undo = {removePartial};
        copy.onFailure = JobStep::OnFailure::RollBack;
        plan.steps.append(copy);
        return plan;
    }
    if (source.paths.isEmpty())
        return unexpected(PlanText::tr("%1 has no \"paths\" to put in an archive and no "
                                       "\"command\" to back up now")
                              .arg(source.id));
    if (!lower.endsWith(QLatin1String(".tar")) && !lower.endsWith(QLatin1String(".tar.gz"))
        && !lower.endsWith(QLatin1String(".tgz")) && !lower.endsWith(QLatin1String(".tar.zst")))
        return unexpected(PlanText::tr("Dozor makes .tar, .tar.gz, .tgz and .tar.zst archives; "
                                       "for %1 give the source a \"command\"")
                              .arg(*name));
    spaceCheck(source.path);
    QList<QByteArray> args {dest, partial, source.sha256Sidecars ? "yes" : "no"};
    for (const QString &path : source.paths)
        args.append(bytes(QLatin1Char('.') + path)); // "./srv/app": never read as an option
    JobStep archive = stepOf(PlanText::tr("Write the archive (tar)"),
        // tar's status 1 is "a file changed while it was read" (live data): the archive is
        // complete, so it is kept; anything above is a failure.
        shell("d=$1; p=$2; sums=$3; shift 3; [ -e \"$d\" ] && { echo \"$d exists already: not "
              "overwritten (try again in a second)\" >&2; exit 1; }; case $p in *.zst) set -- "
              "--use-compress-program=zstd \"$@\";; *gz) set -- -z \"$@\";; esac; "
              "tar -C / -cf \"$p\" \"$@\"; s=$?; [ $s -le 1 ] || exit $s; mv -f -- \"$p\" \"$d\" "
              "|| exit 1; [ \"$sums\" = yes ] || exit 0; cd -- \"${d%/*}\" && sha256sum -- "
              "\"${d##*/}\" > \"${d##*/}.sha256\"",
            args),
        backupTimeoutSec);
    archive.undo = {removePartial};
    archive.onFailure = JobStep::OnFailure::RollBack;
    plan.steps.append(archive);
    return plan;
}

} // namespace dozor::BackupPlans
