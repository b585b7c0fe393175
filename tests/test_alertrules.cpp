// SPDX-License-Identifier: MIT
#include "alertrules.h"

#include <QTest>

class TestAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWatchPriceRisesRemovalsAndChangesByDefault()
    {
        const AlertRule rule;
        QCOMPARE(rule.priceUpPercent, std::optional(10.0));
        QVERIFY(!rule.priceDownPercent);
        QVERIFY(rule.removed && rule.inactive && rule.minMaxChanged && rule.refillChanged);
        QVERIFY(!rule.newServices);
        QVERIFY(!rule.balanceBelow);
        QCOMPARE(AlertRules::fromJson({}), AlertRules());
    }

    void shouldPreferTheCategoryRuleThenThePanelRule()
    {
        AlertRules rules;
        AlertRule panel;
        panel.priceUpPercent = 50;
        AlertRule category;
        category.newServices = true;
        rules.panels.insert(QStringLiteral("King"), panel);
        rules.categories.insert(QStringLiteral("[YT] Views "), category);
        QCOMPARE(rules.ruleFor(QStringLiteral("King"), QStringLiteral("[YT] Views ")), category);
        QCOMPARE(rules.ruleFor(QStringLiteral("King"), QStringLiteral("[YT] Views")), panel);
        QCOMPARE(rules.ruleFor(QString(), QStringLiteral("[YT] Views")), AlertRule());
        QCOMPARE(rules.ruleForPanel(QStringLiteral("King")), panel);
    }

    void shouldReadBackWhatItWrote()
    {
        AlertRules rules;
        rules.global.priceUpPercent.reset();
        rules.global.priceDownPercent = 2.5;
        rules.global.removed = false;
        rules.global.balanceBelow = 10;
        AlertRule watched;
        watched.newServices = true;
        rules.categories.insert(QStringLiteral("[IG] \"Likes\" ✨ "), watched);
        rules.panels.insert(QString(), watched);
        QCOMPARE(AlertRules::fromJson(rules.toJson()), rules);
    }

    void shouldKeepDefaultsForWhatIsAbsentOrWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // up, down, removed, new, balance
        QTest::newRow("not json") << QByteArray("{{") << QStringLiteral("10 off 1 0 off");
        QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("10 off 1 0 off");
        QTest::newRow("global null")
            << QByteArray(R"({"global":null})") << QStringLiteral("10 off 1 0 off");
        QTest::newRow("null turns off") << QByteArray(R"({"global":{"priceUpPercent":null}})")
                                        << QStringLiteral("off off 1 0 off");
        QTest::newRow("strings are ignored")
            << QByteArray(R"({"global":{"priceUpPercent":"5","removed":"no","newServices":1}})")
            << QStringLiteral("10 off 1 0 off");
        QTest::newRow("out of range")
            << QByteArray(R"({"global":{"priceUpPercent":-1,"priceDownPercent":5000,
                                        "balanceBelow":-3}})")
            << QStringLiteral("10 off 1 0 off");
        QTest::newRow("set") << QByteArray(R"({"global":{"priceUpPercent":0,"priceDownPercent":7.5,
                           "removed":false,"newServices":true,"balanceBelow":0.5,"x":[]}})")
                             << QStringLiteral("0 7.5 0 1 0.5");
    }

    void shouldKeepDefaultsForWhatIsAbsentOrWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const AlertRule rule = AlertRules::fromJson(json).global;
        const auto text = [](std::optional<double> value) {
            return value ? QString::number(*value) : QStringLiteral("off");
        };
        QCOMPARE(QStringList({text(rule.priceUpPercent), text(rule.priceDownPercent),
                              QString::number(rule.removed), QString::number(rule.newServices),
                              text(rule.balanceBelow)})
                     .join(u' '),
                 expected);
    }

    void shouldSkipOverridesThatAreNoObjects()
    {
        const AlertRules rules = AlertRules::fromJson(
            R"({"categories":{"a":{"removed":false},"b":null,"c":3},"panels":[1]})");
        QCOMPARE(rules.categories.keys(), QStringList{QStringLiteral("a")});
        QVERIFY(!rules.categories.value(QStringLiteral("a")).removed);
        QVERIFY(rules.panels.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "test_alertrules.moc"
