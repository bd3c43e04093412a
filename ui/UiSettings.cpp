#include "UiSettings.h"

#include "core/AppPaths.h"

#include <QDir>

namespace dozor {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString pageKey = QStringLiteral("window/page");
const QString languageKey = QStringLiteral("ui/language");
const QString closeToTrayKey = QStringLiteral("tray/closeToTray");
const QString trayHintKey = QStringLiteral("tray/hintShown");
const QString notificationsKey = QStringLiteral("tray/notifications");
const QString appearanceKey = QStringLiteral("ui/appearance");
const QString groupedKey = QStringLiteral("overview/groupedByServer");
} // namespace

UiSettings::UiSettings()
    : m_settings(
        QDir(AppPaths::configDir()).filePath(QStringLiteral("desktop.ini")), QSettings::IniFormat)
{
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QString UiSettings::lastPage() const
{
    return m_settings.value(pageKey, QStringLiteral("overview")).toString();
}

void UiSettings::setLastPage(const QString &page)
{
    m_settings.setValue(pageKey, page);
}

QString UiSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

bool UiSettings::closeToTray() const
{
    return m_settings.value(closeToTrayKey, true).toBool();
}

void UiSettings::setCloseToTray(bool on)
{
    m_settings.setValue(closeToTrayKey, on);
}

bool UiSettings::trayHintShown() const
{
    return m_settings.value(trayHintKey, false).toBool();
}

void UiSettings::setTrayHintShown(bool shown)
{
    m_settings.setValue(trayHintKey, shown);
}

QString UiSettings::appearance() const
{
    const QString mode = m_settings.value(appearanceKey).toString();
    return mode == QLatin1String("light") || mode == QLatin1String("dark") ? mode : QString();
}

void UiSettings::setAppearance(const QString &mode)
{
    m_settings.setValue(appearanceKey, mode);
}

bool UiSettings::overviewGrouped() const
{
    return m_settings.value(groupedKey, false).toBool();
}

void UiSettings::setOverviewGrouped(bool grouped)
{
    m_settings.setValue(groupedKey, grouped);
}

bool UiSettings::notificationsEnabled() const
{
    return m_settings.value(notificationsKey, true).toBool();
}

void UiSettings::setNotificationsEnabled(bool on)
{
    m_settings.setValue(notificationsKey, on);
}

} // namespace dozor
