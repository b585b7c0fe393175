// SPDX-License-Identifier: MIT
#include "attributereader.h"
#include "groupoverrides.h"
#include "servicegrouping.h"

#include <QTemporaryDir>
#include <QTest>

class TestServiceGrouping : public QObject
{
    Q_OBJECT

private:
    static Service service(const QString &panel, quint64 id, const QString &name, double price,
                           const QString &currency = QString())
    {
        Service s;
        s.panel = panel;
        s.id = id;
        s.name = name;
        s.price = price;
        s.currency = currency;
        return s;
    }

    // The three names on three panels, a look-alike without refill, and one unreadable.
    static ServiceList catalog()
    {
        return {
            service(QStringLiteral("A"), 1,
                    QStringLiteral("Instagram Likes Indonesia | Real | R30"), 3000),
            service(QStringLiteral("B"), 7,
                    QStringLiteral("[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari"),
                    2500),
            service(QStringLiteral("C"), 3,
                    QStringLiteral("IG Likes 🇮🇩 - HQ - Garansi 30 Days - Max 50K"), 0.25,
                    QStringLiteral("USD")),
            service(QString(), 9, QStringLiteral("Instagram Likes Indonesia No Refill"), 1000),
            service(QStringLiteral("A"), 2, QStringLiteral("Jasa Pembuatan Website"), 50),
            service(QStringLiteral("D"), 4, QStringLiteral("IG Likes Indo R30"), 4000,
                    QStringLiteral("EUR")),
        };
    }

    // USD at 16,000 rupiah; no rate for anything else.
    static std::optional<double> rupiah(const Service &s)
    {
        if (s.currencyCode() == Service::Rupiah)
            return s.price;
        if (s.currency == u"USD")
            return s.price * 16'000;
        return std::nullopt;
    }

private Q_SLOTS:
    void shouldGroupTheSameOfferAndFindTheCheapest()
    {
        const ServiceGrouping grouping(catalog(), &rupiah);
        QCOMPARE(grouping.groups().size(), 3);
        const qsizetype r30 = grouping.groupIndex(QStringLiteral("instagram|likes|ID|30d"));
        QVERIFY(r30 >= 0);
        const ServiceGrouping::Group &group = grouping.groups().at(r30);
        QCOMPARE(group.count(), 4);
        // B at 2,500, A at 3,000, C at 0.25 USD = 4,000, D unpriced (no EUR rate) last.
        QCOMPARE(group.members, QList<qsizetype>({1, 0, 2, 5}));
        QCOMPARE(group.cheapest, 1);
        QCOMPARE(group.runnerUp, 0);
        QCOMPARE(group.cheapestPrice, 2500.0);
        QCOMPARE(group.runnerUpPrice, 3000.0);
        QCOMPARE(group.spread(), 1500.0);
        QVERIFY(grouping.isCheapest(1));
        QVERIFY(!grouping.isCheapest(0));
        QCOMPARE(grouping.groupOf(2), r30);
        QVERIFY(!group.byUser);
        QVERIFY2(group.label.startsWith(QStringLiteral("Instagram likes · Indonesia · refill 30")),
                 qPrintable(group.label));
    }

    void shouldKeepLookAlikesAndTheUnreadableApart()
    {
        const ServiceGrouping grouping(catalog(), &rupiah);
        const ServiceGrouping::Group &none = grouping.groupOfService(3);
        QCOMPARE(none.key, QStringLiteral("instagram|likes|ID|none"));
        QCOMPARE(none.count(), 1);
        QVERIFY(!none.spread());
        const ServiceGrouping::Group &unread = grouping.groupOfService(4);
        QCOMPARE(unread.key, QStringLiteral("single|A|2"));
        QCOMPARE(unread.label, QStringLiteral("Jasa Pembuatan Website"));
    }

    void shouldLeaveAGroupWithoutPricesWithoutACheapest()
    {
        const ServiceGrouping grouping(catalog(),
                                       [](const Service &) { return std::optional<double>(); });
        const ServiceGrouping::Group &group = grouping.groupOfService(0);
        QCOMPARE(group.cheapest, -1);
        QCOMPARE(group.runnerUp, -1);
        QVERIFY(!group.cheapestPrice);
        QVERIFY(!grouping.isCheapest(0));
        // Without prices the order is panel, then id.
        QCOMPARE(group.members, QList<qsizetype>({0, 1, 2, 5}));
    }

    void shouldBreakPriceTiesBySpeed()
    {
        const ServiceList services = {
            service(QStringLiteral("A"), 1, QStringLiteral("TikTok Views 10K/day"), 100),
            service(QStringLiteral("B"), 1, QStringLiteral("TikTok Views 1M/day"), 100),
        };
        const ServiceGrouping grouping(services, ServiceGrouping::rupiahOnly());
        QCOMPARE(grouping.groups().size(), 1);
        QCOMPARE(grouping.groups().constFirst().cheapest, 1);
    }

