#include "DeployService.h"

#include "BuildFolder.h"
#include "backup/BackupPlans.h"
#include "core/AppPaths.h"
#include "core/ShellQuote.h"
#include "jobs/JobScript.h"
#include "jobs/JobTransport.h"
#include "remote/LocalShellRun.h"
#include "store/JobBook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

namespace dozor {

namespace {
struct DeployText {
    Q_DECLARE_TR_FUNCTIONS(DeployService)
};

constexpr int buildTimeoutMs = 60 * 60 * 1000;
constexpr int readTimeoutMs = 5 * 60 * 1000;
constexpr qsizetype readCap = qsizetype {256} * 1024 * 1024;
// A grace window lasts while the deploy runs and is closed when it ends; should Dozor die, it
// ends by itself after this long.
constexpr qint64 graceMs = 60 * 60 * 1000;

QString machineId()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}
} // namespace

DeployService::DeployService(
    JobManager *jobs, JobManager::TransportFactory transports, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_transports(std::move(transports))
    , m_program(QCoreApplication::applicationFilePath())
{
    connect(m_jobs, &JobManager::jobFinished, this, &DeployService::onJobFinished);
}

DeployService::~DeployService()
{
    cancelPrepare();
    // A thread reading a build posts its end to this object: it must be over first.
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

void DeployService::setWorkspace(const Workspace &workspace, const QString &workspaceFile)
{
    m_workspace = workspace;
    m_workspaceFile = QFileInfo(workspaceFile).absoluteFilePath();
}

void DeployService::setGraceWindows(GraceOpen open, GraceClose close)
{
    m_graceOpen = std::move(open);
    m_graceClose = std::move(close);
}

QList<DeployRecipe> DeployService::recipes(const QString &targetId) const
{
    QList<DeployRecipe> out;
    for (const DeployRecipe &d : m_workspace.deploys) {
        if (d.targetId == targetId)
            out.append(d);
    }
    return out;
}

void DeployService::cancelPrepare(int token)
{
    for (auto it = m_preparing.cbegin(); it != m_preparing.cend(); ++it) {
        if (token != 0 && it.key() != token)
            continue;
        const std::shared_ptr<Preparing> &run = it.value();
        run->cancelled->store(true);
        if (run->build)
            run->build->cancel();
        if (run->reader)
            run->reader->stop(1);
    }
}

void DeployService::prepared(
    const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run, const Done &done)
{
    m_preparing.remove(p->request.token, run);
    if (run->cancelled->load() && p->error.isEmpty())
        p->error = DeployText::tr("cancelled");
    done(*p);
}

void DeployService::prepare(const Request &request, std::function<void(const Prepared &)> done)
{
    auto p = std::make_shared<Prepared>();
    p->request = request;
    p->stamp = DeployPlans::newStamp();
    auto run = std::make_shared<Preparing>();
    m_preparing.insert(request.token, run);
    const auto fail = [this, p, run, done](const QString &why) {
        p->error = why;
        QMetaObject::invokeMethod(
            this, [this, p, run, done] { prepared(p, run, done); }, Qt::QueuedConnection);
    };
    const DeployRecipe *recipe = m_workspace.deploy(request.targetId, request.recipeId);
    if (!m_workspace.target(request.targetId)) {
        fail(DeployText::tr("there is no server \"%1\" in the workspace").arg(request.targetId));
        return;
    }
    if (!recipe) {
        QStringList ids;
        for (const DeployRecipe &d : recipes(request.targetId))
            ids.append(d.id);
        fail(ids.isEmpty()
                ? DeployText::tr("server %1 has no deploy recipes (the workspace's \"deploy\")")
                      .arg(request.targetId)
                : DeployText::tr("server %1 has no recipe \"%2\" (its recipes: %3)")
                      .arg(request.targetId, request.recipeId, ids.join(QStringLiteral(", "))));
        return;
    }
    p->recipe = *recipe;
    if (recipe->kind != DeployRecipe::Kind::Static || request.rollback) {
        readServer(p, run, std::move(done));
        return;
    }
    const QDir workspaceDir = QFileInfo(m_workspaceFile).absoluteDir();
    const QString project = recipe->project.isEmpty()
        ? workspaceDir.absolutePath()
        : QDir::cleanPath(workspaceDir.absoluteFilePath(recipe->project));
    p->buildFolder = request.from.isEmpty()
        ? QDir::cleanPath(QDir(project).absoluteFilePath(recipe->from))
        : QFileInfo(request.from).absoluteFilePath();
    if (!request.from.isEmpty() || recipe->build.isEmpty()) {
        readServer(p, run, std::move(done));
        return;
    }
    const auto quoted = ShellQuote::quote(project.toUtf8());
    if (!quoted) {
        fail(quoted.error());
        return;
    }
    if (!QFileInfo(project).isDir()) {
        fail(DeployText::tr("the project folder %1 does not exist (the recipe's \"project\")")
                 .arg(QDir::toNativeSeparators(project)));
        return;
    }
    Q_EMIT prepareLine(
        DeployText::tr("Building in %1: %2").arg(QDir::toNativeSeparators(project), recipe->build),
        false);
    // The build reads nothing from the script the shell reads.
    const QByteArray script =
        "cd -- " + *quoted + " || exit 1\n(\n" + recipe->build.toUtf8() + "\n) </dev/null\n";
    auto *build = new LocalShellRun(script, buildTimeoutMs, 0, this);
    build->setStreaming(true);
    run->build = build;
    auto lines = std::make_shared<JobLogLines>();
    connect(build, &LocalShellRun::outputArrived, this,
        [this, lines](const QByteArray &chunk, bool isErr) {
            for (const QString &line : lines->append(chunk))
                Q_EMIT prepareLine(line, isErr);
        });
    connect(build, &LocalShellRun::finished, this,
        [this, build, p, run, lines, done](const RemoteRunResult &result) {
            build->deleteLater();
            for (const QString &line : lines->flush())
                Q_EMIT prepareLine(line, false);
            if (!result.completed() || result.exitStatus.value_or(1) != 0) {
                p->error = result.completed()
                    ? DeployText::tr("the build failed (exit status %1): nothing was deployed")
                          .arg(result.exitStatus.value_or(-1))
                    : DeployText::tr("the build did not finish: %1").arg(result.error);
                prepared(p, run, done);
                return;
            }
            readServer(p, run, done);
        });
    build->start();
}

void DeployService::readServer(
    const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run, Done done)
{
    if (run->cancelled->load()) {
        prepared(p, run, done);
        return;
    }
    const bool withTree = p->recipe.kind == DeployRecipe::Kind::Static && !p->request.rollback;
    const auto script = JobScript::forShell(
        DeployPlans::stateScript(), DeployPlans::stateArgs(p->recipe, withTree), {});
    auto transport = m_transports(p->recipe.targetId);
    if (!script || !transport) {
        p->error = !script ? script.error() : transport.error();
        prepared(p, run, done);
        return;
    }
    Q_EMIT prepareLine(
        DeployText::tr("Reading %1 on %2…")
            .arg(p->recipe.path.isEmpty() ? DeployText::tr("the login's home") : p->recipe.path,
                p->recipe.targetId),
        false);
    JobTransport *reader = *transport;
    reader->setParent(this);
    run->reader = reader;
    // Collected over SSH; streamed by this computer's shell.
    auto streamed = std::make_shared<std::pair<QByteArray, QByteArray>>();
    connect(reader, &JobTransport::outputArrived, this,
        [streamed](int, const QByteArray &chunk, bool isErr) {
            QByteArray &into = isErr ? streamed->second : streamed->first;
            if (into.size() < readCap)
                into.append(chunk.left(readCap - into.size()));
        });
    connect(reader, &JobTransport::finished, this,
        [this, reader, p, run, done, streamed](int, RemoteRunResult result) {
            reader->deleteLater();
            if (result.out.isEmpty())
                result.out = streamed->first;
            if (result.err.isEmpty())
                result.err = streamed->second;
            if (!result.completed() || result.exitStatus.value_or(1) != 0 || result.truncated) {
                const QString err = QString::fromUtf8(result.err).trimmed();
                p->error = DeployText::tr("cannot read %1 on %2: %3")
                               .arg(p->recipe.path, p->recipe.targetId,
                                   !result.completed() ? result.error
                                       : result.truncated
                                       ? DeployText::tr("the answer is larger than %1 MiB")
                                             .arg(readCap / 1024 / 1024)
                                       : err.isEmpty() ? DeployText::tr("exit status %1")
                                                             .arg(result.exitStatus.value_or(-1))
                                                       : err.section(QLatin1Char('\n'), -1));
                prepared(p, run, done);
                return;
            }
            auto state = DeployPlans::readState(result.out);
            if (!state) {
                p->error = state.error();
                prepared(p, run, done);
                return;
            }
            p->state = std::move(*state);
            if (const auto &lock = p->state.lock) {
                const bool here = lock->machine == machineId();
                const bool mine = here && lock->pid == QCoreApplication::applicationPid();
                bool running = processIsRunning(lock->pid);
                if (mine) {
                    // This process: held by one of its deploys still running (any recipe on
                    // the same folder), named by its stamp.
                    const auto jobs = m_jobs->jobs();
                    running = std::any_of(jobs.cbegin(), jobs.cend(), [&lock](const JobInfo &j) {
                        return !j.isFinished() && j.plan.kind == QLatin1String("deploy")
                            && j.plan.details.value(QStringLiteral("stamp")).toString()
                            == lock->stamp;
                    });
                }
                if (here && !running)
                    p->staleLock = true;
                else
                    p->lockedBy = lock->text;
            }
            if (p->recipe.kind == DeployRecipe::Kind::Static && !p->request.rollback)
                compareBuild(p, run, done);
            else
                prepared(p, run, done);
        });
    reader->runCollected(1, *script, readTimeoutMs, readCap);
}

void DeployService::compareBuild(
    const std::shared_ptr<Prepared> &p, const std::shared_ptr<Preparing> &run, Done done)
{
    Q_EMIT prepareLine(DeployText::tr("Comparing %1 with the live release…")
                           .arg(QDir::toNativeSeparators(p->buildFolder)),
        false);
    auto cancel = run->cancelled;
    QThread *worker = QThread::create([this, p, run, done, cancel] {
        auto build = BuildFolder::read(p->buildFolder, cancel.get());
        if (build) {
            p->changes = DeployPlans::compare(*build, p->state.live);
            p->state.live.clear();
            p->staging = std::make_shared<QTemporaryDir>();
            if (!p->staging->isValid())
                p->error = DeployText::tr("cannot make a folder for the upload: %1")
                               .arg(p->staging->errorString());
            else if (auto staged =
                         BuildFolder::stage(p->buildFolder, p->changes->upload, p->staging->path());
                     !staged)
                p->error = staged.error();
        } else {
            p->error = build.error();
        }
        // This service waits for the thread before it goes (its destructor).
        QMetaObject::invokeMethod(
            this, [this, p, run, done] { prepared(p, run, done); }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    worker->start();
}

DeployPlans::DeployOptions DeployService::optionsFor(const Prepared &prepared) const
{
    DeployPlans::DeployOptions o;
    o.stamp = prepared.stamp;
    o.ref = prepared.request.ref;
    o.buildFolder = prepared.buildFolder;
    o.stagingFolder = prepared.staging ? prepared.staging->path() : QString();
    o.holder = {AppPaths::localUser(), QSysInfo::machineHostName(), machineId(),
        QCoreApplication::applicationPid()};
    o.sinceMs = QDateTime::currentMSecsSinceEpoch();
    const QString target = prepared.recipe.targetId;
    if (std::any_of(m_workspace.checks.cbegin(), m_workspace.checks.cend(),
            [&](const CheckSpec &c) { return c.targetId == target; }))
        o.checkArgv = {m_program.toUtf8(), "check", "--workspace", m_workspaceFile.toUtf8(),
            "--target", target.toUtf8(), "--warn-ok"};
    if (!prepared.recipe.smoke.isEmpty())
        o.smokeArgv = {m_program.toUtf8(), "deploy", "smoke", target.toUtf8(),
            prepared.recipe.id.toUtf8(), "--workspace", m_workspaceFile.toUtf8()};
    if (prepared.staleLock && prepared.state.lock)
        o.takeOver = prepared.state.lock;
    return o;
}

Expected<JobPlan> DeployService::plan(const Prepared &prepared, bool skipChecksBefore) const
{
    if (!prepared.error.isEmpty())
        return unexpected(prepared.error);
    if (!prepared.lockedBy.isEmpty())
        return unexpected(
            DeployText::tr("another deploy holds the lock on %1: %2. If none runs "
                           "there, remove %3/.dozor-deploy.lock on the server")
                .arg(prepared.recipe.targetId, prepared.lockedBy,
                    prepared.recipe.path.isEmpty() ? QStringLiteral("~") : prepared.recipe.path));
    DeployPlans::DeployOptions options = optionsFor(prepared);
    options.skipChecksBefore = skipChecksBefore;
    const Target *target = m_workspace.target(prepared.recipe.targetId);
    if (!target)
        return unexpected(DeployText::tr("there is no server \"%1\" in the workspace")
                              .arg(prepared.recipe.targetId));
    if (const BackupSource *source = m_workspace.backup(prepared.recipe.backup)) {
        auto backup = BackupPlans::backUpNow(*source, QDateTime::currentDateTimeUtc(), {});
        if (!backup)
            return unexpected(DeployText::tr("the backup before the deploy (%1): %2")
                                  .arg(source->id, backup.error()));
        options.backup = *backup;
        for (const JobSecret &s : BackupPlans::environment(*source, m_passwords.value(source->id)))
            options.backupVariables.append(s.name);
    }
    auto planned = DeployPlans::deployPlan(prepared.recipe, *target, prepared.state,
        prepared.changes ? &*prepared.changes : nullptr, options);
    if (!planned)
        return planned;
    JobPlan plan = *planned;
    QJsonObject &d = plan.details;
    d.insert(QStringLiteral("recipe"), prepared.recipe.id);
    d.insert(QStringLiteral("kind"), deployKindName(prepared.recipe.kind));
    if (prepared.recipe.usesReleases()) {
        d.insert(QStringLiteral("before"), prepared.state.current);
        d.insert(QStringLiteral("release"), prepared.stamp);
    }
    if (prepared.recipe.kind == DeployRecipe::Kind::App)
        d.insert(QStringLiteral("ref"),
            options.ref.isEmpty()
                ? (prepared.recipe.ref.isEmpty() ? QStringLiteral("main") : prepared.recipe.ref)
                : options.ref);
    if (prepared.changes) {
        d.insert(QStringLiteral("build"), prepared.buildFolder);
        d.insert(QStringLiteral("upload_files"), prepared.changes->upload.size());
        d.insert(QStringLiteral("upload_bytes"), prepared.changes->uploadBytes);
        d.insert(QStringLiteral("removed"), prepared.changes->remove.size());
        d.insert(QStringLiteral("unchanged"), prepared.changes->unchanged);
    }
    if (options.backup)
        d.insert(QStringLiteral("backup"), prepared.recipe.backup);
    d.insert(QStringLiteral("stamp"), prepared.stamp);
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).tag == QLatin1String(DeployPlans::migrateTag))
            d.insert(QStringLiteral("migrate_step"), i);
        if (plan.steps.at(i).tag == QLatin1String(DeployPlans::swapTag))
            d.insert(QStringLiteral("swap_step"), i);
    }
    return plan;
}

Expected<JobPlan> DeployService::rollbackPlan(const Prepared &prepared, const QString &to) const
{
    if (!prepared.error.isEmpty())
        return unexpected(prepared.error);
    if (!prepared.lockedBy.isEmpty())
        return unexpected(DeployText::tr("another deploy holds the lock on %1: %2")
                              .arg(prepared.recipe.targetId, prepared.lockedBy));
    if (!prepared.recipe.usesReleases())
        return unexpected(DeployText::tr("recipe %1 is a generic one: it keeps no releases to go "
                                         "back to")
                              .arg(prepared.recipe.id));
    QString release = to;
    if (release.isEmpty()) {
        const auto target = DeployPlans::rollbackTarget(prepared.state);
        if (!target)
            return unexpected(target.error());
        release = *target;
    }
    const Target *target = m_workspace.target(prepared.recipe.targetId);
    if (!target)
        return unexpected(DeployText::tr("there is no server \"%1\" in the workspace")
                              .arg(prepared.recipe.targetId));
    auto planned = DeployPlans::rollbackPlan(
        prepared.recipe, *target, prepared.state, release, optionsFor(prepared));
    if (!planned)
        return planned;
    JobPlan plan = *planned;
    plan.details.insert(QStringLiteral("recipe"), prepared.recipe.id);
    plan.details.insert(QStringLiteral("kind"), deployKindName(prepared.recipe.kind));
    plan.details.insert(QStringLiteral("rollback"), true);
    plan.details.insert(QStringLiteral("before"), prepared.state.current);
    plan.details.insert(QStringLiteral("release"), release);
    plan.details.insert(QStringLiteral("stamp"), prepared.stamp);
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).tag == QLatin1String(DeployPlans::swapTag))
            plan.details.insert(QStringLiteral("swap_step"), i);
    }
    return plan;
}

