#pragma once

#include "deploy/DeployService.h"
#include "jobs/JobManager.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace dozor {

class MonitorEngine;
class WorkspaceDocument;

// A deploy (or a rollback) of one recipe on one server, from the server's page: it builds a
// static site here and reads the server first (nothing there changes), then shows what will
// change — the live release, the files to upload and remove, every step in order — with a
// button that names the server; then the run with its progress, live log and Cancel; then the
// result in words, with the rollback and, when migrations ran, the database's restore on offer.
class DeployDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { PreparePage, ConfirmPage, RunPage, ResultPage };

    DeployDialog(WorkspaceDocument *document, MonitorEngine *engine, const QString &targetId,
        const QString &recipeId, bool rollback, QWidget *parent = nullptr);

    Page page() const;
    qint64 jobId() const { return m_jobId; }
    const JobInfo &outcome() const { return m_outcome; }

Q_SIGNALS:
    void jobRequested(qint64 jobId);
    void jobEnded(const dozor::JobInfo &info);

protected:
    void reject() override;

private:
    void buildPages();
    void prepare();
    void prepared(const DeployService::Prepared &p);
    void replan();
    void start();
    void onJobChanged(const JobInfo &info);
    void onJobFinished(const JobInfo &info);
    void showResult();
    void setPage(Page page);

    WorkspaceDocument *m_document;
    MonitorEngine *m_engine;
    QString m_targetId;
    QString m_recipeId;
    bool m_rollback;
    std::optional<DeployService::Prepared> m_prepared;
    std::optional<JobPlan> m_plan;
    int m_planRequest = 0;
    int m_token; // this dialog's preparations (cancelled on their own)
    bool m_preparing = false;
    bool m_starting = false;
    qint64 m_jobId = 0;
    JobInfo m_outcome;
    DeployPlans::Progress m_reached; // how far the job got, read from its record at the end
    // Log lines of jobs that began while this dialog's was starting (its id not known yet).
    QHash<qint64, QStringList> m_early;

    QStackedWidget *m_pages;
    QLabel *m_prepareText;
    QPlainTextEdit *m_prepareLog;
    QLabel *m_summary;
    QTreeWidget *m_changes;
    QFormLayout *m_form;
    QLineEdit *m_ref;
    QComboBox *m_release;
    QCheckBox *m_anyway;
    QListWidget *m_planList;
    QLabel *m_planError;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_resultText;
    QPlainTextEdit *m_resultLog;
    QPushButton *m_rollbackAfter;
    QPushButton *m_restoreDatabase;
    QPushButton *m_showJob;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_go;
    QPushButton *m_close;
};

} // namespace dozor
