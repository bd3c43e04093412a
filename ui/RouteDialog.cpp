#include "RouteDialog.h"

#include "core/WorkspaceDocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dozor {

namespace {
QString levelTitle(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Critical:
        return RouteDialog::tr("Critical");
    case AlertLevel::Warning:
        return RouteDialog::tr("Warning");
    case AlertLevel::Info:
        return RouteDialog::tr("Info");
    }
    return {};
}
} // namespace

QString routeSummary(const AlertRoute &r)
{
    QStringList levels;
    for (AlertLevel l : r.levels)
        levels.append(levelTitle(l));
    return RouteDialog::tr("%1%2 → %3")
        .arg(levels.isEmpty() ? RouteDialog::tr("every level") : levels.join(QLatin1Char('/')),
            r.tags.isEmpty()
                ? QString()
                : RouteDialog::tr(", tagged %1").arg(r.tags.join(QStringLiteral(", "))),
            r.channels.join(QStringLiteral(", ")));
}

RouteDialog::RouteDialog(WorkspaceDocument *document, int index, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_index(index)
    , m_tags(new QLineEdit(this))
    , m_channels(new QListWidget(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("routeDialog"));
    setWindowTitle(index < 0 ? tr("Add alert route") : tr("Edit alert route"));
    const AlertSettings &alerts = document->workspace().alerts;
    const AlertRoute existing =
        index >= 0 && index < alerts.routes.size() ? alerts.routes.at(index) : AlertRoute {};

    auto *levelRow = new QWidget(this);
    levelRow->setObjectName(QStringLiteral("routeLevels"));
    auto *levelLayout = new QHBoxLayout(levelRow);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    for (AlertLevel level : {AlertLevel::Critical, AlertLevel::Warning, AlertLevel::Info}) {
        auto *box = new QCheckBox(levelTitle(level), levelRow);
        box->setObjectName(QStringLiteral("routeLevel_") + alertLevelName(level));
        box->setProperty("level", static_cast<int>(level));
        box->setChecked(existing.levels.contains(level));
        levelLayout->addWidget(box);
        m_levels.append(box);
    }
    levelLayout->addStretch(1);
    levelRow->setToolTip(tr("None ticked: alerts of every level"));
    m_tags->setObjectName(QStringLiteral("routeTags"));
    m_tags->setPlaceholderText(tr("every server; or e.g. production, shop"));
    m_tags->setText(existing.tags.join(QStringLiteral(", ")));
    m_channels->setObjectName(QStringLiteral("routeChannels"));
    for (const AlertChannel &c : alerts.channels) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(c.id, channelTypeName(c.type)), m_channels);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(existing.channels.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_channels->setMaximumHeight(140);

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Levels:"), levelRow, QStringLiteral("levels"));
    m_errors.addRow(form, tr("Servers &tagged:"), m_tags, QStringLiteral("tags"));
    m_errors.addRow(form, tr("Send &to:"), m_channels, QStringLiteral("channels"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("routeSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RouteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RouteDialog::reject);
    auto *note = new QLabel(tr("An alert goes to the channels of every route that matches it; "
                               "with no routes at all, every alert goes to every channel."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_general->setObjectName(QStringLiteral("routeError"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    if (alerts.channels.isEmpty())
        m_errors.showGeneral(tr("There are no channels yet: add one first."));
}

AlertRoute RouteDialog::route() const
{
    AlertRoute r;
    for (const QCheckBox *box : m_levels) {
        if (box->isChecked())
            r.levels.append(static_cast<AlertLevel>(box->property("level").toInt()));
    }
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            r.tags.append(tag.trimmed());
    }
    for (int i = 0; i < m_channels->count(); ++i) {
        if (m_channels->item(i)->checkState() == Qt::Checked)
            r.channels.append(m_channels->item(i)->data(Qt::UserRole).toString());
    }
    return r;
}

void RouteDialog::accept()
{
    const AlertRoute r = route();
    if (r.channels.isEmpty()) {
        m_errors.show({{Diagnostic::Severity::Error, QStringLiteral("route.channels"),
                          tr("tick at least one channel")}},
            QStringLiteral("route"));
        return;
    }
    if (const auto saved = m_document->putRoute(r, m_index); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace dozor
