#include "RestoreWizard.h"

#include "RestorePreviewDialog.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dozor {

namespace {
bool isDatabaseCopy(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".sqlite")) || lower.endsWith(QLatin1String(".sqlite3"))
        || lower.endsWith(QLatin1String(".db"));
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

RestoreWizard::RestoreWizard(WorkspaceDocument *document, MonitorEngine *engine,
    const QString &sourceId, const QString &backupName, const QString &incidentId, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_engine(engine)
    , m_backupName(backupName)
    , m_incidentId(incidentId)
    , m_choose(new RestoreWizardPage(this))
    , m_what(new RestoreWizardPage(this))
    , m_preview(new RestoreWizardPage(this))
    , m_planPage(new RestoreWizardPage(this))
    , m_confirm(new RestoreWizardPage(this))
    , m_run(new RestoreWizardPage(this))
    , m_result(new RestoreWizardPage(this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(incidentId.isEmpty() ? tr("Restore a backup")
                                        : tr("Restore a backup (for incident %1)").arg(incidentId));
    setAttribute(Qt::WA_DeleteOnClose);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    buildChoose();
    buildWhat();
    buildPreview();
    buildPlan();
    buildConfirm();
    buildRun();
    buildResult();
    setPage(ChoosePage, m_choose);
    setPage(WhatPage, m_what);
    setPage(PreviewPage, m_preview);
    setPage(PlanPage, m_planPage);
    setPage(ConfirmPage, m_confirm);
    setPage(RunPage, m_run);
    setPage(ResultPage, m_result);
    resize(1000, 700);
    const int index = m_sources->findData(sourceId);
    if (index >= 0)
        m_sources->setCurrentIndex(index);
    sourceChosen();
    connect(m_sources, &QComboBox::currentIndexChanged, this, &RestoreWizard::sourceChosen);
}

const BackupSource *RestoreWizard::source() const
{
    return m_document->workspace().backup(m_sources->currentData().toString());
}

QString RestoreWizard::serverName() const
{
    const BackupSource *s = source();
    if (!s)
        return QString();
    const Target *t = m_document->workspace().target(s->targetId);
    return t ? t->displayName() : s->targetId;
}

QStringList RestoreWizard::paths() const
{
    if (!m_some->isChecked())
        return {};
    QStringList out;
    for (const QString &line : m_pathEdit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void RestoreWizard::buildChoose()
{
    m_choose->setTitle(tr("Which backup"));
    m_choose->setSubTitle(tr("Pick the backup to put back. Nothing on the server changes until "
                             "you type its name on the confirmation page."));
    m_sources = new QComboBox(m_choose);
    m_sources->setObjectName(QStringLiteral("restoreSource"));
    for (const BackupSource &s : m_document->workspace().backups) {
        if (!s.restoreTo.isEmpty())
            m_sources->addItem(QStringLiteral("%1 → %2").arg(s.id, s.restoreTo), s.id);
    }
    m_backups = new QListWidget(m_choose);
    m_backups->setObjectName(QStringLiteral("restoreBackups"));
    m_interrupted = wrapped(QString(), m_choose);
    m_interrupted->setObjectName(QStringLiteral("restoreInterrupted"));
    m_interrupted->hide();
    m_finish = new QPushButton(tr("&Finish it"), m_choose);
    m_finish->setObjectName(QStringLiteral("restoreResume"));
    m_rollback = new QPushButton(tr("&Roll it back"), m_choose);
    m_rollback->setObjectName(QStringLiteral("restoreRollback"));
    m_finish->hide();
    m_rollback->hide();
    connect(m_finish, &QPushButton::clicked, this, [this] { recover(true); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { recover(false); });
    auto *recovery = new QHBoxLayout;
    recovery->addWidget(m_finish);
    recovery->addWidget(m_rollback);
    recovery->addStretch(1);
    auto *layout = new QVBoxLayout(m_choose);
    auto *sourceLabel = new QLabel(tr("&Source (and where it restores to):"), m_choose);
    sourceLabel->setBuddy(m_sources);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_sources);
    auto *backupLabel = new QLabel(tr("&Backup (newest first):"), m_choose);
    backupLabel->setBuddy(m_backups);
    layout->addWidget(backupLabel);
    layout->addWidget(m_backups, 1);
    layout->addWidget(m_interrupted);
    layout->addLayout(recovery);
    if (m_sources->count() == 0)
        layout->addWidget(wrapped(tr("No backup source has a \"restore_to\": set the live folder "
                                     "or database file a source restores into (README, "
                                     "Restore)."),
            m_choose));
    m_choose->complete = [this] {
        // (The last restore, finished, can be rolled back but holds nothing up.)
        return m_backups->currentItem()
            && (m_state ? m_state->finished : m_interrupted->isHidden());
    };
    connect(m_backups, &QListWidget::currentItemChanged, m_choose, &RestoreWizardPage::changed);
}

void RestoreWizard::sourceChosen()
{
    m_backups->clear();
    m_state.reset();
    m_interrupted->setText(tr("Looking for a restore left unfinished on the server…"));
    m_interrupted->show();
    m_finish->hide();
    m_rollback->hide();
    m_choose->changed();
    const BackupSource *s = source();
    if (!s)
        return;
    const QString wanted = m_backupName;
    m_engine->readCatalog(
        s->id, this, [this, id = s->id, wanted](const Expected<QList<CatalogRow>> &rows) {
            if (!source() || source()->id != id || !rows)
                return;
            for (const CatalogRow &row : *rows) {
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1    %2")
                        .arg(QLocale().toString(
                                 QDateTime::fromMSecsSinceEpoch(row.timeMs), QLocale::ShortFormat),
                            row.name),
                    m_backups);
                item->setData(Qt::UserRole, row.name);
                if (row.name == wanted || (wanted.isEmpty() && m_backups->count() == 1))
                    m_backups->setCurrentItem(item);
            }
            m_choose->changed();
        });
    m_engine->readRestoreState(s->id, this,
        [this, id = s->id](const Expected<std::optional<RestorePlans::RestoreState>> &state) {
            if (source() && source()->id == id)
                showInterrupted(state);
        });
}

void RestoreWizard::showInterrupted(
    const Expected<std::optional<RestorePlans::RestoreState>> &state)
{
    if (state && !*state) {
        // No record on the server: nothing unfinished.
        m_interrupted->hide();
        m_choose->changed();
        return;
    }
    if (!state) {
        // Running still, or a record that cannot be read: no new restore until that is clear.
        m_interrupted->setText(tr("<b>Cannot start a restore of this source now:</b> %1")
                                   .arg(state.error().toHtmlEscaped()));
        m_interrupted->show();
        m_choose->changed();
        return;
    }
    const RestorePlans::RestoreState &found = **state;
    m_state = found;
    if (found.finished) {
        m_interrupted->setText(
            tr("The last restore of %1 (%2, started %3) finished. The copy from before it is "
               "kept in %4: <i>Roll it back</i> puts it back (the restored copy is kept aside).")
                .arg(found.sourceId.toHtmlEscaped(), found.backupName.toHtmlEscaped(),
                    RestorePlans::stampText(found.stamp).toHtmlEscaped(),
                    found.safety.toHtmlEscaped()));
        m_interrupted->show();
        m_finish->hide();
        m_rollback->show();
        m_choose->changed();
        return;
    }
    m_interrupted->setText(
        tr("<b>A restore of %1 (%2, started %3) was not finished</b>: the connection was lost or "
           "Dozor stopped while it ran. %4 Finish it, or roll it back to how the folder was "
           "before it; a new restore waits until then.")
            .arg(found.sourceId.toHtmlEscaped(), found.backupName.toHtmlEscaped(),
                RestorePlans::stampText(found.stamp).toHtmlEscaped(),
                found.rollingBack         ? tr("A rollback of it had begun: it can only be "
                                                       "rolled back.")
                    : found.changedLive() ? tr("It had begun to swap the restored copy in.")
                                          : tr("It had not changed anything live yet.")));
    m_interrupted->show();
    m_finish->setVisible(!found.rollingBack && (found.staged || found.swapped));
    m_rollback->show();
    m_choose->changed();
}

void RestoreWizard::recover(bool resume)
{
    const BackupSource *s = source();
    if (!s || !m_state)
        return;
    const QList<QByteArray> checks = [&] {
        QList<QByteArray> argv;
        const Workspace &w = m_document->workspace();
        if (std::any_of(w.checks.cbegin(), w.checks.cend(),
                [&](const CheckSpec &c) { return c.targetId == s->targetId; }))
            argv = {QCoreApplication::applicationFilePath().toUtf8(), "check", "--workspace",
                QFileInfo(m_document->path()).absoluteFilePath().toUtf8(), "--target",
                s->targetId.toUtf8(), "--warn-ok"};
        return argv;
    }();
    const auto plan = resume ? RestorePlans::resumePlan(*s, *m_state, checks)
                             : Expected<JobPlan>(RestorePlans::rollbackPlan(*s, *m_state));
    if (!plan) {
        m_interrupted->setText(
            m_interrupted->text() + QStringLiteral("<br>") + plan.error().toHtmlEscaped());
        return;
    }
    m_plan = *plan;
    m_recovering = true;
    m_rollingBack = !resume;
    m_backupName = m_state->backupName;
    m_stamp = m_state->stamp;
    m_keptAside = !resume && m_state->finished ? m_state->failed : QString();
    m_planText->setPlainText(RestorePlans::describe(*plan));
    m_planState->setText(resume ? tr("This finishes the restore that was cut off: the swap where "
                                     "it stopped, the services, the server's checks.")
            : m_state->finished ? tr("This puts back what the last restore replaced (its copy "
                                     "from before), keeps what it restored aside, and starts the "
                                     "services again.")
                                : tr("This puts back what the restore that was cut off "
                                     "replaced, and starts the services again."));
    m_state.reset();
    m_interrupted->hide();
    // Straight to that plan, then the confirmation.
    setStartId(PlanPage);
    restart();
    m_planPage->changed();
}

void RestoreWizard::buildWhat()
{
    m_what->setTitle(tr("What to restore"));
    m_what->setSubTitle(tr("All of it replaces the whole folder; a part replaces only the paths "
                           "you name (relative to the folder). A database is restored whole."));
    m_all = new QRadioButton(tr("&Everything"), m_what);
    m_all->setObjectName(QStringLiteral("restoreAll"));
    m_some = new QRadioButton(tr("&Only these paths, one per line:"), m_what);
    m_some->setObjectName(QStringLiteral("restoreSome"));
    m_pathEdit = new QPlainTextEdit(m_what);
    m_pathEdit->setObjectName(QStringLiteral("restorePaths"));
    m_pathEdit->setPlaceholderText(QStringLiteral("media\nstatic/css"));
    m_all->setChecked(true);
    auto *layout = new QVBoxLayout(m_what);
    layout->addWidget(m_all);
    layout->addWidget(m_some);
    layout->addWidget(m_pathEdit, 1);
    m_what->complete = [this] { return m_all->isChecked() || !paths().isEmpty(); };
    connect(m_some, &QRadioButton::toggled, m_what, &RestoreWizardPage::changed);
    connect(m_pathEdit, &QPlainTextEdit::textChanged, m_what, &RestoreWizardPage::changed);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != WhatPage || !m_backups->currentItem())
            return;
        m_backupName = m_backups->currentItem()->data(Qt::UserRole).toString();
        const bool database = isDatabaseCopy(m_backupName);
        m_some->setEnabled(!database);
        m_pathEdit->setEnabled(!database);
        if (database)
            m_all->setChecked(true);
    });
}

