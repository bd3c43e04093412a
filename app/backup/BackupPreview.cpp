// BackupService's restore preview: two read-only round trips on the backup's server (the
// listings, then checksums where sizes agree and times do not), read by RestorePlans.
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
        QMetaObject::invokeMethod(this, [done, report] { done(report); }, Qt::QueuedConnection);
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
    const bool started = runOnLister(source.targetId, *script, previewTimeoutMs,
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
            const bool again = runOnLister(source.targetId, *sums, checksumTimeoutMs,
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
