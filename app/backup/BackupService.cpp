#include "BackupService.h"

#include "BackupPlans.h"
#include "jobs/JobTransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QPointer>
#include <QTimeZone>

namespace dozor {

namespace {
struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

// A listing larger than this is refused rather than read (10,000 archives print ~1 MiB).
constexpr qsizetype listingCap = qsizetype {64} * 1024 * 1024;
constexpr qsizetype stderrCap = qsizetype {64} * 1024;
constexpr int listingTimeoutMs = 10 * 60 * 1000;
// A server's listing session closes after this long unused.
constexpr qint64 listerIdleMs = 5 * 60 * 1000;

// A listing kept to compare the next one with (10,000 archives print ~1 MiB).
constexpr qsizetype keptListingCap = qsizetype {16} * 1024 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What a run that did not work says: its error, or its exit status and last stderr line.
QString runProblem(const QString &program, const RemoteRunResult &result, const QByteArray &err)
{
    if (!result.completed())
        return result.error;
    if (result.exitStatus == 0)
        return QString();
    // The last few lines: restic's "Fatal: …" comes before the repository it names.
    QStringList tail;
    for (const QByteArray &line : err.trimmed().split('\n')) {
        if (!line.trimmed().isEmpty())
            tail.append(QString::fromUtf8(line).trimmed());
    }
    const QString last =
        tail.mid(std::max<qsizetype>(0, tail.size() - 3)).join(QStringLiteral(" / ")).right(400);
    return last.isEmpty() ? ServiceText::tr("%1 exited with status %2")
                                .arg(program)
                                .arg(result.exitStatus.value_or(-1))
                          : ServiceText::tr("%1 exited with status %2: %3")
                                .arg(program)
                                .arg(result.exitStatus.value_or(-1))
                                .arg(last);
}
} // namespace

BackupService::BackupService(
    QString historyPath, JobManager *jobs, JobManager::TransportFactory transports, QObject *parent)
    : QObject(parent)
    , m_historyPath(historyPath)
    , m_jobs(jobs)
    , m_transports(std::move(transports))
    , m_catalog(std::move(historyPath))
    , m_idleSweep(this)
{
    connect(m_jobs, &JobManager::jobFinished, this, &BackupService::onJobFinished);
    m_idleSweep.setInterval(60'000);
    connect(&m_idleSweep, &QTimer::timeout, this, [this] {
        dropIdleListers(false);
        if (m_listers.isEmpty())
            m_idleSweep.stop();
    });
}

BackupService::~BackupService() = default;

Expected<void> BackupService::open()
{
    return m_catalog.open();
}

void BackupService::setWorkspace(const Workspace &workspace)
{
    // A server's login may have changed: the next listing opens a new session.
    if (workspace.targets != m_workspace.targets)
        dropIdleListers(true);
    m_workspace = workspace;
}

const BackupSource *BackupService::source(const QString &id, QString *error) const
{
    const BackupSource *s = m_workspace.backup(id);
    if (!s && error)
        *error = ServiceText::tr("there is no backup source \"%1\" in the workspace").arg(id);
    return s;
}

JobTransport *BackupService::lister(const QString &targetId, QString *error)
{
    if (JobTransport *kept = m_listers.value(targetId))
        return kept;
    const Expected<JobTransport *> made = m_transports(targetId);
    if (!made) {
        *error = made.error();
        return nullptr;
    }
    JobTransport *transport = *made;
    transport->setParent(this);
    m_listers.insert(targetId, transport);
    connect(transport, &JobTransport::outputArrived, this,
        [this](int runId, const QByteArray &chunk, bool isErr) {
            const auto it = m_listings.find(runId);
            if (it == m_listings.end())
                return;
            QByteArray &into = isErr ? it->err : it->out;
            const qsizetype cap = isErr ? stderrCap : listingCap;
            into.append(chunk.left(cap - into.size()));
        });
    connect(transport, &JobTransport::finished, this, &BackupService::listingFinished);
    return transport;
}

void BackupService::dropIdleListers(bool all)
{
    const qint64 now = nowMs();
    for (auto it = m_listers.begin(); it != m_listers.end();) {
        const bool busy = std::any_of(m_listings.cbegin(), m_listings.cend(),
            [&it](const Listing &l) { return l.targetId == it.key(); });
        if (!it.value()
            || (!busy && (all || m_listerUsedMs.value(it.key()) < now - listerIdleMs))) {
            if (it.value())
                it.value()->deleteLater();
            m_listerUsedMs.remove(it.key());
            it = m_listers.erase(it);
        } else {
            ++it;
        }
    }
}

void BackupService::refresh(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s) {
        QMetaObject::invokeMethod(
            this, [this, sourceId, error] { Q_EMIT refreshed(sourceId, error, 0); },
            Qt::QueuedConnection);
        return;
    }
    if (m_refreshing.contains(sourceId)) {
        m_refreshAgain.insert(sourceId);
        return;
    }
    m_refreshing.insert(sourceId);
    // One session per server, kept a few minutes between listings: a refresh then costs the
    // server the listing command, not a login and a new shell.
    JobTransport *transport = lister(s->targetId, &error);
    if (!transport) {
        QMetaObject::invokeMethod(
            this, [this, sourceId, error] { finishRefresh(sourceId, error, 0); },
            Qt::QueuedConnection);
        return;
    }
    m_listerUsedMs.insert(s->targetId, nowMs());
    if (!m_idleSweep.isActive())
        m_idleSweep.start();
    // The listing and the free space of the backups' volume in one round trip.
    const auto script = BackupPlans::refreshScript(*s, m_passwords.value(s->id));
    if (!script) {
        QMetaObject::invokeMethod(
            this, [this, sourceId, why = script.error()] { finishRefresh(sourceId, why, 0); },
            Qt::QueuedConnection);
        return;
    }
    const int runId = ++m_nextRunId;
    m_listings.insert(runId, Listing {sourceId, s->targetId, {}, {}, {}});
    transport->runCollected(runId, *script, listingTimeoutMs, listingCap + 1);
}

bool BackupService::runOnLister(const QString &targetId, const QByteArray &script, int timeoutMs,
    Collected done, QString *error)
{
    JobTransport *transport = lister(targetId, error);
    if (!transport)
        return false;
    m_listerUsedMs.insert(targetId, nowMs());
    if (!m_idleSweep.isActive())
        m_idleSweep.start();
    const int runId = ++m_nextRunId;
    m_listings.insert(runId, Listing {QString(), targetId, {}, {}, std::move(done)});
    transport->runCollected(runId, script, timeoutMs, listingCap + 1);
    return true;
}

void BackupService::listingFinished(int runId, const RemoteRunResult &result)
{
    const Listing listing = m_listings.take(runId);
    if (listing.done) {
        listing.done(result, listing.out, listing.err);
        return;
    }
    if (listing.sourceId.isEmpty())
        return;
    const BackupSource *s = source(listing.sourceId, nullptr);
    if (!s) {
        finishRefresh(listing.sourceId, QString(), -1);
        return;
    }
    if (result.truncated || listing.out.size() > listingCap) {
        finishRefresh(s->id,
            ServiceText::tr("the listing is larger than %1 MiB; narrow the source's pattern")
                .arg(listingCap / 1024 / 1024),
            0);
        return;
    }
    const BackupPlans::RefreshOutput out = BackupPlans::splitRefresh(*s, listing.out);
    listed(s->id, result, out.listing, listing.err);
    if (out.space && result.completed()) {
        if (const auto space = BackupPlans::readSpace(*out.space))
            m_catalog.recordSpace(s->id, nowMs(), space->freeBytes, space->totalBytes);
    }
    finishRefresh(s->id, QString(), -1);
}

void BackupService::listed(const QString &sourceId, const RemoteRunResult &result,
    const QByteArray &out, const QByteArray &err)
{
    const BackupSource *s = source(sourceId, nullptr);
    if (!s)
        return;
    const QString program = QString::fromUtf8(BackupPlans::listing(*s).constFirst());
    QString problem = runProblem(program, result, err);
    // find reports folders it could not read with status 1 and still lists the rest; a
    // missing folder prints nothing at all.
    const bool partial =
        !problem.isEmpty() && result.completed() && !out.isEmpty() && !s->isRepository();
    if (!problem.isEmpty() && !partial) {
        m_catalog.listingFailed(sourceId, s->targetId, nowMs(), problem);
        m_refreshProblems.insert(sourceId, problem);
        return;
    }
    // A listing that repeats the last one written (same bytes, same source settings) changes
    // nothing: only the refresh time is recorded. One that differs by a few backups writes
    // only those.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &field : {s->targetId, backupTypeName(s->type), backupKindName(s->kind),
             s->path, s->pattern, s->timeFormat, s->timeZone, problem})
        hash.addData(QByteArray(field.toUtf8() + '\0'));
    const QByteArray settings = hash.result();
    if (const auto last = m_lastListing.find(sourceId); last != m_lastListing.end()
        && last->settings == settings && catalogIsLast(sourceId, *last)) {
        if (last->output == out) {
            const qint64 now = nowMs();
            const QString joined = last->problems.mid(0, 20).join(QLatin1Char('\n'));
            if (auto noted = m_catalog.listingRepeated(sourceId, s->targetId, now, joined);
                !noted) {
                m_refreshProblems.insert(sourceId, noted.error());
                m_refreshCounts.insert(sourceId, last->count);
                m_lastListing.erase(last);
                return;
            }
            last->writtenMs = now;
            m_refreshProblems.insert(
                sourceId, last->problems.isEmpty() ? QString() : last->problems.constFirst());
            m_refreshCounts.insert(sourceId, last->count);
            return;
        }
        if (!partial && applyListingChanges(*s, *last, out)) {
            last->settings = settings;
            m_refreshProblems.insert(sourceId, QString());
            m_refreshCounts.insert(sourceId, last->count);
            return;
        }
    }
    m_lastListing.remove(sourceId);
    const CatalogListing listing = BackupPlans::readListing(*s, out);
    QStringList problems = listing.problems;
    if (partial)
        problems.prepend(problem);
    QList<CatalogBook::Listed> rows;
    rows.reserve(listing.entries.size());
    for (const CatalogEntry &e : listing.entries)
        rows.append({e.name, e.time.toMSecsSinceEpoch(), e.size, e.directory});
    const QString joined = problems.mid(0, 20).join(QLatin1Char('\n'));
    const qint64 now = nowMs();
    if (auto written =
            m_catalog.replace(sourceId, s->targetId, backupKindName(s->kind), rows, now, joined);
        !written) {
        problems.prepend(written.error());
    } else if (out.size() <= keptListingCap) {
        LastListing last {settings, out, {}, int(rows.size()), now, problems};
        last.deltas = problems.isEmpty() && !s->isRepository();
        m_lastListing.insert(sourceId, last);
    }
    m_refreshProblems.insert(sourceId, problems.isEmpty() ? QString() : problems.constFirst());
    m_refreshCounts.insert(sourceId, int(rows.size()));
}