void RestoreWizard::buildPreview()
{
    m_preview->setTitle(tr("What would change"));
    m_preview->setSubTitle(tr("Read on the server just now; nothing there has changed. Anything "
                              "listed in the red box blocks the restore."));
    m_view = new RestorePreviewView(m_engine, m_preview);
    auto *layout = new QVBoxLayout(m_preview);
    layout->addWidget(m_view);
    m_preview->complete = [this] {
        return !m_view->isBusy() && m_view->report().error.isEmpty() && !m_view->report().blocked()
            && !m_view->report().sourceId.isEmpty();
    };
    connect(m_view, &RestorePreviewView::shown, m_preview, &RestoreWizardPage::changed);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPage && source())
            m_view->start(source()->id, m_backupName, paths(), serverName());
    });
}

void RestoreWizard::buildPlan()
{
    m_planPage->setTitle(tr("The plan"));
    m_planPage->setSubTitle(tr("Every command below runs in this order on the server; if one "
                               "fails, the steps done so far are undone, newest first. The live "
                               "copy is never deleted: it is moved aside and kept."));
    m_planState = wrapped(QString(), m_planPage);
    m_planState->setObjectName(QStringLiteral("restorePlanState"));
    m_planText = new QPlainTextEdit(m_planPage);
    m_planText->setObjectName(QStringLiteral("restorePlan"));
    m_planText->setReadOnly(true);
    m_planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_planText->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(m_planPage);
    layout->addWidget(m_planState);
    layout->addWidget(m_planText, 1);
    m_planPage->complete = [this] { return m_plan.has_value(); };
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PlanPage && !m_recovering)
            makePlan();
    });
}

