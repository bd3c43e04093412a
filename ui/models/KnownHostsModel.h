#pragma once

#include "remote/KnownHosts.h"

#include <QAbstractTableModel>

namespace dozor {

// The host keys Dozor trusts: the entries of its own known_hosts file (which can be
// removed) and of the user's ~/.ssh/known_hosts (shown, never changed). Columns: host, key
// type, fingerprint, file.
class KnownHostsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HostColumn, TypeColumn, FingerprintColumn, SourceColumn, ColumnCount };

    // Empty until reload().
    KnownHostsModel(QString dozorFile, QString userFile, QObject *parent = nullptr);

    // Reads both files again; returns what could not be read, in words (empty: all fine).
    QString reload();
    // Removes the entry of row from Dozor's file (rows of the user's file cannot be).
    Expected<void> remove(int row);
    bool isRemovable(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        KnownHosts::Entry entry;
        bool own = false;
    };
    QString m_dozorFile;
    QString m_userFile;
    QList<Row> m_rows;
};

} // namespace dozor
