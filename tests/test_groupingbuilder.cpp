// SPDX-License-Identifier: MIT
#include "groupingbuilder.h"
#include "groupoverrides.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

Service service(const QString &panel, quint64 id, const QString &name, double price,
                const QString &currency = QString(), const QString &exact = QString())
{
    Service s;
    s.panel = panel;
    s.id = id;
    s.name = name;
    s.price = price;
    s.currency = currency;
    s.priceExact = exact;
    return s;
}

const ServiceList Services = {
    service(u"Alpha"_s, 1, u"Instagram Likes Indonesia Refill 30 Days"_s, 9000),
    service(u"Beta"_s, 2, u"[IG] Likes Indonesia ♻️ Refill 30 Hari"_s, 0.5, u"USD"_s, u"0.5"_s),
    service(u"Beta"_s, 3, u"TikTok Views Worldwide No Refill"_s, 250),
};

} // namespace

class TestGroupingBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGroupOnAWorkerWithPricesInRupiah()
    {
        QTemporaryDir dir;
        GroupingBuilder builder(dir.filePath(u"overrides.ini"_s));
        QSignalSpy built(&builder, &GroupingBuilder::built);
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_s, {*Decimal::parse(u"16000"), {}, {}}));
        builder.build(Services, rates);
        QVERIFY(builder.isBuilding());
        QVERIFY(built.wait());
        QVERIFY(!builder.isBuilding());
        const auto grouping = builder.grouping();
        QCOMPARE(grouping->services().size(), 3);
        QCOMPARE(grouping->groupOf(0), grouping->groupOf(1));
        QCOMPARE(grouping->price(1), std::optional<double>(8000));
        QVERIFY(grouping->isCheapest(1));
    }

    void shouldNumberTheGroupsAndIndexTheServicesForTheTable()
    {
        QTemporaryDir dir;
        GroupingBuilder builder(dir.filePath(u"overrides.ini"_s));
        QSignalSpy built(&builder, &GroupingBuilder::built);
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_s, {*Decimal::parse(u"16000"), {}, {}}));
        builder.build(Services, rates);
        QVERIFY(built.wait());
        const auto grouping = builder.grouping();
        const auto groups = builder.groups();
        QCOMPARE(groups->groupOfRow.size(), std::size_t(3));
        QCOMPARE(groups->groupOfRow[0], groups->groupOfRow[1]);
        QVERIFY(groups->groupOfRow[0] != groups->groupOfRow[2]);
        QCOMPARE(groups->keyOf(0), grouping->groupOfService(0).key);
        QCOMPARE(groups->nameOf(2), grouping->groupOfService(2).label);
        // Prices in rupiah come converted, for the Cheapest column.
        QCOMPARE(groups->rupiahOfRow, (std::vector<double>{9000, 8000, 250}));
        QCOMPARE(groups->tieRankOfRow.size(), std::size_t(3));
        QCOMPARE(builder.serviceIndex()->value(ServiceKey{u"Beta"_s, 3}, -1), 2);
        QCOMPARE(builder.serviceIndex()->value(ServiceKey{u"Alpha"_s, 3}, -1), -1);

        // New rates for the same services: prices again, the same groups.
        QVERIFY(rates.setRate(u"USD"_s, {*Decimal::parse(u"20000"), {}, {}}));
        builder.build(Services, rates);
        QVERIFY(built.wait());
        QCOMPARE(builder.groups()->rupiahOfRow, (std::vector<double>{9000, 10000, 250}));
        QCOMPARE(builder.groups()->groupOfRow, groups->groupOfRow);
        QVERIFY(builder.grouping()->isCheapest(0));
    }

    void shouldKeepOnlyTheNewestBuild()
    {
        QTemporaryDir dir;
        GroupingBuilder builder(dir.filePath(u"overrides.ini"_s));
        QSignalSpy built(&builder, &GroupingBuilder::built);
        builder.build(Services, {});
        builder.build(Services.mid(2), {});
        QVERIFY(built.wait());
        QVERIFY(!builder.isBuilding());
        QCOMPARE(builder.grouping()->services().size(), 1);
        // The older build, done too, never comes through.
        QTest::qWait(100);
        QCOMPARE(built.size(), 1);
        QCOMPARE(builder.grouping()->services().size(), 1);
    }

    // The table's Group column takes a result only once no build is running: a newer, small
    // list done before an older, large one must be done for it too. (The column once waited for
    // a result that never came.)
    void shouldBeDoneWhenTheNewestIsThoughAnOlderIsNot()
    {
        ServiceList many;
        for (int i = 0; i < 200'000; ++i)
            many.append(service(u"Many"_s, quint64(i), Services.at(i % 3).name, 100 + i % 7));
        QTemporaryDir dir;
        GroupingBuilder builder(dir.filePath(u"overrides.ini"_s));
        QList<bool> buildingWhenBuilt;
        connect(&builder, &GroupingBuilder::built, this,
                [&] { buildingWhenBuilt << builder.isBuilding(); });
        builder.build(many, {});
        builder.build(Services, {});
        QTRY_COMPARE_WITH_TIMEOUT(buildingWhenBuilt.size(), 1, 60'000);
        QCOMPARE(buildingWhenBuilt, QList<bool>{false});
        QCOMPARE(builder.grouping()->services().size(), 3);
        // A regrouping now reuses the prices of the newest build, not the older's.
        builder.rebuild();
        QTRY_COMPARE_WITH_TIMEOUT(buildingWhenBuilt.size(), 2, 60'000);
        QCOMPARE(buildingWhenBuilt, (QList<bool>{false, false}));
        QCOMPARE(builder.groups()->groupOfRow.size(), std::size_t(3));
    }

    // Two builds of large lists at once on a pool of two threads, as on a two-core machine: each
    // reads its services in parallel without waiting for threads the other holds.
    void shouldFinishTwoLargeBuildsAtOnce()
    {
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        const auto restore =
            qScopeGuard([threads] { QThreadPool::globalInstance()->setMaxThreadCount(threads); });
        QThreadPool::globalInstance()->setMaxThreadCount(2);
        ServiceList many;
        for (int i = 0; i < 25'000; ++i)
            many.append(Services.at(i % 3));
        QTemporaryDir dir;
        GroupingBuilder first(dir.filePath(u"overrides.ini"_s));
        GroupingBuilder second(dir.filePath(u"overrides.ini"_s));
        QSignalSpy firstBuilt(&first, &GroupingBuilder::built);
        QSignalSpy secondBuilt(&second, &GroupingBuilder::built);
        first.build(many, {});
        second.build(many.mid(1), {});
        QTRY_COMPARE_WITH_TIMEOUT(firstBuilt.size() + secondBuilt.size(), 2, 60'000);
        QCOMPARE(first.groups()->groupOfRow.size(), std::size_t(25'000));
        QCOMPARE(second.groups()->groupOfRow.size(), std::size_t(24'999));
    }

    void shouldReadTheRegroupingAfreshEachBuild()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"overrides.ini"_s);
        GroupingBuilder builder(file);
        QSignalSpy built(&builder, &GroupingBuilder::built);
        builder.build(Services, {});
        QVERIFY(built.wait());
        QVERIFY(builder.grouping()->groupOf(0) == builder.grouping()->groupOf(1));
        {
            GroupOverrides overrides(file);
            overrides.splitOff({ServiceKey{u"Alpha"_s, 1}});
        }
        builder.rebuild();
        QVERIFY(built.wait());
        QVERIFY(builder.grouping()->groupOf(0) != builder.grouping()->groupOf(1));
        QVERIFY(builder.grouping()->groupOfService(0).byUser);
    }
};

QTEST_GUILESS_MAIN(TestGroupingBuilder)
#include "test_groupingbuilder.moc"
