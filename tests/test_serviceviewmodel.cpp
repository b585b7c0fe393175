// SPDX-License-Identifier: MIT
#include "responseparser.h"
#include "searchtext.h"
#include "serviceformatter.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>

// The plain way to the same rows: a QSortFilterProxyModel that folds and compares every row
// on every pass, sorting on the table's SortRole with the same collator for text.
class PlainServiceProxy final : public QSortFilterProxyModel
{
public:
    PlainServiceProxy(ServiceTableModel *services, const QCollator &collator)
        : m_services(services)
        , m_collator(collator)
    {
        setSourceModel(services);
        setSortRole(ServiceTableModel::SortRole);
    }

    void setFilter(const ServiceFilter &filter)
    {
        m_filter = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const Service &service = m_services->service(row);
        if (!m_filter.acceptsValues(service))
            return false;
        // ServiceViewModel searches the first 2,000 characters of a note.
        const QString text =
            SearchText::fold(service.name) + u'\n' + SearchText::fold(service.category) + u'\n'
            + SearchText::fold(service.type) + u'\n'
            + SearchText::fold(ServiceFormatter::plainNote(service.note).left(2000));
        return std::all_of(m_filter.terms.cbegin(), m_filter.terms.cend(),
                           [&text](const QString &term) { return text.contains(term); });
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.userType() == QMetaType::QString)
            return m_collator.compare(a.toString(), b.toString()) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }

private:
    ServiceTableModel *m_services;
    QCollator m_collator;
    ServiceFilter m_filter;
};

using namespace Qt::StringLiterals;

class TestServiceViewModel : public QObject
{
    Q_OBJECT

private:
    static Service makeService(quint64 id, const QString &name, double price, bool refill = true,
                               bool active = true, qint64 min = 10, qint64 max = 1000)
    {
        Service service;
        service.id = id;
        service.name = name;
        service.price = price;
        service.refill = refill;
        service.active = active;
        service.min = min;
        service.max = max;
        service.category = QStringLiteral("[IG] Instagram");
        service.type = QStringLiteral("Instagram");
        return service;
    }

    static ServiceList sample()
    {
        return {
            makeService(1, QStringLiteral("Views 10 Café"), 300),
            makeService(2, QStringLiteral("Views 2"), 100, false),
            makeService(3, QStringLiteral("likes indo"), 200, true, false),
            makeService(4, QStringLiteral("Likes HQ"), 100, false, true, 500, 5000),
            makeService(5, QStringLiteral("Followers"), 50, true, true, 100, Service::UnlimitedMax),
        };
    }

    static QList<quint64> ids(const ServiceViewModel &view)
    {
        QList<quint64> ids;
        for (int row = 0; row < view.rowCount(); ++row)
            ids << view.serviceModel()->service(view.sourceRow(row)).id;
        return ids;
    }

    // A response of the shape panels send: repeated categories, types and notes (so the parser
    // shares them), accents, equal prices and every flag combination.
    static QByteArray generatedResponse(int rows)
    {
        const QStringList words = {QStringLiteral("Views"),       QStringLiteral("likes"),
                                   QStringLiteral("VIP"),         QStringLiteral("Véritable"),
                                   QStringLiteral("indo"),        QStringLiteral("Followers 10"),
                                   QStringLiteral("Followers 9"), QStringLiteral("café")};
        const QStringList categories = {QStringLiteral("[IG] Instagram Likes"),
                                        QStringLiteral("[YT] Youtube Views"),
                                        QStringLiteral("[TK] TikTok Café")};
        const QStringList notes = {QString(), QStringLiteral("<b>Fast</b> start"),
                                   QStringLiteral("3 hours 25 minutes "),
                                   QStringLiteral("<p>Refill 30 days, <i>views</i> only</p>")};
        QRandomGenerator random(7);
        QString json = QStringLiteral("{\"status\":true,\"data\":[");
        for (int i = 0; i < rows; ++i) {
            const QString name =
                words[random.bounded(words.size())] + u' ' + words[random.bounded(words.size())];
            const QString category = categories[random.bounded(categories.size())];
            json += QStringLiteral("%1{\"id\":%2,\"name\":\"%3\",\"category\":\"%4\","
                                   "\"type\":\"%5\",\"note\":\"%6\",\"price\":%7,"
                                   "\"min\":%8,\"max\":%9,\"refill\":%10,\"status\":%11}")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(1000 + i)
                        .arg(name, category, category.section(u' ', 1, 1),
                             notes[random.bounded(notes.size())])
                        .arg(random.bounded(20) * 50)
                        .arg(random.bounded(3) * 100)
                        .arg(random.bounded(2) ? 5000 : Service::UnlimitedMax)
                        .arg(random.bounded(2))
                        .arg(random.bounded(10) ? 1 : 0);
        }
        return (json + QStringLiteral("]}")).toUtf8();
    }

    static QList<int> sourceRows(const QAbstractProxyModel &view)
    {
        QList<int> rows;
        for (int row = 0; row < view.rowCount(); ++row)
            rows << view.mapToSource(view.index(row, 0)).row();
        return rows;
    }

