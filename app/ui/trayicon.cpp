// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include <QGuiApplication>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(icon, this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    connect(m_menu->addAction(tr("&Show Window")), &QAction::triggered, this,
            &TrayIcon::showRequested);
    connect(m_menu->addAction(tr("&Refresh Now")), &QAction::triggered, this,
            &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(QGuiApplication::applicationDisplayName());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::tellStillRunning()
{
    if (std::exchange(m_told, true))
        return;
    m_icon->showMessage(QGuiApplication::applicationDisplayName(),
                        tr("Still running, refreshing on schedule. Quit from this icon's menu."));
}
