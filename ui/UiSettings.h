#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace dozor {

// The desktop app's own preferences (window, language, tray), kept next to the workspace
// in Dozor's config folder (DOZOR_HOME moves it too). Never holds a secret.
class UiSettings {
public:
    UiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // "overview" or "target:<id>".
    QString lastPage() const;
    void setLastPage(const QString &page);
    // Empty: the system language.
    QString language() const;
    void setLanguage(const QString &language);
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);
    // "" (follow the system), "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString &mode);
    bool overviewGrouped() const;
    void setOverviewGrouped(bool grouped);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);

    QString fileName() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings;
};

} // namespace dozor