bool BackupService::catalogIsLast(const QString &sourceId, const LastListing &last)
{
    const auto state = m_catalog.source(sourceId);
    return m_catalog.count(sourceId).value_or(-1) == last.count && state && *state
        && (*state)->refreshedMs == last.writtenMs;
}

bool BackupService::applyListingChanges(
    const BackupSource &s, LastListing &last, const QByteArray &out)
{
    if (s.isRepository() || !last.deltas || out.size() > keptListingCap)
        return false;
    // Beyond a few, writing the whole listing costs about the same.
    const auto delta =
        BackupListing::diffFind(last.output, out, std::max<qsizetype>(16, last.count / 4));
    if (!delta)
        return false;
    const QList<QByteArray> &added = delta->added;
    const QList<QByteArray> &removed = delta->removed;
    // The records read the same way as in a full listing; any problem there is reported by
    // reading it in full.
    const CatalogListing came = BackupPlans::readListing(s, added.join('\0'));
    const CatalogListing went = BackupPlans::readListing(s, removed.join('\0'));
    if (!came.problems.isEmpty() || !went.problems.isEmpty() || came.entries.size() != added.size()
        || went.entries.size() != removed.size())
        return false;
    const auto listed = [](const CatalogEntry &e) {
        return CatalogBook::Listed {e.name, e.time.toMSecsSinceEpoch(), e.size, e.directory};
    };
    QHash<QString, CatalogBook::Listed> wentByName;
    for (const CatalogEntry &e : went.entries)
        wentByName.insert(e.name, listed(e));
    // Names are unique in one folder: a name on both sides is a backup whose line changed.
    // When what the catalog keeps of it is the same (a folder's size and mtime move with its
    // contents; a time from the name ignores the mtime), it is left as it is, verification
    // and all, as a full reading leaves it.
    QList<CatalogBook::Listed> rows;
    int kept = 0;
    for (const CatalogEntry &e : came.entries) {
        const CatalogBook::Listed row = listed(e);
        const auto before = wentByName.constFind(e.name);
        if (before != wentByName.cend() && before->timeMs == row.timeMs && before->size == row.size
            && before->directory == row.directory) {
            wentByName.erase(before);
            ++kept;
            continue;
        }
        rows.append(row);
    }
    const QStringList gone = wentByName.keys();
    const int expected = last.count - int(gone.size()) - kept + int(came.entries.size());
    if (expected > BackupListing::maxEntries)
        return false; // the full reading says so
    const qint64 now = nowMs();
    const auto applied = m_catalog.applyChanges(
        s.id, s.targetId, backupKindName(s.kind), gone, rows, now, expected, last.writtenMs);
    if (!applied || !*applied)
        return false;
    last.output = out;
    last.count = expected;
    last.writtenMs = now;
    return true;
}

