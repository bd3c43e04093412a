#pragma once

#include "backup/RestorePlans.h"
#include "jobs/JobManager.h"

#include <QWizard>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace dozor {

class MonitorEngine;
class RestorePreviewView;
class WorkspaceDocument;

// A wizard page whose completeness a function decides.
class RestoreWizardPage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

// The guided restore: which backup → what of it → the preview (read on the server) → the plan
// (every command, in order) → the server's name typed → the job with its progress, live log
// and Cancel → the result in words. Nothing on the server changes before the confirmation. A
// restore left interrupted is offered first: finish it or roll it back.
class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { ChoosePage, WhatPage, PreviewPage, PlanPage, ConfirmPage, RunPage, ResultPage };

    // incidentId: the incident the restore is for (its journal entry links to it).
    RestoreWizard(WorkspaceDocument *document, MonitorEngine *engine, const QString &sourceId,
        const QString &backupName, const QString &incidentId = QString(),
        QWidget *parent = nullptr);

    qint64 jobId() const { return m_jobId; }
    // The job's end (state Pending until it ended).
    const JobInfo &outcome() const { return m_outcome; }

Q_SIGNALS:
    void jobEnded(const dozor::JobInfo &info);

private:
    void buildChoose();
    void buildWhat();
    void buildPreview();
    void buildPlan();
    void buildConfirm();
    void buildRun();
    void buildResult();
    void sourceChosen();
    void showInterrupted(const Expected<std::optional<RestorePlans::RestoreState>> &state);
    void recover(bool resume);
    void makePlan();
    void startJob();
    QString serverName() const;
    const BackupSource *source() const;
    QStringList paths() const;

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QString m_backupName;
    QString m_incidentId;
    QString m_stamp;
    RestoreWizardPage *m_choose;
    RestoreWizardPage *m_what;
    RestoreWizardPage *m_preview;
    RestoreWizardPage *m_planPage;
    RestoreWizardPage *m_confirm;
    RestoreWizardPage *m_run;
    RestoreWizardPage *m_result;
    QComboBox *m_sources = nullptr;
    QListWidget *m_backups = nullptr;
    QLabel *m_interrupted = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_rollback = nullptr;
    std::optional<RestorePlans::RestoreState> m_state;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_some = nullptr;
    QPlainTextEdit *m_pathEdit = nullptr;
    RestorePreviewView *m_view = nullptr;
    QLabel *m_planState = nullptr;
    QPlainTextEdit *m_planText = nullptr;
    std::optional<JobPlan> m_plan;
    bool m_checksPassBefore = false;
    QLineEdit *m_typed = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_resultText = nullptr;
    QPushButton *m_undo = nullptr; // a finished restore, rolled back from its result
    qint64 m_jobId = 0;
    JobInfo m_outcome;
    bool m_recovering = false;
    bool m_rollingBack = false;
    QString m_keptAside; // where a rollback of a finished restore keeps what it restored
    bool m_checksFailedAfter = false;
};

} // namespace dozor
