// SPDX-License-Identifier: MIT
#include "marginplannerdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestMarginPlannerDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T *child(const QDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<T *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }

    static QString cell(const QDialog &dialog, int row, int column)
    {
        return child<QTreeWidget>(dialog, "plannerTable")->topLevelItem(row)->text(column);
    }

    static QList<MarginPlannerDialog::Item> items()
    {
        return {{u"[IG] Likes Indonesia R30"_s, Decimal::parse(u"8000")},
                {u"Instagram Likes | Real | R30"_s, Decimal::parse(u"9000")},
                {u"IG Likes HQ (USD, no rate)"_s, std::nullopt}};
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldPriceEachItemForTheTargetMarginRoundedUpToTheStep()
    {
        MarginPlannerDialog dialog;
        dialog.setItems(items());
        dialog.setRoundingStep(100);
        dialog.setQuantity(500);
        child<QDoubleSpinBox>(dialog, "marginBox")->setValue(15);

        // 8000 / 0.85 = 9411.76..: 9500; 9000 / 0.85 = 10588.23..: 10600.
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::PriceColumn), u"Rp 9,500"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::ProfitColumn), u"Rp 1,500"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::OrderProfitColumn), u"Rp 750"_s);
        QCOMPARE(cell(dialog, 1, MarginPlannerDialog::PriceColumn), u"Rp 10,600"_s);
        QCOMPARE(cell(dialog, 1, MarginPlannerDialog::OrderProfitColumn), u"Rp 800"_s);
        QCOMPARE(cell(dialog, 2, MarginPlannerDialog::CostColumn), u"no rate"_s);
        QVERIFY(!dialog.results().at(2));
        QVERIFY(child<QLabel>(dialog, "stepNote")->text().contains(u"Rp 100"_s));
        // Only the service without a rate is worth a word.
        const QString warning = child<QLabel>(dialog, "plannerWarning")->text();
        QVERIFY2(!warning.contains(u"Below cost"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"1 service(s) have no price"_s), qPrintable(warning));
    }

    void shouldWarnWhenAnUndercutSellsBelowCost()
    {
        MarginPlannerDialog dialog;
        dialog.show();
        dialog.setItems(items());
        dialog.setRoundingStep(100);
        dialog.setQuantity(1000);
        dialog.setCompetitorPrice(9000);
        QVERIFY(child<QRadioButton>(dialog, "marginChoice")->isChecked());

        // Typing the undercut chooses it.
        QComboBox *unit = child<QComboBox>(dialog, "undercutUnit");
        unit->setCurrentIndex(unit->findData(int(MarginPlanner::Goal::UndercutByAmount)));
        child<QDoubleSpinBox>(dialog, "undercutBox")->setValue(450);
        QVERIFY(child<QRadioButton>(dialog, "undercutChoice")->isChecked());

        // 9000 - 450 = 8550, up to 8600: a profit on the first, a loss on the second.
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::PriceColumn), u"Rp 8,600"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::ProfitColumn), u"Rp 600"_s);
        QCOMPARE(cell(dialog, 1, MarginPlannerDialog::PriceColumn), u"Rp 8,600"_s);
        QCOMPARE(cell(dialog, 1, MarginPlannerDialog::ProfitColumn), u"Rp -400"_s);
        QVERIFY(dialog.results().at(1)->belowCost);
        QLabel *warning = child<QLabel>(dialog, "plannerWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"Below cost: 1 price(s)"_s),
                 qPrintable(warning->text()));

        // Back above cost, the warning goes.
        child<QDoubleSpinBox>(dialog, "undercutBox")->setValue(0);
        child<QDoubleSpinBox>(dialog, "competitorPriceBox")->setValue(12000);
        QVERIFY(!dialog.results().at(1)->belowCost);
        QVERIFY(!warning->text().contains(u"Below cost"_s));
    }

    void shouldSayWhenTheStepUndoesTheUndercut()
    {
        MarginPlannerDialog dialog;
        dialog.setItems({{u"one"_s, Decimal::parse(u"5000")}});
        dialog.setRoundingStep(100);
        child<QDoubleSpinBox>(dialog, "competitorPriceBox")->setValue(10050);
        child<QDoubleSpinBox>(dialog, "undercutBox")->setValue(10);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::PriceColumn), u"Rp 10,100"_s);
        QVERIFY(child<QLabel>(dialog, "plannerWarning")->text().contains(u"competitor"_s));
    }

    void shouldShowCentsOnlyWhenTheStepMakesThem()
    {
        MarginPlannerDialog dialog;
        dialog.setItems({{u"converted"_s, Decimal::parse(u"731.25")}});
        dialog.setRoundingStep(0.01);
        dialog.setQuantity(333);
        child<QDoubleSpinBox>(dialog, "marginBox")->setValue(12.5);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::CostColumn), u"Rp 731.25"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::PriceColumn), u"Rp 835.72"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::OrderProfitColumn), u"Rp 34.79"_s);
        QCOMPARE(cell(dialog, 0, MarginPlannerDialog::MarginColumn), u"12.50 %"_s);
    }
};

QTEST_MAIN(TestMarginPlannerDialog)
#include "test_marginplannerdialog.moc"