    static ServiceFilter textFilter(const QString &text)
    {
        ServiceFilter filter;
        filter.terms = SearchText::terms(text);
        return filter;
    }

    static ServiceList generatedServices(int rows)
    {
        return ResponseParser::parse(generatedResponse(rows)).services;
    }

    // Once the view's worker is done, the view shows the rows `filter` accepts in price order:
    // some, not all.
    static void verifyWorkerShowsByPrice(ServiceViewModel &view, ServiceTableModel &services,
                                         const ServiceFilter &filter)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering() && !view.isIndexing(), FilterPassTimeoutMs);
        const QList<int> expected =
            foregroundRows(services, filter, ServiceTableModel::PriceColumn, Qt::AscendingOrder);
        QVERIFY(!expected.isEmpty() && expected.size() < services.rowCount());
        QCOMPARE(sourceRows(view), expected);
    }

    // The rows `filter` shows when its pass runs before setFilter returns.
    static QList<int> foregroundRows(ServiceTableModel &services, const ServiceFilter &filter,
                                     int sortColumn, Qt::SortOrder order)
    {
        ServiceViewModel view;
        view.setBackgroundFilterThreshold(std::numeric_limits<int>::max());
        view.setSourceModel(&services);
        view.sort(sortColumn, order);
        view.setFilter(filter);
        return sourceRows(view);
    }

    // Generous: a safety net for a pass that never ends, not a measure of speed.
    static constexpr int FilterPassTimeoutMs = 60000;

    // Enough rows that ranking their names on the worker takes a while.
    static constexpr int RowsRankedForAWhile = 6000;

    static QCollator appCollator()
    {
        QCollator collator{QLocale(QLocale::English)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        return collator;
    }

    // The rows sorted by name the plain way, QCollator::compare on every pair.
    static QList<int> plainNameOrder(ServiceTableModel &services, const QCollator &collator,
                                     Qt::SortOrder order)
    {
        PlainServiceProxy plain(&services, collator);
        plain.sort(ServiceTableModel::NameColumn, order);
        return sourceRows(plain);
    }

private Q_SLOTS:
    void shouldPassTheModelTesterThroughEveryChange()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setSourceModel(&services);
        services.setServices(sample());
        view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        view.setFilter(textFilter(QStringLiteral("views")));
        view.setFilter({});
        view.sort(ServiceTableModel::NameColumn);
        services.setOrderQuantity(100);
        services.setServices({});
        services.setServices(sample());
        QCOMPARE(view.rowCount(), 5);
    }

    void shouldSortNumericallyAndStablyBothWays()
    {
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(ids(view), (QList<quint64>{5, 2, 4, 3, 1}));
        view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        QCOMPARE(ids(view), (QList<quint64>{1, 3, 2, 4, 5}));
        view.sort(ServiceTableModel::MaxColumn, Qt::DescendingOrder);
        QCOMPARE(ids(view).first(), 5u);
    }

    void shouldSortLongListsInPiecesAsInOne_data()
    {
        QTest::addColumn<bool>("onLoad"); // sorted by the load's worker, or on the UI thread
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << false << int(Qt::AscendingOrder);
        QTest::newRow("descending, on load") << true << int(Qt::DescendingOrder);
    }
    void shouldSortLongListsInPiecesAsInOne()
    {
        QFETCH(bool, onLoad);
        QFETCH(int, order);
        // More rows than are sorted in one piece, with few prices: long runs of ties, which
        // must keep the panel's order in both directions wherever the pieces were cut.
        ServiceList list;
        QRandomGenerator random(7);
        for (int row = 0; row < 70001; ++row) {
            Service service;
            service.id = quint64(row) + 1;
            service.price = random.bounded(40) * 2.5;
            list << service;
        }
        QList<int> expected(list.size());
        std::iota(expected.begin(), expected.end(), 0);
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? list[a].price < list[b].price
                                               : list[b].price < list[a].price;
        });

        // No QAbstractItemModelTester here: it checks each of the 70,001 rows' 15 cells on every
        // reset, most of this test's time in the sanitizer build; the other tests use it.
        ServiceTableModel services;
        ServiceViewModel view;
        view.setBackgroundLoadThreshold(onLoad ? 0 : std::numeric_limits<int>::max());
        view.setSourceModel(&services);
        if (onLoad)
            view.sort(ServiceTableModel::PriceColumn, Qt::SortOrder(order));
        services.setServices(list);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        if (!onLoad)
            view.sort(ServiceTableModel::PriceColumn, Qt::SortOrder(order));
        QCOMPARE(sourceRows(view), expected);
    }

    void shouldSortTextNaturallyAndIgnoringCase()
    {
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::NameColumn);
        QCOMPARE(ids(view), (QList<quint64>{5, 4, 3, 2, 1}));
    }

    void shouldMatchEveryWordIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<quint64>>("expected");
        QTest::newRow("one word") << QStringLiteral("views") << QList<quint64>{1, 2};
        QTest::newRow("upper case") << QStringLiteral("LIKES") << QList<quint64>{3, 4};
        QTest::newRow("accent typed") << QStringLiteral("café") << QList<quint64>{1};
        QTest::newRow("accent not typed") << QStringLiteral("CAFE") << QList<quint64>{1};
        QTest::newRow("two words") << QStringLiteral("likes  hq") << QList<quint64>{4};
        QTest::newRow("category") << QStringLiteral("[ig]") << QList<quint64>{1, 2, 3, 4, 5};
        QTest::newRow("nothing") << QStringLiteral("tiktok") << QList<quint64>{};
    }

    void shouldMatchEveryWordIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QList<quint64>, expected);
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.setFilter(textFilter(text));
        QCOMPARE(ids(view), expected);
    }

    void shouldApplyEachFilter()
    {
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);

        ServiceFilter filter;
        filter.refill = ServiceFilter::Refill::Yes;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{1, 3, 5}));
        filter.refill = ServiceFilter::Refill::No;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{2, 4}));

        filter = {};
        filter.activeOnly = true;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{1, 2, 4, 5}));

        filter = {};
        filter.quantity = 2000;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{4, 5}));
        filter.quantity = 10;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{1, 2, 3}));

        filter = {};
        filter.minPrice = 100;
        filter.maxPrice = 200;
        view.setFilter(filter);
        QCOMPARE(ids(view), (QList<quint64>{2, 3, 4}));
        QCOMPARE(view.totalCount(), 5);
    }

    void shouldShowOnlyChangedServicesAndSortByChange()
    {
        ServiceTableModel model;
        ServiceViewModel view;
        view.setSourceModel(&model);
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        // 1 rises 50%, 2 falls 50%, 3 is unchanged, 4 and 5 are new; 9 was removed.
        const ServiceList previous = {
            makeService(1, QStringLiteral("a"), 200), makeService(2, QStringLiteral("b"), 200),
            makeService(3, QStringLiteral("c"), 200), makeService(9, QStringLiteral("gone"), 1)};
        model.setServices(sample(), PriceComparison::compare(previous, sample()));

        ServiceFilter changed;
        changed.changedOnly = true;
        view.setFilter(changed);
        QCOMPARE(ids(view), (QList<quint64>{1, 2, 4, 5}));
        QVERIFY(changed.narrows(ServiceFilter()));
        QVERIFY(!ServiceFilter().narrows(changed));

        view.setFilter({});
        view.sort(ServiceTableModel::ChangeColumn, Qt::AscendingOrder);
        QCOMPARE(ids(view), (QList<quint64>{2, 3, 1, 4, 5}));
        view.sort(ServiceTableModel::ChangeColumn, Qt::DescendingOrder);
        QCOMPARE(ids(view), (QList<quint64>{4, 5, 1, 3, 2}));

        model.setServices(sample());
        view.setFilter(changed);
        QCOMPARE(view.rowCount(), 0);
    }

    void shouldResortByMyPriceWhenThePricingChanges()
    {
        ServiceTableModel model;
        ServiceViewModel view;
        view.setSourceModel(&model);
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        ServiceList services = sample();
        services[0].category = QStringLiteral("cheap to resell");
        model.setServices(services);
        view.sort(ServiceTableModel::MyPriceColumn, Qt::AscendingOrder);
        QCOMPARE(ids(view), (QList<quint64>{5, 2, 4, 3, 1}));

        ResellerPricing pricing;
        pricing.markupPercent = 100;
        pricing.categoryMarkupPercent.insert(QStringLiteral("cheap to resell"), -90);
        model.setResellerPricing(pricing);
        QCOMPARE(ids(view), (QList<quint64>{1, 5, 2, 4, 3}));
    }

    void shouldKeepTheSortAcrossFilterChanges()
    {
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        view.setFilter(textFilter(QStringLiteral("i")));
        QCOMPARE(ids(view), (QList<quint64>{1, 3, 2, 4, 5}));
        view.setFilter(textFilter(QStringLiteral("li")));
        QCOMPARE(ids(view), (QList<quint64>{3, 4}));
        view.setFilter({});
        QCOMPARE(ids(view), (QList<quint64>{1, 3, 2, 4, 5}));
    }

    void shouldKeepTheSelectionOnItsServiceWhenSorting()
    {
        ServiceTableModel services;
        services.setServices(sample());
        ServiceViewModel view;
        view.setSourceModel(&services);
        QPersistentModelIndex selected = view.index(3, ServiceTableModel::NameColumn);
        QCOMPARE(services.service(view.sourceRow(selected.row())).id, 4u);
        view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(services.service(view.sourceRow(selected.row())).id, 4u);
        QCOMPARE(selected.column(), int(ServiceTableModel::NameColumn));
    }

    void shouldFilterNarrowingStepsLikeAFullPass()
    {
        // Typing letter by letter takes the narrowing path; each step must equal a fresh pass.
        ServiceList many;
        QRandomGenerator random(42);
        const QStringList words = {QStringLiteral("views"), QStringLiteral("likes"),
                                   QStringLiteral("vip"),   QStringLiteral("Véritable"),
                                   QStringLiteral("indo"),  QStringLiteral("followers")};
        for (int i = 0; i < 2000; ++i) {
            const QString name =
                words[random.bounded(words.size())] + u' ' + words[random.bounded(words.size())];
            many.append(makeService(i + 1, name, random.bounded(1000), random.bounded(2) == 1,
                                    random.bounded(10) > 0));
        }
        ServiceTableModel services;
        services.setServices(many);
        ServiceViewModel typed;
        typed.setSourceModel(&services);
        typed.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);

        const QString query = QStringLiteral("views ve");
        for (qsizetype length = 1; length <= query.size(); ++length) {
            ServiceFilter filter = textFilter(query.left(length));
            filter.activeOnly = true;
            typed.setFilter(filter);

            ServiceViewModel fresh;
            fresh.setSourceModel(&services);
            fresh.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);
            fresh.setFilter(filter);
            QCOMPARE(ids(typed), ids(fresh));
        }
        QVERIFY(typed.rowCount() > 0);
    }

    void shouldShowTheRowsOfThePlainProxyInItsOrder_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("refill");
        QTest::addColumn<bool>("activeOnly");
        QTest::addColumn<qint64>("quantity"); // -1: none
        QTest::addColumn<double>("minPrice"); // -1: none
        QTest::addColumn<double>("maxPrice");
        QTest::addColumn<int>("sortBlockRows"); // text sorts merge rows / this blocks
        QTest::addColumn<int>("rows");
        using Refill = ServiceFilter::Refill;
        QTest::newRow("everything")
            << QString() << int(Refill::Any) << false << -1LL << -1.0 << -1.0 << 1000 << 400;
        QTest::newRow("everything, text sorts in blocks of 7")
            << QString() << int(Refill::Any) << false << -1LL << -1.0 << -1.0 << 7 << 400;
        QTest::newRow("everything, text sorts by key in blocks of 2500")
            << QString() << int(Refill::Any) << false << -1LL << -1.0 << -1.0 << 2500 << 6000;
        QTest::newRow("everything, text sorts in blocks of 1")
            << QString() << int(Refill::Any) << false << -1LL << -1.0 << -1.0 << 1 << 400;
        QTest::newRow("one word") << QStringLiteral("views") << int(Refill::Any) << false << -1LL
                                  << -1.0 << -1.0 << 64 << 400;
        QTest::newRow("accent not typed") << QStringLiteral("CAFE") << int(Refill::Any) << false
                                          << -1LL << -1.0 << -1.0 << 64 << 400;
        QTest::newRow("two words, refill") << QStringLiteral("likes vér") << int(Refill::Yes)
                                           << false << -1LL << -1.0 << -1.0 << 64 << 400;
        QTest::newRow("note word, active") << QStringLiteral("fast") << int(Refill::Any) << true
                                           << -1LL << -1.0 << -1.0 << 64 << 400;
        QTest::newRow("category, no refill, quantity")
            << QStringLiteral("[yt]") << int(Refill::No) << false << 10000LL << -1.0 << -1.0 << 64
            << 400;
        QTest::newRow("price range")
            << QString() << int(Refill::Any) << true << 150LL << 200.0 << 600.0 << 64 << 400;
        QTest::newRow("no match") << QStringLiteral("spotify") << int(Refill::Any) << false << -1LL
                                  << -1.0 << -1.0 << 64 << 400;
    }

    void shouldShowTheRowsOfThePlainProxyInItsOrder()
    {
        QFETCH(QString, search);
        QFETCH(int, refill);
        QFETCH(bool, activeOnly);
        QFETCH(qint64, quantity);
        QFETCH(double, minPrice);
        QFETCH(double, maxPrice);
        ServiceFilter filter;
        filter.terms = SearchText::terms(search);
        filter.refill = ServiceFilter::Refill(refill);
        filter.activeOnly = activeOnly;
        if (quantity >= 0)
            filter.quantity = quantity;
        if (minPrice >= 0)
            filter.minPrice = minPrice;
        if (maxPrice >= 0)
            filter.maxPrice = maxPrice;

        QFETCH(int, rows);
        const ParseResult parsed = ResponseParser::parse(generatedResponse(rows));
        QVERIFY2(!parsed.isError(), qPrintable(parsed.error));
        QCOMPARE(parsed.services.size(), rows);
        ServiceTableModel services;
        services.setServices(parsed.services);
        QCollator collator{QLocale(QLocale::English)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);

        QFETCH(int, sortBlockRows);
        ServiceViewModel fast;
        QAbstractItemModelTester fastTester(&fast,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        fast.setSourceModel(&services);
        fast.setCollator(collator);
        fast.setSortBlockRows(sortBlockRows);
        PlainServiceProxy plain(&services, collator);
        QAbstractItemModelTester plainTester(&plain,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Filter before and after sorting: the fast path keeps its sort across filter changes.
        fast.setFilter(filter);
        plain.setFilter(filter);
        QCOMPARE(sourceRows(fast), sourceRows(plain));
        const int columns[] = {ServiceTableModel::PriceColumn,  ServiceTableModel::NameColumn,
                               ServiceTableModel::IdColumn,     ServiceTableModel::CategoryColumn,
                               ServiceTableModel::TypeColumn,   ServiceTableModel::MinColumn,
                               ServiceTableModel::MaxColumn,    ServiceTableModel::RefillColumn,
                               ServiceTableModel::StatusColumn, ServiceTableModel::UnitPriceColumn};
        for (const int column : columns) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                fast.sort(column, order);
                // Equal keys keep the panel's order in the fast path; the proxy keeps its
                // previous order, so it starts from the panel's.
                plain.sort(-1);
                plain.sort(column, order);
                QVERIFY2(sourceRows(fast) == sourceRows(plain),
                         qPrintable(QStringLiteral("column %1, order %2").arg(column).arg(order)));
            }
        }
        fast.setFilter({});
        fast.setFilter(filter);
        QCOMPARE(sourceRows(fast), sourceRows(plain));
        QCOMPARE(fast.rowCount() > 0, search != u"spotify");
    }

    void shouldFilterLikeAnIndexBuiltAtLoadWhenIndexedOnDemand()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundFilterThreshold(std::numeric_limits<int>::max());
        view.setSearchIndexOnDemand(true);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn, Qt::AscendingOrder);
        QCOMPARE(view.rowCount(), 3000);

        ServiceFilter activeForQuantity;
        activeForQuantity.activeOnly = true;
        activeForQuantity.quantity = 150;
        ServiceFilter likesWithRefill = textFilter(QStringLiteral("likes vér"));
        likesWithRefill.refill = ServiceFilter::Refill::Yes;
        // Values only, then words (the first to need the index), then words on a new load
        // made while they are set.
        const QList<ServiceFilter> filters = {activeForQuantity, textFilter(QStringLiteral("fast")),
                                              likesWithRefill, ServiceFilter(),
                                              textFilter(QStringLiteral("[tk] caf"))};
        for (qsizetype i = 0; i < filters.size(); ++i) {
            view.setFilter(filters[i]);
            QVERIFY2(sourceRows(view)
                         == foregroundRows(services, filters[i], ServiceTableModel::PriceColumn,
                                           Qt::AscendingOrder),
                     qPrintable(QStringLiteral("filter %1").arg(i)));
        }
        QVERIFY(view.rowCount() > 0);
        services.setServices(generatedServices(500));
        QCOMPARE(sourceRows(view),
                 foregroundRows(services, filters.constLast(), ServiceTableModel::PriceColumn,
                                Qt::AscendingOrder));
        QVERIFY(view.rowCount() > 0);
        QVERIFY(view.rowCount() < 500);
    }

    void shouldFilterInTheBackgroundLikeInTheForeground()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);

        ServiceFilter likesWithRefill = textFilter(QStringLiteral("likes vér"));
        likesWithRefill.refill = ServiceFilter::Refill::Yes;
        ServiceFilter activeForQuantity;
        activeForQuantity.activeOnly = true;
        activeForQuantity.quantity = 150;
        // "v", "vi", "views" narrow step by step; the others start over.
        const QList<ServiceFilter> filters = {textFilter(QStringLiteral("v")),
                                              textFilter(QStringLiteral("vi")),
                                              textFilter(QStringLiteral("views")),
                                              likesWithRefill,
                                              activeForQuantity,
                                              textFilter(QStringLiteral("fast")),
                                              ServiceFilter(),
                                              textFilter(QStringLiteral("spotify"))};
        const std::pair<int, Qt::SortOrder> sorts[] = {
            {-1, Qt::AscendingOrder},
            {ServiceTableModel::PriceColumn, Qt::DescendingOrder},
            {ServiceTableModel::NameColumn, Qt::AscendingOrder},
            {ServiceTableModel::CategoryColumn, Qt::DescendingOrder}};
        for (const auto &[column, order] : sorts) {
            view.sort(column, order);
            for (qsizetype i = 0; i < filters.size(); ++i) {
                view.setFilter(filters[i]);
                QVERIFY(view.isFiltering());
                QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
                QVERIFY2(sourceRows(view) == foregroundRows(services, filters[i], column, order),
                         qPrintable(QStringLiteral("filter %1, column %2").arg(i).arg(column)));
            }
        }
    }

    void shouldShowOnlyTheLastOfFiltersTypedQuickly_data()
    {
        QTest::addColumn<bool>("pauses");
        QTest::newRow("faster than a pass") << false;
        // Passes may end, and send their rows, before the next letter; they still must not show.
        QTest::newRow("pauses, event loop blocked") << true;
    }

    void shouldShowOnlyTheLastOfFiltersTypedQuickly()
    {
        QFETCH(bool, pauses);
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        view.setFilter(textFilter(QStringLiteral("likes")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);

        QList<QList<int>> shown;
        connect(&view, &ServiceViewModel::visibleRowsChanged, this,
                [&] { shown << sourceRows(view); });
        QSignalSpy resets(&view, &QAbstractItemModel::modelReset);
        QSignalSpy filtering(&view, &ServiceViewModel::filteringChanged);
        // "views" narrows the dropped "vie", not the "likes" on show, so it must start over.
        for (const char *text : {"v", "vi", "vie", "x", "vie", "views"}) {
            view.setFilter(textFilter(QString::fromLatin1(text)));
            QVERIFY(view.isFiltering());
            if (pauses)
                QThread::msleep(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCoreApplication::processEvents(); // any late result of a dropped pass
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst(),
                 foregroundRows(services, textFilter(QStringLiteral("views")),
                                ServiceTableModel::PriceColumn, Qt::AscendingOrder));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(filtering.size(), 2);
        QCOMPARE(filtering.at(0).at(0).toBool(), true);
        QCOMPARE(filtering.at(1).at(0).toBool(), false);
    }

    void shouldKeepTheRowsOnShowWhenTheFilterGoesBackToThem()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(500));
        ServiceViewModel view;
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        view.setFilter(textFilter(QStringLiteral("likes")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        const QList<int> likes = sourceRows(view);

        QSignalSpy changes(&view, &ServiceViewModel::visibleRowsChanged);
        view.setFilter(textFilter(QStringLiteral("likes v")));
        QVERIFY(view.isFiltering());
        view.setFilter(textFilter(QStringLiteral("likes")));
        QVERIFY(!view.isFiltering());
        QCoreApplication::processEvents();
        QCOMPARE(changes.size(), 0);
        QCOMPARE(sourceRows(view), likes);
    }

    void shouldKeepASortMadeWhileFiltering()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        const ServiceFilter views = textFilter(QStringLiteral("views"));
        view.setFilter(views);
        QVERIFY(view.isFiltering());
        view.sort(ServiceTableModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(view.isFiltering());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCOMPARE(view.sortColumn(), int(ServiceTableModel::NameColumn));
        QCOMPARE(sourceRows(view), foregroundRows(services, views, ServiceTableModel::NameColumn,
                                                  Qt::DescendingOrder));
    }

    void shouldShowTheNewServicesWhenTheyLoadWhileFiltering()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        const ServiceFilter views = textFilter(QStringLiteral("views"));
        view.setFilter(views);
        QVERIFY(view.isFiltering());

        services.setServices(generatedServices(1000));
        QVERIFY(!view.isFiltering());
        const QList<int> expected = foregroundRows(services, views, -1, Qt::AscendingOrder);
        QCOMPARE(sourceRows(view), expected);
        QCoreApplication::processEvents(); // a result the worker sent before the load
        QCOMPARE(sourceRows(view), expected);
    }

    void shouldStopFilteringWhenDestroyed()
    {
        ServiceTableModel services;
        services.setServices(generatedServices(3000));
        auto view = std::make_unique<ServiceViewModel>();
        view->setBackgroundFilterThreshold(0);
        view->setSourceModel(&services);
        view->setFilter(textFilter(QStringLiteral("views")));
        QVERIFY(view->isFiltering());
        view.reset();
        QCoreApplication::processEvents(); // a result the worker sent before
    }

    void shouldSortByNamesRankedInTheBackgroundAfterALoad_data()
    {
        QTest::addColumn<int>("sortBlockRows");
        QTest::newRow("one block") << (1 << 17);
        QTest::newRow("blocks") << 3000;
    }

    void shouldSortByNamesRankedInTheBackgroundAfterALoad()
    {
        QFETCH(int, sortBlockRows);
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setSourceModel(&services);
        view.setCollator(appCollator());
        view.setSortBlockRows(sortBlockRows);
        services.setServices(generatedServices(RowsRankedForAWhile));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRankingNames(), FilterPassTimeoutMs);
        view.sort(ServiceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(sourceRows(view), plainNameOrder(services, appCollator(), Qt::DescendingOrder));
        view.sort(ServiceTableModel::NameColumn);
        QCOMPARE(sourceRows(view), plainNameOrder(services, appCollator(), Qt::AscendingOrder));
    }

    void shouldSortByNameWhileTheNamesAreRanked()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.setCollator(appCollator());
        // The worker may, rarely, rank them all before the sort: loaded again until it has not.
        for (int attempt = 0; attempt < 20 && !view.isRankingNames(); ++attempt)
            services.setServices(generatedServices(RowsRankedForAWhile));
        QVERIFY(view.isRankingNames());
        view.sort(ServiceTableModel::NameColumn);
        QVERIFY(!view.isRankingNames());
        QCOMPARE(sourceRows(view), plainNameOrder(services, appCollator(), Qt::AscendingOrder));
    }

    void shouldRankTheNewNamesWhenServicesLoadWhileRanking()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setSourceModel(&services);
        view.setCollator(appCollator());
        services.setServices(generatedServices(RowsRankedForAWhile));
        // Fewer rows, in another order: ranks of the first load would not fit them.
        ServiceList reloaded = generatedServices(RowsRankedForAWhile / 4);
        std::reverse(reloaded.begin(), reloaded.end());
        services.setServices(reloaded);
        view.sort(ServiceTableModel::NameColumn);
        QCOMPARE(view.rowCount(), RowsRankedForAWhile / 4);
        QCOMPARE(sourceRows(view), plainNameOrder(services, appCollator(), Qt::AscendingOrder));
    }

    void shouldRankWithANewCollatorSetWhileRanking()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setSourceModel(&services);
        view.setCollator(appCollator());
        services.setServices(generatedServices(RowsRankedForAWhile));
        QCollator caseSensitive = appCollator();
        caseSensitive.setCaseSensitivity(Qt::CaseSensitive);
        caseSensitive.setNumericMode(false);
        view.setCollator(caseSensitive);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isRankingNames(), FilterPassTimeoutMs);
        view.sort(ServiceTableModel::NameColumn);
        const QList<int> expected = plainNameOrder(services, caseSensitive, Qt::AscendingOrder);
        QVERIFY(expected != plainNameOrder(services, appCollator(), Qt::AscendingOrder));
        QCOMPARE(sourceRows(view), expected);
    }

    void shouldRankNamesOnlyOnTheFirstSortByNameWhenIndexedOnDemand()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setSearchIndexOnDemand(true);
        view.setSourceModel(&services);
        view.setCollator(appCollator());
        services.setServices(generatedServices(RowsRankedForAWhile));
        QVERIFY(!view.isRankingNames());
        view.sort(ServiceTableModel::NameColumn);
        QCOMPARE(sourceRows(view), plainNameOrder(services, appCollator(), Qt::AscendingOrder));
    }

    void shouldStopRankingWhenDestroyed()
    {
        ServiceTableModel services;
        auto view = std::make_unique<ServiceViewModel>();
        view->setSourceModel(&services);
        for (int attempt = 0; attempt < 20 && !view->isRankingNames(); ++attempt)
            services.setServices(generatedServices(RowsRankedForAWhile));
        QVERIFY(view->isRankingNames());
        view.reset();
    }

    void shouldLoadInTheBackgroundLikeInTheForeground_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::newRow("unsorted, no filter") << -1 << Qt::AscendingOrder << QString();
        QTest::newRow("price, filtered")
            << int(ServiceTableModel::PriceColumn) << Qt::DescendingOrder << u"views café"_s;
        QTest::newRow("change") << int(ServiceTableModel::ChangeColumn) << Qt::AscendingOrder
                                << u"v"_s;
        // Sorted on the UI thread once the rows arrive: the collation ranks belong to the view.
        QTest::newRow("name, filtered")
            << int(ServiceTableModel::NameColumn) << Qt::AscendingOrder << u"likes"_s;
        QTest::newRow("unit price, needs the rates")
            << int(ServiceTableModel::UnitPriceColumn) << Qt::DescendingOrder << u"indo"_s;
    }

    void shouldLoadInTheBackgroundLikeInTheForeground()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundLoadThreshold(0);
        view.setSourceModel(&services);
        view.sort(column, order);
        view.setFilter(textFilter(filter));
        QSignalSpy filtering(&view, &ServiceViewModel::filteringChanged);

        const ServiceList loaded = generatedServices(3000);
        ServiceList previous = loaded.mid(0, 1500);
        for (qsizetype i = 0; i < previous.size(); i += 3)
            previous[i].price += i % 2 ? 10 : -10;
        services.setServices(loaded, PriceComparison::compare(previous, loaded));
        QVERIFY(view.isFiltering());
        QCOMPARE(view.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCOMPARE(filtering.size(), 2);
        QVERIFY(view.rowCount() > 0);
        QCOMPARE(sourceRows(view), foregroundRows(services, textFilter(filter), column, order));
    }

    void shouldFilterAndSortWhatWasAskedWhileLoading_data()
    {
        QTest::addColumn<bool>("sorts");
        QTest::addColumn<bool>("types");
        QTest::newRow("typed") << false << true;
        QTest::newRow("sorted") << true << false;
        QTest::newRow("both") << true << true;
    }

    void shouldFilterAndSortWhatWasAskedWhileLoading()
    {
        QFETCH(bool, sorts);
        QFETCH(bool, types);
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundLoadThreshold(0);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        view.setFilter(textFilter(u"likes"_s));

        services.setServices(generatedServices(3000));
        QVERIFY(view.isFiltering());
        const ServiceFilter typed = textFilter(types ? u"vip indo"_s : u"likes"_s);
        view.setFilter(typed);
        const int column =
            sorts ? int(ServiceTableModel::MinColumn) : int(ServiceTableModel::PriceColumn);
        const Qt::SortOrder order = sorts ? Qt::DescendingOrder : Qt::AscendingOrder;
        view.sort(column, order);
        QVERIFY(view.isFiltering());
        QCOMPARE(view.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCOMPARE(view.sortColumn(), column);
        QCOMPARE(view.filter(), typed);
        QCOMPARE(sourceRows(view), foregroundRows(services, typed, column, order));
    }

    void shouldFoldTheSearchTextAfterTheRowsOfALoadWithoutAFilter_data()
    {
        QTest::addColumn<int>("filterThreshold");
        QTest::newRow("filtered on the worker") << 0;
        QTest::newRow("filtered at once") << std::numeric_limits<int>::max();
    }

    void shouldFoldTheSearchTextAfterTheRowsOfALoadWithoutAFilter()
    {
        QFETCH(int, filterThreshold);
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundLoadThreshold(0);
        view.setBackgroundFilterThreshold(filterThreshold);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        const ServiceFilter typed = textFilter(u"vip indo"_s);
        std::optional<int> rowsShown;
        bool indexingWhenShown = false;
        // Typed the moment the rows are shown, before the worker's fold can have been taken in.
        connect(&view, &ServiceViewModel::filteringChanged, this, [&](bool filtering) {
            if (filtering || rowsShown)
                return;
            rowsShown = view.rowCount();
            indexingWhenShown = view.isIndexing();
            view.setFilter(typed);
        });

        services.setServices(generatedServices(3000));
        QVERIFY(!view.isIndexing());
        QTRY_VERIFY_WITH_TIMEOUT(rowsShown.has_value(), FilterPassTimeoutMs);
        QCOMPARE(*rowsShown, 3000);
        QVERIFY(indexingWhenShown);
        QCOMPARE(view.filter(), typed);
        verifyWorkerShowsByPrice(view, services, typed);
    }

    void shouldFoldTheSearchTextOfALoadWithAFilterBeforeItsRows()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setBackgroundLoadThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        const ServiceFilter typed = textFilter(u"likes"_s);
        view.setFilter(typed);
        services.setServices(generatedServices(3000));
        QVERIFY(view.isFiltering());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QVERIFY(!view.isIndexing());
        verifyWorkerShowsByPrice(view, services, typed);
    }

    void shouldSearchTheLastOfLoadsFoldedAfterTheirRows()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundLoadThreshold(0);
        view.setBackgroundFilterThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        ServiceList last = generatedServices(1000).mid(0, 700);
        std::reverse(last.begin(), last.end());
        std::optional<bool> indexingWhenReplaced;
        // Replaced the moment the first list's rows are shown, its text not yet folded (or its
        // fold not yet taken in).
        connect(&view, &ServiceViewModel::filteringChanged, this, [&](bool filtering) {
            if (filtering || indexingWhenReplaced)
                return;
            indexingWhenReplaced = view.isIndexing();
            services.setServices(last);
        });
        services.setServices(generatedServices(3000));
        QTRY_VERIFY_WITH_TIMEOUT(indexingWhenReplaced.has_value(), FilterPassTimeoutMs);
        QVERIFY(*indexingWhenReplaced);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCOMPARE(view.totalCount(), 700);
        const ServiceFilter typed = textFilter(u"views"_s);
        view.setFilter(typed);
        verifyWorkerShowsByPrice(view, services, typed);
    }

    void shouldShowOnlyTheLastOfLoadsInQuickSuccession()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        QAbstractItemModelTester tester(&view,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setBackgroundLoadThreshold(0);
        view.setSourceModel(&services);
        view.sort(ServiceTableModel::PriceColumn);
        view.setFilter(textFilter(u"views"_s));
        QList<QList<int>> shown;
        connect(&view, &ServiceViewModel::visibleRowsChanged, this, [&] {
            if (!view.isFiltering())
                shown << sourceRows(view);
        });
        services.setServices(generatedServices(3000));
        QThread::msleep(20); // the first load's pass may end and send its rows meanwhile
        const ServiceList last = generatedServices(1000).mid(0, 700);
        services.setServices(last);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFiltering(), FilterPassTimeoutMs);
        QCoreApplication::processEvents(); // any late result of the dropped load
        QCOMPARE(shown.size(), 1);
        QCOMPARE(view.totalCount(), 700);
        QCOMPARE(shown.constFirst(),
                 foregroundRows(services, textFilter(u"views"_s), ServiceTableModel::PriceColumn,
                                Qt::AscendingOrder));
    }

    void shouldLoadSmallListsAtOnce()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setBackgroundLoadThreshold(1000);
        view.setSourceModel(&services);
        services.setServices(generatedServices(999));
        QVERIFY(!view.isFiltering());
        QCOMPARE(view.rowCount(), 999);
        services.setServices(generatedServices(1000));
        QVERIFY(view.isFiltering());
        QTRY_COMPARE_WITH_TIMEOUT(view.rowCount(), 1000, FilterPassTimeoutMs);
    }

    void shouldStopLoadingWhenDestroyed()
    {
        ServiceTableModel services;
        auto view = std::make_unique<ServiceViewModel>();
        view->setBackgroundLoadThreshold(0);
        view->setSourceModel(&services);
        view->setFilter(textFilter(u"views"_s));
        services.setServices(generatedServices(3000));
        QVERIFY(view->isFiltering());
        view.reset();
        services.setServices({});
        QCoreApplication::processEvents(); // a result the worker sent before
    }

    void shouldSignalEveryChangeOfTheVisibleRows()
    {
        ServiceTableModel services;
        ServiceViewModel view;
        view.setSourceModel(&services);
        QSignalSpy changes(&view, &ServiceViewModel::visibleRowsChanged);
        services.setServices(sample());
        view.setFilter(textFilter(QStringLiteral("likes")));
        view.setFilter(textFilter(QStringLiteral("likes")));
        view.sort(ServiceTableModel::IdColumn);
        QCOMPARE(changes.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServiceViewModel)
#include "test_serviceviewmodel.moc"
