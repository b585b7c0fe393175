// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "panelconfig.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

class AlertNotifier;
class AppSettings;
class PriceSession;
class RefreshScheduler;
class TrayIcon;

// The window's side of the schedule: a price session of its own that RefreshScheduler drives (so
// a scheduled refresh never replaces the table the user is looking at), the desktop notification
// of the alerts it raises, and the tray icon that keeps it running with the window closed. Follows
// the settings on apply(); nothing runs until the price history is known.
class ScheduledRefresh final : public QObject
{
    Q_OBJECT

public:
    ScheduledRefresh(AppSettings &settings, QObject *parent = nullptr);

    void setApiBase(const QUrl &base);
    void setHistoryPath(const QString &path);
    void setCategories(const QStringList &categories);
    void setPanels(const QList<PanelConfig> &panels);
    // Reads the schedule, the tray option, the network limits and the alert rules again.
    void apply();

    // Closing the window should hide it: the tray icon is there to bring it back.
    bool keepsRunningInTray() const;
    void tellStillRunning();
    // Shows alerts raised elsewhere (the window's own fetches) as a notification too.
    void notify(const AlertList &alerts);
    void refreshNow();

Q_SIGNALS:
    void showWindowRequested();
    // The notification was clicked.
    void alertsRequested();
    void quitRequested();
    // What a scheduled refresh raised, already in the alert log.
    void alertsRaised(const AlertList &alerts);

private:
    AppSettings &m_settings;
    PriceSession *m_session;
    RefreshScheduler *m_scheduler;
    AlertNotifier *m_notifier;
    TrayIcon *m_tray = nullptr;
    bool m_historyKnown = false;
};
