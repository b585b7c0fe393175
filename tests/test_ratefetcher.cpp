// SPDX-License-Identifier: MIT
#include "fakepanel.h"
#include "ratefetcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

class TestRateFetcher : public QObject
{
    Q_OBJECT

private:
    FakePanel m_server;

    QUrl base(const char *mode) const { return m_server.ratesUrl(QLatin1String(mode)); }

    QStringList requests() { return m_server.requestedTargets(); }

    struct Outcome {
        QMap<QString, ExchangeRates::Rate> rates;
        QStringList problems;
    };

    Outcome fetchFrom(const char *mode, const QStringList &currencies,
                      std::chrono::milliseconds deadline = RateFetcher::DefaultDeadline)
    {
        RateFetcher fetcher;
        fetcher.setDeadline(deadline);
        QString error;
        if (!fetcher.setBaseUrl(base(mode), &error))
            qFatal("local address refused: %s", qPrintable(error));
        QSignalSpy finished(&fetcher, &RateFetcher::finished);
        fetcher.fetch(currencies);
        if (!finished.wait(15000))
            qFatal("the fetch did not finish");
        return {finished.at(0).at(0).value<QMap<QString, ExchangeRates::Rate>>(),
                finished.at(0).at(1).toStringList()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.useRatesScript();
        QVERIFY(m_server.start());
    }

    void shouldFetchEachCurrencyWithTheServicesDate()
    {
        m_server.clearRequests();
        const Outcome outcome =
            fetchFrom("ok", {u"usd"_qs, u"EUR"_qs, u"IDR"_qs, u"USD"_qs, u"bogus"_qs});
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(u'\n')));
        QCOMPARE(outcome.rates.keys(), (QStringList{u"EUR"_qs, u"USD"_qs}));
        const ExchangeRates::Rate usd = outcome.rates.value(u"USD"_qs);
        QCOMPARE(usd.rupiahPerUnit.toString(), u"16250.5"_qs);
        QCOMPARE(usd.date, QDate(2026, 11, 27));
        QCOMPARE(usd.source, ExchangeRates::Source::Fetched);
        QCOMPARE(outcome.rates.value(u"EUR"_qs).rupiahPerUnit.toString(), u"17000.12345"_qs);
        // The server prints a request before answering it; its output may still be on the way.
        QTRY_COMPARE_WITH_TIMEOUT(requests().size(), 2, 5000);
        QStringList targets = requests();
        targets.sort();
        QCOMPARE(targets, (QStringList{u"/ok/latest?base=EUR&symbols=IDR"_qs,
                                       u"/ok/latest?base=USD&symbols=IDR"_qs}));
    }

    void shouldFinishAtOnceWithNothingToFetch()
    {
        const Outcome outcome = fetchFrom("ok", {u"IDR"_qs, QString()});
        QVERIFY(outcome.rates.isEmpty());
        QVERIFY(outcome.problems.isEmpty());
    }

    void shouldSayWhyABrokenAnswerGaveNoRate_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::newRow("cut-off JSON") << QByteArray("broken");
        QTest::newRow("HTML page") << QByteArray("html");
        QTest::newRow("rate as a string") << QByteArray("wrongtype");
        QTest::newRow("no date") << QByteArray("nodate");
        QTest::newRow("HTTP 500") << QByteArray("error");
        QTest::newRow("1 MiB") << QByteArray("huge");
        QTest::newRow("redirect to a file") << QByteArray("redirect");
        QTest::newRow("unknown currency") << QByteArray("ok");
    }

    void shouldSayWhyABrokenAnswerGaveNoRate()
    {
        QFETCH(QByteArray, mode);
        const QString currency = mode == "ok" ? u"XAU"_qs : u"USD"_qs;
        const Outcome outcome = fetchFrom(mode.constData(), {currency});
        QVERIFY(outcome.rates.isEmpty());
        QCOMPARE(outcome.problems.size(), 1);
        const QString problem = outcome.problems.first();
        QVERIFY2(problem.contains(currency), qPrintable(problem));
        QVERIFY2(problem.contains(u"127.0.0.1"_qs), qPrintable(problem));
        QVERIFY(!problem.contains(u'\n'));
        if (mode == "huge")
            QVERIFY2(problem.contains(u"KiB"_qs), qPrintable(problem));
    }

    void shouldGiveUpOnASlowServiceAtTheDeadline()
    {
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = fetchFrom("slow", {u"USD"_qs}, std::chrono::milliseconds(1000));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(outcome.rates.isEmpty());
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY2(outcome.problems.first().contains(u"1 second"_qs),
                 qPrintable(outcome.problems.first()));
    }

    void shouldRefuseAddressesApiAddressRefuses()
    {
        RateFetcher fetcher;
        QString error;
        QVERIFY(!fetcher.setBaseUrl(QUrl(u"http://example.com/v1/"_qs), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!fetcher.setBaseUrl(QUrl(u"file:///etc/"_qs), &error));
        QCOMPARE(fetcher.baseUrl(), RateFetcher::defaultBase());
        QVERIFY(fetcher.setBaseUrl(QUrl(u"http://127.0.0.1:1/v1"_qs), &error));
        QCOMPARE(fetcher.baseUrl(), QUrl(u"http://127.0.0.1:1/v1/"_qs));
    }

    // Offline: the stored rates and their dates stay; the next start tries again.
    void shouldKeepTheLastRatesWhenAFetchFails()
    {
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_qs,
                              {d("16000"), QDate(2026, 11, 20), ExchangeRates::Source::Fetched}));
        const QDateTime yesterday(QDate(2026, 11, 30), QTime(9, 0));
        rates.takeFetched({{u"USD"_qs, *rates.rate(u"USD"_qs)}}, yesterday);
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0));
        QCOMPARE(rates.currenciesToFetch({u"USD"_qs}, now), QStringList{u"USD"_qs});

        const Outcome outcome = fetchFrom("error", {u"USD"_qs});
        QCOMPARE(outcome.problems.size(), 1);
        rates.takeFetched(outcome.rates, now);
        QCOMPARE(rates.rate(u"USD"_qs)->rupiahPerUnit, d("16000"));
        QCOMPARE(rates.rate(u"USD"_qs)->date, QDate(2026, 11, 20));
        QCOMPARE(rates.lastFetch(), yesterday);
        QCOMPARE(rates.currenciesToFetch({u"USD"_qs}, now), QStringList{u"USD"_qs});
    }

    void shouldFetchOnceADay()
    {
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"EUR"_qs, {d("17500"), {}, ExchangeRates::Source::SetByHand}));
        const QDateTime morning(QDate(2026, 12, 1), QTime(8, 0));
        QCOMPARE(rates.currenciesToFetch({u"USD"_qs, u"EUR"_qs, u"IDR"_qs}, morning),
                 (QStringList{u"USD"_qs, u"EUR"_qs}));
        const Outcome outcome = fetchFrom("ok", {u"USD"_qs, u"EUR"_qs});
        rates.takeFetched(outcome.rates, morning);
        QCOMPARE(rates.rate(u"USD"_qs)->rupiahPerUnit.toString(), u"16250.5"_qs);
        // A rate set by hand is the user's choice: a fetch does not replace it.
        QCOMPARE(rates.rate(u"EUR"_qs)->rupiahPerUnit, d("17500"));
        const QDateTime evening(QDate(2026, 12, 1), QTime(20, 0));
        QVERIFY(rates.currenciesToFetch({u"USD"_qs, u"EUR"_qs}, evening).isEmpty());
        // A currency newly in use has no rate yet: it is fetched the same day.
        QCOMPARE(rates.currenciesToFetch({u"USD"_qs, u"SGD"_qs}, evening), QStringList{u"SGD"_qs});
        const QDateTime tomorrow(QDate(2026, 12, 2), QTime(7, 0));
        QCOMPARE(rates.currenciesToFetch({u"USD"_qs}, tomorrow), QStringList{u"USD"_qs});
    }
};

QTEST_GUILESS_MAIN(TestRateFetcher)
#include "test_ratefetcher.moc"