void RestoreWizard::makePlan()
{
    m_plan.reset();
    m_planText->clear();
    m_planPage->changed();
    const BackupSource *s = source();
    if (!s)
        return;
    m_stamp = RestorePlans::newStamp();
    const Workspace &w = m_document->workspace();
    const bool hasChecks = std::any_of(w.checks.cbegin(), w.checks.cend(),
        [&](const CheckSpec &c) { return c.targetId == s->targetId; });
    const QString program = QCoreApplication::applicationFilePath();
    const QStringList args {QStringLiteral("check"), QStringLiteral("--workspace"),
        QFileInfo(m_document->path()).absoluteFilePath(), QStringLiteral("--target"), s->targetId,
        QStringLiteral("--warn-ok")};
    const auto plan = [this, hasChecks, program, args, id = s->id](bool passBefore) {
        m_checksPassBefore = passBefore;
        RestorePlans::RestoreOptions options;
        options.stamp = m_stamp;
        if (hasChecks) {
            options.checkArgv.append(program.toUtf8());
            for (const QString &a : args)
                options.checkArgv.append(a.toUtf8());
        }
        options.rollBackWhenChecksFail = passBefore;
        options.incidentId = m_incidentId;
        m_planState->setText(!hasChecks
                ? tr("%1 has no checks: nothing will confirm that the restored service "
                     "works. Add an HTTP check of the site to be sure.")
                      .arg(serverName())
                : passBefore ? tr("The server's checks pass now: if they fail after the restore, "
                                  "everything is put back.")
                             : tr("The server's checks fail now: if they still fail after the "
                                  "restore, the restored state is kept and the result says so."));
        m_engine->planRestore(
            id, m_view->report(), options, this, [this](const Expected<JobPlan> &made) {
                if (!made) {
                    m_planState->setText(tr("No plan: %1").arg(made.error()));
                    return;
                }
                m_plan = *made;
                m_planText->setPlainText(RestorePlans::describe(*made));
                m_planPage->changed();
            });
    };
    if (!hasChecks) {
        plan(false);
        return;
    }
    m_planState->setText(tr("Running the server's checks once, to know how it is before…"));
    auto *process = new QProcess(this);
    connect(
        process, &QProcess::finished, this, [process, plan](int code, QProcess::ExitStatus how) {
            process->deleteLater();
            plan(how == QProcess::NormalExit && code == 0);
        });
    connect(process, &QProcess::errorOccurred, this, [process, plan](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        plan(false);
    });
    process->start(program, args);
}

