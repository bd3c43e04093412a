#include "RestorePreviewDialog.h"

#include "StatusStyle.h"
#include "models/RestorePreviewModel.h"
#include "monitor/MonitorEngine.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dozor {

namespace {
constexpr RestoreChange kindOrder[] = {RestoreChange::Create, RestoreChange::Overwrite,
    RestoreChange::MetadataOnly, RestoreChange::Delete, RestoreChange::Unchanged};

QString listHtml(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

RestorePreviewView::RestorePreviewView(MonitorEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_heading(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new RestorePreviewModel(this))
    , m_filter(new RestorePreviewFilter(this))
    , m_tables(new QTreeWidget(this))
    , m_objects(new QTreeWidget(this))
    , m_space(new QLabel(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_state->setObjectName(QStringLiteral("restorePreviewState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("restorePreviewFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; padding: 6px; }")
                                  .arg(StatusStyle::color(Status::Crit).name()));
    m_warnings->setObjectName(QStringLiteral("restorePreviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *kinds = new QHBoxLayout;
    for (const RestoreChange change : kindOrder) {
        auto *button = new QCheckBox(RestorePreviewModel::changeText(change), this);
        button->setObjectName(QStringLiteral("restoreKind-") + restoreChangeName(change));
        button->setChecked(change != RestoreChange::Unchanged);
        button->setToolTip(tr("Show or hide what the restore would %1")
                               .arg(RestorePreviewModel::changeText(change).toLower()));
        connect(button, &QCheckBox::toggled, this, &RestorePreviewView::applyFilter);
        kinds->addWidget(button);
        m_kinds.append(button);
    }
    kinds->addStretch(1);
    m_search->setObjectName(QStringLiteral("restorePreviewSearch"));
    m_search->setPlaceholderText(tr("Search by path (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    kinds->addWidget(m_search, 1);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, this, &RestorePreviewView::applyFilter);

    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("restorePreviewTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(RestorePreviewModel::Name, QHeaderView::Interactive);
    m_tree->header()->resizeSection(RestorePreviewModel::Name, 280);
    m_tree->header()->resizeSection(RestorePreviewModel::Change, 110);
    m_tree->header()->resizeSection(RestorePreviewModel::Backup, 300);
    m_tables->setObjectName(QStringLiteral("restorePreviewTables"));
    m_tables->setHeaderLabels({tr("Table"), tr("Rows in the backup"), tr("Rows live now")});
    m_tables->setRootIsDecorated(false);
    m_objects->setObjectName(QStringLiteral("restorePreviewObjects"));
    m_objects->setHeaderLabels({tr("What the dump holds")});
    m_objects->setRootIsDecorated(false);
    auto *treePage = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(kinds);
    treeLayout->addWidget(m_tree, 1);
    m_pages->addWidget(treePage);
    m_pages->addWidget(m_tables);
    m_pages->addWidget(m_objects);

    m_space->setObjectName(QStringLiteral("restorePreviewSpace"));
    m_space->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_busy);
    layout->addWidget(m_state);
    layout->addWidget(m_findings);
    layout->addWidget(m_warnings);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_space);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy->hide();
}

void RestorePreviewView::start(const QString &sourceId, const QString &backupName,
    const QStringList &paths, const QString &serverName)
{
    m_serverName = serverName;
    m_busyNow = true;
    m_report = RestorePreviewReport {};
    m_heading->setText(
        tr("<b>What restoring %1 (%2) would change on %3</b>")
            .arg(backupName.toHtmlEscaped(), sourceId.toHtmlEscaped(), serverName.toHtmlEscaped()));
    m_busy->show();
    m_findings->hide();
    m_warnings->hide();
    m_space->clear();
    m_state->setText(tr("Reading the backup and the live side on %1… This only reads: nothing "
                        "on the server changes.")
                         .arg(m_serverName));
    const int generation = ++m_generation;
    m_engine->previewRestore(
        sourceId, backupName, paths, this, [this, generation](const RestorePreviewReport &report) {
            if (generation == m_generation)
                showReport(report);
        });
}

void RestorePreviewView::showReport(const RestorePreviewReport &report)
{
    m_report = report;
    m_busyNow = false;
    m_busy->hide();
    if (!report.error.isEmpty()) {
        m_state->setText(tr("The preview could not be made: %1").arg(report.error));
        m_model->setItems({});
        m_tables->clear();
        m_objects->clear();
        Q_EMIT shown();
        return;
    }
    m_heading->setText(tr("<b>What restoring %1 (%2) would change in %3 on %4</b>")
                           .arg(report.backupName.toHtmlEscaped(), report.sourceId.toHtmlEscaped(),
                               report.restoreTo.toHtmlEscaped(), m_serverName.toHtmlEscaped()));
    QStringList where;
    if (!report.root.isEmpty())
        where.append(tr("From the backup's folder %1.").arg(report.root));
    if (report.outside > 0)
        where.append(
            tr("%n other entries of the backup are not restored.", nullptr, report.outside));
    where.append(tr("Nothing on the server was changed."));
    m_state->setText(where.join(QLatin1Char(' ')));
    QStringList findings;
    for (const SafetyFinding &f : report.findings)
        findings.append(f.path.isEmpty() ? f.why : QStringLiteral("%1: %2").arg(f.path, f.why));
    m_findings->setVisible(!findings.isEmpty());
    m_findings->setText(tr("<b>This backup cannot be restored as it is:</b>") + listHtml(findings));
    m_warnings->setVisible(!report.warnings.isEmpty());
    m_warnings->setText(tr("<b>Read with warnings:</b>") + listHtml(report.warnings));
    switch (report.kind) {
    case RestorePreviewReport::Kind::Tree: {
        m_pages->setCurrentIndex(0);
        for (int i = 0; i < int(m_kinds.size()); ++i) {
            const RestoreChange change = kindOrder[i];
            m_kinds.at(i)->setText(QStringLiteral("%1 (%2)")
                                       .arg(RestorePreviewModel::changeText(change))
                                       .arg(QLocale().toString(report.tree.count(change))));
        }
        applyFilter(); // before the items: the tree is filtered once, as they come
        m_model->setItems(report.tree.items);
        if (m_filter->rowCount() > 0 && m_model->itemCount() <= 2000)
            m_tree->expandAll();
        break;
    }
    case RestorePreviewReport::Kind::Sqlite:
        m_pages->setCurrentIndex(1);
        m_tables->clear();
        for (const TableRows &t : report.tables) {
            auto *item = new QTreeWidgetItem(m_tables);
            item->setText(0, t.table);
            item->setText(1, t.backupRows ? QLocale().toString(*t.backupRows) : tr("— (none)"));
            item->setText(2, t.liveRows ? QLocale().toString(*t.liveRows) : tr("— (none)"));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_tables->resizeColumnToContents(0);
        break;
    case RestorePreviewReport::Kind::Dump:
        m_pages->setCurrentIndex(2);
        m_objects->clear();
        for (const QString &object : report.dump.objects)
            new QTreeWidgetItem(m_objects, {object});
        break;
    }
    if (report.kind == RestorePreviewReport::Kind::Dump)
        m_space->setText(tr("%n table(s) with data.", nullptr, int(report.dump.tables.size())));
    else if (report.freeBytes)
        m_space->setText(tr("The restore needs %1 on the server for the restored copy, staged "
                            "beside the live one (the live one is moved aside, not copied); %2 is "
                            "free there.")
                             .arg(QLocale().formattedDataSize(report.neededBytes),
                                 QLocale().formattedDataSize(*report.freeBytes)));
    else
        m_space->setText(tr("The restore needs %1 on the server.")
                             .arg(QLocale().formattedDataSize(report.neededBytes)));
    Q_EMIT shown();
}

void RestorePreviewView::applyFilter()
{
    QSet<RestoreChange> kinds;
    for (int i = 0; i < int(m_kinds.size()); ++i) {
        if (m_kinds.at(i)->isChecked())
            kinds.insert(kindOrder[i]);
    }
    m_filter->setFilter(kinds, m_search->text());
    // Small trees open whole; large ones show their top level.
    if (m_filter->rowCount() > 0 && m_model->itemCount() <= 2000)
        m_tree->expandAll();
}

RestorePreviewDialog::RestorePreviewDialog(MonitorEngine *engine, QString sourceId,
    QString backupName, QString serverName, QWidget *parent)
    : QDialog(parent)
    , m_sourceId(std::move(sourceId))
    , m_backupName(std::move(backupName))
    , m_serverName(std::move(serverName))
    , m_view(new RestorePreviewView(engine, this))
    , m_again(new QPushButton(tr("Preview &again"), this))
{
    setObjectName(QStringLiteral("restorePreview"));
    setWindowTitle(tr("Restore preview — %1").arg(m_backupName));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_again->setObjectName(QStringLiteral("restorePreviewAgain"));
    m_again->setToolTip(tr("Read the backup and the live side on the server again"));
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &RestorePreviewDialog::start);
    connect(m_view, &RestorePreviewView::shown, this, [this] {
        m_again->setEnabled(true);
        Q_EMIT shown();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}

void RestorePreviewDialog::start()
{
    m_again->setEnabled(false);
    m_view->start(m_sourceId, m_backupName, {}, m_serverName);
}

} // namespace dozor
