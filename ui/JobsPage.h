#pragma once

#include "jobs/JobManager.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QComboBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dozor {

class MonitorEngine;

// Running and recent jobs (backups, verifications, prunes; later restores and deploys): one
// line each with its state and duration, and for the selected one its steps as a progress
// bar, its live log (the last lines of a finished job as the history file kept them) and
// Cancel. A job that was running when Dozor stopped shows as interrupted.
class JobsPage : public QWidget {
    Q_OBJECT
public:
    JobsPage(MonitorEngine *engine, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *log() const { return m_log; }
    QProgressBar *progress() const { return m_progress; }
    void selectJob(qint64 jobId);
    // Shows only jobs of one kind: "backup" (backups, verifications, downloads, prunes),
    // "restore", "deploy"; empty: every job.
    void setKindFilter(const QString &kind);
    qint64 selectedJob() const;
    int runningJobs() const;

public Q_SLOTS:
    void refresh();
    void cancelSelected();

Q_SIGNALS:
    void refreshed();
    // How many jobs run now (the navigation shows it).
    void runningChanged(int running);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTreeWidgetItem *itemFor(qint64 jobId) const;
    void showJob(const JobInfo &info);
    void fillRecord(const JobRecord &record);
    void showSelected();
    void applyKind(QTreeWidgetItem *item) const;
    void updateDetails(const JobInfo &info);

    MonitorEngine *m_engine;
    QTreeWidget *m_list;
    QLabel *m_title;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QComboBox *m_show;
    QHash<qint64, JobInfo> m_live; // jobs of this session, as last reported
    QHash<qint64, QStringList> m_lines; // their logs, bounded
};

} // namespace dozor