void BackupService::finishRefresh(const QString &sourceId, const QString &problem, int count)
{
    m_refreshing.remove(sourceId);
    const QString said = problem.isEmpty() ? m_refreshProblems.take(sourceId) : problem;
    const int n = count >= 0 ? count : m_refreshCounts.take(sourceId);
    m_refreshProblems.remove(sourceId);
    m_refreshCounts.remove(sourceId);
    if (!problem.isEmpty()) {
        if (const BackupSource *s = source(sourceId, nullptr))
            m_catalog.listingFailed(sourceId, s->targetId, nowMs(), problem);
    }
    Q_EMIT refreshed(sourceId, said, n);
    if (m_refreshAgain.remove(sourceId)) {
        refresh(sourceId);
        return;
    }
    // A back up now waits for this listing to verify what it made.
    if (m_afterBackup.contains(sourceId)) {
        const qint64 backupJob = m_afterBackup.take(sourceId);
        if (!said.isEmpty() && n == 0) {
            Q_EMIT backupSettled(backupJob, 0,
                ServiceText::tr("the backup ran, but listing the source failed: %1").arg(said));
            return;
        }
        const auto rows = m_catalog.backups(sourceId);
        if (!rows || rows->isEmpty()) {
            Q_EMIT backupSettled(backupJob, 0,
                ServiceText::tr("the backup ran, but the source lists no backup afterwards: "
                                "check its path and pattern"));
            return;
        }
        // The backup it made: the newest one that was not there before it ran.
        const QSet<QString> before = m_namesBefore.take(backupJob);
        const auto made = std::find_if(rows->cbegin(), rows->cend(),
            [&before](const CatalogRow &r) { return !before.contains(r.name); });
        if (made == rows->cend()) {
            Q_EMIT backupSettled(backupJob, 0,
                ServiceText::tr("the backup job ended, but no new backup of %1 appeared (check "
                                "what its command writes, and the source's path and pattern)")
                    .arg(sourceId));
            return;
        }
        m_lastMade.insert(sourceId, made->name);
        const auto job = verify(sourceId, made->name);
        if (!job) {
            Q_EMIT backupSettled(backupJob, 0, job.error());
            return;
        }
        m_verifyOfBackup.insert(*job, backupJob);
    }
}

