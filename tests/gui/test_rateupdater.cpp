// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "fakepanel.h"
#include "ratefetcher.h"
#include "rateupdater.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestRateUpdater : public QObject
{
    Q_OBJECT

private:
    FakePanel m_server;

    void useService(const char *mode)
    {
        AppSettings().setRateServiceUrl(m_server.ratesUrl(QLatin1String(mode)));
    }

    // A fetch starts at once; a finished one's fetcher may wait for its deletion.
    static bool fetching(const RateUpdater &updater)
    {
        const QList<RateFetcher *> fetchers = updater.findChildren<RateFetcher *>();
        return std::any_of(fetchers.cbegin(), fetchers.cend(),
                           [](const RateFetcher *fetcher) { return fetcher->isBusy(); });
    }

    int requestCount() { return int(m_server.requestedTargets().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_rateupdater"));
        m_server.useRatesScript();
        QVERIFY(m_server.start());
    }

    void init() { QSettings().clear(); }

    void shouldFetchTheCurrenciesInUseOnceADayAndKeepThem()
    {
        useService("ok");
        AppSettings settings;
        RateUpdater updater(settings);
        QSignalSpy changed(&updater, &RateUpdater::ratesChanged);
        QSignalSpy failed(&updater, &RateUpdater::fetchFailed);
        updater.setCurrencies({QStringLiteral("usd"), QStringLiteral("IDR"), QString()});
        QVERIFY(changed.wait(10000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(updater.rates().rate(QStringLiteral("USD"))->rupiahPerUnit.toString(),
                 QStringLiteral("16250.5"));
        // Kept for offline use, with the day they hold for.
        const ExchangeRates stored = AppSettings().exchangeRates();
        QCOMPARE(stored.rate(QStringLiteral("USD"))->date, QDate(2026, 11, 27));
        QTRY_COMPARE(requestCount(), 1);

        // Fetched today: a currency already known is not asked for again; a new one is.
        updater.setCurrencies({QStringLiteral("USD")});
        QVERIFY(!fetching(updater));
        updater.setCurrencies({QStringLiteral("EUR")});
        QVERIFY(changed.wait(10000));
        QVERIFY(updater.rates().rate(QStringLiteral("EUR")));
        QVERIFY(updater.rates().rate(QStringLiteral("USD")));
        QTRY_COMPARE(requestCount(), 2);
    }

    void shouldFetchNothingWhenTurnedOff()
    {
        useService("ok");
        AppSettings settings;
        settings.setFetchRatesDaily(false);
        RateUpdater updater(settings);
        updater.setCurrencies({QStringLiteral("USD")});
        QVERIFY(!fetching(updater));
        QVERIFY(!updater.rates().rate(QStringLiteral("USD")));
    }

    void shouldReportAFailureInOneLine()
    {
        useService("error");
        AppSettings settings;
        RateUpdater updater(settings);
        QSignalSpy changed(&updater, &RateUpdater::ratesChanged);
        QSignalSpy failed(&updater, &RateUpdater::fetchFailed);
        updater.setCurrencies({QStringLiteral("USD"), QStringLiteral("EUR")});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(u"Exchange rates were not fetched: ")
                     && !message.contains(u'\n'),
                 qPrintable(message));
        QVERIFY(changed.isEmpty());
        QVERIFY(!fetching(updater));
    }
};

QTEST_GUILESS_MAIN(TestRateUpdater)
#include "test_rateupdater.moc"