    void shouldRegroupAndRepriceWithoutReadingAgain()
    {
        QTemporaryDir dir;
        GroupOverrides overrides(dir.filePath(QStringLiteral("groups.ini")));
        const ServiceGrouping grouping(catalog(), &rupiah, &overrides);
        QCOMPARE(grouping.groups().size(), 3);
        overrides.moveService({QString(), 9}, QStringLiteral("instagram|likes|ID|30d"));
        const ServiceGrouping moved = grouping.regrouped(&overrides);
        QCOMPARE(moved.groups().size(), 2);
        QCOMPARE(moved.groupOf(3), moved.groupOf(0));
        QCOMPARE(moved.groupOfService(0).cheapest, 3); // the Rp 1,000 one moved in
        QCOMPARE(grouping.groups().size(), 3);         // the old grouping stays as it was

        // A EUR rate arrives: D at 4,000 EUR is now priced, and the dearest.
        const ServiceGrouping priced = moved.repriced(
            [](const Service &s) -> std::optional<double> {
                if (s.currency == u"EUR")
                    return s.price * 17'000;
                return rupiah(s);
            },
            &overrides);
        QCOMPARE(priced.price(5), 4000.0 * 17'000);
        QCOMPARE(priced.groupOfService(5).highestPrice, 4000.0 * 17'000);
        QCOMPARE(priced.attributes(5).groupKey(), QStringLiteral("instagram|likes|ID|30d"));
        QVERIFY(!moved.price(5));
    }

    // Large lists are read on several threads: the same groups as one thread reads.
    void shouldGroupALargeListLikeASmallOne()
    {
        const ServiceList small = catalog();
        ServiceList large;
        for (quint64 copy = 0; large.size() < 24'000; ++copy) {
            for (Service s : small) {
                s.id += copy * 100;
                large.append(s);
            }
        }
        const ServiceGrouping grouping(large, &rupiah);
        // Three groups of the catalog; the unreadable service is one group per copy.
        QCOMPARE(grouping.groups().size(), 3 + large.size() / small.size() - 1);
        for (qsizetype i = 0; i < large.size(); ++i)
            QCOMPARE(grouping.attributes(i), AttributeReader::read(large.at(i)));
        QCOMPARE(grouping.groupOfService(0).count(), 4 * large.size() / small.size());
    }

    void shouldNameAMergedGroupAfterTheGroupMergedInto()
    {
        QTemporaryDir dir;
        GroupOverrides overrides(dir.filePath(QStringLiteral("groups.ini")));
        overrides.mergeGroup(QStringLiteral("instagram|likes|ID|30d"),
                             QStringLiteral("instagram|likes|ID|none"));
        const ServiceGrouping grouping(catalog(), &rupiah, &overrides);
        const ServiceGrouping::Group &merged = grouping.groupOfService(0);
        QCOMPARE(merged.key, QStringLiteral("instagram|likes|ID|none"));
        QCOMPARE(merged.count(), 5);
        QCOMPARE(merged.label, QStringLiteral("Instagram likes · Indonesia · no refill"));
    }

    void shouldApplyTheUsersRegrouping()
    {
        QTemporaryDir dir;
        GroupOverrides overrides(dir.filePath(QStringLiteral("groups.ini")));
        // The unreadable service moved into the R30 group; the no-refill group merged into it.
        overrides.moveService({QStringLiteral("A"), 2}, QStringLiteral("instagram|likes|ID|30d"));
        overrides.mergeGroup(QStringLiteral("instagram|likes|ID|none"),
                             QStringLiteral("instagram|likes|ID|30d"));
        ServiceGrouping grouping(catalog(), &rupiah, &overrides);
        QCOMPARE(grouping.groups().size(), 1);
        const ServiceGrouping::Group &all = grouping.groups().constFirst();
        QCOMPARE(all.count(), 6);
        QCOMPARE(all.cheapest, 4); // the website service at Rp 50
        QVERIFY(all.byUser);

        // Split two services off: a group of their own, with the name given.
        const QString own = overrides.splitOff({{QStringLiteral("B"), 7}, {QString(), 9}},
                                               QStringLiteral("My cheap likes"));
        QVERIFY(GroupOverrides::isUserGroup(own));
        grouping = ServiceGrouping(catalog(), &rupiah, &overrides);
        QCOMPARE(grouping.groups().size(), 2);
        const ServiceGrouping::Group &split = grouping.groupOfService(1);
        QCOMPARE(split.key, own);
        QCOMPARE(split.label, QStringLiteral("My cheap likes"));
        QCOMPARE(split.members, QList<qsizetype>({3, 1}));
        QCOMPARE(grouping.groupOf(3), grouping.groupOf(1));
    }
};

QTEST_GUILESS_MAIN(TestServiceGrouping)
#include "test_servicegrouping.moc"
