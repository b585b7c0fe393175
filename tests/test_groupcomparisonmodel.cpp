// SPDX-License-Identifier: MIT
#include "groupcomparisonfilter.h"
#include "groupcomparisonmodel.h"
#include "searchtext.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Service service(const QString &panel, quint64 id, const QString &name, double price,
                const QString &currency = QString())
{
    Service s;
    s.panel = panel;
    s.id = id;
    s.name = name;
    s.price = price;
    s.currency = currency;
    s.min = 100;
    s.max = 10000;
    return s;
}

// Three panels selling Indonesian Instagram likes with a 30-day refill, two selling TikTok
// views, one service nobody can read, and one priced in a currency without a rate.
ServiceList messyServices()
{
    return {
        service(u"Alpha"_s, 11, u"Instagram Likes Indonesia | Real | R30 | 10K/day"_s, 9000),
        service(u"Beta"_s, 22, u"[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari"_s,
                7500),
        service(QString(), 33, u"IG Likes Indonesia - HQ - Garansi 30 Days - Max 50K"_s, 8200),
        service(u"Alpha"_s, 12, u"TikTok Views Worldwide No Refill"_s, 300),
        service(u"Beta"_s, 23, u"TikTok Views Worldwide No Refill Fast"_s, 250),
        service(u"Beta"_s, 24, u"Mystery box 🎁"_s, 1000),
        service(u"Gamma"_s, 5, u"Instagram Likes Indonesia Refill 30 Days"_s, 0.5, u"USD"_s),
    };
}

std::shared_ptr<const ServiceGrouping> grouped(const ServiceList &services)
{
    return std::make_shared<const ServiceGrouping>(services, ServiceGrouping::rupiahOnly());
}

// One row as a string, so one QCOMPARE checks all of it.
QString rowText(const QAbstractItemModel &model, const QModelIndex &first)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(first.parent()); ++column)
        cells << model.index(first.row(), column, first.parent()).data().toString();
    return cells.join(u'\t');
}

QModelIndex groupNamed(const QAbstractItemModel &model, const QString &id)
{
    // Found by the cheapest service's id, which does not depend on the label's wording.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, GroupComparisonModel::IdColumn).data().toString() == id)
            return model.index(row, 0);
    }
    return {};
}

} // namespace

class TestGroupComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldPassTheModelTesterThroughResets()
    {
        GroupComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupComparisonFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setGrouping(grouped(messyServices()));
        QCOMPARE(model.rowCount(), 3); // likes, views, the unreadable one
        filter.sort(GroupComparisonModel::SpreadColumn, Qt::DescendingOrder);
        filter.setTerms(SearchText::terms(u"tiktok"));
        filter.setTerms({});
        model.setGrouping(grouped({}));
        QCOMPARE(model.rowCount(), 0);
        model.setGrouping(nullptr);
        QCOMPARE(filter.rowCount(), 0);
    }

    void shouldShowTheCheapestRunnerUpAndSpreadOfEachGroup()
    {
        GroupComparisonModel model;
        model.setGrouping(grouped(messyServices()));
        const QModelIndex likes = groupNamed(model, u"22"_s);
        QVERIFY(likes.isValid());
        const ServiceGrouping::Group &group = model.grouping().groups().at(likes.row());
        // The USD one has no rupiah price but is a member all the same.
        QCOMPARE(model.rowCount(likes), 4);
        QCOMPARE(rowText(model, likes),
                 group.label
                     + u"\t[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari\tBeta\t22\tRp "
                       u"7,500\t"
                       "Kratos · Rp 8,200\tRp 1,500\t20.0 %\t4\t"_s
                     + GroupComparisonModel::detail(model.grouping().attributes(1)));
        QCOMPARE(likes.siblingAtColumn(GroupComparisonModel::SpreadColumn)
                     .data(GroupComparisonModel::SortRole),
                 QVariant(1500.0));
        QCOMPARE(likes.data(GroupComparisonModel::ServiceIndexRole).toLongLong(), 1);

        // Members cheapest first; the ones without a price last.
        QStringList ids;
        for (int row = 0; row < model.rowCount(likes); ++row)
            ids << model.index(row, GroupComparisonModel::IdColumn, likes).data().toString();
        QCOMPARE(ids, (QStringList{u"22"_s, u"33"_s, u"11"_s, u"5"_s}));
        const QModelIndex dearest = model.index(2, 0, likes);
        QCOMPARE(rowText(model, dearest).section(u'\t', 1, 8),
                 u"\tAlpha\t11\tRp 9,000\t\t+Rp 1,500\t+20.0 %\t"_s);
        QCOMPARE(model.index(3, GroupComparisonModel::PriceColumn, likes).data().toString(),
                 u"no rate"_s);
        QCOMPARE(model.index(0, GroupComparisonModel::CheapestColumn, likes).data().toString(),
                 u"cheapest"_s);
        QCOMPARE(model.serviceAt(dearest), 0);
        QCOMPARE(model.groupAt(dearest), likes.row());
        QCOMPARE(model.serviceIndex(0), dearest);
        QCOMPARE(model.parent(dearest), likes);
    }

    void shouldShowAServiceNobodyCanReadAsAGroupOfItsOwn()
    {
        GroupComparisonModel model;
        model.setGrouping(grouped(messyServices()));
        const QModelIndex mystery = groupNamed(model, u"24"_s);
        QVERIFY(mystery.isValid());
        QCOMPARE(model.rowCount(mystery), 1);
        QCOMPARE(mystery.siblingAtColumn(GroupComparisonModel::CountColumn).data().toString(),
                 u"1"_s);
        // One price, no runner-up and no spread.
        QCOMPARE(mystery.siblingAtColumn(GroupComparisonModel::RunnerUpColumn).data().toString(),
                 QString());
        QVERIFY(!mystery.siblingAtColumn(GroupComparisonModel::SpreadColumn)
                     .data(GroupComparisonModel::SortRole)
                     .isValid());
    }

    void shouldSortBySpreadWithGroupsOfOneLast()
    {
        GroupComparisonModel model;
        model.setGrouping(grouped(messyServices()));
        GroupComparisonFilter filter;
        filter.setSourceModel(&model);
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            filter.sort(GroupComparisonModel::SpreadColumn, order);
            QStringList spreads;
            for (int row = 0; row < filter.rowCount(); ++row)
                spreads << filter.index(row, GroupComparisonModel::SpreadColumn).data().toString();
            const QStringList expected = order == Qt::DescendingOrder
                                             ? QStringList{u"Rp 1,500"_s, u"Rp 50"_s}
                                             : QStringList{u"Rp 50"_s, u"Rp 1,500"_s};
            QCOMPARE(spreads.mid(0, 2), expected);
            for (const QString &rest : spreads.mid(2))
                QCOMPARE(rest, QString());
        }
        filter.sort(GroupComparisonModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, GroupComparisonModel::CountColumn).data().toString(), u"4"_s);
        filter.sort(GroupComparisonModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, GroupComparisonModel::PriceColumn).data().toString(), u"Rp 250"_s);
    }

    void shouldFilterByGroupLabelOrMember()
    {
        GroupComparisonModel model;
        model.setGrouping(grouped(messyServices()));
        GroupComparisonFilter filter;
        filter.setSourceModel(&model);

        // A member's word: its group, with only the members that match.
        filter.setTerms(SearchText::terms(u"garansi"));
        QCOMPARE(filter.rowCount(), 1);
        const QModelIndex likes = filter.index(0, 0);
        QCOMPARE(filter.rowCount(likes), 1);
        QCOMPARE(filter.index(0, GroupComparisonModel::IdColumn, likes).data().toString(), u"33"_s);

        // A panel's name finds its services in every group.
        filter.setTerms(SearchText::terms(u"alpha"));
        QCOMPARE(filter.rowCount(), 2);

        // The group's own label: every member.
        const QString label = model.grouping().groups().at(groupNamed(model, u"23"_s).row()).label;
        filter.setTerms(SearchText::terms(label));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 2);

        filter.setTerms(SearchText::terms(u"nothing like this"));
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGroupComparisonModel)
#include "test_groupcomparisonmodel.moc"
