// SPDX-License-Identifier: MIT
#include "marginplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Decimal d(const char *text)
{
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("test literal %s does not parse", text);
    return *value;
}

MarginPlanner::Plan margin(const char *percent, const char *step, qint64 quantity = 1000)
{
    MarginPlanner::Plan plan;
    plan.goal = MarginPlanner::Goal::TargetMargin;
    plan.marginPercent = d(percent);
    plan.step = d(step);
    plan.quantity = quantity;
    return plan;
}

MarginPlanner::Plan undercut(MarginPlanner::Goal goal, const char *competitor, const char *by,
                             const char *step, qint64 quantity = 1000)
{
    MarginPlanner::Plan plan;
    plan.goal = goal;
    plan.competitorPrice = d(competitor);
    plan.undercut = d(by);
    plan.step = d(step);
    plan.quantity = quantity;
    return plan;
}

} // namespace

class TestMarginPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundUpToTheStep_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on the step") << u"10000"_s << u"100"_s << u"10000"_s;
        QTest::newRow("one cent above") << u"10000.01"_s << u"100"_s << u"10100"_s;
        QTest::newRow("just below half a step") << u"10049"_s << u"100"_s << u"10100"_s;
        QTest::newRow("just above half a step") << u"10051"_s << u"100"_s << u"10100"_s;
        QTest::newRow("cent step") << u"643392.8712"_s << u"0.01"_s << u"643392.88"_s;
        QTest::newRow("odd step") << u"101"_s << u"25"_s << u"125"_s;
        QTest::newRow("no step") << u"225.5"_s << u"0"_s << u"225.5"_s;
        QTest::newRow("below one step") << u"0.5"_s << u"100"_s << u"100"_s;
    }

    void shouldRoundUpToTheStep()
    {
        QFETCH(QString, price);
        QFETCH(QString, step);
        QFETCH(QString, expected);
        const auto rounded =
            MarginPlanner::roundUpToStep(*Decimal::parse(price), *Decimal::parse(step));
        QVERIFY(rounded);
        QCOMPARE(*rounded, *Decimal::parse(expected));
    }

    void shouldPriceForATargetMarginOfTheSellingPrice()
    {
        // 20% of 10,000 is profit: 8,000 / 0.8.
        const auto result = MarginPlanner::plan(d("8000"), margin("20", "100", 500));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("10000"));
        QCOMPARE(result->profitPer1000, d("2000"));
        QCOMPARE(result->profitPerOrder, d("1000"));
        QCOMPARE(result->marginPercent, d("20"));
        QVERIFY(!result->belowCost);
        QVERIFY(!result->notBelowCompetitor);
    }

    void shouldRoundAMarginPriceUpSoTheMarginIsAtLeastTheTarget()
    {
        // 24866 / 0.9 = 27628.88..: up to 27700, a margin a little above the target.
        const auto result = MarginPlanner::plan(d("24866"), margin("10", "100", 1500));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("27700"));
        QCOMPARE(result->profitPer1000, d("2834"));
        QCOMPARE(result->profitPerOrder, d("4251"));
        QCOMPARE(result->marginPercent, d("10.23"));
    }

    void shouldKeepFractionsOfARupiahExact()
    {
        // A converted price with cents, a cent step and an odd quantity.
        const auto result = MarginPlanner::plan(d("731.25"), margin("12.5", "0.01", 333));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("835.72")); // 835.7142857.. up to the cent
        QCOMPARE(result->profitPer1000, d("104.47"));
        QCOMPARE(result->profitPerOrder, d("34.79")); // 34.78851 to the cent
    }

    void shouldUndercutACompetitorByAnAmount()
    {
        const auto result =
            MarginPlanner::plan(d("8000"), undercut(MarginPlanner::Goal::UndercutByAmount, "12000",
                                                    "500", "100", 2000));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("11500"));
        QCOMPARE(result->profitPerOrder, d("7000"));
        QVERIFY(!result->belowCost);
        QVERIFY(!result->notBelowCompetitor);
    }

    void shouldUndercutACompetitorByAPercentage()
    {
        // 12,345 less 5% is 11,727.75, up to 11,800: still below the competitor.
        const auto result = MarginPlanner::plan(
            d("8000"), undercut(MarginPlanner::Goal::UndercutByPercent, "12345", "5", "100"));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("11800"));
        QVERIFY(!result->notBelowCompetitor);
    }

    void shouldSayWhenTheStepUndoesTheUndercut()
    {
        // 10,050 less 10 is 10,040; the step of 100 takes it to 10,100, above the competitor.
        const auto result = MarginPlanner::plan(
            d("8000"), undercut(MarginPlanner::Goal::UndercutByAmount, "10050", "10", "100"));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("10100"));
        QVERIFY(result->notBelowCompetitor);
    }

    void shouldSayWhenTheUndercutSellsBelowCost()
    {
        const auto result = MarginPlanner::plan(
            d("9000"), undercut(MarginPlanner::Goal::UndercutByPercent, "9000", "10", "100", 250));
        QVERIFY(result);
        QCOMPARE(result->sellingPrice, d("8100"));
        QCOMPARE(result->profitPer1000, d("-900"));
        QCOMPARE(result->profitPerOrder, d("-225"));
        QCOMPARE(result->marginPercent, d("-11.11"));
        QVERIFY(result->belowCost);
    }

    void shouldNotCallAZeroProfitBelowCost()
    {
        const auto result = MarginPlanner::plan(
            d("9000"), undercut(MarginPlanner::Goal::UndercutByAmount, "9000", "0", "100"));
        QVERIFY(result);
        QCOMPARE(result->profitPer1000, d("0"));
        QVERIFY(!result->belowCost);
    }

    void shouldRefusePlansWithoutAPrice_data()
    {
        QTest::addColumn<QString>("cost");
        QTest::addColumn<int>("goal");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("quantity");
        const int margin = int(MarginPlanner::Goal::TargetMargin);
        const int amount = int(MarginPlanner::Goal::UndercutByAmount);
        const int percent = int(MarginPlanner::Goal::UndercutByPercent);
        QTest::newRow("margin of 100%") << u"8000"_s << margin << u"100"_s << qint64(1000);
        QTest::newRow("margin above 100%") << u"8000"_s << margin << u"150"_s << qint64(1000);
        QTest::newRow("undercut to zero") << u"8000"_s << amount << u"12000"_s << qint64(1000);
        QTest::newRow("undercut below zero") << u"8000"_s << amount << u"20000"_s << qint64(1000);
        QTest::newRow("undercut by 100%") << u"8000"_s << percent << u"100"_s << qint64(1000);
        QTest::newRow("negative undercut") << u"8000"_s << percent << u"-5"_s << qint64(1000);
        QTest::newRow("negative cost") << u"-1"_s << margin << u"10"_s << qint64(1000);
        QTest::newRow("negative quantity") << u"8000"_s << margin << u"10"_s << qint64(-1);
        QTest::newRow("too large")
            << u"100000000000000000000000000000000000"_s << margin << u"10"_s << qint64(1000);
    }

    void shouldRefusePlansWithoutAPrice()
    {
        QFETCH(QString, cost);
        QFETCH(int, goal);
        QFETCH(QString, value);
        QFETCH(qint64, quantity);
        MarginPlanner::Plan plan;
        plan.goal = MarginPlanner::Goal(goal);
        plan.marginPercent = *Decimal::parse(value);
        plan.undercut = *Decimal::parse(value);
        plan.competitorPrice = d("12000");
        plan.step = d("100");
        plan.quantity = quantity;
        QVERIFY(!MarginPlanner::plan(*Decimal::parse(cost), plan));
    }
};

QTEST_GUILESS_MAIN(TestMarginPlanner)
#include "test_marginplanner.moc"
