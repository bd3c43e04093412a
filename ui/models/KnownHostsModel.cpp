#include "KnownHostsModel.h"

#include <QFile>

namespace dozor {

KnownHostsModel::KnownHostsModel(QString dozorFile, QString userFile, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dozorFile(std::move(dozorFile))
    , m_userFile(std::move(userFile))
{
}

QString KnownHostsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QStringList problems;
    for (const auto &[file, own] : {std::pair {m_dozorFile, true}, std::pair {m_userFile, false}}) {
        if (!QFile::exists(file))
            continue; // nothing trusted there yet
        const auto entries = KnownHosts::list(file);
        if (!entries) {
            problems.append(entries.error());
            continue;
        }
        for (const KnownHosts::Entry &e : *entries)
            m_rows.append({e, own});
    }
    endResetModel();
    return problems.join(QLatin1Char('\n'));
}

bool KnownHostsModel::isRemovable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).own;
}

Expected<void> KnownHostsModel::remove(int row)
{
    if (!isRemovable(row))
        return unexpected(tr("only entries of Dozor's own known_hosts file can be removed here"));
    auto removed = KnownHosts::remove(m_rows.at(row).entry, m_dozorFile);
    reload(); // line numbers moved, or the file changed under us
    return removed;
}

int KnownHostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KnownHostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnownHostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn
        && !r.entry.fingerprint.isEmpty())
        return r.entry.fingerprint;
    if (role == Qt::ToolTipRole && !r.own)
        return tr("From %1; Dozor trusts it but never changes that file").arg(m_userFile);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HostColumn:
        return r.entry.hosts.startsWith(QLatin1String("|1|")) ? tr("(hashed name)") : r.entry.hosts;
    case TypeColumn:
        return r.entry.keyType;
    case FingerprintColumn:
        return r.entry.fingerprint.isEmpty() ? tr("(unreadable key)") : r.entry.fingerprint;
    case SourceColumn:
        return r.own ? tr("Dozor") : tr("~/.ssh/known_hosts");
    default:
        return {};
    }
}

QVariant KnownHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case TypeColumn:
        return tr("Key type");
    case FingerprintColumn:
        return tr("Fingerprint");
    case SourceColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace dozor