void RestoreWizard::buildConfirm()
{
    m_confirm->setTitle(tr("Confirm"));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Restore"));
    auto *text = wrapped(QString(), m_confirm);
    m_typed = new QLineEdit(m_confirm);
    m_typed->setObjectName(QStringLiteral("restoreConfirm"));
    auto *layout = new QVBoxLayout(m_confirm);
    layout->addWidget(text);
    layout->addWidget(m_typed);
    layout->addStretch(1);
    m_confirm->complete = [this] {
        return m_plan.has_value() && m_typed->text().trimmed() == serverName();
    };
    connect(m_typed, &QLineEdit::textChanged, m_confirm, &RestoreWizardPage::changed);
    connect(this, &QWizard::currentIdChanged, this, [this, text](int id) {
        if (id != ConfirmPage || !m_plan)
            return;
        m_confirm->setSubTitle(m_recovering
                ? tr("This finishes or rolls back the restore that was cut off, as the plan on the "
                     "previous page says.")
                : tr("The restore stops the services it names, swaps the restored copy in and "
                     "starts them again."));
        text->setText(tr("<p>%1 on <b>%2</b>.</p><p>Type the server's name, <b>%2</b>, to "
                         "go ahead:</p>")
                          .arg(m_plan->title.toHtmlEscaped(), serverName().toHtmlEscaped()));
        m_typed->clear();
        m_typed->setFocus();
    });
}

