#include "CliContext.h"
#include "Commands.h"
#include "ResultFormat.h"
#include "core/ExitCode.h"
#include "core/StopSignals.h"
#include "core/WorkspaceFileWatcher.h"
#include "core/WorkspaceLock.h"
#include "monitor/MonitorEngine.h"
#include "store/HistoryReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace dozor {

int runWatchCommand(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("WatchCommand",
        "Run the checks on their intervals, record history and print one line per status change.\n"
        "Stops on Ctrl+C, SIGTERM or after --for; after --for it exits as dozor check would for "
        "the last result of every check."));
    parser.addOption(CliContext::workspaceOption());
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate(
            "WatchCommand", "Print each change as one JSON object per line."));
    const QCommandLineOption forSeconds(QStringLiteral("for"),
        QCoreApplication::translate("WatchCommand", "Stop after SECONDS."),
        QStringLiteral("SECONDS"));
    parser.addOption(json);
    parser.addOption(forSeconds);
    parser.addOption(CliContext::acceptHostKeysOption());
    if (const auto stop = cli.parse(parser, args))
        return *stop;

    int stopAfterMs = 0;
    if (parser.isSet(forSeconds)) {
        bool ok = false;
        const double seconds = parser.value(forSeconds).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 365.0 * 86400) {
            cli.err() << QCoreApplication::translate(
                "WatchCommand", "--for needs a positive number of seconds, got \"%1\"")
                             .arg(parser.value(forSeconds))
                      << Qt::endl;
            return ExitUsage;
        }
        stopAfterMs = static_cast<int>(seconds * 1000);
    }

    const QString path = cli.workspacePath(parser);
    const auto loaded = cli.loadWorkspace(parser, CliContext::MissingDefault::Create);
    if (!loaded)
        return ExitUsage;
    // One watcher per workspace: a second one would check and alert everything twice.
    WorkspaceLock lock(path);
    if (lock.tryLock() == WorkspaceLock::Result::HeldByOther) {
        const QString holder = lock.holder();
        cli.err() << (holder.isEmpty()
                ? QCoreApplication::translate(
                    "WatchCommand", "the workspace %1 is already being watched (lock %2)")
                      .arg(path, lock.path())
                : QCoreApplication::translate("WatchCommand",
                    "the workspace %1 is already being watched by %2; stop that one first")
                      .arg(path, holder))
                  << Qt::endl;
        return ExitFailure;
    }
    // What is watched now: the file as loaded, then as edited while this runs.
    Workspace workspace = *loaded;
    MonitorEngine engine(workspace, path);
    engine.setAcceptNewHostKeys(parser.isSet(CliContext::acceptHostKeysOption()));
    const auto secrets = cli.readSecrets(workspace, path);
    engine.setSecrets(secrets, cli.secretProblems());
    engine.setAlertSecrets(cli.readAlertSecrets(workspace, path));
    if (std::any_of(workspace.backups.cbegin(), workspace.backups.cend(),
            [](const BackupSource &s) { return s.takesPassword(); }))
        engine.setBackupSecrets(cli.readBackupSecrets(workspace, path));
    const QString historyPath = engine.historyPath();
    {
        // Earlier statuses, so a restart announces only what really changed.
        HistoryReader reader(historyPath);
        if (reader.open()) {
            if (const auto last = reader.lastStatuses())
                engine.seedStatuses(*last);
        }
    }

    int exitCode = ExitOk;
    QHash<QString, CheckResult> lastResults; // for the exit code after --for
    if (stopAfterMs > 0)
        QObject::connect(&engine, &MonitorEngine::resultReady, &engine,
            [&](const CheckResult &r) { lastResults.insert(r.checkId, r); });
    bool storeFailing = false;
    QObject::connect(&engine, &MonitorEngine::storeOpened, &engine, [&](const QString &error) {
        if (error.isEmpty())
            return;
        cli.err() << QCoreApplication::translate("WatchCommand", "cannot use the history file: %1")
                         .arg(error)
                  << Qt::endl;
        exitCode = ExitFailure;
        QCoreApplication::quit();
    });
    QObject::connect(
        &engine, &MonitorEngine::storeWriteFailed, &engine, [&](const QString &error, int) {
            if (!storeFailing)
                cli.err() << error << Qt::endl;
            storeFailing = true;
        });
    QObject::connect(&engine, &MonitorEngine::storeCommitted, &engine, [&](qint64, int) {
        if (storeFailing)
            cli.err() << QCoreApplication::translate("WatchCommand", "history writes work again")
                      << Qt::endl;
        storeFailing = false;
    });
    QObject::connect(
        &engine, &MonitorEngine::statusChanged, &engine, [&](const StatusChange &change) {
            if (parser.isSet(json))
                cli.out() << QString::fromUtf8(
                    QJsonDocument(ResultFormat::changeToJson(change, workspace))
                        .toJson(QJsonDocument::Compact))
                          << Qt::endl;
            else
                cli.out() << ResultFormat::changeLine(change, workspace) << Qt::endl;
        });

    // Alerts as they are decided (delivery follows), and channels that stop taking them.
    QObject::connect(
        &engine, &MonitorEngine::incidentsChanged, &engine, [&](const IncidentOutput &output) {
            for (const AlertIntent &a : output.alerts)
                cli.err() << (a.channels.isEmpty()
                        ? QCoreApplication::translate(
                            "WatchCommand", "alert (no channel routes it): %1")
                              .arg(a.title)
                        : QCoreApplication::translate("WatchCommand", "alert → %1: %2")
                              .arg(a.channels.join(QStringLiteral(", ")), a.title))
                          << Qt::endl;
        });
    QObject::connect(&engine, &MonitorEngine::alertChannelFailing, &engine,
        [&](const QString &channel, qint64 sinceMs, const QString &error) {
            cli.err() << QCoreApplication::translate(
                "WatchCommand", "alerts to %1 failing since %2: %3")
                             .arg(channel,
                                 QDateTime::fromMSecsSinceEpoch(sinceMs).toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm")),
                                 error)
                      << Qt::endl;
        });
    QObject::connect(
        &engine, &MonitorEngine::alertChannelRecovered, &engine, [&](const QString &channel) {
            cli.err() << QCoreApplication::translate(
                "WatchCommand", "alerts to %1 are delivered again")
                             .arg(channel)
                      << Qt::endl;
        });

    // Connection trouble once per change of state, not once per failed sample.
    QObject::connect(&engine, &MonitorEngine::sshStatusChanged, &engine,
        [&](const QString &targetId, const SshHostStatus &status) {
            const Target *target = workspace.target(targetId);
            const QString name = target ? target->displayName() : targetId;
            switch (status.state) {
            case SshHostState::Connected:
                cli.err() << QCoreApplication::translate("WatchCommand", "%1: connected over SSH")
                                 .arg(name)
                          << Qt::endl;
                if (!status.persistentShell)
                    cli.err() << name << ": " << status.detail << Qt::endl;
                break;
            case SshHostState::Reconnecting:
            case SshHostState::HostKeyUnknown:
            case SshHostState::Refused:
                cli.err() << name << ": " << status.detail << Qt::endl;
                break;
            case SshHostState::Idle:
            case SshHostState::Connecting:
                break;
            }
        });

    // Maintenance windows opened from elsewhere (`dozor maintenance start`, the app's tray),
    // said once when the watch first sees them.
    QSet<QString> windowsSeen;
    QObject::connect(&engine, &MonitorEngine::maintenanceWindowsRead, &engine,
        [&](const QList<MaintenanceWindow> &windows) {
            QSet<QString> now;
            for (const MaintenanceWindow &w : windows) {
                now.insert(w.id);
                if (windowsSeen.contains(w.id))
                    continue;
                const Target *target = workspace.target(w.targetId);
                cli.err()
                    << QCoreApplication::translate("WatchCommand",
                           "maintenance window %1 (%2, until %3): checks are recorded, nothing is "
                           "alerted")
                           .arg(w.id,
                               w.targetId.isEmpty()
                                   ? QCoreApplication::translate("WatchCommand", "all servers")
                                   : (target ? target->displayName() : w.targetId),
                               w.end.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    << Qt::endl;
            }
            windowsSeen = now;
        });

    // Edits of the file apply while watching; a broken edit is reported and changes nothing.
    WorkspaceFileWatcher fileWatcher(path);
    int latestEdit = 0;
    QObject::connect(
        &fileWatcher, &WorkspaceFileWatcher::edited, &engine, [&](const Workspace &edited) {
            // Secrets first, so the checks the edit reruns log in with them. The keychain may
            // answer an older edit's read after a newer one's: only the newest edit applies.
            const int edit = ++latestEdit;
            cli.readSecretsLater(edited, path, &engine, [&, edited, edit](const auto &secrets) {
                if (edit != latestEdit)
                    return;
                engine.setSecrets(secrets, cli.secretProblems());
                cli.readAlertSecretsLater(
                    edited, path, &engine, [&, edited, edit](const auto &tokens) {
                        if (edit != latestEdit)
                            return;
                        engine.setAlertSecrets(tokens);
                        workspace = edited;
                        engine.setWorkspace(edited);
                        cli.err() << QCoreApplication::translate("WatchCommand",
                            "%1 was changed: now watching %n check(s)", nullptr,
                            int(edited.checks.size()))
                                         .arg(path)
                                  << Qt::endl;
                    });
            });
        });
    QObject::connect(&fileWatcher, &WorkspaceFileWatcher::rejected, &engine,
        [&](const QString &message) { cli.err() << message << Qt::endl; });

    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, QCoreApplication::instance(),
        &QCoreApplication::quit);
    bool ranItsTime = false; // --for ended it, not a signal
    if (stopAfterMs > 0)
        QTimer::singleShot(stopAfterMs, QCoreApplication::instance(), [&ranItsTime] {
            ranItsTime = true;
            QCoreApplication::quit();
        });
    const int checkCount = static_cast<int>(workspace.checks.size());
    cli.err() << QCoreApplication::translate(
        "WatchCommand", "Watching %n check(s) from %1", nullptr, checkCount)
                     .arg(path)
              << Qt::endl
              << QCoreApplication::translate("WatchCommand", "History: %1 — press Ctrl+C to stop.")
                     .arg(historyPath)
              << Qt::endl;

    engine.start();
    QCoreApplication::exec();
    engine.stop(); // hands the last results to the store, writes them, closes the file
    if (exitCode == ExitOk && ranItsTime) {
        // The state at the end, by the rules of dozor check, for the checks in the
        // workspace now; one that gave no result in the time is UNKNOWN.
        QList<CheckResult> last;
        QStringList silent;
        for (const CheckSpec &c : std::as_const(workspace.checks)) {
            if (const auto it = lastResults.constFind(c.id); it != lastResults.constEnd()) {
                last.append(*it);
            } else {
                CheckResult none;
                none.checkId = c.id;
                none.status = Status::Unknown;
                last.append(none);
                silent.append(c.id);
            }
        }
        if (!silent.isEmpty())
            cli.err() << QCoreApplication::translate(
                "WatchCommand", "no result within --for from: %1")
                             .arg(silent.join(QStringLiteral(", ")))
                      << Qt::endl;
        exitCode = ResultFormat::exitCodeOf(last);
    }
    return exitCode;
}

} // namespace dozor
