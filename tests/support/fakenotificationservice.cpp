// SPDX-License-Identifier: MIT
#include "fakenotificationservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>

namespace {

const QString ServiceName = QStringLiteral("org.freedesktop.Notifications");
const QString ObjectPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

FakeNotificationService::FakeNotificationService(QObject *parent)
    : QObject(parent)
{
    static int instances = 0;
    m_connectionName = QStringLiteral("fake-notifications-%1").arg(++instances);
}

FakeNotificationService::~FakeNotificationService()
{
    QDBusConnection bus(m_connectionName);
    if (bus.isConnected()) {
        bus.unregisterService(ServiceName);
        bus.unregisterObject(ObjectPath);
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
}

bool FakeNotificationService::start()
{
    QDBusConnection bus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        qWarning("FakeNotificationService: no session bus: %s",
                 qPrintable(bus.lastError().message()));
        return false;
    }
    if (!bus.registerObject(ObjectPath, this,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerService(ServiceName)) {
        qWarning("FakeNotificationService: could not take the name: %s",
                 qPrintable(bus.lastError().message()));
        return false;
    }
    return true;
}

bool FakeNotificationService::stop()
{
    return QDBusConnection(m_connectionName).unregisterService(ServiceName);
}

uint FakeNotificationService::Notify(const QString &appName, uint replacesId, const QString &icon,
                                     const QString &summary, const QString &body,
                                     const QStringList &actions, const QVariantMap &hints,
                                     int timeout)
{
    received.append({appName, replacesId, icon, summary, body, actions, hints, timeout});
    return replacesId != 0 ? replacesId : ++m_lastId;
}
