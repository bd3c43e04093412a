// BackupService's restore preview: two read-only round trips on the backup's server (the
// listings, then checksums where sizes agree and times do not), read by RestorePlans.
#include "BackupPlans.h"
#include "BackupService.h"
#include "core/ServerText.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace dozor {

namespace {
struct PreviewRunText {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

constexpr int previewTimeoutMs = 15 * 60 * 1000;
constexpr int checksumTimeoutMs = 60 * 60 * 1000;

QByteArray randomMarker()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words, 2);
    return "dozor-" + QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

// Why a run gave no usable output, in words; empty when it completed.
QString runProblem(const RemoteRunResult &result)
{
    if (result.truncated)
        return PreviewRunText::tr("the server's listings are larger than Dozor reads (64 MiB); "
                                  "preview a part with --path");
    return result.error;
}
} // namespace

void BackupService::previewRestore(const QString &sourceId, const QString &name,
    const QStringList &paths, std::function<void(const RestorePreviewReport &)> done)
{
    const auto fail = [this, sourceId, name, done](const QString &why) {
        RestorePreviewReport report;
        report.sourceId = sourceId;
        report.backupName = name;
        report.error = why;
        QMetaObject::invokeMethod(
            this, [done, report] { done(report); }, Qt::QueuedConnection);
    };
    const auto listed = listedBackup(sourceId, name);
    if (!listed) {
        fail(listed.error());
        return;
    }
    const BackupSource source = *listed->first;
    const CatalogEntry backup = listed->second;
    const QByteArray password = m_passwords.value(source.id);
    const QByteArray marker = randomMarker();
    const auto script = RestorePlans::previewScript(source, backup, password, marker);
    if (!script) {
        fail(script.error());
        return;
    }
    QString error;
    const bool started = runOnLister(
        source.targetId, *script, previewTimeoutMs,
        [this, source, backup, paths, password, marker, done](
            const RemoteRunResult &result, const QByteArray &out, const QByteArray &err) {
            RestorePreviewReport report =
                RestorePlans::readPreview(source, backup, paths, marker, out, err);
            if (const QString problem = runProblem(result); !problem.isEmpty()) {
                report = RestorePreviewReport {};
                report.sourceId = source.id;
                report.backupName = backup.name;
                report.targetId = source.targetId;
                report.error = problem;
            }
            const QByteArray sumsMarker = randomMarker();
            const auto sums = report.error.isEmpty()
                ? RestorePlans::checksumScript(source, backup, report, password, sumsMarker)
                : std::nullopt;
            if (!sums) {
                done(report);
                return;
            }
            QString why;
            const bool again = runOnLister(
                source.targetId, *sums, checksumTimeoutMs,
                [source, backup, report, sumsMarker, done](const RemoteRunResult &result,
                    const QByteArray &out, const QByteArray &) mutable {
                    if (const QString problem = runProblem(result); !problem.isEmpty())
                        report.warnings.append(
                            PreviewRunText::tr("files of the same size were not compared by "
                                               "content (%1): they count as overwritten")
                                .arg(problem));
                    else
                        RestorePlans::readChecksums(source, backup, report, sumsMarker, out);
                    done(report);
                },
                &why);
            if (!again) {
                report.warnings.append(why);
                done(report);
            }
        },
        &error);
    if (!started)
        fail(error);
}

} // namespace dozor

