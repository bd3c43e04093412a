#include "DeployDialog.h"

#include "RestoreWizard.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit *logView(QWidget *parent, const QString &name)
{
    auto *log = new QPlainTextEdit(parent);
    log->setObjectName(name);
    log->setReadOnly(true);
    log->setMaximumBlockCount(5000);
    log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return log;
}

constexpr int changesShown = 500;

int nextToken()
{
    static int last = 0;
    return ++last;
}
} // namespace

DeployDialog::DeployDialog(WorkspaceDocument *document, MonitorEngine *engine,
    const QString &targetId, const QString &recipeId, bool rollback, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_engine(engine)
    , m_targetId(targetId)
    , m_recipeId(recipeId)
    , m_rollback(rollback)
    , m_token(nextToken())
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(rollback ? tr("Roll back %1 on %2").arg(recipeId, targetId)
                            : tr("Deploy %1 to %2").arg(recipeId, targetId));
    buildPages();
    resize(760, 560);
    connect(engine, &MonitorEngine::deployPrepareLine, this, [this](const QString &line, bool) {
        if (m_preparing)
            m_prepareLog->appendPlainText(line);
    });
    connect(engine, &MonitorEngine::jobChanged, this, &DeployDialog::onJobChanged);
    connect(engine, &MonitorEngine::jobLog, this, [this](qint64 id, const QString &line, bool) {
        if (id == m_jobId)
            m_log->appendPlainText(line);
        else if (m_starting && !m_jobId)
            m_early[id].append(line);
    });
    connect(engine, &MonitorEngine::jobFinished, this, &DeployDialog::onJobFinished);
    prepare();
}

