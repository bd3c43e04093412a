#include "ServerDeploys.h"

#include "DeployDialog.h"
#include "RecipeDialog.h"
#include "StatusStyle.h"
#include "core/DurationText.h"
#include "core/WorkspaceDocument.h"
#include "jobs/JobRunner.h"
#include "monitor/MonitorEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
enum DeployHistoryColumn {
    DeployStartedColumn,
    DeployUserColumn,
    DeployTitleColumn,
    DeployReleasesColumn,
    DeployStateColumn,
    DeployTookColumn,
};
constexpr int deployJobRole = Qt::UserRole + 1;
constexpr int deployHistoryShown = 50;

struct DeploysText {
    Q_DECLARE_TR_FUNCTIONS(dozor::ServerDeploys)
};

Status deployStatusOf(const QString &state)
{
    if (state == QLatin1String("succeeded"))
        return Status::Ok;
    if (state == QLatin1String("running") || state == QLatin1String("rolling_back")
        || state == QLatin1String("pending"))
        return Status::Unknown;
    if (state == QLatin1String("rolled_back") || state == QLatin1String("cancelled"))
        return Status::Warn;
    return Status::Crit;
}
} // namespace

QString deployReleasesText(const JobRecord &job)
{
    const QString before = job.details.value(QStringLiteral("before")).toString();
    const QString release = job.details.value(QStringLiteral("release")).toString();
    if (release.isEmpty())
        return QStringLiteral("—");
    return DeploysText::tr("%1 → %2").arg(
        before.isEmpty() ? DeploysText::tr("(none)") : before, release);
}

ServerDeploys::ServerDeploys(WorkspaceDocument *document, MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_buttons(new QHBoxLayout)
    , m_rollback(new QPushButton(tr("&Roll back…"), this))
    , m_recipes(new QPushButton(tr("Re&cipes"), this))
    , m_empty(new QLabel(this))
    , m_history(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("serverDeploys"));
    m_rollback->setObjectName(QStringLiteral("serverDeployRollback"));
    m_rollback->setToolTip(tr("Make a release that is still on the server live again (the one "
                              "that was live before the last deploy, unless you pick another)"));
    m_history->setObjectName(QStringLiteral("serverDeployHistory"));
    m_history->setHeaderLabels(
        {tr("Started"), tr("By"), tr("Deploy"), tr("Releases"), tr("Outcome"), tr("Took")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->setSectionResizeMode(DeployTitleColumn, QHeaderView::Stretch);
    m_history->setMaximumHeight(140);
    m_history->setToolTip(tr("Double-click a deploy for its steps and log on the Jobs page"));

    m_recipes->setObjectName(QStringLiteral("serverDeployRecipes"));
    m_recipes->setToolTip(tr("Add, edit or remove this server's deploy recipes"));
    m_recipes->setMenu(new QMenu(m_recipes));
    m_empty->setObjectName(QStringLiteral("serverDeployEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("No deploy recipes. <i>Recipes → Add a recipe…</i> makes one: a static "
           "site built on this computer, an app on the server, or steps of your own."));

    m_buttons->addWidget(new QLabel(tr("<b>Deploys</b>"), this));
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_rollback);
    m_buttons->addWidget(m_recipes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_history);

    connect(m_rollback, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const DeployRecipe &r : m_document->workspace().deploys) {
            if (r.targetId == m_targetId && r.usesReleases())
                ids.append(r.id);
        }
        if (ids.size() == 1) {
            openDeploy(ids.constFirst(), true);
            return;
        }
        QMenu menu(this);
        for (const QString &id : ids)
            menu.addAction(id, this, [this, id] { openDeploy(id, true); });
        menu.exec(m_rollback->mapToGlobal(QPoint(0, m_rollback->height())));
    });
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT jobRequested(item->data(DeployStartedColumn, deployJobRole).toLongLong());
    });
    connect(document, &WorkspaceDocument::changed, this, &ServerDeploys::rebuild);
    // Shown before monitoring started: read once it has.
    connect(engine, &MonitorEngine::storeOpened, this, [this] {
        if (isVisible())
            readHistory();
    });
    connect(engine, &MonitorEngine::jobFinished, this, [this](const JobInfo &info) {
        if (info.plan.kind == QLatin1String("deploy") && info.plan.targetId == m_targetId)
            readHistory();
    });
    connect(engine, &MonitorEngine::jobChanged, this, [this](const JobInfo &info) {
        // A deploy that just began (here or from the dialog): on the list while it runs.
        if (info.plan.kind == QLatin1String("deploy") && info.plan.targetId == m_targetId
            && info.step == 0 && info.stepsDone == 0)
            readHistory();
    });
    rebuild();
}

void ServerDeploys::setTarget(const QString &targetId)
{
    if (targetId == m_targetId)
        return;
    m_targetId = targetId;
    rebuild();
}

