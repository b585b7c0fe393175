// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

// Shows desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus). Callers pass plain text; it is escaped for
// servers that read markup. Clicking a notification, or its default action, is reported by
// activated(). Without a session bus or a notification service nothing is shown and one line is
// logged: no dialog, no error for the caller.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = -1; // the server's choice

    explicit DesktopNotifier(QObject *parent = nullptr);

    // The application's display name, and its desktop file name (the icon's name too): Qt Gui
    // knows them, the core does not.
    void setAppName(const QString &name) { m_appName = name; }
    void setIconName(const QString &name) { m_iconName = name; }
    // The label of the default action, which some servers show as a button; none when empty.
    void setActionLabel(const QString &label) { m_actionLabel = label; }

    // Shows a notification; with `replaceShown`, the one shown last is updated in place instead
    // while it is still open.
    void notify(const QString &summary, const QString &body, bool replaceShown = false);
    // The notification shown last is still open (not closed by the user, the server or a click).
    bool isShowing() const { return m_shownId != 0; }

Q_SIGNALS:
    void activated();
    // The server answered a notify() (with its id) or failed (`id` 0).
    void notified(uint id);

private Q_SLOTS:
    // Signals of the notification service; D-Bus connects them by name.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Pending {
        QString summary;
        QString body;
        bool replace = false;
    };

    void askCapabilities();
    void send(const Pending &notification);

    QString m_appName;
    QString m_iconName;
    QString m_actionLabel;
    uint m_shownId = 0; // of the notification shown last, while it is open
    QSet<uint> m_open;  // every one of ours still open: a click on an older one counts too
    bool m_capabilitiesKnown = false;
    bool m_markup = false;
    bool m_unavailableLogged = false;
    QList<Pending> m_waiting; // until the server said whether it reads markup
};
