#include "KnownHostsPage.h"

#include "models/KnownHostsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace dozor {

KnownHostsPage::KnownHostsPage(const QString &dozorFile, const QString &userFile, QWidget *parent)
    : QWidget(parent)
    , m_model(new KnownHostsModel(dozorFile, userFile, this))
    , m_view(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("knownHostsPage"));
    m_view->setObjectName(QStringLiteral("knownHostsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // The whole fingerprint, never elided: it is compared character by character.
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        KnownHostsModel::HostColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        KnownHostsModel::FingerprintColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        KnownHostsModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        KnownHostsModel::SourceColumn, QHeaderView::ResizeToContents);
    m_remove->setObjectName(QStringLiteral("knownHostsRemove"));
    m_remove->setToolTip(tr("Forget the selected key (Delete); Dozor asks about the server's key "
                            "on the next connection"));
    m_message->setObjectName(QStringLiteral("knownHostsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *intro = new QLabel(tr("Host keys Dozor trusts. Remove one only when you know why the "
                                "server's key changed (it was reinstalled, its keys replaced)."),
        this);
    intro->setWordWrap(true);

    auto *del = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &KnownHostsPage::removeSelected);
    connect(m_remove, &QPushButton::clicked, this, &KnownHostsPage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &KnownHostsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KnownHostsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    if (const QString problems = m_model->reload(); !problems.isEmpty())
        m_message->setText(problems);
    else if (m_model->rowCount() == 0)
        m_message->setText(tr("No host keys yet: Dozor asks about each server's key the first "
                              "time it connects."));
    updateButtons();
}

void KnownHostsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty() && m_model->isRemovable(rows.first().row()));
}

void KnownHostsPage::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const QString host =
        m_model->data(m_model->index(row, KnownHostsModel::HostColumn), Qt::DisplayRole).toString();
    if (const auto removed = m_model->remove(row); !removed)
        m_message->setText(removed.error());
    else
        m_message->setText(
            tr("Removed the key of %1; Dozor asks about it on the next connection.").arg(host));
}

} // namespace dozor
