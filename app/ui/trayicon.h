// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

class QIcon;
class QMenu;
class QSystemTrayIcon;

// The app's icon in the system tray, for while it runs with its window closed: a click shows the
// window; its menu shows the window, refreshes now or quits.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(const QIcon &icon, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setVisible(bool visible);
    bool isVisible() const;
    // Says, the first time only, that closing the window left the app running here.
    void tellStillRunning();

Q_SIGNALS:
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu; // a menu without a parent widget, as the tray wants
    QSystemTrayIcon *m_icon;
    bool m_told = false;
};
