// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "ratefetcher.h"
#include "rateupdater.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestRateUpdater : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QByteArray m_output;
    quint16 m_port = 0;

    void useService(const char *mode)
    {
        AppSettings().setRateServiceUrl(
            QUrl(QStringLiteral("http://127.0.0.1:%1/%2/").arg(m_port).arg(QLatin1String(mode))));
    }

    // A fetch starts at once; a finished one's fetcher may wait for its deletion.
    static bool fetching(const RateUpdater &updater)
    {
        const QList<RateFetcher *> fetchers = updater.findChildren<RateFetcher *>();
        return std::any_of(fetchers.cbegin(), fetchers.cend(),
                           [](const RateFetcher *fetcher) { return fetcher->isBusy(); });
    }

    int requestCount()
    {
        m_output += m_server.readAllStandardOutput();
        return int(m_output.count("REQUEST "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_rateupdater"));
        m_server.start(QStringLiteral("python3"), {QStringLiteral(SMM_FAKE_RATES_SCRIPT)});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((m_output += m_server.readAllStandardOutput()).contains('\n'),
                                 10000);
        QVERIFY(m_output.startsWith("PORT "));
        m_port = quint16(m_output.mid(5, m_output.indexOf('\n') - 5).toUInt());
        m_output.clear();
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
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
