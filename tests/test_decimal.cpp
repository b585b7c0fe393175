// SPDX-License-Identifier: MIT
#include "decimal.h"

#include <QTest>

#include <limits>

namespace {

Decimal d(const char *text)
{
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("test literal %s does not parse", text);
    return *value;
}

} // namespace

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseAndWriteBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("rate with trailing zero") << u"0.0450"_qs;
        QTest::newRow("negative integer") << u"-1"_qs;
        QTest::newRow("rupiah cents") << u"107800.88"_qs;
        QTest::newRow("seven decimals") << u"0.0000001"_qs;
        QTest::newRow("zero") << u"0"_qs;
        QTest::newRow("leading zeros kept as value") << u"007.5"_qs;
        QTest::newRow("negative fraction") << u"-0.5"_qs;
        QTest::newRow("38 digits") << u"12345678901234567890123456789012345678"_qs;
    }

    void shouldParseAndWriteBackExactly()
    {
        QFETCH(QString, text);
        const auto value = Decimal::parse(text);
        QVERIFY(value);
        const QString expected = text == u"007.5"_qs ? u"7.5"_qs : text;
        QCOMPARE(value->toString(), expected);
    }

    void shouldRejectAnythingButPlainDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("exponent") << u"1e5"_qs;
        QTest::newRow("capital exponent") << u"4.5E-2"_qs;
        QTest::newRow("comma mark") << u"0,045"_qs;
        QTest::newRow("group separator") << u"107,800.88"_qs;
        QTest::newRow("plus") << u"+1"_qs;
        QTest::newRow("space") << u" 1"_qs;
        QTest::newRow("trailing junk") << u"1.5abc"_qs;
        QTest::newRow("only minus") << u"-"_qs;
        QTest::newRow("point first") << u".5"_qs;
        QTest::newRow("point last") << u"5."_qs;
        QTest::newRow("two points") << u"1.2.3"_qs;
        QTest::newRow("nan") << u"nan"_qs;
        QTest::newRow("infinity") << u"inf"_qs;
        QTest::newRow("arabic-indic digit") << u"\u0661"_qs;
        QTest::newRow("too many places") << (u"0."_qs + QString(Decimal::MaxScale + 1, u'1'));
        QTest::newRow("beyond 128 bits") << u"9999999999999999999999999999999999999999"_qs;
    }

    void shouldRejectAnythingButPlainDecimals()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::parse(text));
    }

    void shouldMultiplySevenDecimalRatesByFiveDecimalExchangeRatesExactly()
    {
        // A panel's 7-decimal rate times a 5-decimal exchange rate: 12 places, none lost.
        const auto product = d("0.0450123").multiplied(d("16250.12345"));
        QVERIFY(product);
        QCOMPARE(product->toString(), u"731.455431768435"_qs);
        QCOMPARE(product->rounded(2)->toString(), u"731.46"_qs);
        // 107800.94185
        QCOMPARE(d("6.6337").multiplied(d("16250.5"))->rounded(2)->toString(), u"107800.94"_qs);
    }

    void shouldRoundHalfAwayFromZero_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("expected");
        QTest::newRow("half up") << u"0.125"_qs << 2 << u"0.13"_qs;
        QTest::newRow("half negative away") << u"-0.125"_qs << 2 << u"-0.13"_qs;
        QTest::newRow("below half") << u"0.12499999"_qs << 2 << u"0.12"_qs;
        QTest::newRow("to whole") << u"2.5"_qs << 0 << u"3"_qs;
        QTest::newRow("negative to whole") << u"-2.5"_qs << 0 << u"-3"_qs;
        QTest::newRow("pads") << u"107800"_qs << 2 << u"107800.00"_qs;
        QTest::newRow("tiny negative to zero, no minus") << u"-0.004"_qs << 2 << u"0.00"_qs;
        QTest::newRow("carries") << u"9.995"_qs << 2 << u"10.00"_qs;
    }

    void shouldRoundHalfAwayFromZero()
    {
        QFETCH(QString, value);
        QFETCH(int, places);
        QFETCH(QString, expected);
        const auto result = d(value.toLatin1().constData()).rounded(places);
        QVERIFY(result);
        QCOMPARE(result->toString(), expected);
    }

    void shouldDivideToAGivenNumberOfPlaces()
    {
        QCOMPARE(d("1").divided(d("3"), 4)->toString(), u"0.3333"_qs);
        QCOMPARE(d("2").divided(d("3"), 2)->toString(), u"0.67"_qs);
        QCOMPARE(d("-2").divided(d("3"), 2)->toString(), u"-0.67"_qs);
        QCOMPARE(d("2").divided(d("-3"), 2)->toString(), u"-0.67"_qs);
        QCOMPARE(d("107800.88").divided(d("16250.5"), 2)->toString(), u"6.63"_qs);
        QCOMPARE(d("0.0001").divided(d("16250.5"), 2)->toString(), u"0.00"_qs);
        QCOMPARE(d("1").divided(d("0.125"), 0)->toString(), u"8"_qs);
        QVERIFY(!d("1").divided(d("0"), 2));
        QVERIFY(!d("1").divided(d("0.000"), 2));
    }

    void shouldAddAndSubtractAcrossScales()
    {
        QCOMPARE(d("0.0450").added(d("16250.5"))->toString(), u"16250.5450"_qs);
        QCOMPARE(d("100").subtracted(d("0.01"))->toString(), u"99.99"_qs);
        QCOMPARE(d("1.5").subtracted(d("2.25"))->toString(), u"-0.75"_qs);
        const Decimal huge = d("170141183460469231731687303715884105727"); // 2^127 - 1
        QVERIFY(!huge.added(d("1")));
        QVERIFY(!d("-2").subtracted(huge));
        QVERIFY(!huge.added(d("0.1"))); // cannot be brought to one place
    }

    void shouldRefuseOverflowInsteadOfWrapping()
    {
        const Decimal big = d("100000000000000000000"); // 10^20
        QVERIFY(!big.multiplied(big));                  // 10^40 > 2^127
        QVERIFY(!big.divided(d("0.00000000000000000001"), 2));
        QVERIFY(!d("12345678901234567890123456789012345678").rounded(2));
        QVERIFY(big.multiplied(d("1000000000000000"))); // 10^35 still fits
        // −2^127 is a mantissa that parses, but neither it nor its quotient by −1 has a magnitude
        // that fits.
        const std::optional<Decimal> lowest =
            Decimal::parse(u"-170141183460469231731687303715884105728");
        QVERIFY(lowest);
        QVERIFY(!lowest->divided(d("-1"), 0));
        QVERIFY(!d("1").divided(*lowest, 0));
    }

    void shouldCompareAcrossScales()
    {
        QCOMPARE(d("0.0450"), d("0.045"));
        QVERIFY(d("0.0450") < d("0.0451"));
        QVERIFY(d("-1") < d("0"));
        QVERIFY(d("-1.5") < d("-1.25"));
        QVERIFY(d("2") > d("1.9999999"));
        // The other side cannot be brought to 30 places: it is the larger one.
        const Decimal big = d("10000000000000000000000000000000000");
        const Decimal fine = d("0.000000000000000000000000000001");
        QVERIFY(big > fine);
        QVERIFY(fine < big);
        QVERIFY(d("-10000000000000000000000000000000000") < d("-0.1"));
    }

    void shouldComeFromADoubleThroughItsShortestText()
    {
        QCOMPARE(Decimal::fromDouble(0.1)->toString(), u"0.1"_qs);
        QCOMPARE(Decimal::fromDouble(24865.6)->toString(), u"24865.6"_qs);
        QCOMPARE(Decimal::fromDouble(107800)->toString(), u"107800"_qs);
        QCOMPARE(Decimal::fromDouble(-0.045)->toString(), u"-0.045"_qs);
        QCOMPARE(Decimal::fromDouble(1e20)->toString(), u"100000000000000000000"_qs);
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()));
        QVERIFY(!Decimal::fromDouble(1e300));
    }

    void shouldConvertToDoubleAndUseAnyDecimalMark()
    {
        QCOMPARE(d("0.0450").toDouble(), 0.045);
        QCOMPARE(d("-107800.88").toDouble(), -107800.88);
        QCOMPARE(d("107800.88").toString(u','), u"107800,88"_qs);
        QCOMPARE(d("0.05").toString(), u"0.05"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
