// SPDX-License-Identifier: MIT
#include "moneyformat.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <limits>

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);
const QLocale Indonesian(QLocale::Indonesian, QLocale::Indonesia);

// A careless translation of every money pattern: the amount's place "%1" is gone.
class PlacelessTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "MoneyFormat")
            return {};
        return QString::fromUtf8(sourceText).replace(u"%1"_qs, u"jumlah"_qs);
    }
};

} // namespace

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteWholeRupiah_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("indonesian");
        QTest::newRow("fraction up") << 24865.6 << u"Rp 24,866"_qs << u"Rp 24.866"_qs;
        QTest::newRow("fraction down") << 107800.38 << u"Rp 107,800"_qs << u"Rp 107.800"_qs;
        QTest::newRow("half up") << 100.5 << u"Rp 101"_qs << u"Rp 101"_qs;
        QTest::newRow("whole") << 100000.0 << u"Rp 100,000"_qs << u"Rp 100.000"_qs;
        QTest::newRow("millions") << 1297350000.0 << u"Rp 1,297,350,000"_qs
                                  << u"Rp 1.297.350.000"_qs;
        QTest::newRow("zero") << 0.0 << u"Rp 0"_qs << u"Rp 0"_qs;
        QTest::newRow("below half") << 0.205 << u"Rp 0"_qs << u"Rp 0"_qs;
        QTest::newRow("tiny negative, no minus zero") << -0.4 << u"Rp 0"_qs << u"Rp 0"_qs;
        QTest::newRow("negative") << -1500.2 << u"Rp -1,500"_qs << u"Rp -1.500"_qs;
    }

    void shouldWriteWholeRupiah()
    {
        QFETCH(double, amount);
        QFETCH(QString, english);
        QFETCH(QString, indonesian);
        QCOMPARE(MoneyFormat::rupiah(amount, English), english);
        QCOMPARE(MoneyFormat::rupiah(amount, Indonesian), indonesian);
    }

    void shouldWriteAnExactRupiahPriceWithTheDecimalsItHas_data()
    {
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("indonesian");
        QTest::newRow("a half rupiah") << u"12.50"_qs << u"Rp 12.5"_qs << u"Rp 12,5"_qs;
        QTest::newRow("grouped, four places")
            << u"25947.1234"_qs << u"Rp 25,947.1234"_qs << u"Rp 25.947,1234"_qs;
        QTest::newRow("zeros only") << u"25000.000"_qs << u"Rp 25,000"_qs << u"Rp 25.000"_qs;
        QTest::newRow("whole") << u"1500"_qs << u"Rp 1,500"_qs << u"Rp 1.500"_qs;
        QTest::newRow("below one") << u"0.0450"_qs << u"Rp 0.045"_qs << u"Rp 0,045"_qs;
    }

    void shouldWriteAnExactRupiahPriceWithTheDecimalsItHas()
    {
        QFETCH(QString, exact);
        QFETCH(QString, english);
        QFETCH(QString, indonesian);
        const Decimal amount = *Decimal::parse(exact);
        QCOMPARE(MoneyFormat::rupiah(amount, English), english);
        QCOMPARE(MoneyFormat::rupiah(amount, Indonesian), indonesian);
    }

    void shouldWriteAUnitPriceWithItsUnitAndTwoDecimals_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("indonesian");
        QTest::newRow("per unit") << 24.8656 << u"Rp 24.87 / unit"_qs << u"Rp 24,87 / unit"_qs;
        QTest::newRow("whole") << 25.0 << u"Rp 25.00 / unit"_qs << u"Rp 25,00 / unit"_qs;
        QTest::newRow("tiny") << 0.009 << u"Rp 0.01 / unit"_qs << u"Rp 0,01 / unit"_qs;
        QTest::newRow("thousands")
            << 1297.35 << u"Rp 1,297.35 / unit"_qs << u"Rp 1.297,35 / unit"_qs;
        QTest::newRow("tiny negative, no minus zero")
            << -0.001 << u"Rp 0.00 / unit"_qs << u"Rp 0,00 / unit"_qs;
    }

    void shouldWriteAUnitPriceWithItsUnitAndTwoDecimals()
    {
        QFETCH(double, amount);
        QFETCH(QString, english);
        QFETCH(QString, indonesian);
        QCOMPARE(MoneyFormat::unitPrice(amount, English), english);
        QCOMPARE(MoneyFormat::unitPrice(amount, Indonesian), indonesian);
    }

    // The two prices of one service side by side never look alike (the issue: "Rp 24,866" per
    // 1K next to "Rp 24.866" per unit).
    void shouldKeepAPricePer1KAndItsUnitPriceApart()
    {
        for (const QLocale &locale : {English, Indonesian}) {
            const double per1K = 24865.6;
            const QString perUnit = MoneyFormat::unitPrice(per1K / 1000, locale);
            QVERIFY2(perUnit.endsWith(u" / unit"_qs), qPrintable(perUnit));
            QVERIFY(!perUnit.startsWith(MoneyFormat::rupiah(per1K, locale)));
        }
    }

    void shouldFollowTheDefaultLocale()
    {
        QLocale::setDefault(Indonesian);
        const QString indonesian = MoneyFormat::rupiah(24865.6);
        QLocale::setDefault(QLocale::system());
        QCOMPARE(indonesian, u"Rp 24.866"_qs);
    }

    void shouldNameWhatASpinBoxPutsAroundTheAmount()
    {
        QCOMPARE(MoneyFormat::prefix() + u"1,500"_qs + MoneyFormat::suffix(),
                 MoneyFormat::rupiah(1500, English));
    }

    void shouldIgnoreATranslationThatLosesTheAmount()
    {
        PlacelessTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString prefix = MoneyFormat::prefix();
        const QString suffix = MoneyFormat::suffix();
        const QString whole = MoneyFormat::rupiah(1500, English);
        const QString perUnit = MoneyFormat::unitPrice(1.5, English);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(prefix, u"Rp "_qs);
        QCOMPARE(suffix, QString());
        QCOMPARE(whole, u"Rp 1,500"_qs);
        QCOMPARE(perUnit, u"Rp 1.50 / unit"_qs);
    }

    void shouldNotCrashOnNonFiniteAmounts()
    {
        const double infinity = std::numeric_limits<double>::infinity();
        QVERIFY(MoneyFormat::rupiah(infinity, English).startsWith(u"Rp "_qs));
        QVERIFY(MoneyFormat::unitPrice(std::numeric_limits<double>::quiet_NaN(), English)
                    .endsWith(u" / unit"_qs));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "test_moneyformat.moc"
