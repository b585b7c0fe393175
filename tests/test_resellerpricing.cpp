// SPDX-License-Identifier: MIT
#include "resellerpricing.h"
#include "responseparser.h"

#include <QLocale>
#include <QTest>

#include <cmath>

class TestResellerPricing : public QObject
{
    Q_OBJECT

private:
    static Service priced(double price, const QString &category = QStringLiteral("a"))
    {
        Service service;
        service.price = price;
        service.category = category;
        return service;
    }

private Q_SLOTS:
    void shouldAddTheMarkupAndRoundUpToTheStep_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("markup");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("expected");
        QTest::newRow("exact, no extra step") << 1000.0 << 10.0 << 100.0 << 1100.0;
        QTest::newRow("rounded up") << 25947.0 << 10.0 << 100.0 << 28600.0;
        QTest::newRow("no markup") << 25947.0 << 0.0 << 100.0 << 26000.0;
        QTest::newRow("step of one") << 24866.0 << 12.5 << 1.0 << 27975.0;
        QTest::newRow("no rounding") << 205.0 << 10.0 << 0.0 << 225.5;
        QTest::newRow("fraction") << 0.5 << 100.0 << 100.0 << 100.0;
        QTest::newRow("free") << 0.0 << 50.0 << 100.0 << 0.0;
        // Floating-point noise grows with the number of steps; it must never add one.
        QTest::newRow("many steps") << 53018000.0 << 43.8 << 1.0 << 76239884.0;
        QTest::newRow("cent steps") << 626600.0 << 2.68 << 0.01 << 643392.88;
    }

    void shouldAddTheMarkupAndRoundUpToTheStep()
    {
        QFETCH(double, price);
        QFETCH(double, markup);
        QFETCH(double, step);
        QFETCH(double, expected);
        ResellerPricing pricing;
        pricing.markupPercent = markup;
        pricing.roundingStep = step;
        QCOMPARE(pricing.priceFor(priced(price)), expected);
        // Exactly the decimal price, as the CSV writes it.
        QCOMPARE(
            QString::number(pricing.priceFor(priced(price)), 'g', QLocale::FloatingPointShortest),
            QString::number(expected, 'g', QLocale::FloatingPointShortest));
    }

    void shouldAcceptOnlyUsableMarkupsAndSteps()
    {
        QVERIFY(ResellerPricing::isUsableMarkup(-100));
        QVERIFY(ResellerPricing::isUsableMarkup(0));
        QVERIFY(ResellerPricing::isUsableMarkup(10000));
        for (double markup : {-100.01, 10000.5, qInf(), -qInf(), qQNaN()})
            QVERIFY2(!ResellerPricing::isUsableMarkup(markup), qPrintable(QString::number(markup)));
        QVERIFY(ResellerPricing::isUsableRoundingStep(0));
        QVERIFY(ResellerPricing::isUsableRoundingStep(0.01));
        QVERIFY(ResellerPricing::isUsableRoundingStep(100));
        QVERIFY(ResellerPricing::isUsableRoundingStep(1e9));
        for (double step : {1e-310, 0.001, 0.0099, -1.0, 1e9 + 1, qInf(), qQNaN()})
            QVERIFY2(!ResellerPricing::isUsableRoundingStep(step),
                     qPrintable(QString::number(step)));
    }

    void shouldStayFiniteAtTheLimits()
    {
        // The largest price a panel row may have, with the most extreme usable settings.
        for (double step :
             {ResellerPricing::MinRoundingStep, 0.0, ResellerPricing::MaxRoundingStep}) {
            ResellerPricing pricing;
            pricing.markupPercent = ResellerPricing::MaxMarkupPercent;
            pricing.roundingStep = step;
            const double price = pricing.priceFor(priced(ResponseParser::MaxPrice));
            QVERIFY2(std::isfinite(price), qPrintable(QString::number(step)));
            QVERIFY(price >= ResponseParser::MaxPrice * 101);
        }
    }

    void shouldPreferTheCategorysMarkup()
    {
        ResellerPricing pricing;
        pricing.markupPercent = 10;
        pricing.roundingStep = 1;
        pricing.categoryMarkupPercent.insert(QStringLiteral("[IG] Likes "), 50);
        QCOMPARE(pricing.priceFor(priced(1000, QStringLiteral("[IG] Likes "))), 1500.0);
        QCOMPARE(pricing.priceFor(priced(1000, QStringLiteral("[IG] Likes"))), 1100.0);
    }
};

QTEST_GUILESS_MAIN(TestResellerPricing)
#include "test_resellerpricing.moc"
