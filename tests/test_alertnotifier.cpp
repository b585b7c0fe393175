// SPDX-License-Identifier: MIT
#include "alertnotifier.h"
#include "fakenotificationservice.h"
#include "fakepanel.h"
#include "pricesession.h"
#include "refreshscheduler.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

Alert alert(const QString &category, quint64 id, Alert::Kind kind, const QString &oldValue,
            const QString &newValue, const QString &panel = {})
{
    Alert made;
    made.time = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    made.panel = panel;
    made.category = category;
    made.serviceId = id;
    made.serviceName = QStringLiteral("Likes %1").arg(id);
    made.kind = kind;
    made.oldValue = oldValue;
    made.newValue = newValue;
    return made;
}

const QString Likes = QStringLiteral("[IG] Instagram Likes");

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<FakeNotificationService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_panel.start());
    }

    void init()
    {
        m_service = std::make_unique<FakeNotificationService>();
        QVERIFY(m_service->start());
    }

    void cleanup() { m_service.reset(); }

    void shouldSumUpABatchInOneLine_data()
    {
        QTest::addColumn<AlertList>("alerts");
        QTest::addColumn<QString>("summary");
        const Alert up =
            alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("100"), QStringLiteral("150"));
        const Alert down =
            alert(Likes, 2, Alert::Kind::PriceDown, QStringLiteral("100"), QStringLiteral("50"));
        const Alert removed = alert(Likes, 3, Alert::Kind::Removed, QStringLiteral("100"), {});
        QTest::newRow("prices of one category")
            << AlertList{up, down, up}
            << QStringLiteral("3 price(s) changed in [IG] Instagram Likes");
        QTest::newRow("kinds mixed")
            << AlertList{up, removed} << QStringLiteral("2 alert(s) in [IG] Instagram Likes");
        QTest::newRow("another panel")
            << AlertList{alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("1"),
                               QStringLiteral("2"), QStringLiteral("Other"))}
            << QStringLiteral("1 price(s) changed in [IG] Instagram Likes (Other)");
        QTest::newRow("the same category of two panels")
            << AlertList{up, alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("1"),
                                   QStringLiteral("2"), QStringLiteral("Other"))}
            << QStringLiteral("2 alert(s) in several categories");
        QTest::newRow("two categories")
            << AlertList{up, alert(QStringLiteral("[YT] Views"), 9, Alert::Kind::PriceUp,
                                   QStringLiteral("1"), QStringLiteral("2"))}
            << QStringLiteral("2 alert(s) in several categories");
        Alert balance = alert({}, 0, Alert::Kind::LowBalance, QStringLiteral("10"),
                              QStringLiteral("4"), QStringLiteral("Shop"));
        balance.serviceName.clear();
        QTest::newRow("a balance") << AlertList{balance} << QStringLiteral("1 alert(s) in Shop");
        QTest::newRow("none") << AlertList{} << QString();
    }

    void shouldSumUpABatchInOneLine()
    {
        QFETCH(AlertList, alerts);
        QFETCH(QString, summary);
        QCOMPARE(AlertNotifier::summaryOf(alerts), summary);
    }

    void shouldListTheFirstAlertsAndCountTheRest()
    {
        Alert unnamed =
            alert(Likes, 3900, Alert::Kind::Removed, QStringLiteral("25947"), QString());
        unnamed.serviceName.clear();
        const AlertList alerts{
            alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("100"), QStringLiteral("150")),
            unnamed,
            alert(Likes, 2, Alert::Kind::RefillChanged, QStringLiteral("1"), QStringLiteral("0")),
            alert(Likes, 4, Alert::Kind::NewService, QString(), QStringLiteral("10")),
            alert(Likes, 5, Alert::Kind::PriceUp, QStringLiteral("1"), QStringLiteral("2")),
        };
        QCOMPARE(AlertNotifier::bodyOf(alerts, 4),
                 QStringLiteral("Likes 1: Price up, Rp 100 → Rp 150\n"
                                "Service 3900: Removed\n"
                                "Likes 2: Refill changed, refill → no refill\n"
                                "Likes 4: New service\n"
                                "…and 1 more."));
        QCOMPARE(AlertNotifier::bodyOf(alerts.mid(0, 1), 4),
                 QStringLiteral("Likes 1: Price up, Rp 100 → Rp 150"));
    }

    void shouldShowOneNotificationForARefreshThatRaisesAlertsInSeveralCategories()
    {
        QTemporaryDir data;
        PriceSession session;
        session.setApiBase(m_panel.baseUrl());
        session.setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        RefreshScheduler scheduler(&session);
        scheduler.setCategories(
            {QStringLiteral("changing:notify-a"), QStringLiteral("changing:notify-b")});
        AlertNotifier notifier;
        notifier.setGathering(300ms);
        connect(&session, &PriceSession::alertsRaised, &notifier, &AlertNotifier::add);
        QSignalSpy raised(&session, &PriceSession::alertsRaised);
        QSignalSpy finished(&scheduler, &RefreshScheduler::runFinished);

        QVERIFY(scheduler.runNow()); // the first fetch: nothing to compare with
        QVERIFY(finished.wait(10000));
        QVERIFY(scheduler.runNow());
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(m_service->received.size(), 1);
        QCOMPARE(raised.count(), 2); // one per category: both in the one notification
        QTest::qWait(900);           // three times the gathering: no second notification follows
        QCOMPARE(m_service->received.size(), 1);

        const FakeNotificationService::Received &shown = m_service->received.constFirst();
        QCOMPARE(shown.summary, QStringLiteral("4 alert(s) in several categories"));
        const QStringList lines = shown.body.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.filter(QStringLiteral(": Price up, ")).size(), 2);
        QCOMPARE(lines.filter(QStringLiteral(": Removed")).size(), 2);
        QCOMPARE(shown.replacesId, 0u);
    }

    void shouldUpdateTheOpenNotificationWhenABatchFollowsQuickly()
    {
        AlertNotifier notifier;
        notifier.setGathering(50ms);
        notifier.add(
            {alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("1"), QStringLiteral("2"))});
        QTRY_COMPARE(m_service->received.size(), 1);
        notifier.add(
            {alert(Likes, 2, Alert::Kind::PriceUp, QStringLiteral("1"), QStringLiteral("2"))});
        QTRY_COMPARE(m_service->received.size(), 2);
        const uint first = 41;
        QCOMPARE(m_service->received.at(1).replacesId, first);
        QCOMPARE(m_service->received.at(1).summary,
                 QStringLiteral("2 price(s) changed in [IG] Instagram Likes"));

        // Once it is closed the next batch is a notification of its own, with its alerts only.
        Q_EMIT m_service->NotificationClosed(first, 2);
        notifier.setFollowUp(1h);
        QTRY_VERIFY(!notifier.isShowing());
        notifier.add({alert(Likes, 3, Alert::Kind::Removed, QStringLiteral("1"), {})});
        QTRY_COMPARE(m_service->received.size(), 3);
        QCOMPARE(m_service->received.at(2).replacesId, 0u);
        QCOMPARE(m_service->received.at(2).summary,
                 QStringLiteral("1 alert(s) in [IG] Instagram Likes"));
    }

    void shouldShowTheAlertsWhenTheNotificationIsClicked()
    {
        AlertNotifier notifier;
        notifier.setGathering(0ms);
        QSignalSpy activated(&notifier, &AlertNotifier::activated);
        notifier.add(
            {alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("1"), QStringLiteral("2"))});
        QTRY_COMPARE(m_service->received.size(), 1);
        Q_EMIT m_service->ActionInvoked(41, QStringLiteral("default"));
        QVERIFY(activated.wait(5000));
    }

    void shouldNameTheAppAsTheDesktopFileDoes()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Display Name"));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Desktop"));
        AlertNotifier notifier;
        notifier.setGathering(0ms);
        notifier.add(
            {alert(Likes, 1, Alert::Kind::PriceUp, QStringLiteral("1"), QStringLiteral("2"))});
        QTRY_COMPARE(m_service->received.size(), 1);
        const FakeNotificationService::Received &shown = m_service->received.constFirst();
        QCOMPARE(shown.appName, QStringLiteral("Display Name"));
        QCOMPARE(shown.icon, QStringLiteral("org.example.Desktop"));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.example.Desktop"));
        QCOMPARE(shown.actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Show alerts")}));
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "test_alertnotifier.moc"
