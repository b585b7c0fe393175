// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

// The desktop's notification service (org.freedesktop.Notifications), played by a test on a
// session bus connection of its own, so every call crosses the bus (run the test under
// dbus-run-session). Records what it is sent; a test emits its signals to play the user.
class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };

    explicit FakeNotificationService(QObject *parent = nullptr);
    // Leaves the bus.
    ~FakeNotificationService() override;

    // Takes the service's name on the session bus; false with a qWarning when it cannot.
    bool start();
    // Gives the name up, as when no notification service runs.
    bool stop();

    QList<Received> received;
    QStringList capabilities{QStringLiteral("body"), QStringLiteral("actions")};

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() { return capabilities; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    QString m_connectionName;
    uint m_lastId = 40;
};
