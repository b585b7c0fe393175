// SPDX-License-Identifier: MIT
#include "desktopnotifier.h"
#include "fakenotificationservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString ServiceName = QStringLiteral("org.freedesktop.Notifications");

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNotificationService> m_service;

    // A notifier whose every notification was answered.
    static uint notifyAndWait(DesktopNotifier &notifier, const QString &summary,
                              const QString &body, bool replace = false)
    {
        QSignalSpy notified(&notifier, &DesktopNotifier::notified);
        notifier.notify(summary, body, replace);
        if (!notified.wait(5000))
            return 0;
        return notified.constFirst().constFirst().toUInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "needs a session bus: run under dbus-run-session");
    }

    // A service of its own per test, so one test's registration never outlives it.
    void init()
    {
        m_service = std::make_unique<FakeNotificationService>();
        QVERIFY(m_service->start());
    }

    void cleanup() { m_service.reset(); }

    void shouldSendTheSummaryBodyAndWhoSentIt()
    {
        DesktopNotifier notifier;
        notifier.setAppName(QStringLiteral("SMM Price Browser"));
        notifier.setIconName(QStringLiteral("org.smmpricebrowser.SmmPriceBrowser"));
        notifier.setActionLabel(QStringLiteral("Show alerts"));
        QVERIFY(notifyAndWait(notifier, QStringLiteral("3 prices changed in Instagram Likes"),
                              QStringLiteral("IG Likes 1 — Price up: Rp 100 → Rp 150"))
                != 0);
        QCOMPARE(m_service->received.size(), 1);
        const FakeNotificationService::Received &got = m_service->received.constFirst();
        QCOMPARE(got.appName, QStringLiteral("SMM Price Browser"));
        QCOMPARE(got.icon, QStringLiteral("org.smmpricebrowser.SmmPriceBrowser"));
        QCOMPARE(got.summary, QStringLiteral("3 prices changed in Instagram Likes"));
        QCOMPARE(got.body, QStringLiteral("IG Likes 1 — Price up: Rp 100 → Rp 150"));
        QCOMPARE(got.replacesId, 0u);
        QCOMPARE(got.actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Show alerts")}));
        QCOMPARE(got.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.smmpricebrowser.SmmPriceBrowser"));
        QVERIFY(notifier.isShowing());
    }

    void shouldOfferNoActionWithoutALabel()
    {
        DesktopNotifier notifier;
        notifier.setActionLabel(QString());
        QVERIFY(notifyAndWait(notifier, QStringLiteral("Summary"), QStringLiteral("Body")) != 0);
        QCOMPARE(m_service->received.constFirst().actions, QStringList());
    }

    void shouldEscapeTheBodyOnlyForAServerThatReadsMarkup()
    {
        const QString body = QStringLiteral("Likes & Views <b>fast</b>");
        {
            DesktopNotifier notifier;
            QVERIFY(notifyAndWait(notifier, QStringLiteral("Plain"), body) != 0);
            QCOMPARE(m_service->received.constLast().body, body);
        }
        m_service->capabilities.append(QStringLiteral("body-markup"));
        DesktopNotifier notifier;
        QVERIFY(notifyAndWait(notifier, QStringLiteral("Markup & more"), body) != 0);
        QCOMPARE(m_service->received.constLast().body,
                 QStringLiteral("Likes &amp; Views &lt;b&gt;fast&lt;/b&gt;"));
        QCOMPARE(m_service->received.constLast().summary, QStringLiteral("Markup & more"));
    }

    void shouldUpdateTheShownNotificationInsteadOfPilingUp()
    {
        DesktopNotifier notifier;
        const uint first = notifyAndWait(notifier, QStringLiteral("1 alert"), QStringLiteral("a"));
        QVERIFY(first != 0);
        QCOMPARE(notifyAndWait(notifier, QStringLiteral("2 alerts"), QStringLiteral("a\nb"), true),
                 first);
        QCOMPARE(m_service->received.constLast().replacesId, first);
        // Without being asked to, a new one is shown next to it.
        const uint second = notifyAndWait(notifier, QStringLiteral("other"), QStringLiteral("x"));
        QVERIFY(second != 0 && second != first);
        QCOMPARE(m_service->received.constLast().replacesId, 0u);

        // Once the user closed the one shown last, the next one is new.
        Q_EMIT m_service->NotificationClosed(second, 2);
        QTRY_VERIFY(!notifier.isShowing());
        const uint next =
            notifyAndWait(notifier, QStringLiteral("1 alert"), QStringLiteral("c"), true);
        QVERIFY(next != 0 && next != second);
        QCOMPARE(m_service->received.constLast().replacesId, 0u);
        QCOMPARE(m_service->received.size(), 4);
    }

    void shouldReportAClickOnItsOwnNotificationOnly()
    {
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        const uint id = notifyAndWait(notifier, QStringLiteral("1 alert"), QStringLiteral("a"));
        QVERIFY(id != 0);
        // Another program's notification, and another action of ours; then the close, which
        // arrives after them, as signals keep their order.
        Q_EMIT m_service->ActionInvoked(id + 100, QStringLiteral("default"));
        Q_EMIT m_service->ActionInvoked(id, QStringLiteral("other"));
        Q_EMIT m_service->NotificationClosed(id, 2);
        QTRY_VERIFY(!notifier.isShowing());
        QCOMPARE(activated.count(), 0);

        const uint next = notifyAndWait(notifier, QStringLiteral("1 alert"), QStringLiteral("b"));
        Q_EMIT m_service->ActionInvoked(next, QStringLiteral("default"));
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.count(), 1);
    }

    void shouldStayQuietWithoutANotificationService()
    {
        QVERIFY(m_service->stop());
        QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(ServiceName));
        DesktopNotifier notifier;
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("^No desktop notifications: ")));
        QCOMPARE(notifyAndWait(notifier, QStringLiteral("1 alert"), QStringLiteral("a")), 0u);
        QVERIFY(!notifier.isShowing());
        QCOMPARE(m_service->received.size(), 0);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "test_desktopnotifier.moc"
