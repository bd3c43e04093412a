#include "RestorePreviewModel.h"

#include "StatusStyle.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace dozor {

namespace {
// "4.2 KiB · 0644 · www-data:www-data · 2026-12-05 10:00:00" of one side.
QString sideText(const std::optional<TreeEntry> &e)
{
    if (!e)
        return QStringLiteral("—");
    if (e->implied)
        return RestorePreviewModel::tr("folder · not listed in the archive: made by extracting it");
    const QString what = e->type == 'd' ? RestorePreviewModel::tr("folder")
        : e->type == 'l'                ? RestorePreviewModel::tr("link → %1").arg(e->linkTarget)
        : e->type == 'f'                ? QLocale().formattedDataSize(e->size)
                                        : RestorePreviewModel::tr("special file");
    return QStringLiteral("%1 · %2 · %3:%4 · %5")
        .arg(what, QString::number(e->mode, 8).rightJustified(4, u'0'), e->owner, e->group,
            QLocale().toString(QDateTime::fromSecsSinceEpoch(e->mtimeSec), QLocale::ShortFormat));
}
} // namespace

QString RestorePreviewModel::changeText(RestoreChange change)
{
    switch (change) {
    case RestoreChange::Create:
        return tr("Create");
    case RestoreChange::Overwrite:
        return tr("Overwrite");
    case RestoreChange::MetadataOnly:
        return tr("Metadata only");
    case RestoreChange::Delete:
        return tr("Delete");
    case RestoreChange::Unchanged:
        return tr("Unchanged");
    }
    return QString();
}

void RestorePreviewModel::setItems(QList<PreviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    const qsizetype n = m_items.size();
    m_parent = QList<int>(n, -1);
    m_row = QList<int>(n, 0);
    m_children = QList<QList<int>>(n);
    m_top.clear();
    // Sorted by path: a folder comes before everything under it. (Views of the items' paths,
    // which stay as they are: no string made per item.)
    QHash<QStringView, int> byPath;
    byPath.reserve(n);
    for (int i = 0; i < int(n); ++i) {
        const QStringView path = m_items.at(i).path;
        byPath.insert(path, i);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const int parent = slash > 0 ? byPath.value(path.left(slash), -1) : -1;
        m_parent[i] = parent;
        QList<int> &siblings = parent < 0 ? m_top : m_children[parent];
        m_row[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

QModelIndex RestorePreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &rows = parent.isValid() ? m_children.at(int(parent.internalId())) : m_top;
    if (row < 0 || row >= rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex RestorePreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent.at(int(child.internalId()));
    return parent < 0 ? QModelIndex() : createIndex(m_row.at(parent), 0, quintptr(parent));
}

int RestorePreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    return parent.column() == 0 ? int(m_children.at(int(parent.internalId())).size()) : 0;
}

int RestorePreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RestorePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int i = int(index.internalId());
    const PreviewItem &item = m_items.at(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: {
            const int parent = m_parent.at(i);
            return parent < 0 ? item.path : item.path.mid(m_items.at(parent).path.size() + 1);
        }
        case Change:
            return changeText(item.change);
        case Backup:
            return sideText(item.backup);
        case Live:
            return sideText(item.live);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\n%2\nbackup: %3\nlive: %4")
            .arg(item.path, changeText(item.change), sideText(item.backup), sideText(item.live));
    case Qt::ForegroundRole:
        if (index.column() != Change)
            break;
        switch (item.change) {
        case RestoreChange::Create:
            return StatusStyle::color(Status::Ok);
        case RestoreChange::Overwrite:
            return StatusStyle::color(Status::Warn);
        case RestoreChange::Delete:
            return StatusStyle::color(Status::Crit);
        case RestoreChange::MetadataOnly:
        case RestoreChange::Unchanged:
            return StatusStyle::color(Status::Unknown);
        }
        break;
    case ChangeRole:
        return int(item.change);
    case PathRole:
        return item.path;
    default:
        break;
    }
    return {};
}

QVariant RestorePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Path");
    case Change:
        return tr("Change");
    case Backup:
        return tr("In the backup");
    case Live:
        return tr("Live now");
    }
    return {};
}

RestorePreviewFilter::RestorePreviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void RestorePreviewFilter::setFilter(const QSet<RestoreChange> &kinds, const QString &text)
{
    if (kinds == m_kinds && text.trimmed() == m_text)
        return;
    m_kinds = kinds;
    m_text = text.trimmed();
    invalidateFilter();
}

bool RestorePreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // (The item itself, not its data as variants: a hundred thousand rows are filtered.)
    const auto *model = static_cast<const RestorePreviewModel *>(sourceModel());
    const PreviewItem &item = model->item(model->index(sourceRow, 0, sourceParent));
    return m_kinds.contains(item.change)
        && (m_text.isEmpty() || item.path.contains(m_text, Qt::CaseInsensitive));
}

} // namespace dozor