QString BackupService::lastMade(const QString &sourceId) const
{
    return m_lastMade.value(sourceId);
}

QList<qint64> BackupService::verifyDue(qint64 nowMs)
{
    QList<qint64> started;
    QSet<QString> busy;
    for (const auto &[sourceId, name] : std::as_const(m_verifying))
        busy.insert(sourceId);
    for (const BackupSource &s : std::as_const(m_workspace.backups)) {
        if (s.verifyEveryHours <= 0 || busy.contains(s.id))
            continue;
        const auto rows = m_catalog.backups(s.id);
        if (!rows || rows->isEmpty()) {
            refresh(s.id); // verified at the next round, once listed
            continue;
        }
        const CatalogRow &newest = rows->constFirst();
        if (newest.verified && newest.verifiedMs > nowMs - qint64 {s.verifyEveryHours} * 3'600'000)
            continue;
        // Only what a recent listing showed (a pruned backup is not "failed"): list first.
        const auto state = m_catalog.source(s.id);
        if (!state || !*state || (*state)->refreshedMs < nowMs - 3'600'000) {
            refresh(s.id);
            continue;
        }
        if (const auto job = verify(s.id, newest.name, true))
            started.append(*job);
    }
    return started;
}

Expected<qint64> BackupService::verify(const QString &sourceId, const QString &name)
{
    return verify(sourceId, name, false);
}

