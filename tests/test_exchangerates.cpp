// SPDX-License-Identifier: MIT
#include "exchangerates.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

Service service(const QString &currency, double price, const QString &priceExact = {})
{
    Service s;
    s.id = 1;
    s.currency = currency;
    s.price = price;
    s.priceExact = priceExact;
    return s;
}

QString text(const std::optional<Decimal> &value)
{
    return value ? value->toString() : u"(none)"_qs;
}

} // namespace

class TestExchangeRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveRupiahServicesTheirOwnPriceToTheCent()
    {
        const ExchangeRates rates;
        QCOMPARE(text(rates.priceIdr(service(QString(), 24865.6))), u"24865.60"_qs);
        QCOMPARE(text(rates.priceIdr(service(u"IDR"_qs, 107800.88))), u"107800.88"_qs);
        QCOMPARE(text(rates.priceIdr(service(u"idr"_qs, 0, u"0.125"_qs))), u"0.13"_qs);
    }

    void shouldConvertExactlyFromThePanelsText()
    {
        ExchangeRates rates;
        QVERIFY(rates.setRate(
            u"USD"_qs, {d("16250.12345"), QDate(2026, 11, 30), ExchangeRates::Source::Fetched}));
        // 0.0450123 * 16250.12345 = 731.455431768435
        QCOMPARE(text(rates.priceIdr(service(u"USD"_qs, 0.0450123, u"0.0450123"_qs))),
                 u"731.46"_qs);
        // priceExact wins over price, which is only for sorting.
        QCOMPARE(text(rates.priceIdr(service(u"usd"_qs, 999, u"1"_qs))), u"16250.12"_qs);
    }

    void shouldGiveNoValueRatherThanZero()
    {
        ExchangeRates rates;
        QVERIFY(!rates.priceIdr(service(u"EUR"_qs, 1.5)));
        QVERIFY(!rates.priceIdr(service(u"XX"_qs, 1.5)));           // not a code at all
        QVERIFY(!rates.priceIdr(service(u"USD"_qs, 1, u"1e3"_qs))); // unreadable exact price
        QVERIFY(!rates.priceIdr(service(QString(), 1, u"junk"_qs)));
    }

    void shouldCompareRupiahAsGivenAndOthersThroughTheirRate()
    {
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_qs,
                              {d("16000"), QDate(2026, 11, 30), ExchangeRates::Source::SetByHand}));
        // A rupiah price orders by the panel's number even when its exact text is unreadable.
        QCOMPARE(rates.rupiahForComparing(service(QString(), 24865.6, u"junk"_qs)), 24865.6);
        QCOMPARE(rates.rupiahForComparing(service(u"USD"_qs, 999, u"0.5"_qs)), 8000.0);
        QCOMPARE(rates.rupiahForComparing(service(u"EUR"_qs, 1.5)), std::nullopt);
        QCOMPARE(rates.rupiahForComparing(service(u"USD"_qs, 1, u"1e3"_qs)), std::nullopt);
    }

    void shouldLetThisRunsRatesWinWithoutStoringThem()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_qs,
                              {d("15000"), QDate(2026, 11, 1), ExchangeRates::Source::SetByHand}));
        QVERIFY(rates.setRateForThisRun(u"usd"_qs, d("16000")));
        QCOMPARE(text(rates.priceIdr(service(u"USD"_qs, 2))), u"32000.00"_qs);
        QCOMPARE(rates.rate(u"USD"_qs)->source, ExchangeRates::Source::ThisRun);
        rates.save(settings);
        const ExchangeRates loaded = ExchangeRates::load(settings);
        QCOMPARE(text(loaded.priceIdr(service(u"USD"_qs, 2))), u"30000.00"_qs);
    }

    void shouldRefuseUnusableRates()
    {
        ExchangeRates rates;
        QVERIFY(!rates.setRate(u"USD"_qs, {d("0"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(!rates.setRate(u"USD"_qs, {d("-1"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(!rates.setRate(u"US"_qs, {d("1"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(!rates.setRate(u"IDR"_qs, {d("2"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(!rates.setRateForThisRun(u"U1D"_qs, d("1")));
        QVERIFY(rates.storedRates().isEmpty());
        QCOMPARE(rates.rate(u"IDR"_qs)->rupiahPerUnit, d("1"));
    }

    void shouldParseTheRateOption_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"USD=16250.5"_qs << u"USD"_qs << u"16250.5"_qs;
        QTest::newRow("lower case") << u"eur=17000"_qs << u"EUR"_qs << u"17000"_qs;
        QTest::newRow("small") << u"JPY=108.12345"_qs << u"JPY"_qs << u"108.12345"_qs;
        QTest::newRow("no equals") << u"USD"_qs << QString() << QString();
        QTest::newRow("two letters") << u"US=1"_qs << QString() << QString();
        QTest::newRow("digit in code") << u"U5D=1"_qs << QString() << QString();
        QTest::newRow("zero") << u"USD=0"_qs << QString() << QString();
        QTest::newRow("negative") << u"USD=-1"_qs << QString() << QString();
        QTest::newRow("comma") << u"USD=16,250"_qs << QString() << QString();
        QTest::newRow("exponent") << u"USD=1e4"_qs << QString() << QString();
        QTest::newRow("empty value") << u"USD="_qs << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void shouldParseTheRateOption()
    {
        QFETCH(QString, option);
        QFETCH(QString, currency);
        QFETCH(QString, value);
        QString error;
        const auto parsed = ExchangeRates::parseRateOption(option, &error);
        if (currency.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(error.contains(u"--rate"_qs));
            QVERIFY(!error.contains(u'\n'));
        } else {
            QVERIFY(parsed);
            QVERIFY(error.isEmpty());
            QCOMPARE(parsed->currency, currency);
            QCOMPARE(parsed->rupiahPerUnit.toString(), value);
        }
    }

    void shouldKeepRatesWithTheirDateAndSourceInTheSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_qs);
        {
            QSettings settings(path, QSettings::IniFormat);
            ExchangeRates rates;
            QVERIFY(rates.setRate(u"USD"_qs, {d("16250.12345"), QDate(2026, 11, 30),
                                              ExchangeRates::Source::Fetched}));
            QVERIFY(
                rates.setRate(u"EUR"_qs, {d("17000"), QDate(), ExchangeRates::Source::SetByHand}));
            QVERIFY(rates.setDisplayCurrency(u"usd"_qs));
            rates.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        const ExchangeRates loaded = ExchangeRates::load(settings);
        QCOMPARE(loaded.displayCurrency(), u"USD"_qs);
        QCOMPARE(loaded.storedRates().size(), 2);
        const auto usd = loaded.rate(u"USD"_qs);
        QVERIFY(usd);
        QCOMPARE(usd->rupiahPerUnit.toString(), u"16250.12345"_qs); // exact, not via a double
        QCOMPARE(usd->date, QDate(2026, 11, 30));
        QCOMPARE(usd->source, ExchangeRates::Source::Fetched);
        QCOMPARE(loaded.rate(u"EUR"_qs)->source, ExchangeRates::Source::SetByHand);
        QVERIFY(!loaded.rate(u"EUR"_qs)->date.isValid());
    }

    void shouldSkipDamagedStoredRates()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
        settings.setValue(u"rates/display"_qs, u"rupiah"_qs);
        settings.setValue(u"rates/currencies/USD/rupiahPerUnit"_qs, u"16,250"_qs);
        settings.setValue(u"rates/currencies/EUR/rupiahPerUnit"_qs, u"-5"_qs);
        settings.setValue(u"rates/currencies/X1/rupiahPerUnit"_qs, u"5"_qs);
        settings.setValue(u"rates/currencies/IDR/rupiahPerUnit"_qs, u"5"_qs);
        settings.setValue(u"rates/currencies/SGD/date"_qs, u"yesterday"_qs);
        settings.setValue(u"rates/currencies/JPY/rupiahPerUnit"_qs, u"108.5"_qs);
        settings.setValue(u"rates/currencies/JPY/date"_qs, u"not a date"_qs);
        const ExchangeRates loaded = ExchangeRates::load(settings);
        QCOMPARE(loaded.displayCurrency(), u"IDR"_qs);
        QCOMPARE(loaded.storedRates().keys(), QStringList{u"JPY"_qs});
        QVERIFY(!loaded.rate(u"JPY"_qs)->date.isValid());
        QCOMPARE(loaded.rate(u"IDR"_qs)->rupiahPerUnit, d("1"));
    }

    void shouldConvertToTheDisplayCurrencyThroughRupiah()
    {
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_qs, {d("16000"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(rates.setRate(u"EUR"_qs, {d("17000"), {}, ExchangeRates::Source::SetByHand}));
        QVERIFY(rates.setDisplayCurrency(u"USD"_qs));
        QCOMPARE(text(rates.priceInDisplayCurrency(service(QString(), 24000))), u"1.50"_qs);
        QCOMPARE(text(rates.priceInDisplayCurrency(service(u"USD"_qs, 0, u"0.0450"_qs))),
                 u"0.05"_qs);
        // 2 EUR = 34000 Rp = 2.125 USD -> 2.13
        QCOMPARE(text(rates.priceInDisplayCurrency(service(u"EUR"_qs, 2))), u"2.13"_qs);
        QVERIFY(!rates.priceInDisplayCurrency(service(u"GBP"_qs, 2)));
        QVERIFY(rates.setDisplayCurrency(u"CHF"_qs));
        QVERIFY(!rates.priceInDisplayCurrency(service(QString(), 24000)));
        QVERIFY(!rates.setDisplayCurrency(u"Rp"_qs));
        QCOMPARE(rates.displayCurrency(), u"CHF"_qs);
    }
};

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "test_exchangerates.moc"
