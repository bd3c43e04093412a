#include "WorkspaceDocument.h"

#include "WorkspaceFile.h"
#include "WorkspaceFileWatcher.h"
#include "WorkspaceValidator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dozor {

namespace {
struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDocument)
};
} // namespace

WorkspaceDocument::WorkspaceDocument(Workspace workspace, QString path, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_path(std::move(path))
{
}

void WorkspaceDocument::watchFile()
{
    if (m_watcher)
        return;
    m_watcher = new WorkspaceFileWatcher(m_path, this);
    connect(m_watcher, &WorkspaceFileWatcher::edited, this, [this](const Workspace &edited) {
        m_workspace = edited;
        Q_EMIT reloadedFromFile();
        Q_EMIT changed();
    });
    connect(m_watcher, &WorkspaceFileWatcher::rejected, this, &WorkspaceDocument::fileEditRejected);
}

QString WorkspaceDocument::baseDir() const
{
    return QFileInfo(m_path).absolutePath();
}

Expected<void> WorkspaceDocument::putTarget(
    const Target &target, const QString &previousId, const QList<CheckSpec> &newChecks)
{
    Workspace edited = m_workspace;
    auto it = std::find_if(edited.targets.begin(), edited.targets.end(),
        [&](const Target &t) { return !previousId.isEmpty() && t.id == previousId; });
    if (it != edited.targets.end()) {
        *it = target;
        for (CheckSpec &c : edited.checks) {
            if (c.targetId == previousId)
                c.targetId = target.id;
        }
        // A server's backup sources and deploy recipes follow a new id too.
        for (BackupSource &b : edited.backups) {
            if (b.targetId == previousId)
                b.targetId = target.id;
        }
        for (DeployRecipe &d : edited.deploys) {
            if (d.targetId == previousId)
                d.targetId = target.id;
        }
    } else {
        edited.targets.append(target);
    }
    edited.checks.append(newChecks);
    return apply(edited);
}

Expected<void> WorkspaceDocument::removeTarget(const QString &targetId)
{
    Workspace edited = m_workspace;
    edited.targets.removeIf([&](const Target &t) { return t.id == targetId; });
    edited.checks.removeIf([&](const CheckSpec &c) { return c.targetId == targetId; });
    edited.deploys.removeIf([&](const DeployRecipe &d) { return d.targetId == targetId; });
    return apply(edited);
}

namespace {
// Replaces the item with id previousId, or appends it; returns its index.
template<typename T>
qsizetype putInto(QList<T> &items, const T &item, const QString &previousId)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!previousId.isEmpty() && items.at(i).id == previousId) {
            items[i] = item;
            return i;
        }
    }
    items.append(item);
    return items.size() - 1;
}
} // namespace

Workspace WorkspaceDocument::withCheck(
    const CheckSpec &check, const QString &previousId, qsizetype *index) const
{
    Workspace edited = m_workspace;
    const qsizetype at = putInto(edited.checks, check, previousId);
    if (index)
        *index = at;
    return edited;
}

Expected<void> WorkspaceDocument::putCheck(const CheckSpec &check, const QString &previousId)
{
    return apply(withCheck(check, previousId));
}

Expected<void> WorkspaceDocument::removeCheck(const QString &checkId)
{
    Workspace edited = m_workspace;
    edited.checks.removeIf([&](const CheckSpec &c) { return c.id == checkId; });
    return apply(edited);
}

QString WorkspaceDocument::suggestId(const QString &name, const QStringList &taken)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9._-]+"));
    QString base = name.trimmed().toLower();
    base.replace(notAllowed, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('.'))
        || base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    base = base.left(56);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("item");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QStringList WorkspaceDocument::targetIds() const
{
    QStringList ids;
    for (const Target &t : m_workspace.targets)
        ids.append(t.id);
    return ids;
}

QStringList WorkspaceDocument::checkIds() const
{
    QStringList ids;
    for (const CheckSpec &c : m_workspace.checks)
        ids.append(c.id);
    return ids;
}

Workspace WorkspaceDocument::withChannel(
    const AlertChannel &channel, const QString &previousId, qsizetype *index) const
{
    Workspace edited = m_workspace;
    const qsizetype at = putInto(edited.alerts.channels, channel, previousId);
    // Routes follow a renamed channel.
    if (!previousId.isEmpty() && previousId != channel.id) {
        for (AlertRoute &r : edited.alerts.routes) {
            for (QString &id : r.channels) {
                if (id == previousId)
                    id = channel.id;
            }
        }
    }
    if (index)
        *index = at;
    return edited;
}