Expected<qint64> BackupService::verify(const QString &sourceId, const QString &name, bool scheduled)
{
    const auto found = listedBackup(sourceId, name);
    if (!found)
        return unexpected(found.error());
    const auto &[s, entry] = *found;
    const auto made = BackupPlans::verify(*s, entry);
    if (!made)
        return unexpected(made.error());
    JobPlan plan = *made;
    if (scheduled) {
        plan.journalSuccess = false;
        plan.title = ServiceText::tr("Scheduled: %1").arg(plan.title);
    }
    const auto id = m_jobs->start(plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
    if (id)
        m_verifying.insert(*id, {sourceId, name});
    return id;
}

Expected<std::pair<const BackupSource *, CatalogEntry>> BackupService::listedBackup(
    const QString &sourceId, const QString &name)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    const auto row = std::find_if(
        rows->cbegin(), rows->cend(), [&name](const CatalogRow &r) { return r.name == name; });
    if (row == rows->cend())
        return unexpected(ServiceText::tr("%1 has no backup named \"%2\" (as last listed; "
                                          "`dozor backup list --source %1` lists them again)")
                              .arg(sourceId, name));
    CatalogEntry entry;
    entry.name = row->name;
    entry.directory = row->directory;
    entry.size = row->size;
    return std::pair<const BackupSource *, CatalogEntry>(s, entry);
}

Expected<qint64> BackupService::download(
    const QString &sourceId, const QString &name, const QString &localFolder)
{
    const auto found = listedBackup(sourceId, name);
    if (!found)
        return unexpected(found.error());
    const auto made = BackupPlans::download(*found->first, found->second, localFolder);
    if (!made)
        return unexpected(made.error());
    return m_jobs->start(*made);
}

Expected<qint64> BackupService::backUpNow(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    // One read of the catalog: the last backup's size (for the free-space check) and the
    // names there before, to tell which backup the job made.
    std::optional<qint64> needed;
    QSet<QString> before;
    if (const auto rows = m_catalog.backups(sourceId)) {
        if (!rows->isEmpty())
            needed = rows->constFirst().size;
        for (const CatalogRow &r : *rows)
            before.insert(r.name);
    }
    const auto plan = BackupPlans::backUpNow(*s, QDateTime::currentDateTimeUtc(), needed);
    if (!plan)
        return unexpected(plan.error());
    const auto id = m_jobs->start(*plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
    if (id)
        m_namesBefore.insert(*id, before);
    return id;
}

Expected<qint64> BackupService::prune(const QString &sourceId, const QStringList &names)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    for (const QString &name : names) {
        if (std::none_of(rows->cbegin(), rows->cend(),
                [&name](const CatalogRow &r) { return r.name == name; }))
            return unexpected(ServiceText::tr("%1 has no backup named \"%2\" (as last listed)")
                                  .arg(sourceId, name));
    }
    const auto plan = BackupPlans::prune(*s, names);
    if (!plan)
        return unexpected(plan.error());
    return m_jobs->start(*plan, BackupPlans::environment(*s, m_passwords.value(sourceId)));
}

Expected<RetentionPlan> BackupService::policy(const QString &sourceId)
{
    QString error;
    const BackupSource *s = source(sourceId, &error);
    if (!s)
        return unexpected(error);
    const auto rows = m_catalog.backups(sourceId);
    if (!rows)
        return unexpected(rows.error());
    QList<RetentionItem> items;
    for (const CatalogRow &r : *rows) {
        const QTimeZone zone =
            s->timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(s->timeZone.toUtf8());
        items.append({r.name, QDateTime::fromMSecsSinceEpoch(r.timeMs, zone)});
    }
    return planRetention(items, s->retention);
}

void BackupService::onJobFinished(const JobInfo &info)
{
    if (m_verifying.contains(info.id)) {
        const auto [sourceId, name] = m_verifying.take(info.id);
        const bool ok = info.state == JobRunner::State::Succeeded;
        // A cancelled or interrupted check says nothing about the backup.
        if (ok || info.state == JobRunner::State::Failed) {
            m_catalog.recordVerification(
                sourceId, name, ok, info.reason, info.endedMs - info.startedMs, info.endedMs);
            Q_EMIT verified(sourceId, name, ok, info.reason);
        }
        if (m_verifyOfBackup.contains(info.id))
            Q_EMIT backupSettled(m_verifyOfBackup.take(info.id), info.id,
                ok ? QString()
                   : ServiceText::tr("the new backup did not pass verification: %1")
                         .arg(info.reason));
        return;
    }
    if (info.plan.kind == QLatin1String("backup") || info.plan.kind == QLatin1String("prune")) {
        const QString sourceId = info.plan.subject;
        if (info.plan.kind == QLatin1String("backup")) {
            if (info.state != JobRunner::State::Succeeded) {
                Q_EMIT backupSettled(info.id, 0, info.reason);
                refresh(sourceId);
                return;
            }
            m_afterBackup.insert(sourceId, info.id);
        }
        refresh(sourceId);
    }
}

} // namespace dozor
