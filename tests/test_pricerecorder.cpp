// SPDX-License-Identifier: MIT
#include "pricehistory.h"
#include "pricerecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPriceRecorder : public QObject
{
    Q_OBJECT

private:
    static FetchResult fetched(const QString &panel, double price)
    {
        Service service;
        service.id = 7;
        service.panel = panel;
        service.category = QStringLiteral("Views");
        service.price = price;
        FetchResult result;
        result.outcome = FetchResult::Outcome::Succeeded;
        result.parsed.services = {service};
        result.finishedAt = QDateTime::currentDateTimeUtc();
        return result;
    }

    static FetchResult failed()
    {
        FetchResult result;
        result.failure = FetchResult::Failure::Unreachable;
        result.error = QStringLiteral("no route");
        return result;
    }

    // Settles `result` on the caller's thread and returns what was answered.
    static FetchSettlement settle(PriceRecorder &recorder, const QString &panel,
                                  const FetchResult &result)
    {
        QSignalSpy spy(&recorder, &PriceRecorder::settled);
        recorder.settle(PriceRecorder::newTicket(), panel, QStringLiteral("Views"), result);
        return spy.size() == 1 ? spy.at(0).at(1).value<FetchSettlement>() : FetchSettlement();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FetchSettlement>();
        qRegisterMetaType<StoredSelection>();
    }

    void shouldCarryTheAlertsOfAFetchUnderItsRules()
    {
        QTemporaryDir dir;
        PriceRecorder recorder(dir.filePath(QStringLiteral("history.sqlite")),
                               PriceRecorder::Threading::Caller);
        const QString king = QStringLiteral("SMM King");
        QVERIFY(settle(recorder, king, fetched(king, 100)).alerts.isEmpty());
        const AlertList up = settle(recorder, king, fetched(king, 120)).alerts;
        QCOMPARE(up.size(), 1);
        QCOMPARE(up[0].kind, Alert::Kind::PriceUp);
        QCOMPARE(up[0].panel, king);
        QCOMPARE(up[0].category, QStringLiteral("Views"));
        QVERIFY(up[0].id > 0);
        QVERIFY(settle(recorder, king, fetched(king, 120)).alerts.isEmpty());
        // Down 20 %: nothing by default, an alert once the rules ask for it.
        QVERIFY(settle(recorder, king, fetched(king, 96)).alerts.isEmpty());
        AlertRules rules;
        rules.panels[king].priceDownPercent = 10;
        recorder.setAlertRules(rules);
        QCOMPARE(settle(recorder, king, fetched(king, 50)).alerts.size(), 1);
        // A failed fetch stores nothing and raises nothing.
        QVERIFY(settle(recorder, king, failed()).alerts.isEmpty());
    }

    void shouldSettleEachPanelAgainstItsOwnHistory()
    {
        QTemporaryDir dir;
        PriceRecorder recorder(dir.filePath(QStringLiteral("history.sqlite")),
                               PriceRecorder::Threading::Caller);
        const QString builtIn = PriceHistory::BuiltInPanel;
        const QString king = QStringLiteral("SMM King");
        QVERIFY(settle(recorder, builtIn, fetched(builtIn, 100)).historyAvailable);

        // The built-in panel's "Views" is no earlier fetch of the other panel's "Views".
        const FetchSettlement first = settle(recorder, king, fetched(king, 5));
        QCOMPARE(first.panel, king);
        QVERIFY(first.notStored.isEmpty());
        QVERIFY(!first.changes.hasPrevious());
        const FetchSettlement second = settle(recorder, king, fetched(king, 6));
        QCOMPARE(second.changes.changeOf(7, king)->previousPrice, 5.0);

        // Offline, a panel falls back on its own stored prices.
        const FetchSettlement offline = settle(recorder, king, failed());
        QVERIFY(offline.offline);
        QCOMPARE(offline.services.size(), 1);
        QCOMPARE(offline.services[0].price, 6.0);
        QCOMPARE(offline.services[0].panel, king);
        QVERIFY(!settle(recorder, QStringLiteral("Nobody"), failed()).offline);

        QSignalSpy loaded(&recorder, &PriceRecorder::loaded);
        recorder.load(PriceRecorder::newTicket(), builtIn,
                      {QStringLiteral("Views"), QStringLiteral("Likes")});
        QCOMPARE(loaded.size(), 1);
        const auto stored = loaded.at(0).at(1).value<StoredSelection>();
        QCOMPARE(stored.fetches.size(), 1);
        QCOMPARE(stored.fetches[0].panel, builtIn);
        QCOMPARE(stored.fetches[0].services[0].price, 100.0);
        QCOMPARE(stored.missing, QStringList{QStringLiteral("Likes")});
    }
};

QTEST_GUILESS_MAIN(TestPriceRecorder)
#include "test_pricerecorder.moc"
