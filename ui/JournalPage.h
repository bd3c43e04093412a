#pragma once

#include "core/Backups.h"
#include "store/JournalBook.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace dozor {

class HistoryQueries;
class MonitorEngine;
class WorkspaceDocument;

// The incident journal: incidents Dozor recorded (open first) and entries people wrote,
// filtered by server, severity and period, with full-text search. The selected item's full
// story (timeline, alerts and their delivery, remediation attempts, notes) shows below;
// from here one writes an entry, adds a note, runs a remediation and exports Markdown.
// Reads go through the history reader thread; the page refreshes as incidents change.
class JournalPage : public QWidget {
    Q_OBJECT
public:
    JournalPage(WorkspaceDocument *document, HistoryQueries *queries, MonitorEngine *engine,
        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    JournalFilter filter() const;
    void setSearch(const QString &text);

public Q_SLOTS:
    void refresh();
    void newEntry();
    // Opens the editor for an existing entry (its linked incident shown by title).
    void editEntry(const JournalEntry &entry);

Q_SIGNALS:
    // The list has been read again (tests wait for it).
    void refreshed();
    void detailsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Listing {
        QList<Incident> incidents;
        QList<JournalEntry> entries;
    };
    void fill(const Expected<Listing> &listing);
    void showSelected();
    void openEntry(const JournalEntry &entry, const QString &incidentTitle);
    void addNote();
    void runRemediation();
    void exportMarkdown(bool selectedOnly);
    void removeEntry();
    void rebuildTargets();
    std::optional<Incident> selectedIncident() const;
    // The first backup source of the server that a restore can write (restore_to set).
    const BackupSource *restoreSourceOf(const QString &targetId) const;
    std::optional<JournalEntry> selectedEntry() const;

    WorkspaceDocument *m_document;
    HistoryQueries *m_queries;
    MonitorEngine *m_engine;
    QComboBox *m_target;
    QComboBox *m_severity;
    QComboBox *m_period;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_note;
    QPushButton *m_remediate;
    QPushButton *m_restore;
    QPushButton *m_exportOne;
    QTimer m_refreshSoon;
    QList<Incident> m_incidents;
    QList<JournalEntry> m_entries;
};

} // namespace dozor
