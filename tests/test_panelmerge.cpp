// SPDX-License-Identifier: MIT
#include "panelmerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Service service(quint64 id, const QString &panel, const QString &category)
{
    Service made;
    made.id = id;
    made.panel = panel;
    made.category = category;
    made.name = u"Service %1"_s.arg(id);
    made.price = double(id);
    return made;
}

} // namespace

class TestPanelMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryPanelsServicesInThePanelsOrder()
    {
        const ServiceList first = {service(1, u"A"_s, u"Likes"_s), service(2, u"A"_s, u"Views"_s)};
        const ServiceList second = {service(1, u"B"_s, u"Likes"_s)};
        // `first` is still held here: the merge copies what it cannot move.
        const PanelMerge merged = PanelMerge::of({{first, {}}, {{}, {}}, {second, {}}});
        QCOMPARE(merged.services, first + second);
        QCOMPARE(merged.categories.size(), 3);
        QVERIFY(!merged.categories.at(1).hasCatalog());
        QVERIFY(!merged.changes.hasPrevious());
    }

    // Lists no one else holds are moved, the others copied: either way every service arrives.
    void shouldTakeListsHeldElsewhereOrNot()
    {
        const auto list = [](const QString &panel, int count) {
            ServiceList made;
            for (int id = 1; id <= count; ++id)
                made << service(quint64(id), panel, u"Likes %1"_s.arg(id % 3));
            return made;
        };
        QList<PanelMerge::Panel> panels;
        panels.append({list(u"A"_s, 3), {}});
        panels.append(PanelMerge::Panel());
        panels.append({list(u"B"_s, 2), {}});
        const ServiceList held = list(u"C"_s, 2);
        panels.append({held, {}});
        QVERIFY(panels.at(0).services.isDetached());
        QVERIFY(!panels.at(3).services.isDetached());

        PanelMerge merged = PanelMerge::of(std::move(panels));
        QCOMPARE(merged.services, list(u"A"_s, 3) + list(u"B"_s, 2) + held);
        QCOMPARE(held, list(u"C"_s, 2));
        QCOMPARE(merged.categories.at(2).serviceCount(u"Likes 1"_s), 1);
        // The moved services are the merged list's own: changing them changes nothing else.
        merged.services[0].name = u"Renamed"_s;
        merged.services.append(merged.services.constFirst());
        QCOMPARE(merged.services.size(), 8);
        QCOMPARE(held.constFirst().name, u"Service 1"_s);
    }

    void shouldCountEachPanelsCategoriesApart()
    {
        // Texts equal but not shared, empty, null, and a name that differs only in case.
        QString likes = u"Instagram Likes"_s;
        ServiceList services = {service(1, u"A"_s, likes),
                                service(2, u"A"_s, QString(likes.constData(), likes.size())),
                                service(3, u"A"_s, QString()),
                                service(4, u"A"_s, u""_s),
                                service(5, u"A"_s, u"instagram likes"_s),
                                service(6, u"A"_s, likes)};
        const ServiceList other = {service(1, u"B"_s, u"Telegram"_s)};
        const PanelMerge merged = PanelMerge::of({{services, {}}, {other, {}}});
        const CategoryDirectory &a = merged.categories.at(0);
        QCOMPARE(a.serviceCount(likes), 3);
        QCOMPARE(a.serviceCount(u"instagram likes"_s), 1);
        QCOMPARE(a.serviceCount(u"Telegram"_s), 0);
        QCOMPARE(a.largest(10), (QStringList{likes, u"instagram likes"_s}));
        QCOMPARE(merged.categories.at(1).largest(10), QStringList{u"Telegram"_s});
    }

    void shouldMergeEachPanelsChanges()
    {
        const ServiceList before = {service(1, u"A"_s, u"Likes"_s)};
        ServiceList after = before;
        after[0].price = 2;
        const ServiceList b = {service(7, u"B"_s, u"Likes"_s)};
        const PanelMerge merged = PanelMerge::of({{after, PriceComparison::compare(before, after)},
                                                  {b, PriceComparison::compare(ServiceList(), b)}});
        QVERIFY(merged.changes.hasPrevious());
        QVERIFY(merged.changes.isChanged(1, u"A"_s));
        QVERIFY(!merged.changes.isChanged(1, u"B"_s));
        QCOMPARE(merged.changes.added().size(), 1);
        QCOMPARE(merged.changes.added().constFirst().id, quint64(7));
    }
};

QTEST_GUILESS_MAIN(TestPanelMerge)
#include "test_panelmerge.moc"
