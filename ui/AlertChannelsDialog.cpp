#include "AlertChannelsDialog.h"

#include "ChannelDialog.h"
#include "RouteDialog.h"
#include "core/WorkspaceDocument.h"
#include "monitor/MonitorEngine.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dozor {

AlertChannelsDialog::AlertChannelsDialog(
    WorkspaceDocument *document, MonitorEngine *engine, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_engine(engine)
    , m_secrets(secrets)
    , m_channels(new QTreeWidget(this))
    , m_routes(new QTreeWidget(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("alertChannelsDialog"));
    setWindowTitle(tr("Alert channels"));
    m_channels->setObjectName(QStringLiteral("alertChannels"));
    m_channels->setHeaderLabels({tr("Channel"), tr("Type"), tr("Where")});
    m_channels->setRootIsDecorated(false);
    m_routes->setObjectName(QStringLiteral("alertRoutes"));
    m_routes->setHeaderLabels({tr("Route: which alerts go where")});
    m_routes->setRootIsDecorated(false);
    m_routes->setMaximumHeight(130);
    reload();
    connect(document, &WorkspaceDocument::changed, this, &AlertChannelsDialog::reload);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addChannel"));
    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editChannel"));
    auto *remove = new QPushButton(tr("&Remove…"), this);
    remove->setObjectName(QStringLiteral("removeChannel"));
    connect(add, &QPushButton::clicked, this, [this] { editChannel(QString()); });
    connect(edit, &QPushButton::clicked, this, [this] { editChannel(selectedChannel()); });
    connect(m_channels, &QTreeWidget::itemDoubleClicked, this,
        [this] { editChannel(selectedChannel()); });
    connect(remove, &QPushButton::clicked, this, &AlertChannelsDialog::removeSelected);
    auto updateEditing = [this, edit, remove] {
        const bool real = m_document->workspace().alerts.channel(selectedChannel()) != nullptr;
        edit->setEnabled(real);
        remove->setEnabled(real);
    };
    connect(m_channels, &QTreeWidget::currentItemChanged, this, updateEditing);
    updateEditing();
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(add);
    editRow->addWidget(edit);
    editRow->addWidget(remove);
    editRow->addStretch(1);

    auto *addRoute = new QPushButton(tr("Add &route…"), this);
    addRoute->setObjectName(QStringLiteral("addRoute"));
    auto *editRoute = new QPushButton(tr("Edit r&oute…"), this);
    editRoute->setObjectName(QStringLiteral("editRoute"));
    auto *removeRoute = new QPushButton(tr("Remove ro&ute…"), this);
    removeRoute->setObjectName(QStringLiteral("removeRoute"));
    connect(addRoute, &QPushButton::clicked, this, [this] { this->editRoute(-1); });
    connect(editRoute, &QPushButton::clicked, this,
        [this] { this->editRoute(m_routes->indexOfTopLevelItem(m_routes->currentItem())); });
    connect(m_routes, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { this->editRoute(m_routes->indexOfTopLevelItem(item)); });
    connect(removeRoute, &QPushButton::clicked, this, &AlertChannelsDialog::removeSelectedRoute);
    auto updateRouteButtons = [this, editRoute, removeRoute] {
        const bool any =
            m_routes->currentItem() && m_routes->currentItem()->data(0, Qt::UserRole).toBool();
        editRoute->setEnabled(any);
        removeRoute->setEnabled(any);
    };
    connect(m_routes, &QTreeWidget::currentItemChanged, this, updateRouteButtons);
    updateRouteButtons();
    auto *routeRow = new QHBoxLayout;
    routeRow->addWidget(addRoute);
    routeRow->addWidget(editRoute);
    routeRow->addWidget(removeRoute);
    routeRow->addStretch(1);

    auto *test = new QPushButton(tr("Send &test alert"), this);
    test->setObjectName(QStringLiteral("sendTestAlert"));
    test->setEnabled(engine && engine->isRunning());
    auto *secret = new QPushButton(tr("Set &token…"), this);
    secret->setObjectName(QStringLiteral("setChannelSecret"));
    connect(test, &QPushButton::clicked, this, &AlertChannelsDialog::sendTest);
    connect(secret, &QPushButton::clicked, this, &AlertChannelsDialog::setSecret);
    auto updateButtons = [this, secret] {
        const AlertChannel *c = m_document->workspace().alerts.channel(selectedChannel());
        secret->setEnabled(c && c->needsSecret());
        secret->setText(
            c && c->type == ChannelType::Webhook ? tr("Set header &value…") : tr("Set &token…"));
    };
    connect(m_channels, &QTreeWidget::currentItemChanged, this, updateButtons);
    updateButtons();

    m_result->setObjectName(QStringLiteral("alertTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(test);
    row->addWidget(secret);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_channels, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_routes);
    layout->addLayout(routeRow);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("Tokens and header values live in the system keychain, "
                                    "never in the workspace file."),
        this));
    layout->addWidget(buttons);
    resize(620, 420);
}

