// SPDX-License-Identifier: MIT
#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace {

const QString BusService = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");

Q_LOGGING_CATEGORY(lcNotify, "smm.notify")

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
    , m_actionLabel(tr("Show"))
{}

void DesktopNotifier::notify(const QString &summary, const QString &body, bool replaceShown)
{
    const Pending notification{summary, body, replaceShown};
    if (m_capabilitiesKnown) {
        send(notification);
        return;
    }
    m_waiting.append(notification);
    if (m_waiting.size() == 1)
        askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    // Not in the constructor: connecting to the session bus, or failing to, delayed the
    // window's first paint, and the replies only matter once something was sent.
    QDBusConnection bus = QDBusConnection::sessionBus();
    // QDBusConnection::connect() takes slots by name only.
    bus.connect(BusService, Path, Interface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(BusService, Path, Interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
    QDBusMessage call = QDBusMessage::createMethodCall(BusService, Path, Interface,
                                                       QStringLiteral("GetCapabilities"));
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                m_capabilitiesKnown = true;
                m_markup = !reply.isError() && reply.value().contains(u"body-markup");
                for (const Pending &notification : std::exchange(m_waiting, {}))
                    send(notification);
            });
}

void DesktopNotifier::send(const Pending &notification)
{
    const uint replaces = notification.replace ? m_shownId : 0;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), m_iconName);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    QDBusMessage call =
        QDBusMessage::createMethodCall(BusService, Path, Interface, QStringLiteral("Notify"));
    call << m_appName << replaces << m_iconName << notification.summary
         << (m_markup ? notification.body.toHtmlEscaped() : notification.body)
         << (m_actionLabel.isEmpty() ? QStringList() : QStringList{DefaultAction, m_actionLabel})
         << hints << DefaultTimeoutMs;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    if (!std::exchange(m_unavailableLogged, true))
                        qCInfo(lcNotify, "No desktop notifications: %s",
                               qPrintable(reply.error().message()));
                    m_shownId = 0;
                    Q_EMIT notified(0);
                    return;
                }
                m_shownId = reply.value();
                m_open.insert(m_shownId);
                Q_EMIT notified(m_shownId);
            });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (!m_open.contains(id) || action != DefaultAction)
        return;
    Q_EMIT activated();
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_open.remove(id);
    if (id == m_shownId)
        m_shownId = 0;
}