void DeployDialog::buildPages()
{
    m_pages = new QStackedWidget(this);

    auto *preparePage = new QWidget(m_pages);
    m_prepareText = wrappedLabel(preparePage);
    m_prepareText->setObjectName(QStringLiteral("deployPrepareText"));
    auto *busy = new QProgressBar(preparePage);
    busy->setRange(0, 0);
    busy->setObjectName(QStringLiteral("deployPrepareBusy"));
    m_prepareLog = logView(preparePage, QStringLiteral("deployPrepareLog"));
    auto *prepareLayout = new QVBoxLayout(preparePage);
    prepareLayout->addWidget(m_prepareText);
    prepareLayout->addWidget(busy);
    prepareLayout->addWidget(m_prepareLog, 1);
    m_pages->addWidget(preparePage);

    auto *confirmPage = new QWidget(m_pages);
    m_summary = wrappedLabel(confirmPage);
    m_summary->setObjectName(QStringLiteral("deploySummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_changes = new QTreeWidget(confirmPage);
    m_changes->setObjectName(QStringLiteral("deployChanges"));
    m_changes->setHeaderLabels({tr("Change"), tr("Path")});
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setStretchLastSection(true);
    m_ref = new QLineEdit(confirmPage);
    m_ref->setObjectName(QStringLiteral("deployRef"));
    m_ref->setToolTip(tr("The branch, tag or commit checked out on the server"));
    m_release = new QComboBox(confirmPage);
    m_release->setObjectName(QStringLiteral("deployRelease"));
    m_anyway = new QCheckBox(tr("Deploy even if the server's checks &fail before it"), confirmPage);
    m_anyway->setObjectName(QStringLiteral("deployAnyway"));
    m_anyway->setToolTip(tr("The server's checks run first; a deploy onto a server that already "
                            "fails them is refused unless this is ticked"));
    m_planList = new QListWidget(confirmPage);
    m_planList->setObjectName(QStringLiteral("deployPlan"));
    m_planError = wrappedLabel(confirmPage);
    m_planError->setObjectName(QStringLiteral("deployPlanError"));
    m_planError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_form = new QFormLayout;
    m_form->addRow(tr("&Ref:"), m_ref);
    m_form->addRow(tr("&Release:"), m_release);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->addWidget(m_summary);
    confirmLayout->addWidget(m_changes, 1);
    confirmLayout->addLayout(m_form);
    confirmLayout->addWidget(m_anyway);
    confirmLayout->addWidget(new QLabel(tr("Steps, in order:"), confirmPage));
    confirmLayout->addWidget(m_planList, 1);
    confirmLayout->addWidget(m_planError);
    m_pages->addWidget(confirmPage);

    auto *runPage = new QWidget(m_pages);
    m_step = wrappedLabel(runPage);
    m_step->setObjectName(QStringLiteral("deployStep"));
    m_progress = new QProgressBar(runPage);
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_log = logView(runPage, QStringLiteral("deployLog"));
    auto *runLayout = new QVBoxLayout(runPage);
    runLayout->addWidget(m_step);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_log, 1);
    m_pages->addWidget(runPage);

    auto *resultPage = new QWidget(m_pages);
    m_resultText = wrappedLabel(resultPage);
    m_resultText->setObjectName(QStringLiteral("deployResult"));
    m_resultText->setTextFormat(Qt::RichText);
    m_rollbackAfter = new QPushButton(resultPage);
    m_rollbackAfter->setObjectName(QStringLiteral("deployRollbackAfter"));
    m_restoreDatabase = new QPushButton(tr("Restore the &database…"), resultPage);
    m_restoreDatabase->setObjectName(QStringLiteral("deployRestoreDatabase"));
    m_showJob = new QPushButton(tr("Show on the &Jobs page"), resultPage);
    m_showJob->setObjectName(QStringLiteral("deployShowJob"));
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_rollbackAfter);
    resultButtons->addWidget(m_restoreDatabase);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_showJob);
    m_resultLog = logView(resultPage, QStringLiteral("deployResultLog"));
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultText);
    resultLayout->addLayout(resultButtons);
    resultLayout->addWidget(m_resultLog, 1);
    m_pages->addWidget(resultPage);

    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("deployRetry"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("deployCancel"));
    m_go = new QPushButton(this);
    m_go->setObjectName(QStringLiteral("deployGo"));
    m_go->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("deployClose"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_go);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &DeployDialog::prepare);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Cancel stops the job at a safe point and undoes what was done; the dialog stays to
        // show it.
        if (page() == RunPage && m_jobId && !m_outcome.isFinished()) {
            m_engine->cancelJob(m_jobId);
            m_cancel->setEnabled(false);
            m_step->setText(tr("Cancelling: the running step ends at a safe point, then what was "
                               "done is undone…"));
            return;
        }
        reject();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_go, &QPushButton::clicked, this, &DeployDialog::start);
    connect(m_ref, &QLineEdit::editingFinished, this, &DeployDialog::replan);
    connect(m_release, &QComboBox::currentIndexChanged, this, &DeployDialog::replan);
    connect(m_anyway, &QCheckBox::toggled, this, &DeployDialog::replan);
    connect(m_showJob, &QPushButton::clicked, this, [this] { Q_EMIT jobRequested(m_jobId); });
    connect(m_rollbackAfter, &QPushButton::clicked, this, [this] {
        auto *again =
            new DeployDialog(m_document, m_engine, m_targetId, m_recipeId, true, parentWidget());
        again->setAttribute(Qt::WA_DeleteOnClose);
        connect(again, &DeployDialog::jobRequested, this, &DeployDialog::jobRequested);
        again->show();
        accept();
    });
    connect(m_restoreDatabase, &QPushButton::clicked, this, [this] {
        const DeployRecipe *recipe = m_document->workspace().deploy(m_targetId, m_recipeId);
        if (!recipe || recipe->backup.isEmpty())
            return;
        auto *wizard = new RestoreWizard(
            m_document, m_engine, recipe->backup, QString(), QString(), parentWidget());
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
    });
}

DeployDialog::Page DeployDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void DeployDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_retry->setVisible(false);
    m_go->setVisible(page == ConfirmPage);
    m_cancel->setVisible(page != ResultPage);
    m_cancel->setEnabled(true);
    m_close->setVisible(page == ResultPage);
    m_cancel->setText(page == RunPage
            ? (m_rollback ? tr("&Cancel the rollback") : tr("&Cancel the deploy"))
            : tr("Cancel"));
}