void AlertChannelsDialog::reload()
{
    const QString current = selectedChannel();
    const AlertSettings &alerts = m_document->workspace().alerts;
    m_channels->clear();
    for (const AlertChannel &c : alerts.channels) {
        QString where = tr("desktop notification");
        if (c.type == ChannelType::Telegram)
            where = tr("chat %1 via %2").arg(c.chatId, c.apiUrl.host());
        else if (c.type == ChannelType::Webhook)
            // The path of a Slack-style hook is its secret: only the host is shown.
            where = c.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath)
                + (c.url.path().size() > 1 ? QStringLiteral("/…") : QString());
        auto *item = new QTreeWidgetItem(m_channels, {c.id, channelTypeName(c.type), where});
        if (c.id == current)
            m_channels->setCurrentItem(item);
    }
    if (alerts.channels.isEmpty())
        new QTreeWidgetItem(m_channels,
            {QStringLiteral("tray"), channelTypeName(ChannelType::Tray),
                tr("desktop notification (no channels in the workspace: alerts go here)")});
    if (!m_channels->currentItem())
        m_channels->setCurrentItem(m_channels->topLevelItem(0));

    const int currentRoute = m_routes->indexOfTopLevelItem(m_routes->currentItem());
    m_routes->clear();
    for (const AlertRoute &r : alerts.routes) {
        auto *item = new QTreeWidgetItem(m_routes, {routeSummary(r)});
        item->setData(0, Qt::UserRole, true);
    }
    if (alerts.routes.isEmpty())
        new QTreeWidgetItem(m_routes, {tr("No routes: every alert goes to every channel.")});
    if (currentRoute >= 0 && currentRoute < m_routes->topLevelItemCount())
        m_routes->setCurrentItem(m_routes->topLevelItem(currentRoute));
}

void AlertChannelsDialog::editRoute(int index)
{
    auto *dialog = new RouteDialog(m_document, index, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AlertChannelsDialog::reload);
    dialog->open();
}

void AlertChannelsDialog::removeSelectedRoute()
{
    const int index = m_routes->indexOfTopLevelItem(m_routes->currentItem());
    if (index < 0 || index >= m_document->workspace().alerts.routes.size())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove route"),
        tr("Remove the route \"%1\"?")
            .arg(routeSummary(m_document->workspace().alerts.routes.at(index))));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_document->removeRoute(index); !removed)
        m_result->setText(removed.error());
    reload();
}

void AlertChannelsDialog::editChannel(const QString &channelId)
{
    auto *dialog = new ChannelDialog(m_document, m_secrets, channelId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelDialog::secretStored, this, &AlertChannelsDialog::secretsChanged);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        for (int i = 0; i < m_channels->topLevelItemCount(); ++i) {
            if (m_channels->topLevelItem(i)->text(0) == dialog->savedId())
                m_channels->setCurrentItem(m_channels->topLevelItem(i));
        }
    });
    dialog->open();
}

void AlertChannelsDialog::removeSelected()
{
    const QString id = selectedChannel();
    if (!m_document->workspace().alerts.channel(id))
        return;
    // Removing the last route's only channel leaves no routes: every alert then goes to
    // every channel, which the question says.
    const auto &routes = m_document->workspace().alerts.routes;
    const bool routesRemain =
        routes.isEmpty() || std::any_of(routes.cbegin(), routes.cend(), [&id](const AlertRoute &r) {
            return r.channels.size() > 1 || !r.channels.contains(id);
        });
    QString question =
        tr("Remove the alert channel \"%1\"? Routes stop sending to it; a route that sends "
           "only there is removed as well. Its keychain secret is removed too.")
            .arg(id);
    if (!routesRemain)
        question += QStringLiteral("\n\n")
            + tr("No route will be left, so every alert, of every level, will then go to every "
                 "remaining channel.");
    const auto answer = QMessageBox::question(this, tr("Remove channel"), question);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_document->removeChannel(id); !removed) {
        m_result->setText(removed.error());
        return;
    }
    m_secrets->remove(
        SecretStore::keyForChannel(m_document->path(), id), this, [](const Expected<void> &) {});
    reload();
}

QString AlertChannelsDialog::selectedChannel() const
{
    const QTreeWidgetItem *item = m_channels->currentItem();
    return item ? item->text(0) : QString();
}

void AlertChannelsDialog::sendTest()
{
    const QString id = selectedChannel();
    if (!m_engine || id.isEmpty())
        return;
    m_result->setText(tr("Sending a test alert to %1…").arg(id));
    m_engine->sendTestAlert(id, this, [this, id](const QString &error) {
        m_result->setText(error.isEmpty() ? tr("✓ The test alert reached %1.").arg(id)
                                          : tr("✗ The test alert to %1 failed: %2").arg(id, error));
        Q_EMIT testFinished(id, error);
    });
}

void AlertChannelsDialog::setSecret()
{
    const QString id = selectedChannel();
    const AlertChannel *c = m_document->workspace().alerts.channel(id);
    if (!c || !c->needsSecret())
        return;
    bool ok = false;
    const QString label = c->type == ChannelType::Telegram
        ? tr("Bot token for %1 (from @BotFather):").arg(id)
        : tr("Value of the %1 header for %2:").arg(c->secretHeader, id);
    const QString value =
        QInputDialog::getText(this, windowTitle(), label, QLineEdit::Password, QString(), &ok);
    if (!ok || value.isEmpty())
        return;
    m_secrets->write(SecretStore::keyForChannel(m_document->path(), id), value.toUtf8(), this,
        [this, id](const Expected<void> &done) {
            m_result->setText(done ? tr("The secret of %1 is in the system keychain.").arg(id)
                                   : tr("The secret was not stored: %1").arg(done.error()));
            if (done)
                Q_EMIT secretsChanged();
        });
}

} // namespace dozor
