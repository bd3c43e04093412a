#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dozor {

class KnownHostsModel;

// Settings → Known hosts: the host keys Dozor trusts, and removing one (Delete) after a
// server was reinstalled on purpose. Dozor then asks about that server's key on the next
// connection.
class KnownHostsPage : public QWidget {
    Q_OBJECT
public:
    KnownHostsPage(const QString &dozorFile, const QString &userFile, QWidget *parent = nullptr);

    KnownHostsModel *model() const { return m_model; }
    void removeSelected();

private:
    void updateButtons();

    KnownHostsModel *m_model;
    QTableView *m_view;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace dozor
