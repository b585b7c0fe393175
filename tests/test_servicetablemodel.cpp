// SPDX-License-Identifier: MIT
#include "panelconfig.h"
#include "responseparser.h"
#include "servicegrouping.h"
#include "servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

class TestServiceTableModel : public QObject
{
    Q_OBJECT

private:
    static Service makeService(quint64 id, double price, const QString &name, bool active = true)
    {
        Service service;
        service.id = id;
        service.price = price;
        service.name = name;
        service.category = QStringLiteral("[YT] Youtube Views");
        service.type = QStringLiteral("Youtube");
        service.min = 100;
        service.max = 1000 * qint64(id);
        service.refill = id % 2 == 0;
        service.active = active;
        return service;
    }

    static ServiceList sample()
    {
        return {makeService(3900, 25947, QStringLiteral("Views HQ")),
                makeService(9, 9, QStringLiteral("Views cheap"), false),
                makeService(26226, 100.5, QStringLiteral("Views 🇮🇩"))};
    }

    static QString rowText(const QAbstractItemModel &model, int row)
    {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        return cells.join(QLatin1Char('|'));
    }

    static QList<quint64> idsInOrder(const QAbstractItemModel &model)
    {
        QList<quint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, ServiceTableModel::IdColumn)
                       .data(ServiceTableModel::SortRole)
                       .toULongLong();
        return ids;
    }

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void shouldPassTheModelTesterThroughResetsAndSorts()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);

        model.setServices(sample());
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
        model.setServices({});
        model.setServices(sample());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void shouldReplaceRowsInOneReset()
    {
        ServiceTableModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setServices(sample());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
    }

    void shouldSortNumericallyOnTheSortRole()
    {
        ServiceTableModel model;
        model.setServices(sample());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);

        proxy.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<quint64>{9, 26226, 3900}));
        proxy.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<quint64>{3900, 26226, 9}));
        proxy.sort(ServiceTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<quint64>{9, 3900, 26226}));
    }

    void shouldFormatForPeopleInEnglish()
    {
        ServiceTableModel model;
        model.setServices(sample());
        QCOMPARE(rowText(model, 0),
                 QStringLiteral("3900|Views HQ|[YT] Youtube Views|Youtube|"
                                "Rp 25,947|Rp 25.95 / unit||100|3,900,000|✓|Active||||Rp 25,947|"
                                "Kratos|IDR|Rp 25,947||"));
        QCOMPARE(
            rowText(model, 1),
            QStringLiteral("9|Views cheap|[YT] Youtube Views|Youtube|"
                           "Rp 9|Rp 0.01 / unit||100|9,000|—|Inactive||||Rp 9|Kratos|IDR|Rp 9||"));
        QCOMPARE(model.index(2, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 101"));
        QCOMPARE(model.index(2, ServiceTableModel::RefillColumn).data().toString(),
                 QStringLiteral("✓"));
    }

    // The text rounds to whole rupiah; sorting and exports still see the panel's exact price.
    void shouldSortOnTheExactPriceWhereTheTextRounds()
    {
        ServiceTableModel model;
        model.setServices({makeService(1, 100.4, QStringLiteral("a")),
                           makeService(2, 100.2, QStringLiteral("b")),
                           makeService(3, 100.3, QStringLiteral("c"))});
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.index(row, ServiceTableModel::PriceColumn).data().toString(),
                     QStringLiteral("Rp 100"));
        QCOMPARE(model.index(0, ServiceTableModel::PriceColumn)
                     .data(ServiceTableModel::SortRole)
                     .toDouble(),
                 100.4);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);
        proxy.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<quint64>{2, 3, 1}));
        proxy.sort(ServiceTableModel::UnitPriceColumn, Qt::DescendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<quint64>{1, 3, 2}));
    }

    void shouldFormatRupiahTheIndonesianWay()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        ServiceTableModel model;
        model.setServices(sample());
        QCOMPARE(model.index(0, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 25.947"));
        QCOMPARE(model.index(0, ServiceTableModel::UnitPriceColumn).data().toString(),
                 QStringLiteral("Rp 25,95 / unit"));
        QCOMPARE(model.index(2, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 101"));
        QCOMPARE(model.index(0, ServiceTableModel::MaxColumn).data().toString(),
                 QStringLiteral("3.900.000"));
    }

    void shouldShowUnlimitedMax()
    {
        ServiceTableModel model;
        Service service = makeService(1, 1, QStringLiteral("x"));
        service.max = Service::UnlimitedMax;
        model.setServices({service});
        QCOMPARE(model.index(0, ServiceTableModel::MaxColumn).data().toString(),
                 QStringLiteral("Unlimited"));
        QCOMPARE(model.index(0, ServiceTableModel::MaxColumn)
                     .data(ServiceTableModel::SortRole)
                     .toLongLong(),
                 Service::UnlimitedMax);
    }

    void shouldAlignNumbersRightAndGreyInactiveRows()
    {
        ServiceTableModel model;
        model.setServices(sample());
        const auto alignment = [&](int column) {
            return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
        };
        QVERIFY(alignment(ServiceTableModel::PriceColumn) & Qt::AlignRight);
        QVERIFY(alignment(ServiceTableModel::MaxColumn) & Qt::AlignRight);
        QVERIFY(alignment(ServiceTableModel::NameColumn) & Qt::AlignLeft);

        const auto tone = [&](int row, int column) {
            return model.index(row, column)
                .data(ServiceTableModel::ToneRole)
                .value<ServiceTableModel::Tone>();
        };
        QCOMPARE(tone(0, 0), ServiceTableModel::Tone::Plain);
        QCOMPARE(tone(1, 0), ServiceTableModel::Tone::Inactive);
        QCOMPARE(tone(1, ServiceTableModel::ChangeColumn), ServiceTableModel::Tone::Inactive);
        QCOMPARE(model.index(1, ServiceTableModel::PriceColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Views cheap"));
    }

    void shouldShowPriceChangesSincePreviousFetch()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const ServiceList previous = {makeService(3900, 23064, QStringLiteral("Views HQ")),
                                      makeService(9, 10, QStringLiteral("Views cheap")),
                                      makeService(77, 5, QStringLiteral("Gone"))};
        model.setServices(sample(), PriceComparison::compare(previous, sample()));

        const auto change = [&](int row, int role) {
            return model.index(row, ServiceTableModel::ChangeColumn).data(role);
        };
        QCOMPARE(change(0, Qt::DisplayRole).toString(), QStringLiteral("▲ +12.5%"));
        QCOMPARE(change(0, ServiceTableModel::SortRole).toDouble(), 12.5);
        QCOMPARE(change(1, Qt::DisplayRole).toString(), QStringLiteral("▼ −10%"));
        QCOMPARE(change(1, ServiceTableModel::SortRole).toDouble(), -10.0);
        QCOMPARE(change(2, Qt::DisplayRole).toString(), QStringLiteral("new"));
        QVERIFY(!change(2, ServiceTableModel::SortRole).isValid());
        const auto tone = [&](int row) {
            return change(row, ServiceTableModel::ToneRole).value<ServiceTableModel::Tone>();
        };
        QCOMPARE(tone(0), ServiceTableModel::Tone::PriceRose);
        QCOMPARE(tone(1), ServiceTableModel::Tone::Inactive); // inactive says more than −10%
        QCOMPARE(tone(2), ServiceTableModel::Tone::New);
        QCOMPARE(model.index(0, ServiceTableModel::PriceColumn)
                     .data(ServiceTableModel::ToneRole)
                     .value<ServiceTableModel::Tone>(),
                 ServiceTableModel::Tone::Plain);
        QCOMPARE(model.changes().removed().size(), 1);

        const ServiceList dearer = {makeService(3900, 30000, QStringLiteral("Views HQ"))};
        model.setServices(sample(), PriceComparison::compare(dearer, sample()));
        QCOMPARE(tone(0), ServiceTableModel::Tone::PriceFell);

        model.setServices(sample());
        QCOMPARE(tone(0), ServiceTableModel::Tone::Plain);
        QCOMPARE(change(0, Qt::DisplayRole).toString(), QString());
        QVERIFY(!change(0, ServiceTableModel::SortRole).isValid());
    }

    void shouldShowMyPriceWithMarkupRoundedUp()
    {
        ServiceTableModel model;
        model.setServices(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ResellerPricing pricing;
        pricing.markupPercent = 10;
        pricing.roundingStep = 100;
        model.setResellerPricing(pricing);
        QCOMPARE(changed.count(), 1);
        const auto myPrice = [&](int row) {
            return model.index(row, ServiceTableModel::MyPriceColumn);
        };
        QCOMPARE(myPrice(0).data(ServiceTableModel::SortRole).toDouble(), 28600.0);
        QCOMPARE(myPrice(0).data().toString(), QStringLiteral("Rp 28,600"));
        QCOMPARE(myPrice(1).data(ServiceTableModel::SortRole).toDouble(), 100.0);
        model.setResellerPricing(pricing);
        QCOMPARE(changed.count(), 1);
    }

    void shouldMarkTheMinAndMaxOfServicesWhoseMinimumIsAboveTheirMaximum()
    {
        Service backwards = makeService(1, 1000, QStringLiteral("Backwards"));
        backwards.min = 5000;
        backwards.max = 100;
        Service unlimited = makeService(2, 1000, QStringLiteral("Unlimited"));
        unlimited.min = 5000;
        unlimited.max = Service::UnlimitedMax;
        ServiceTableModel model;
        model.setServices({backwards, unlimited, makeService(3, 1000, QStringLiteral("Fine"))});
        const auto tip = [&](int row, int column) {
            return model.index(row, column).data(Qt::ToolTipRole).toString();
        };
        for (int column : {ServiceTableModel::MinColumn, ServiceTableModel::MaxColumn})
            QVERIFY2(tip(0, column).contains(QStringLiteral("minimum above the maximum")),
                     qPrintable(tip(0, column)));
        QCOMPARE(tip(0, ServiceTableModel::NameColumn), QStringLiteral("Backwards"));
        QCOMPARE(tip(0, ServiceTableModel::PriceColumn), QStringLiteral("Backwards"));
        QCOMPARE(tip(1, ServiceTableModel::MinColumn), QStringLiteral("Unlimited"));
        QCOMPARE(tip(2, ServiceTableModel::MaxColumn), QStringLiteral("Fine"));
        // Kept with its values, for the user to see.
        QCOMPARE(model.index(0, ServiceTableModel::MinColumn).data(ServiceTableModel::SortRole),
                 QVariant(qint64(5000)));
    }

    void shouldKeepCostAndMyPriceFiniteAtTheLimits()
    {
        ServiceTableModel model;
        model.setServices({makeService(1, ResponseParser::MaxPrice, QStringLiteral("Dearest"))});
        model.setOrderQuantity(std::numeric_limits<qint64>::max());
        ResellerPricing pricing;
        pricing.markupPercent = ResellerPricing::MaxMarkupPercent;
        pricing.roundingStep = ResellerPricing::MinRoundingStep;
        model.setResellerPricing(pricing);
        for (int column : {ServiceTableModel::CostColumn, ServiceTableModel::MyPriceColumn}) {
            const QModelIndex index = model.index(0, column);
            QVERIFY(std::isfinite(index.data(ServiceTableModel::SortRole).toDouble()));
            QVERIFY2(!index.data().toString().contains(u'∞'), qPrintable(index.data().toString()));
        }
    }

    void shouldMapColumnKeysBothWays()
    {
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
            const auto key = ServiceTableModel::columnKey(ServiceTableModel::Column(column));
            QCOMPARE(ServiceTableModel::columnFromKey(key), ServiceTableModel::Column(column));
        }
        QCOMPARE(ServiceTableModel::columnFromKey(u"PRICE"), ServiceTableModel::PriceColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"change"), ServiceTableModel::ChangeColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"my_price"), ServiceTableModel::MyPriceColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"panel"), ServiceTableModel::PanelColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"Currency"), ServiceTableModel::CurrencyColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"price_idr"), ServiceTableModel::PriceIdrColumn);
        QVERIFY(!ServiceTableModel::columnFromKey(u"bogus"));
    }

    // Services from several panels: rupiah, dollars as exact text, a currency without a rate,
    // an unreadable exact price.
    static ServiceList panelSample()
    {
        Service rupiah = makeService(1, 24865.6, QStringLiteral("built-in"));
        Service dollars = makeService(2, 0.0450123, QStringLiteral("dollars"));
        dollars.panel = QStringLiteral("Peakerr");
        dollars.currency = QStringLiteral("USD");
        dollars.priceExact = QStringLiteral("0.0450123");
        Service unknown = makeService(3, 1.5, QStringLiteral("no rate"));
        unknown.panel = QStringLiteral("Zeta");
        unknown.currency = QStringLiteral("XAU");
        Service junk = makeService(4, 2, QStringLiteral("junk exact"));
        junk.panel = QStringLiteral("Peakerr");
        junk.currency = QStringLiteral("USD");
        junk.priceExact = QStringLiteral("2,00");
        return {rupiah, dollars, unknown, junk};
    }

    static ExchangeRates dollarRate()
    {
        ExchangeRates rates;
        rates.setRate(QStringLiteral("USD"), {*Decimal::parse(u"16250.12345"), QDate(2026, 11, 30),
                                              ExchangeRates::Source::Fetched});
        return rates;
    }

    void shouldShowPanelCurrencyAndTheConvertedPrice()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(panelSample());
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, ServiceTableModel::PanelColumn).toString(), PanelConfig::BuiltInName);
        QCOMPARE(cell(1, ServiceTableModel::PanelColumn).toString(), u"Peakerr"_qs);
        QCOMPARE(cell(0, ServiceTableModel::CurrencyColumn).toString(), u"IDR"_qs);
        QCOMPARE(cell(2, ServiceTableModel::CurrencyColumn).toString(), u"XAU"_qs);
        QCOMPARE(cell(0, ServiceTableModel::PriceColumn).toString(), u"Rp 24,866"_qs);
        QCOMPARE(cell(1, ServiceTableModel::PriceColumn).toString(), u"USD 0.0450123"_qs);
        QCOMPARE(cell(2, ServiceTableModel::PriceColumn).toString(), u"XAU 1.5"_qs);
        // No rates yet: only rupiah converts, the rest stay empty rather than zero.
        QCOMPARE(cell(0, ServiceTableModel::PriceIdrColumn).toString(), u"Rp 24,866"_qs);
        QCOMPARE(cell(1, ServiceTableModel::PriceIdrColumn).toString(), QString());
        QVERIFY(!cell(1, ServiceTableModel::PriceIdrColumn, ServiceTableModel::SortRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setExchangeRates(dollarRate());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(),
                 model.index(model.rowCount() - 1, ServiceTableModel::ColumnCount - 1));
        QCOMPARE(cell(1, ServiceTableModel::PriceIdrColumn).toString(), u"Rp 731"_qs);
        QCOMPARE(cell(1, ServiceTableModel::PriceIdrColumn, ServiceTableModel::SortRole),
                 QVariant(731.46));
        QCOMPARE(cell(1, ServiceTableModel::PriceIdrColumn, ServiceTableModel::ExactRole)
                     .value<Decimal>()
                     .toString(),
                 u"731.46"_qs);
        QCOMPARE(cell(2, ServiceTableModel::PriceIdrColumn).toString(), QString());
        QCOMPARE(cell(3, ServiceTableModel::PriceIdrColumn).toString(), QString());
        QCOMPARE(cell(3, ServiceTableModel::PriceColumn).toString(), u"2,00"_qs);
        QCOMPARE(cell(1, ServiceTableModel::PanelColumn, ServiceTableModel::SortRole).toString(),
                 u"Peakerr"_qs);
        QCOMPARE(cell(0, ServiceTableModel::CurrencyColumn, ServiceTableModel::SortRole).toString(),
                 u"IDR"_qs);
        QCOMPARE(model.headerData(ServiceTableModel::PriceIdrColumn, Qt::Horizontal).toString(),
                 u"Price / 1K (Rp)"_qs);
    }

    void shouldStartUnitPriceCostAndMyPriceFromRupiahInAnyCurrency()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(panelSample());
        model.setOrderQuantity(1000);
        ResellerPricing pricing;
        pricing.markupPercent = 10;
        pricing.roundingStep = 100;
        model.setResellerPricing(pricing);
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        // Without a rate a dollar price has no rupiah: nothing, rather than "Rp 0".
        for (const int column : {ServiceTableModel::UnitPriceColumn, ServiceTableModel::CostColumn,
                                 ServiceTableModel::MyPriceColumn}) {
            QCOMPARE(cell(1, column).toString(), QString());
            QVERIFY(!cell(1, column, ServiceTableModel::SortRole).isValid());
        }
        model.setExchangeRates(dollarRate());
        // 0.0450123 × 16250.12345 = 731.46 per 1000.
        QCOMPARE(cell(1, ServiceTableModel::UnitPriceColumn).toString(), u"Rp 0.73 / unit"_qs);
        QCOMPARE(cell(1, ServiceTableModel::CostColumn).toString(), u"Rp 731"_qs);
        // 731.46 + 10 % = 804.61, up to the next Rp 100.
        QCOMPARE(cell(1, ServiceTableModel::MyPriceColumn).toString(), u"Rp 900"_qs);
        QCOMPARE(cell(1, ServiceTableModel::MyPriceColumn, ServiceTableModel::SortRole),
                 QVariant(900.0));
        QCOMPARE(cell(2, ServiceTableModel::CostColumn).toString(), QString()); // no XAU rate
        QCOMPARE(cell(0, ServiceTableModel::CostColumn).toString(), u"Rp 24,866"_qs);
    }

    void shouldConvertToTheChosenDisplayCurrency()
    {
        ServiceTableModel model;
        model.setServices(panelSample());
        ExchangeRates rates = dollarRate();
        QVERIFY(rates.setDisplayCurrency(u"USD"_qs));
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setExchangeRates(rates);
        QCOMPARE(header.size(), 1);
        QCOMPARE(model.headerData(ServiceTableModel::PriceIdrColumn, Qt::Horizontal).toString(),
                 u"Price / 1K (USD)"_qs);
        // 24865.6 / 16250.12345 = 1.5301...
        QCOMPARE(model.index(0, ServiceTableModel::PriceIdrColumn).data().toString(),
                 u"USD 1.53"_qs);
        QCOMPARE(model.index(1, ServiceTableModel::PriceIdrColumn).data().toString(),
                 u"USD 0.05"_qs);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QCOMPARE(model.index(1, ServiceTableModel::PriceColumn).data().toString(),
                 u"USD 0,0450123"_qs);
    }

    void shouldAppendTheGroupColumnsAfterTheOthers()
    {
        // Saved header layouts restore by position: new columns come last.
        QCOMPARE(int(ServiceTableModel::GroupColumn), ServiceTableModel::PriceIdrColumn + 1);
        QCOMPARE(int(ServiceTableModel::CheapestColumn), ServiceTableModel::GroupColumn + 1);
        QCOMPARE(int(ServiceTableModel::ColumnCount), ServiceTableModel::CheapestColumn + 1);
        QCOMPARE(ServiceTableModel::columnFromKey(u"group"), ServiceTableModel::GroupColumn);
        QCOMPARE(ServiceTableModel::columnFromKey(u"Cheapest"), ServiceTableModel::CheapestColumn);
        QVERIFY(ServiceTableModel::needsGroups(
            {ServiceTableModel::IdColumn, ServiceTableModel::CheapestColumn}));
        QVERIFY(!ServiceTableModel::needsGroups({ServiceTableModel::IdColumn}));
    }

    // Two groups over three panels: equal rupiah prices in different currencies, a price that
    // cannot be converted, a service in no group.
    static ServiceList groupSample()
    {
        ServiceList services = panelSample(); // rows 0-3: Rp 24,865.6, $ (Rp 731.46), XAU, junk
        Service tieLate = makeService(5, 731.46, QStringLiteral("same price, later panel"));
        tieLate.panel = QStringLiteral("Zeta");
        Service tieLowId = makeService(1, 731.46, QStringLiteral("same price, lower id"));
        tieLowId.panel = QStringLiteral("Peakerr");
        Service alone = makeService(7, 10, QStringLiteral("alone"));
        services << tieLate << tieLowId << alone;
        return services;
    }
    static ServiceGroups twoGroups()
    {
        const QString likes = u"instagram|likes|ID|30d"_qs;
        const QString views = u"youtube|views|WW|none"_qs;
        return ServiceGroups::fromKeys(groupSample(),
                                       {likes, likes, QString(), views, likes, likes, views},
                                       {u"Instagram likes"_qs, {}, {}, u"YouTube views"_qs});
    }

    void shouldLeaveTheGroupColumnsEmptyUntilTheGroupsAreSet()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(groupSample());
        for (const int column :
             {ServiceTableModel::GroupColumn, ServiceTableModel::CheapestColumn}) {
            QCOMPARE(model.index(0, column).data().toString(), QString());
            QVERIFY(!model.index(0, column).data(ServiceTableModel::SortRole).isValid());
        }
        QVERIFY(model.cheapestRows({0, 1, 2}).empty());
        // Groups that do not fit the rows are not taken.
        model.setGroups(std::make_shared<const ServiceGroups>(
            ServiceGroups::fromKeys(groupSample().mid(0, 2), {u"a"_qs, u"b"_qs})));
        QVERIFY(!model.groups());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGroups(std::make_shared<const ServiceGroups>(twoGroups()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(),
                 model.index(0, ServiceTableModel::GroupColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(),
                 model.index(model.rowCount() - 1, ServiceTableModel::CheapestColumn));
        // People read the name; exports and sorting take the key.
        QCOMPARE(model.index(3, ServiceTableModel::GroupColumn).data().toString(),
                 u"YouTube views"_qs);
        QCOMPARE(model.index(5, ServiceTableModel::GroupColumn).data().toString(),
                 u"Instagram likes"_qs);
        QCOMPARE(model.index(3, ServiceTableModel::GroupColumn).data(ServiceTableModel::SortRole),
                 QVariant(u"youtube|views|WW|none"_qs));
        QCOMPARE(model.index(2, ServiceTableModel::GroupColumn).data().toString(), QString());
        QCOMPARE(model.groupOf(3), 1);
        QCOMPARE(model.groupOf(2), -1);
        // Nothing chosen yet: no row is the cheapest.
        QCOMPARE(
            model.index(0, ServiceTableModel::CheapestColumn).data(ServiceTableModel::SortRole),
            QVariant(false));

        // New rows drop the groups of the old ones.
        model.setServices(groupSample());
        QVERIFY(!model.groups());
        QCOMPARE(model.index(3, ServiceTableModel::GroupColumn).data().toString(), QString());
    }

    void shouldChooseTheCheapestInRupiahOfEachGroup()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(groupSample());
        model.setGroups(std::make_shared<const ServiceGroups>(twoGroups()));
        const std::vector<int> all = {6, 5, 4, 3, 2, 1, 0};

        // Without rates only rupiah prices count: the Rp 731.46 services tie, and of those the
        // lower panel name wins (Peakerr before Zeta). The junk "2,00" dollar price never wins,
        // even against Rp 10. The result keeps the order of the rows given.
        QCOMPARE(model.cheapestRows(all), (std::vector<int>{6, 5}));
        QCOMPARE(model.cheapestRows({3}), std::vector<int>()); // no rupiah price: never cheapest
        QCOMPARE(model.cheapestRows({2}), std::vector<int>()); // in no group

        // With the dollar rate, row 1 costs Rp 731.46 too (0.0450123 × 16250.12345 rounds to
        // it); within Peakerr the lower id wins: row 5 has id 1, row 1 id 2.
        model.setExchangeRates(dollarRate());
        QCOMPARE(model.cheapestRows(all), (std::vector<int>{6, 5}));
        QCOMPARE(model.cheapestRows({1, 4}), (std::vector<int>{1}));
        // Among fewer rows, the cheapest of those.
        QCOMPARE(model.cheapestRows({0, 4}), (std::vector<int>{4}));
        QCOMPARE(model.cheapestRows({0, 2}), (std::vector<int>{0}));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCheapestAmong(all);
        QCOMPARE(changed.size(), 1);
        model.setCheapestAmong(all); // nothing changed, nothing said
        QCOMPARE(changed.size(), 1);
        const auto cheapest = [&model](int row) {
            return model.index(row, ServiceTableModel::CheapestColumn)
                .data(ServiceTableModel::SortRole);
        };
        QCOMPARE(cheapest(5), QVariant(true));
        QCOMPARE(cheapest(6), QVariant(true));
        QCOMPARE(cheapest(1), QVariant(false));
        QCOMPARE(cheapest(3), QVariant(false));
        QCOMPARE(cheapest(2), QVariant(false)); // in no group
        QCOMPARE(model.index(5, ServiceTableModel::CheapestColumn).data().toString(), u"✓"_qs);
        QCOMPARE(model.index(1, ServiceTableModel::CheapestColumn).data().toString(), u"—"_qs);

        // Row 0 alone is shown: it is the cheapest of what is shown.
        model.setCheapestAmong({0});
        QCOMPARE(cheapest(0), QVariant(true));
        QCOMPARE(cheapest(5), QVariant(false));
    }

    // One rule for services at one price, wherever the cheapest is chosen: the grouping's order
    // (faster, then more quality words), then the panel name, then the id.
    void shouldBreakTiesForTheCheapestAsTheGroupingDoes()
    {
        const auto likes = [](const QString &panel, quint64 id, const QString &speed) {
            Service service = makeService(id, 500, u"TikTok Views Worldwide No Refill "_qs + speed);
            service.panel = panel;
            return service;
        };
        const ServiceList services = {likes(u"Alpha"_qs, 5, u"10K/day"_qs),
                                      likes(u"Zeta"_qs, 9, u"1M/day"_qs),
                                      likes(u"Alpha"_qs, 2, u"10K/day"_qs)};
        const ServiceGrouping grouping(services, ServiceGrouping::rupiahOnly());
        QCOMPARE(grouping.groups().size(), 1);
        QCOMPARE(grouping.groups().constFirst().members, (QList<qsizetype>{1, 2, 0}));

        QTemporaryDir dir;
        ServiceTableModel model;
        model.setServices(services);
        model.setGroups(std::make_shared<const ServiceGroups>(
            ServiceGroups::of(services, ExchangeRates(), dir.filePath(u"overrides.ini"_qs))));
        // The faster on the later panel, as the Compare tab's cheapest; of the slower two on one
        // panel, the lower id.
        QCOMPARE(model.cheapestRows({0, 1, 2}), std::vector<int>{1});
        QCOMPARE(model.cheapestRows({0, 2}), std::vector<int>{2});
        // The same once the prices are converted here rather than with the groups.
        model.setExchangeRates(dollarRate());
        QCOMPARE(model.cheapestRows({0, 1, 2}), std::vector<int>{1});
        QCOMPARE(model.cheapestRows({2, 0}), std::vector<int>{2});
    }
};

QTEST_MAIN(TestServiceTableModel)
#include "test_servicetablemodel.moc"