void DeployDialog::prepare()
{
    setPage(PreparePage);
    m_prepared.reset();
    m_plan.reset();
    m_prepareLog->clear();
    m_preparing = true;
    const DeployRecipe *recipe = m_document->workspace().deploy(m_targetId, m_recipeId);
    m_prepareText->setText(m_rollback
            ? tr("Reading the releases of %1 on %2…").arg(m_recipeId, m_targetId)
            : recipe && recipe->kind == DeployRecipe::Kind::Static
            ? tr("Building %1 here (when the recipe says how), then comparing it with the live "
                 "release on %2. Nothing on the server changes yet.")
                  .arg(m_recipeId, m_targetId)
            : tr("Reading %1 on %2. Nothing on the server changes yet.")
                  .arg(m_recipeId, m_targetId));
    DeployService::Request request;
    request.targetId = m_targetId;
    request.recipeId = m_recipeId;
    request.rollback = m_rollback;
    request.token = m_token;
    m_engine->prepareDeploy(request, this, [this](const DeployService::Prepared &p) {
        m_preparing = false;
        prepared(p);
    });
}

void DeployDialog::prepared(const DeployService::Prepared &p)
{
    if (!p.error.isEmpty()) {
        m_prepareText->setText(tr("<b>Nothing was deployed.</b> %1").arg(p.error.toHtmlEscaped()));
        m_prepareText->setTextFormat(Qt::RichText);
        m_retry->setVisible(true);
        m_cancel->setText(tr("Close"));
        findChild<QProgressBar *>(QStringLiteral("deployPrepareBusy"))->setRange(0, 1);
        return;
    }
    findChild<QProgressBar *>(QStringLiteral("deployPrepareBusy"))->setRange(0, 0);
    m_prepared = p;
    const DeployRecipe &r = p.recipe;
    QString summary = tr("<b>%1</b> on <b>%2</b>, in %3")
                          .arg(r.id.toHtmlEscaped(), r.targetId.toHtmlEscaped(),
                              (r.path.isEmpty() ? tr("the login's home") : r.path).toHtmlEscaped());
    if (r.usesReleases())
        summary += QStringLiteral("<br>")
            + (p.state.current.isEmpty()
                    ? tr("Live release: none (the first deploy)")
                    : tr("Live release: %1").arg(p.state.current.toHtmlEscaped()));
    if (p.staleLock && p.state.lock)
        summary += QStringLiteral("<br>")
            + tr("A deploy whose Dozor is gone left its lock (%1): it will be taken over.")
                  .arg(p.state.lock->text.toHtmlEscaped());
    if (!p.lockedBy.isEmpty())
        summary += QStringLiteral("<br><b>")
            + tr("Another deploy holds the lock: %1").arg(p.lockedBy.toHtmlEscaped())
            + QStringLiteral("</b>");
    m_changes->clear();
    if (p.changes) {
        const auto &c = *p.changes;
        summary += QStringLiteral("<br>")
            + tr("Build %1: %2 to upload (%3), %4 removed, %5 unchanged")
                  .arg(p.buildFolder.toHtmlEscaped())
                  .arg(c.upload.size())
                  .arg(QLocale().formattedDataSize(c.uploadBytes))
                  .arg(c.remove.size())
                  .arg(c.unchanged);
        for (const QString &path : c.upload.mid(0, changesShown))
            new QTreeWidgetItem(m_changes, {tr("upload"), path});
        for (const QString &path : c.remove.mid(0, changesShown))
            new QTreeWidgetItem(m_changes, {tr("remove"), path});
    }
    m_changes->setVisible(p.changes.has_value());
    m_summary->setText(summary);
    const bool app = r.kind == DeployRecipe::Kind::App && !m_rollback;
    m_form->setRowVisible(m_ref, app);
    m_ref->setText(r.ref.isEmpty() ? QStringLiteral("main") : r.ref);
    QSignalBlocker block(m_release);
    m_release->clear();
    if (m_rollback) {
        const auto target = DeployPlans::rollbackTarget(p.state);
        for (auto it = p.state.releases.crbegin(); it != p.state.releases.crend(); ++it) {
            QString text = *it;
            if (*it == p.state.current)
                text = tr("%1 (live now)").arg(*it);
            else if (target && *it == *target)
                text = tr("%1 (live before the last deploy)").arg(*it);
            m_release->addItem(text, *it);
        }
        if (target)
            m_release->setCurrentIndex(m_release->findData(*target));
    }
    m_form->setRowVisible(m_release, m_rollback);
    const bool checked =
        std::any_of(m_document->workspace().checks.cbegin(), m_document->workspace().checks.cend(),
            [this](const CheckSpec &c) { return c.targetId == m_targetId; });
    m_anyway->setVisible(!m_rollback && checked);
    m_go->setText(
        m_rollback ? tr("&Roll back %1").arg(m_targetId) : tr("&Deploy to %1").arg(m_targetId));
    setPage(ConfirmPage);
    replan();
}

