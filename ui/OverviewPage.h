#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class QToolButton;
class QFrame;

namespace dozor {

class GroupedOverviewModel;
class OverviewFilterModel;
class OverviewModel;
class StatusBoard;
class WorkspaceDocument;
class WorkspaceEditor;

// Every check of the workspace at a glance: sortable, filterable by text, tag and status,
// with a "problems only" switch. Double-click opens the check's server.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    OverviewPage(WorkspaceDocument *document, StatusBoard *board, WorkspaceEditor *editor,
        QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    OverviewFilterModel *filterModel() const { return m_filter; }
    QTreeView *table() const { return m_table; }
    // Checks grouped under their servers (remembered in the settings by the caller).
    void setGroupedByServer(bool grouped);
    bool isGroupedByServer() const;

Q_SIGNALS:
    // Enter or a double click on a check: its server's page, with that check selected.
    void checkActivated(const QString &targetId, const QString &checkId);
    void groupingChanged(bool grouped);
    // Emitted once, after the table has first been painted (start-up measurement).
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadTags();
    void setUpColumns();
    // Grouped: every server open, the check that was current current again.
    void restoreGroups();
    void updateSummary();
    void updateWelcome();

    WorkspaceDocument *m_document;
    StatusBoard *m_board;
    OverviewModel *m_model;
    OverviewFilterModel *m_filter;
    QTreeView *m_table;
    GroupedOverviewModel *m_grouped;
    QToolButton *m_groupButton = nullptr;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_status;
    QToolButton *m_problemsOnly;
    QLabel *m_summary;
    QFrame *m_welcome;
    bool m_painted = false;
    QString m_reselect; // the current check, across a regrouping
    int m_scrollBefore = 0;
    QSet<QString> m_collapsed; // servers the user closed (grouped view)
};

} // namespace dozor