void DeployService::start(const Prepared &prepared, const JobPlan &plan,
    std::function<void(const Expected<qint64> &)> done)
{
    QList<JobSecret> secrets;
    if (const BackupSource *source = m_workspace.backup(prepared.recipe.backup);
        source && plan.details.contains(QStringLiteral("backup")))
        secrets = BackupPlans::environment(*source, m_passwords.value(source->id));
    auto run = [this, plan, secrets, staging = prepared.staging, done](const QString &windowId) {
        // Kept with the job: should Dozor die, the next start ends the window (JobManager).
        JobPlan recorded = plan;
        if (!windowId.isEmpty())
            recorded.details.insert(QStringLiteral("grace_window"), windowId);
        const auto id = m_jobs->start(recorded, secrets);
        if (!id) {
            if (!windowId.isEmpty() && m_graceClose)
                m_graceClose(windowId, QDateTime::currentMSecsSinceEpoch());
            done(id);
            return;
        }
        m_running.insert(*id, Running {windowId, staging});
        done(id);
    };
    if (!m_graceOpen) {
        run(QString());
        return;
    }
    m_graceOpen(plan.targetId, graceMs, plan.title, [run, done](const Expected<QString> &window) {
        if (!window) {
            done(unexpected(
                DeployText::tr("cannot open the grace window (no alerts during the deploy): %1")
                    .arg(window.error())));
            return;
        }
        run(*window);
    });
}

void DeployService::onJobFinished(const JobInfo &info)
{
    const auto it = m_running.find(info.id);
    if (it == m_running.end())
        return;
    const Running running = *it;
    m_running.erase(it);
    if (!running.windowId.isEmpty() && m_graceClose)
        m_graceClose(
            running.windowId, QDateTime::currentMSecsSinceEpoch() + settleMs(info.plan.targetId));
}

qint64 DeployService::settleMs(const QString &targetId) const
{
    qint64 longest = 0;
    for (const CheckSpec &c : m_workspace.checks) {
        if (c.targetId != targetId)
            continue;
        const qint64 interval = qint64 {c.intervalSec} * 1000;
        longest = std::max(longest, interval * (m_workspace.policyFor(c).recoverThreshold + 1));
    }
    return std::clamp<qint64>(longest, 10'000, 15 * 60'000);
}

} // namespace dozor