void DeployDialog::replan()
{
    if (!m_prepared || page() != ConfirmPage)
        return;
    m_go->setEnabled(false);
    m_planList->clear();
    m_planError->clear();
    const int request = ++m_planRequest;
    const auto shown = [this, request](const Expected<JobPlan> &plan) {
        if (request != m_planRequest)
            return;
        if (!plan) {
            m_plan.reset();
            m_planError->setText(plan.error());
            return;
        }
        m_plan = *plan;
        for (int i = 0; i < plan->steps.size(); ++i)
            m_planList->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(plan->steps.at(i).name));
        for (const JobStep &s : plan->finally)
            m_planList->addItem(tr("At the end, whatever happens: %1").arg(s.name));
        m_go->setEnabled(true);
    };
    if (m_rollback) {
        m_engine->planDeployRollback(*m_prepared, m_release->currentData().toString(), this, shown);
        return;
    }
    m_prepared->request.ref = m_ref->text().trimmed();
    m_engine->planDeploy(*m_prepared, m_anyway->isChecked(), this, shown);
}

void DeployDialog::start()
{
    if (!m_prepared || !m_plan)
        return;
    setPage(RunPage);
    m_log->clear();
    m_progress->setRange(0, m_plan->stepCount());
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
    m_starting = true;
    m_engine->startDeploy(*m_prepared, *m_plan, this, [this](const Expected<qint64> &job) {
        m_starting = false;
        if (!job) {
            m_outcome.state = JobRunner::State::Failed;
            m_outcome.reason = job.error();
            m_outcome.plan = *m_plan;
            showResult();
            return;
        }
        m_jobId = *job;
        for (const QString &line : m_early.value(m_jobId))
            m_log->appendPlainText(line);
        m_early.clear();
        if (m_outcome.id == m_jobId && m_outcome.isFinished())
            onJobFinished(m_outcome);
    });
}

void DeployDialog::onJobChanged(const JobInfo &info)
{
    const bool ours = info.id == m_jobId
        || (m_starting && !m_jobId && m_plan && info.plan.title == m_plan->title);
    if (!ours)
        return;
    if (info.isFinished() || info.step < 0 || info.step >= info.plan.stepCount())
        return;
    const JobStep &step = info.plan.stepAt(info.step);
    m_progress->setValue(info.stepsDone);
    if (info.undoing)
        m_step->setText(tr("Rolling back: %1")
                            .arg(step.undo.isEmpty() ? step.name : step.undo.constFirst().name));
    else
        m_step->setText(
            tr("Step %1 of %2: %3").arg(info.step + 1).arg(info.plan.stepCount()).arg(step.name));
    if (info.cancelRequested)
        m_cancel->setEnabled(false);
}

void DeployDialog::onJobFinished(const JobInfo &info)
{
    if (info.id != m_jobId
        && !(m_starting && !m_jobId && m_plan && info.plan.title == m_plan->title))
        return;
    m_outcome = info;
    Q_EMIT jobEnded(info);
    if (!m_jobId)
        return;
    // How far it got (went live, put back, migrations ran), from its record.
    m_engine->readJob(info.id, this, [this](const Expected<std::optional<JobRecord>> &record) {
        if (record && *record)
            m_reached = DeployPlans::progressOf((*record)->details, (*record)->steps);
        showResult();
    });
}

