#pragma once

// What the `dozor backup` commands share: the workspace's job manager and backup service over
// its history file, waiting for listings and jobs on the command line, and the texts.
#include "CliContext.h"
#include "backup/BackupService.h"
#include "core/AppPaths.h"
#include "core/DurationText.h"
#include "core/ExitCode.h"
#include "core/StopSignals.h"
#include "jobs/JobTransport.h"
#include "remote/SshHosts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dozor::backupcli {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

inline bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO);
#else
    return false;
#endif
}

inline QString sizeText(const std::optional<qint64> &size)
{
    return size ? QLocale().formattedDataSize(*size) : QStringLiteral("—");
}

inline QString verifiedText(const CatalogRow &row)
{
    if (!row.verified)
        return QStringLiteral("—");
    return *row.verified ? BackupText::tr("✓ ok") : BackupText::tr("✗ failed");
}

// Everything one `dozor backup` command needs: the workspace, the keychain's secrets, the
// job manager and the backup service over the workspace's history file.
class BackupCli {
public:
    // needed: the sources this command works on (their repository passwords are read).
    BackupCli(CliContext &cli, const Workspace &workspace, const QString &workspaceFile,
        bool acceptNewHostKeys, const QStringList &needed)
        : m_cli(cli)
        , m_workspace(workspace)
    {
        m_hosts.setAcceptNewHostKeys(acceptNewHostKeys);
        m_hosts.setSecrets(cli.readSecrets(workspace, workspaceFile), cli.secretProblems());
        const QString history = AppPaths::historyFileFor(workspaceFile);
        const auto transports =
            transportsFor(workspace, [this](const Target &t) { return m_hosts.settingsFor(t); });
        m_jobs = std::make_unique<JobManager>(history, transports);
        m_jobs->setUser(AppPaths::localUser());
        m_service = std::make_unique<BackupService>(history, m_jobs.get(), transports);
        m_service->setWorkspace(workspace);
        Workspace repositories = workspace;
        repositories.backups.removeIf([&needed](const BackupSource &source) {
            return !source.takesPassword() || !needed.contains(source.id);
        });
        if (!repositories.backups.isEmpty())
            m_service->setPasswords(cli.readBackupSecrets(repositories, workspaceFile));
        m_progress = stderrIsTerminal();
        QObject::connect(m_jobs.get(), &JobManager::jobLog, m_jobs.get(),
            [this](qint64, const QString &line, bool) {
                if (m_progress)
                    m_cli.err() << "  " << line << Qt::endl;
            });
    }

    // Opens the history file; says which jobs of a Dozor that died were found interrupted.
    bool open()
    {
        const auto settled = m_jobs->open();
        if (!settled) {
            m_cli.err() << BackupText::tr("cannot open the history file: %1").arg(settled.error())
                        << Qt::endl;
            return false;
        }
        for (const JobRecord &job : *settled) {
            if (job.kind == QLatin1String("deploy")
                && job.details.value(QStringLiteral("kind")).toString() != QLatin1String("generic"))
                m_cli.err() << BackupText::tr("job %1 (%2) was interrupted: Dozor stopped while "
                                              "it ran. dozor deploy rollback %3 (without --yes) "
                                              "shows which release is live and what a rollback "
                                              "would do.")
                                   .arg(job.id)
                                   .arg(job.title, job.targetId)
                            << Qt::endl;
            else if (job.kind == QLatin1String("restore"))
                m_cli.err() << BackupText::tr("job %1 (%2) was interrupted: Dozor stopped while "
                                              "it ran. dozor restore resume %1 finishes it, "
                                              "dozor restore rollback %1 puts back what it "
                                              "replaced.")
                                   .arg(job.id)
                                   .arg(job.title)
                            << Qt::endl;
            else
                m_cli.err() << BackupText::tr("job %1 (%2) was interrupted: Dozor stopped while "
                                              "it ran. Check the server before running it again.")
                                   .arg(job.id)
                                   .arg(job.title)
                            << Qt::endl;
        }
        if (const auto opened = m_service->open(); !opened) {
            m_cli.err() << BackupText::tr("cannot open the history file: %1").arg(opened.error())
                        << Qt::endl;
            return false;
        }
        return true;
    }