void ServerDeploys::rebuild()
{
    qDeleteAll(m_recipeButtons);
    m_recipeButtons.clear();
    bool releases = false;
    int at = 2; // after the title and the stretch
    for (const DeployRecipe &r : m_document->workspace().deploys) {
        if (r.targetId != m_targetId)
            continue;
        auto *button = new QPushButton(tr("Deploy %1…").arg(r.id), this);
        button->setObjectName(QStringLiteral("deploy-") + r.id);
        button->setToolTip(r.kind == DeployRecipe::Kind::Static
                ? tr("Build %1 here and upload what changed to %2 (what changes is shown first)")
                      .arg(r.id, r.path)
                : r.kind == DeployRecipe::Kind::App
                ? tr("Check out a ref of %1 on the server into %2 (the plan is shown first)")
                      .arg(r.id, r.path)
                : tr("Run the steps of %1 (the plan is shown first)").arg(r.id));
        const QString id = r.id;
        connect(button, &QPushButton::clicked, this, [this, id] { openDeploy(id, false); });
        m_buttons->insertWidget(at++, button);
        m_recipeButtons.append(button);
        releases = releases || r.usesReleases();
    }
    m_rollback->setVisible(releases);
    // The recipes menu: add, then edit and remove each.
    QMenu *menu = m_recipes->menu();
    menu->clear();
    menu->addAction(tr("&Add a recipe…"), this, [this] { editRecipe(QString()); });
    for (const DeployRecipe &r : m_document->workspace().deploys) {
        if (r.targetId != m_targetId)
            continue;
        const QString id = r.id;
        menu->addSeparator();
        menu->addAction(tr("&Edit %1…").arg(id), this, [this, id] { editRecipe(id); });
        menu->addAction(tr("&Remove %1…").arg(id), this, [this, id] {
            auto *box = new QMessageBox(QMessageBox::Question, tr("Remove recipe"),
                tr("Remove the deploy recipe %1 of %2 from the workspace? Its releases stay on "
                   "the server and its deploys stay on record.")
                    .arg(id, m_targetId),
                QMessageBox::Yes | QMessageBox::Cancel, window());
            box->setObjectName(QStringLiteral("confirmRemoveRecipe"));
            box->setDefaultButton(QMessageBox::Cancel);
            box->button(QMessageBox::Yes)->setText(tr("Remove"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, id](int result) {
                if (result != QMessageBox::Yes)
                    return;
                if (const auto removed = m_document->removeDeploy(m_targetId, id); !removed)
                    Q_EMIT message(removed.error());
            });
            box->open();
        });
    }
    const Target *target = m_document->workspace().target(m_targetId);
    setVisible(target && (target->ssh || target->local));
    m_empty->setVisible(m_recipeButtons.isEmpty());
    m_history->setVisible(!m_recipeButtons.isEmpty());
    m_history->clear();
    if (!m_recipeButtons.isEmpty() && isVisible())
        readHistory();
}

void ServerDeploys::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readHistory();
}

void ServerDeploys::editRecipe(const QString &recipeId)
{
    auto *dialog = new RecipeDialog(m_document, m_targetId, recipeId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, recipeId] {
        Q_EMIT message(recipeId.isEmpty() ? tr("Recipe %1 added").arg(dialog->savedId())
                                          : tr("Recipe %1 saved").arg(dialog->savedId()));
    });
    dialog->open();
}

void ServerDeploys::openDeploy(const QString &recipeId, bool rollback)
{
    auto *dialog = new DeployDialog(m_document, m_engine, m_targetId, recipeId, rollback, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::jobRequested, this, &ServerDeploys::jobRequested);
    dialog->show();
}

void ServerDeploys::readHistory()
{
    const QString target = m_targetId;
    if (target.isEmpty() || !m_engine->isRunning())
        return;
    m_engine->readDeploys(
        target, deployHistoryShown, this, [this, target](const Expected<QList<JobRecord>> &jobs) {
            if (target != m_targetId)
                return;
            if (!jobs) {
                Q_EMIT message(tr("Cannot read the deploys of %1: %2").arg(target, jobs.error()));
                return;
            }
            fill(*jobs);
        });
}

void ServerDeploys::fill(const QList<JobRecord> &jobs)
{
    m_history->clear();
    for (const JobRecord &j : jobs) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setData(DeployStartedColumn, deployJobRole, j.id);
        item->setText(DeployStartedColumn,
            QDateTime::fromMSecsSinceEpoch(j.startedMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(DeployUserColumn, j.user);
        item->setText(DeployTitleColumn, j.title);
        item->setText(DeployReleasesColumn, deployReleasesText(j));
        item->setText(DeployStateColumn, jobStateText(j.state));
        item->setIcon(DeployStateColumn, StatusStyle::icon(deployStatusOf(j.state)));
        item->setToolTip(DeployStateColumn, j.reason);
        item->setToolTip(DeployTitleColumn, j.reason);
        if (j.endedMs > 0)
            item->setText(
                DeployTookColumn, formatDuration(std::max<qint64>(0, j.endedMs - j.startedMs)));
    }
    for (int c = DeployStartedColumn; c <= DeployTookColumn; ++c) {
        if (c != DeployTitleColumn)
            m_history->resizeColumnToContents(c);
    }
}

} // namespace dozor
