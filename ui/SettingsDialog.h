#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace dozor {

class UiSettings;

// Preferences: language (applies after a restart), light or dark (at once), tray behaviour,
// notifications, where the workspace and its history live; and the host keys Dozor trusts.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(UiSettings *settings, bool trayAvailable, const QString &workspaceFile,
        const QString &historyFile, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    UiSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QCheckBox *m_closeToTray;
    QCheckBox *m_notifications;
};

} // namespace dozor
