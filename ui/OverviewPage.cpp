#include "OverviewPage.h"

#include "SparklineDelegate.h"
#include "StatusBoard.h"
#include "StatusStyle.h"
#include "WorkspaceEditor.h"
#include "core/WorkspaceDocument.h"
#include "models/GroupedOverviewModel.h"
#include "models/OverviewFilterModel.h"
#include "models/OverviewModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dozor {

OverviewPage::OverviewPage(
    WorkspaceDocument *document, StatusBoard *board, WorkspaceEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_board(board)
    , m_model(new OverviewModel(document, board, this))
    , m_filter(new OverviewFilterModel(this))
    , m_table(new QTreeView(this))
    , m_grouped(nullptr)
    , m_search(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_problemsOnly(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_welcome(new QFrame(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_filter->setSourceModel(m_model);

    // Filters.
    m_search->setObjectName(QStringLiteral("overviewSearch"));
    m_search->setPlaceholderText(tr("Filter by server or check (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // The hint fits in every language.
    m_search->setMinimumWidth(
        qMin(360, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40));
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, qOverload<>(&QLineEdit::setFocus));
    addAction(focusSearch);
    connect(m_search, &QLineEdit::textChanged, m_filter, &OverviewFilterModel::setText);
    auto *inReasons = new QCheckBox(tr("Also in &reasons"), this);
    inReasons->setObjectName(QStringLiteral("overviewSearchReasons"));
    inReasons->setToolTip(tr("Match the filter text inside the Why column as well"));
    connect(inReasons, &QCheckBox::toggled, m_filter, &OverviewFilterModel::setSearchReasons);

    m_tag->setObjectName(QStringLiteral("overviewTag"));
    m_tag->setToolTip(tr("Show only servers with this tag"));
    connect(m_tag, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setTag(m_tag->currentData().toString()); });

    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (Status s : {Status::Crit, Status::Unknown, Status::Warn, Status::Ok})
        m_status->addItem(StatusStyle::icon(s), StatusStyle::label(s), static_cast<int>(s));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_filter->setStatus(value < 0 ? std::nullopt : std::optional(static_cast<Status>(value)));
    });

    auto *problemsAction = new QAction(tr("Problems only"), this);
    problemsAction->setObjectName(QStringLiteral("problemsOnlyAction"));
    problemsAction->setCheckable(true);
    problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    problemsAction->setToolTip(tr("Hide checks that are OK (Ctrl+P)"));
    connect(problemsAction, &QAction::toggled, m_filter, &OverviewFilterModel::setProblemsOnly);
    m_problemsOnly->setDefaultAction(problemsAction);
    m_problemsOnly->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *addServer = new QPushButton(tr("Add server…"), this);
    addServer->setObjectName(QStringLiteral("overviewAddServer"));
    connect(addServer, &QPushButton::clicked, editor, [editor] { editor->addTarget(); });
    auto *addCheck = new QPushButton(tr("Add check…"), this);
    addCheck->setObjectName(QStringLiteral("overviewAddCheck"));
    connect(addCheck, &QPushButton::clicked, editor, [editor] { editor->addCheck(QString()); });

    // Two rows, so the search field and its hint keep their width in every language: the
    // search and the add buttons, then the filters and the view switches.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(inReasons);
    searchRow->addSpacing(12);
    searchRow->addWidget(addServer);
    searchRow->addWidget(addCheck);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag);
    filters->addWidget(m_status);
    filters->addWidget(m_problemsOnly);
    filters->addStretch(1);

    // First run: say what is happening and what to do next.
    m_welcome->setObjectName(QStringLiteral("overviewWelcome"));
    m_welcome->setFrameShape(QFrame::StyledPanel);
    auto *welcomeText = new QLabel(tr("<b>Dozor is watching this computer.</b> Add your servers "
                                      "and websites to watch them too: Dozor checks them over SSH "
                                      "and HTTP(S) and keeps the history on this computer."),
        m_welcome);
    welcomeText->setWordWrap(true);
    auto *welcomeAdd = new QPushButton(tr("Add server…"), m_welcome);
    welcomeAdd->setDefault(true);
    connect(welcomeAdd, &QPushButton::clicked, editor, [editor] { editor->addTarget(); });
    auto *welcomeLayout = new QHBoxLayout(m_welcome);
    welcomeLayout->addWidget(welcomeText, 1);
    welcomeLayout->addWidget(welcomeAdd);

    // The table.
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_grouped = new GroupedOverviewModel(m_filter, this);
    m_table->setModel(m_filter);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setItemsExpandable(false);
    m_table->setExpandsOnDoubleClick(false);
    m_table->setItemDelegateForColumn(
        OverviewModel::SparklineColumn, new SparklineDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    setUpColumns();
    m_table->viewport()->installEventFilter(this);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT checkActivated(index.data(OverviewModel::TargetIdRole).toString(),
                index.data(OverviewModel::CheckIdRole).toString());
    };
    connect(m_table, &QTreeView::doubleClicked, this, activate);
    connect(m_table, &QTreeView::activated, this, activate); // Enter on a row
    // Grouped, the server rows stay open and the selected check stays selected when the
    // groups are laid out again.
    connect(m_grouped, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_reselect = m_table->currentIndex().data(OverviewModel::CheckIdRole).toString();
        m_scrollBefore = m_table->verticalScrollBar()->value();
    });
    // Servers the user closed stay closed across regroupings.
    connect(m_table, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(OverviewModel::TargetIdRole).toString());
    });
    connect(m_table, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(OverviewModel::TargetIdRole).toString());
    });
    // Queued: the view handles the reset (and forgets what was open) before this runs.
    connect(m_grouped, &QAbstractItemModel::modelReset, this, &OverviewPage::restoreGroups,
        Qt::QueuedConnection);

    auto *groupAction = new QAction(tr("Group by server"), this);
    groupAction->setObjectName(QStringLiteral("groupByServerAction"));
    groupAction->setCheckable(true);
    groupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    groupAction->setToolTip(tr("Show the checks under their servers (Ctrl+G)"));
    connect(groupAction, &QAction::toggled, this, &OverviewPage::setGroupedByServer);
    m_groupButton = new QToolButton(this);
    m_groupButton->setDefaultAction(groupAction);
    m_groupButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->insertWidget(filters->indexOf(m_problemsOnly) + 1, m_groupButton);

    m_summary->setObjectName(QStringLiteral("overviewSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(document, &WorkspaceDocument::changed, this, &OverviewPage::reloadTags);
    connect(document, &WorkspaceDocument::changed, this, &OverviewPage::updateWelcome);
    connect(document, &WorkspaceDocument::changed, this, &OverviewPage::updateSummary);
    connect(board, &StatusBoard::checkUpdated, this, &OverviewPage::updateSummary);
    // The count follows the filter.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &OverviewPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverviewPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OverviewPage::updateSummary);
    reloadTags();
    updateWelcome();
    updateSummary();
}

void OverviewPage::setGroupedByServer(bool grouped)
{
    if (grouped == isGroupedByServer())
        return;
    const QString current = m_table->currentIndex().data(OverviewModel::CheckIdRole).toString();
    m_table->setModel(grouped ? static_cast<QAbstractItemModel *>(m_grouped) : m_filter);
    m_table->setRootIsDecorated(grouped);
    m_table->setItemsExpandable(grouped);
    m_table->header()->setSortIndicator(m_filter->sortColumn(), m_filter->sortOrder());
    if (QAction *action = m_groupButton->defaultAction()) {
        const QSignalBlocker blocker(action);
        action->setChecked(grouped);
    }
    // The same check stays current.
    m_reselect = current;
    if (!grouped) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, 0).data(OverviewModel::CheckIdRole).toString() == current)
                m_table->setCurrentIndex(m_filter->index(row, 0));
        }
    } else {
        m_scrollBefore = 0;
        restoreGroups();
    }
    setUpColumns();
    Q_EMIT groupingChanged(grouped);
}