Expected<void> WorkspaceDocument::putChannel(const AlertChannel &channel, const QString &previousId)
{
    return apply(withChannel(channel, previousId));
}

Expected<void> WorkspaceDocument::putRoute(const AlertRoute &route, int index)
{
    Workspace edited = m_workspace;
    if (index >= 0 && index < edited.alerts.routes.size())
        edited.alerts.routes[index] = route;
    else
        edited.alerts.routes.append(route);
    return apply(edited);
}

Expected<void> WorkspaceDocument::removeRoute(int index)
{
    Workspace edited = m_workspace;
    if (index < 0 || index >= edited.alerts.routes.size())
        return {};
    edited.alerts.routes.removeAt(index);
    return apply(edited);
}

Expected<void> WorkspaceDocument::removeChannel(const QString &channelId)
{
    Workspace edited = m_workspace;
    edited.alerts.channels.removeIf([&](const AlertChannel &c) { return c.id == channelId; });
    for (AlertRoute &r : edited.alerts.routes)
        r.channels.removeAll(channelId);
    edited.alerts.routes.removeIf([](const AlertRoute &r) { return r.channels.isEmpty(); });
    return apply(edited);
}

Workspace WorkspaceDocument::withWindow(
    const MaintenanceWindow &window, const QString &previousId, qsizetype *index) const
{
    Workspace edited = m_workspace;
    const qsizetype at = putInto(edited.maintenance, window, previousId);
    if (index)
        *index = at;
    return edited;
}

Expected<void> WorkspaceDocument::putWindow(
    const MaintenanceWindow &window, const QString &previousId)
{
    return apply(withWindow(window, previousId));
}

Expected<void> WorkspaceDocument::removeWindow(const QString &windowId)
{
    Workspace edited = m_workspace;
    edited.maintenance.removeIf([&](const MaintenanceWindow &w) { return w.id == windowId; });
    return apply(edited);
}

Workspace WorkspaceDocument::withDeploy(
    const DeployRecipe &recipe, const QString &previousId, qsizetype *index) const
{
    Workspace edited = m_workspace;
    qsizetype at = -1;
    for (qsizetype i = 0; i < edited.deploys.size(); ++i) {
        const DeployRecipe &d = edited.deploys.at(i);
        if (!previousId.isEmpty() && d.targetId == recipe.targetId && d.id == previousId) {
            edited.deploys[i] = recipe;
            at = i;
            break;
        }
    }
    if (at < 0) {
        edited.deploys.append(recipe);
        at = edited.deploys.size() - 1;
    }
    if (index)
        *index = at;
    return edited;
}

Expected<void> WorkspaceDocument::putDeploy(const DeployRecipe &recipe, const QString &previousId)
{
    return apply(withDeploy(recipe, previousId));
}

Expected<void> WorkspaceDocument::removeDeploy(const QString &targetId, const QString &recipeId)
{
    Workspace edited = m_workspace;
    edited.deploys.removeIf(
        [&](const DeployRecipe &d) { return d.targetId == targetId && d.id == recipeId; });
    return apply(edited);
}

Expected<void> WorkspaceDocument::addTargets(
    const QList<Target> &targets, const QList<CheckSpec> &checks)
{
    Workspace edited = m_workspace;
    edited.targets.append(targets);
    edited.checks.append(checks);
    return apply(edited);
}

Expected<void> WorkspaceDocument::apply(const Workspace &edited)
{
    const QList<Diagnostic> problems = validateWorkspace(edited, baseDir());
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Diagnostic &d : problems) {
            if (d.severity == Diagnostic::Severity::Error)
                lines.append(describeDiagnostic(d, edited));
        }
        return unexpected(
            DocumentText::tr("The change was not saved:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    if (m_watcher && m_watcher->changedSinceSeen()) {
        // Saving now would overwrite an edit made outside the app a moment ago.
        m_watcher->rereadNow();
        return unexpected(DocumentText::tr(
            "The workspace file was changed outside Dozor a moment ago, so this change was not "
            "saved. The file's version is loaded now; make the change again."));
    }
    if (Expected<void> saved = saveWorkspaceFile(edited, m_path); !saved)
        return unexpected(DocumentText::tr("The change was not saved: %1").arg(saved.error()));
    if (m_watcher)
        m_watcher->markCurrent(); // our own save is not someone else's edit
    m_workspace = edited;
    Q_EMIT changed();
    return {};
}

} // namespace dozor