    // Lists the sources on their servers and waits; the problems by source.
    QHash<QString, QString> refresh(const QStringList &sourceIds)
    {
        QHash<QString, QString> problems;
        if (sourceIds.isEmpty())
            return problems;
        int left = int(sourceIds.size());
        if (m_progress)
            m_cli.err() << BackupText::tr("Listing %n source(s)…", nullptr, left) << Qt::endl;
        const auto connection = QObject::connect(m_service.get(), &BackupService::refreshed,
            m_service.get(), [&](const QString &sourceId, const QString &problem, int listed) {
                if (!sourceIds.contains(sourceId))
                    return;
                // Listed, with lines it could not read: a warning, not a failed listing.
                if (!problem.isEmpty() && listed > 0)
                    m_cli.err() << BackupText::tr("%1: warning: %2").arg(sourceId, problem)
                                << Qt::endl;
                else if (!problem.isEmpty())
                    problems.insert(sourceId, problem);
                if (--left == 0)
                    QCoreApplication::quit();
            });
        for (const QString &id : sourceIds)
            m_service->refresh(id);
        if (left > 0)
            QCoreApplication::exec();
        QObject::disconnect(connection);
        return problems;
    }

    // Runs until the job (and what follows it, for back up now) ended.
    JobInfo waitForJob(qint64 jobId)
    {
        JobInfo info;
        const auto connection = QObject::connect(
            m_jobs.get(), &JobManager::jobFinished, m_jobs.get(), [&](const JobInfo &finished) {
                if (finished.id != jobId)
                    return;
                info = finished;
                QCoreApplication::quit();
            });
        if (m_progress && m_stepLines)
            QObject::connect(m_jobs.get(), &JobManager::jobChanged, m_jobs.get(),
                [this, jobId](const JobInfo &changed) {
                    if (changed.id != jobId || changed.isFinished() || changed.step < 0)
                        return;
                    const int step = changed.step;
                    if (step == m_lastStepShown) {
                        showBytes(changed);
                        return;
                    }
                    m_lastStepShown = step;
                    m_lastTenthShown = -1;
                    m_cli.err()
                        << QStringLiteral("[%1/%2] ").arg(step + 1).arg(changed.plan.stepCount())
                        << changed.plan.stepAt(step).name << Qt::endl;
                });
        // Ctrl+C cancels the job the way the app's Cancel does: the running step is stopped
        // (with everything it started on the server) when it is safe to stop, and what was
        // done is undone.
        const auto stop = QObject::connect(
            &m_stopSignals, &StopSignals::stopRequested, m_jobs.get(), [this, jobId](int) {
                m_cli.err() << BackupText::tr("Cancelling…") << Qt::endl;
                m_jobs->cancel(jobId);
            });
        if (const auto now = m_jobs->info(jobId); now && now->isFinished())
            info = *now;
        else
            QCoreApplication::exec();
        QObject::disconnect(connection);
        QObject::disconnect(stop);
        return info;
    }

    // A transfer's bytes, one line per tenth.
    void showBytes(const JobInfo &info)
    {
        if (info.bytesTotal <= 0)
            return;
        const int tenth = int(info.bytesDone * 10 / info.bytesTotal);
        if (tenth == m_lastTenthShown)
            return;
        m_lastTenthShown = tenth;
        m_cli.err() << "  "
                    << BackupText::tr("%1 of %2")
                           .arg(QLocale().formattedDataSize(info.bytesDone),
                               QLocale().formattedDataSize(info.bytesTotal))
                    << Qt::endl;
    }

    // Makes sure every backup source id exists; says which does not.
    bool known(const QString &sourceId)
    {
        if (m_workspace.backup(sourceId))
            return true;
        m_cli.err()
            << BackupText::tr("there is no backup source \"%1\" in the workspace").arg(sourceId)
            << Qt::endl;
        return false;
    }

    CliContext &m_cli;
    const Workspace &m_workspace;
    SshHosts m_hosts;
    StopSignals m_stopSignals;
    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<BackupService> m_service;
    bool m_progress = false;
    bool m_stepLines = true; // "[2/9] step" lines (the log's "== step" lines say it too)
    int m_lastStepShown = -1;
    int m_lastTenthShown = -1;
};

// The commands (BackupCommand.cpp, BackupPolicyCommand.cpp).
int policyCommand(
    BackupCli &b, const QString &sourceId, bool json, bool cached, bool prune, bool yes);
int jobsCommand(BackupCli &b, bool json, int limit);
// Lists the source, then names the backup to work on: backupName, or the newest listed
// (nothing, with noneText said, when there is none).
QString listedBackupName(
    BackupCli &b, const QString &sourceId, const QString &backupName, const QString &noneText);

} // namespace dozor::backupcli