void RestoreWizard::buildRun()
{
    m_run->setTitle(tr("Restoring"));
    m_run->setSubTitle(tr("You can close this window: the job goes on, and the Jobs page shows "
                          "it. Cancel stops it at the next safe point and puts back what was "
                          "done."));
    m_step = wrapped(QString(), m_run);
    m_step->setObjectName(QStringLiteral("restoreStep"));
    m_progress = new QProgressBar(m_run);
    m_log = new QPlainTextEdit(m_run);
    m_log->setObjectName(QStringLiteral("restoreLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel = new QPushButton(tr("&Cancel the restore"), m_run);
    m_cancel->setObjectName(QStringLiteral("restoreCancel"));
    auto *layout = new QVBoxLayout(m_run);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_run->complete = [this] { return m_outcome.isFinished(); };
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_jobId) {
            m_engine->cancelJob(m_jobId);
            m_cancel->setEnabled(false);
            m_step->setText(tr("Cancelling: the running step ends at a safe point, then what was "
                               "done is undone…"));
        }
    });
    connect(m_engine, &MonitorEngine::jobChanged, this, [this](const JobInfo &info) {
        if (info.id != m_jobId || info.isFinished())
            return;
        m_progress->setRange(0, int(info.plan.steps.size()));
        m_progress->setValue(info.stepsDone);
        if (info.step < 0 || info.step >= info.plan.steps.size())
            return;
        const JobStep &step = info.plan.steps.at(info.step);
        if (info.undoing)
            m_step->setText(
                tr("Undoing: %1")
                    .arg(step.undo.isEmpty() ? step.name : step.undo.constFirst().name));
        else
            m_step->setText(tr("Step %1 of %2: %3")
                                .arg(info.step + 1)
                                .arg(info.plan.steps.size())
                                .arg(step.name));
    });
    connect(m_engine, &MonitorEngine::jobLog, this, [this](qint64 id, const QString &line, bool) {
        if (id == m_jobId)
            m_log->appendPlainText(line);
    });
    connect(m_engine, &MonitorEngine::jobFinished, this, [this](const JobInfo &info) {
        if (info.id != m_jobId)
            return;
        m_outcome = info;
        m_progress->setValue(m_progress->maximum());
        m_cancel->setEnabled(false);
        m_step->setText(tr("Done: %1.").arg(jobStateText(jobStateName(info.state))));
        // A step that failed without stopping the job: the checks, still failing.
        m_engine->readJob(
            info.id, this, [this, info](const Expected<std::optional<JobRecord>> &record) {
                m_checksFailedAfter =
                    record && *record && RestorePlans::checksFailed(info.plan, (*record)->steps);
                m_run->changed();
                Q_EMIT jobEnded(info);
                next();
            });
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RunPage)
            startJob();
    });
}

