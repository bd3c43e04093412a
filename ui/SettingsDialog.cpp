#include "SettingsDialog.h"

#include "Appearance.h"
#include "KnownHostsPage.h"
#include "UiSettings.h"
#include "remote/KnownHosts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dozor {

namespace {
QWidget *pathRow(const QString &path, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QDir::toNativeSeparators(path), row);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *open = new QPushButton(SettingsDialog::tr("Open folder"), row);
    QObject::connect(open, &QPushButton::clicked, row,
        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    layout->addWidget(label, 1);
    layout->addWidget(open);
    return row;
}
} // namespace

SettingsDialog::SettingsDialog(UiSettings *settings, bool trayAvailable,
    const QString &workspaceFile, const QString &historyFile, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_closeToTray(
          new QCheckBox(tr("Keep monitoring in the tray when the window is closed"), this))
    , m_notifications(
          new QCheckBox(tr("Show desktop notifications when a check turns bad or recovers"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    m_appearance->setObjectName(QStringLiteral("settingsAppearance"));
    m_appearance->addItem(tr("As the system"), QString());
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(settings->appearance())));
    m_closeToTray->setChecked(settings->closeToTray());
    m_closeToTray->setEnabled(trayAvailable);
    if (!trayAvailable)
        m_closeToTray->setToolTip(tr("This desktop has no system tray"));
    m_notifications->setChecked(settings->notificationsEnabled());

    auto *languageNote =
        new QLabel(tr("A new language applies when Dozor is started again."), this);
    languageNote->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("Workspace:"), pathRow(workspaceFile, this));
    form->addRow(tr("History:"), pathRow(historyFile, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("&General"));
    tabs->addTab(new KnownHostsPage(KnownHosts::dozorFile(), KnownHosts::userFile(), tabs),
        tr("&Known hosts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 420);
}

void SettingsDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != m_settings->appearance()) {
        m_settings->setAppearance(appearance);
        Appearance::apply(appearance);
    }
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    QDialog::accept();
}

} // namespace dozor