void OverviewPage::restoreGroups()
{
    if (m_table->model() != m_grouped)
        return;
    const QSignalBlocker blocker(m_table); // expanding here is not the user's doing
    for (int g = 0; g < m_grouped->rowCount(); ++g) {
        const QModelIndex server = m_grouped->index(g, 0);
        const bool open =
            !m_collapsed.contains(server.data(OverviewModel::TargetIdRole).toString());
        m_table->setExpanded(server, open);
        for (int r = 0; open && !m_reselect.isEmpty() && r < m_grouped->rowCount(server); ++r) {
            const QModelIndex check = m_grouped->index(r, 0, server);
            if (check.data(OverviewModel::CheckIdRole).toString() == m_reselect)
                m_table->selectionModel()->setCurrentIndex(
                    check, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    // The view stays where the user had scrolled it.
    m_table->verticalScrollBar()->setValue(m_scrollBefore);
}

void OverviewPage::setUpColumns()
{
    // The server's page shows the heartbeat strip; here the sparkline says enough.
    m_table->setColumnHidden(OverviewModel::HeartbeatColumn, true);
    m_table->setColumnHidden(OverviewModel::UptimeDayColumn, true);
    m_table->setColumnHidden(OverviewModel::UptimeMonthColumn, true);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The Why column takes the spare width; the status column fits its words.
    header->setSectionResizeMode(OverviewModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OverviewModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(48);
    header->resizeSection(OverviewModel::TargetColumn, 130);
    header->resizeSection(OverviewModel::CheckColumn, 130);
    header->resizeSection(OverviewModel::ValueColumn, 80);
    header->resizeSection(OverviewModel::SparklineColumn, 110);
    header->resizeSection(OverviewModel::SinceColumn, 90);
}

bool OverviewPage::isGroupedByServer() const
{
    return m_table->model() == m_grouped;
}

void OverviewPage::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    QStringList tags;
    for (const Target &t : m_document->workspace().targets) {
        for (const QString &tag : t.tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &tag : tags)
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
    m_tag->setEnabled(!tags.isEmpty());
    m_filter->setTag(m_tag->currentData().toString());
}

void OverviewPage::updateSummary()
{
    const int checks = static_cast<int>(m_document->workspace().checks.size());
    const int problems = static_cast<int>(m_board->problems().size());
    const int shown = m_filter->rowCount();
    const QString total = shown < checks ? tr("%1 of %n check(s) shown", nullptr, checks).arg(shown)
                                         : tr("%n check(s)", nullptr, checks);
    m_summary->setText(problems == 0
            ? total + QStringLiteral(", ") + tr("no problems")
            : total + QStringLiteral(" — ") + tr("%n problem(s)", nullptr, problems));
}

void OverviewPage::updateWelcome()
{
    const auto &targets = m_document->workspace().targets;
    const bool onlyThisComputer =
        std::all_of(targets.begin(), targets.end(), [](const Target &t) { return t.local; });
    m_welcome->setVisible(onlyThisComputer);
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_painted = true;
        // After this paint has been handled, not before.
        QMetaObject::invokeMethod(this, &OverviewPage::firstPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dozor