void DeployDialog::showResult()
{
    const JobInfo &info = m_outcome;
    const QString before = info.plan.details.value(QStringLiteral("before")).toString();
    const QString release = info.plan.details.value(QStringLiteral("release")).toString();
    const DeployRecipe *recipe = m_document->workspace().deploy(m_targetId, m_recipeId);
    QString text;
    switch (info.state) {
    case JobRunner::State::Succeeded:
        text = release.isEmpty()
            ? tr("<b>Done.</b>")
            : tr("<b>Done: %1 is live on %2.</b>").arg(release.toHtmlEscaped(), m_targetId);
        if (!before.isEmpty())
            text += QStringLiteral("<br>") + tr("%1 was live before.").arg(before.toHtmlEscaped());
        if (!info.reason.isEmpty())
            text += QStringLiteral("<br>") + tr("Warning: %1").arg(info.reason.toHtmlEscaped());
        break;
    case JobRunner::State::RolledBack:
    case JobRunner::State::Cancelled:
        text = (info.state == JobRunner::State::Cancelled ? tr("<b>Cancelled.</b> %1")
                                                          : tr("<b>Rolled back:</b> %1"))
                   .arg(info.reason.toHtmlEscaped());
        if (!release.isEmpty())
            text += QStringLiteral("<br>")
                + (before.isEmpty() ? tr("Nothing was live before; nothing is now.")
                                    : tr("%1 is live, as before.").arg(before.toHtmlEscaped()));
        break;
    default:
        text = tr("<b>%1:</b> %2")
                   .arg(jobStateText(jobStateName(info.state)), info.reason.toHtmlEscaped());
        if (!release.isEmpty() && (!m_reached.wentLive || m_reached.putBack))
            text += QStringLiteral("<br>")
                + (before.isEmpty() ? tr("Nothing was live before; nothing is now.")
                                    : tr("%1 is live, as before.").arg(before.toHtmlEscaped()));
        else if (!before.isEmpty() && !release.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Look at the server. <i>Roll back to %1</i> makes the release that was live "
                     "before live again.")
                      .arg(before.toHtmlEscaped());
        break;
    }
    const bool failed = info.state != JobRunner::State::Succeeded;
    const bool offerDatabase =
        failed && m_reached.migrationsRan && recipe && !recipe->backup.isEmpty() && !m_rollback;
    if (failed && m_reached.migrationsRan && !m_rollback)
        text += QStringLiteral("<p>")
            + (offerDatabase
                    ? tr("The migrations ran: the code is back, but the database keeps their "
                         "changes. The backup taken before them is the newest of %1. Restore it "
                         "if the old code needs it — nothing is restored without you.")
                          .arg(recipe->backup.toHtmlEscaped())
                    : tr("The migrations ran: the code is back, but the database keeps their "
                         "changes."))
            + QStringLiteral("</p>");
    m_resultText->setText(text);
    m_resultLog->setPlainText(m_log->toPlainText());
    m_resultLog->setVisible(!m_log->document()->isEmpty());
    // Back to the release before: after a deploy that went live and stayed (done, or failed
    // with its undo failing too).
    const bool canGoBack = !before.isEmpty() && !release.isEmpty() && m_reached.wentLive
        && !m_reached.putBack && !m_rollback;
    m_rollbackAfter->setText(tr("Roll &back to %1…").arg(before));
    m_rollbackAfter->setVisible(canGoBack);
    m_restoreDatabase->setVisible(offerDatabase);
    m_showJob->setVisible(m_jobId > 0);
    setPage(ResultPage);
}

void DeployDialog::reject()
{
    switch (page()) {
    case PreparePage:
        if (m_preparing)
            m_engine->cancelDeployPrepare(m_token);
        break;
    case RunPage:
        // Closing the window leaves the job running: the server's page and the Jobs page show
        // it. Cancel (the button) stops it.
        break;
    default:
        break;
    }
    QDialog::reject();
}

} // namespace dozor