namespace dozor {

Expected<JobPlan> BackupService::restorePlan(const QString &sourceId,
    const RestorePreviewReport &report, const RestorePlans::RestoreOptions &options)
{
    const auto listed = listedBackup(sourceId, report.backupName);
    if (!listed)
        return unexpected(listed.error());
    return RestorePlans::restorePlan(*listed->first, listed->second, report, options);
}

void BackupService::restore(const QString &sourceId, const QString &name, const QStringList &paths,
    const RestorePlans::RestoreOptions &options, RestoreStarted done)
{
    previewRestore(
        sourceId, name, paths, [this, sourceId, options, done](const RestorePreviewReport &report) {
            if (!report.error.isEmpty()) {
                done(unexpected(report.error), report);
                return;
            }
            const auto plan = restorePlan(sourceId, report, options);
            if (!plan) {
                done(unexpected(plan.error()), report);
                return;
            }
            const BackupSource *s = source(sourceId, nullptr);
            if (!s) {
                done(unexpected(PreviewRunText::tr("the source %1 is gone").arg(sourceId)), report);
                return;
            }
            done(m_jobs->start(*plan, BackupPlans::environment(*s, m_passwords.value(sourceId))),
                report);
        });
}

void BackupService::readRestoreState(const QString &sourceId,
    std::function<void(const Expected<std::optional<RestorePlans::RestoreState>> &)> done)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    const auto fail = [this, done](const QString &why) {
        QMetaObject::invokeMethod(
            this, [done, why] { done(unexpected(why)); }, Qt::QueuedConnection);
    };
    if (!s) {
        fail(error);
        return;
    }
    if (s->restoreTo.isEmpty()) {
        fail(PreviewRunText::tr("%1 has no \"restore_to\"").arg(sourceId));
        return;
    }
    // A restore of it still running (here, or in another Dozor) is not interrupted: its record
    // is not to be resumed or rolled back under it.
    const auto running = m_jobs->book().recent(50, QStringLiteral("restore"), s->targetId);
    if (running) {
        for (const JobRecord &job : *running) {
            if (job.subject == sourceId && job.state == QLatin1String("running")) {
                fail(PreviewRunText::tr("a restore of %1 is running now (job %2): wait for it, or "
                                        "cancel it on the Jobs page")
                         .arg(sourceId)
                         .arg(job.id));
                return;
            }
        }
    }
    const QString file = RestorePlans::stateFile(*s);
    // The record of a restore under way, else that of the last one while its copy from before
    // is still kept.
    JobStep read;
    read.argv = {"sh", "-c",
        "if [ -e \"$1\" ]; then echo live; cat -- \"$1\"; elif [ -e \"$2\" ] && safe=$(sed -n "
        "'s/^safety //p' -- \"$2\") && [ -n \"$safe\" ] && [ -d \"$safe\" ]; then echo last; "
        "cat -- \"$2\"; else echo none; fi",
        "sh", file.toUtf8(), RestorePlans::lastRestoreFile(*s).toUtf8()};
    const auto script = JobScript::forStep(read, {});
    if (!script) {
        fail(script.error());
        return;
    }
    if (!runOnLister(
            s->targetId, *script, previewTimeoutMs,
            [done, file, source = *s](
                const RemoteRunResult &result, const QByteArray &out, const QByteArray &err) {
                if (!result.error.isEmpty()) {
                    done(unexpected(result.error));
                    return;
                }
                if (result.exitStatus.value_or(1) != 0) {
                    done(unexpected(PreviewRunText::tr("cannot read %1: %2")
                                        .arg(file, ServerText::oneLine(err.left(400), 200))));
                    return;
                }
                if (out.startsWith("none")) {
                    done(std::optional<RestorePlans::RestoreState>());
                    return;
                }
                const bool last = out.startsWith("last\n");
                // ("live\n" or "last\n", then the record)
                const auto state = RestorePlans::readState(source, out.mid(5), last);
                if (!state && last)
                    done(unexpected(
                        PreviewRunText::tr("%1: %2 (this record only serves to roll back the last "
                                           "restore: delete it if you do not need that)")
                            .arg(RestorePlans::lastRestoreFile(source), state.error())));
                else if (!state)
                    done(unexpected(PreviewRunText::tr("%1: %2").arg(file, state.error())));
                else
                    done(std::optional<RestorePlans::RestoreState>(*state));
            },
            &error))
        fail(error);
}

Expected<qint64> BackupService::startRecovery(const QString &sourceId, const JobPlan &plan)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    return m_jobs->start(plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
}

} // namespace dozor
