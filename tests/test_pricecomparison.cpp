// SPDX-License-Identifier: MIT
#include "pricecomparison.h"

#include <QLocale>
#include <QTest>

class TestPriceComparison : public QObject
{
    Q_OBJECT

private:
    static Service priced(quint64 id, double price)
    {
        Service service;
        service.id = id;
        service.price = price;
        return service;
    }

    static Service priced(const QString &panel, quint64 id, double price)
    {
        Service service = priced(id, price);
        service.panel = panel;
        return service;
    }

    static QList<quint64> ids(const ServiceList &services)
    {
        QList<quint64> result;
        for (const Service &service : services)
            result.append(service.id);
        return result;
    }

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void shouldComputePercentagesAddedAndRemoved()
    {
        const ServiceList previous = {priced(1, 1000), priced(2, 1000), priced(3, 50),
                                      priced(4, 7)};
        const ServiceList current = {priced(1, 1125), priced(2, 970), priced(3, 50), priced(5, 10)};
        const PriceComparison comparison = PriceComparison::compare(previous, current);
        QVERIFY(comparison.hasPrevious());
        QCOMPARE(*comparison.changeOf(1)->percent, 12.5);
        QCOMPARE(comparison.changeOf(1)->text(), QStringLiteral("▲ +12.5%"));
        QCOMPARE(comparison.changeOf(2)->text(), QStringLiteral("▼ −3%"));
        QCOMPARE(comparison.changeOf(2)->previousPrice, 1000.0);
        QCOMPARE(comparison.changeOf(3)->kind, PriceChange::Kind::Unchanged);
        QCOMPARE(comparison.changeOf(3)->text(), QString());
        QCOMPARE(comparison.changeOf(5)->kind, PriceChange::Kind::New);
        QCOMPARE(comparison.changeOf(5)->text(), QStringLiteral("new"));
        QVERIFY(!comparison.changeOf(4));
        QCOMPARE(ids(comparison.added()), QList<quint64>{5});
        QCOMPARE(ids(comparison.removed()), QList<quint64>{4});
        QCOMPARE(comparison.changedCount(), 2);
        QVERIFY(comparison.isChanged(1) && comparison.isChanged(5));
        QVERIFY(!comparison.isChanged(3) && !comparison.isChanged(4));
    }

    void shouldRoundToOneDecimalInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        const PriceComparison comparison =
            PriceComparison::compare({priced(1, 3), priced(2, 0)}, {priced(1, 4), priced(2, 5)});
        QCOMPARE(comparison.changeOf(1)->text(), QStringLiteral("▲ +33,3%"));
        QCOMPARE(comparison.changeOf(2)->text(), QStringLiteral("▲"));
        QVERIFY(!comparison.changeOf(2)->percent);
    }

    void shouldNeverCallAChangeZero()
    {
        const PriceComparison comparison = PriceComparison::compare(
            {priced(1, 10000), priced(2, 10000)}, {priced(1, 10004), priced(2, 9996)});
        QCOMPARE(comparison.changeOf(1)->text(), QStringLiteral("▲ +<0.1%"));
        QCOMPARE(comparison.changeOf(2)->text(), QStringLiteral("▼ −<0.1%"));
    }

    void shouldKnowNothingWithoutAPreviousFetch()
    {
        const PriceComparison none;
        QVERIFY(!none.hasPrevious());
        QVERIFY(!none.changeOf(1));
        QVERIFY(none.added().isEmpty() && none.removed().isEmpty());
    }

    void shouldMergeComparisonsOfSeveralCategories()
    {
        PriceComparison merged = PriceComparison::compare({priced(1, 10)}, {priced(1, 20)});
        merged.merge(PriceComparison::compare({priced(7, 10)}, {priced(8, 5)}));
        QCOMPARE(*merged.changeOf(1)->percent, 100.0);
        QCOMPARE(ids(merged.added()), QList<quint64>{8});
        QCOMPARE(ids(merged.removed()), QList<quint64>{7});
    }

    void shouldTellEqualIdsOfTwoPanelsApart()
    {
        // Both panels call their service 1; only the second panel's price moved.
        PriceComparison merged =
            PriceComparison::compare({priced(1, 10)}, {priced(1, 10), priced(u"Mars"_qs, 1, 4)});
        merged.merge(
            PriceComparison::compare({priced(u"Mars"_qs, 1, 2)}, {priced(u"Mars"_qs, 1, 3)}));
        QCOMPARE(merged.changeOf(1)->kind, PriceChange::Kind::Unchanged);
        QVERIFY(!merged.isChanged(1));
        QCOMPARE(merged.changeOf(1, u"Mars"_qs)->previousPrice, 2.0);
        QCOMPARE(*merged.changeOf(1, u"Mars"_qs)->percent, 50.0);
        QVERIFY(merged.isChanged(1, u"Mars"_qs));
        QVERIFY(!merged.changeOf(1, u"Venus"_qs));
    }

    void shouldNotTakeAnotherPanelsServiceForTheSameOne()
    {
        const PriceComparison comparison =
            PriceComparison::compare({priced(u"Mars"_qs, 5, 1)}, {priced(5, 1)});
        QCOMPARE(comparison.changeOf(5)->kind, PriceChange::Kind::New);
        QCOMPARE(ids(comparison.removed()), QList<quint64>{5});
    }
};

QTEST_GUILESS_MAIN(TestPriceComparison)
#include "test_pricecomparison.moc"