void RestoreWizard::startJob()
{
    const BackupSource *s = source();
    if (!s || !m_plan)
        return;
    m_log->clear();
    m_step->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_engine->startRestorePlan(s->id, *m_plan, this, [this](const Expected<qint64> &job) {
        if (!job) {
            m_outcome.state = JobRunner::State::Failed;
            m_outcome.reason = job.error();
            m_step->setText(tr("The restore did not start: %1").arg(job.error()));
            m_cancel->setEnabled(false);
            m_run->changed();
            return;
        }
        m_jobId = *job;
    });
}

void RestoreWizard::buildResult()
{
    m_result->setTitle(tr("Result"));
    m_resultText = wrapped(QString(), m_result);
    m_resultText->setObjectName(QStringLiteral("restoreResult"));
    m_undo = new QPushButton(tr("&Roll it back…"), m_result);
    m_undo->setObjectName(QStringLiteral("restoreUndo"));
    m_undo->setToolTip(tr("Put back the copy from before this restore (the plan is shown first)"));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const BackupSource *s = source();
        if (!s)
            return;
        m_undo->setEnabled(false);
        // The record the restore left on the server: the rollback's plan is made from it.
        m_engine->readRestoreState(
            s->id, this, [this](const Expected<std::optional<RestorePlans::RestoreState>> &state) {
                m_undo->setEnabled(true);
                const QString why = !state ? state.error()
                    : !*state ? tr("the server holds no record of this restore any more")
                    : !(*state)->finished
                    ? tr("another restore is under way there or was cut off: open this wizard "
                         "again to finish it or roll it back")
                    : (*state)->stamp != m_stamp
                    ? tr("the server's record is of a later restore (started %1)")
                          .arg(RestorePlans::stampText((*state)->stamp))
                    : QString();
                if (!why.isEmpty()) {
                    m_resultText->setText(m_resultText->text()
                        + tr("<p>Cannot roll it back from here: %1</p>").arg(why.toHtmlEscaped()));
                    return;
                }
                m_state = **state;
                recover(false);
            });
    });
    auto *layout = new QVBoxLayout(m_result);
    layout->addWidget(m_resultText);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != ResultPage)
            return;
        m_undo->setVisible(m_outcome.state == JobRunner::State::Succeeded && !m_rollingBack);
        const BackupSource *s = source();
        const QString safety = s ? RestorePlans::safetyFolder(*s, m_stamp) : QString();
        const QString reason = m_outcome.reason.toHtmlEscaped();
        QString text;
        switch (m_outcome.state) {
        case JobRunner::State::Succeeded:
            text = m_rollingBack
                ? tr("<p><b>Rolled back.</b> The folder is as it was before the restore.</p>")
                    + (m_keptAside.isEmpty()
                            ? QString()
                            : tr("<p>What the restore had put in place is kept in %1: delete it "
                                 "when you no longer need it.</p>")
                                  .arg(m_keptAside.toHtmlEscaped()))
                : m_checksFailedAfter
                ? tr("<p><b>Restored, but the server's checks still fail.</b> They were failing "
                     "before the restore too, so the restored state is kept: look at the "
                     "server, or roll it back.</p><p>The copy from before the restore is kept "
                     "in %1.</p>")
                      .arg(safety.toHtmlEscaped())
                : tr("<p><b>Restored.</b> %1 is back in %2, and the server's checks pass (or it "
                     "has none).</p><p>The copy from before the restore is kept in %3: delete "
                     "it when you are satisfied.</p>")
                      .arg(m_backupName.toHtmlEscaped(),
                          s ? s->restoreTo.toHtmlEscaped() : QString(), safety.toHtmlEscaped());
            break;
        case JobRunner::State::RolledBack:
        case JobRunner::State::Cancelled:
            text = tr("<p><b>Nothing changed in the end:</b> %1</p><p>Every step done was undone "
                      "and the services started again.</p>")
                       .arg(reason);
            break;
        default:
            text = tr("<p><b>The restore stopped:</b> %1</p><p>Look at the server. Open this "
                      "wizard again to finish it or roll it back (or dozor restore rollback "
                      "%2).</p>")
                       .arg(reason, s ? s->id.toHtmlEscaped() : QString());
            break;
        }
        m_resultText->setText(text);
    });
}

} // namespace dozor
