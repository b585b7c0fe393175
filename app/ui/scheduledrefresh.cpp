// SPDX-License-Identifier: MIT
#include "scheduledrefresh.h"

#include "alertnotifier.h"
#include "appsettings.h"
#include "pricesession.h"
#include "refreshscheduler.h"
#include "trayicon.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

ScheduledRefresh::ScheduledRefresh(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(new PriceSession(this))
    , m_scheduler(new RefreshScheduler(m_session, this))
    , m_notifier(new AlertNotifier(this))
{
    connect(m_session, &PriceSession::alertsRaised, this, &ScheduledRefresh::alertsRaised);
    connect(m_session, &PriceSession::alertsRaised, m_notifier, &AlertNotifier::add);
    connect(m_notifier, &AlertNotifier::activated, this, &ScheduledRefresh::alertsRequested);
}

void ScheduledRefresh::setApiBase(const QUrl &base)
{
    m_session->setApiBase(base);
}

void ScheduledRefresh::setHistoryPath(const QString &path)
{
    m_session->setHistoryPath(path);
    m_historyKnown = true;
    apply();
}

void ScheduledRefresh::setCategories(const QStringList &categories)
{
    m_scheduler->setCategories(categories);
}

void ScheduledRefresh::setPanels(const QList<PanelConfig> &panels)
{
    m_scheduler->setPanels(panels);
}

void ScheduledRefresh::apply()
{
    m_session->setLimits(m_settings.fetchLimits());
    m_session->setAlertRules(m_settings.alertRules());
    m_scheduler->setInterval(m_historyKnown ? m_settings.refreshInterval()
                                            : std::chrono::minutes(0));

    const bool tray = m_settings.keepRunningInTray() && QSystemTrayIcon::isSystemTrayAvailable();
    if (tray && !m_tray) {
        const QIcon bundled(QStringLiteral(":/icons/org.smmpricebrowser.SmmPriceBrowser.svg"));
        m_tray = new TrayIcon(QIcon::fromTheme(QGuiApplication::desktopFileName(), bundled), this);
        connect(m_tray, &TrayIcon::showRequested, this, &ScheduledRefresh::showWindowRequested);
        connect(m_tray, &TrayIcon::refreshRequested, this, &ScheduledRefresh::refreshNow);
        connect(m_tray, &TrayIcon::quitRequested, this, &ScheduledRefresh::quitRequested);
    }
    if (m_tray)
        m_tray->setVisible(tray);
    // A dialog closed while the window is hidden must not end the app.
    QApplication::setQuitOnLastWindowClosed(!tray);
}

bool ScheduledRefresh::keepsRunningInTray() const
{
    return m_tray && m_tray->isVisible();
}

void ScheduledRefresh::tellStillRunning()
{
    if (m_tray)
        m_tray->tellStillRunning();
}

void ScheduledRefresh::notify(const AlertList &alerts)
{
    m_notifier->add(alerts);
}

void ScheduledRefresh::refreshNow()
{
    m_scheduler->runNow();
}
