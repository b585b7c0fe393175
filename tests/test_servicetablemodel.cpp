// SPDX-License-Identifier: MIT
#include "servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

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
                                "Rp 25,947|Rp 25.947||100|3,900,000|✓|Active||"));
        QCOMPARE(rowText(model, 1), QStringLiteral("9|Views cheap|[YT] Youtube Views|Youtube|"
                                                   "Rp 9|Rp 0.009||100|9,000|—|Inactive||"));
        QCOMPARE(model.index(2, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 100.5"));
        QCOMPARE(model.index(2, ServiceTableModel::RefillColumn).data().toString(),
                 QStringLiteral("✓"));
    }

    void shouldFormatRupiahTheIndonesianWay()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        ServiceTableModel model;
        model.setServices(sample());
        QCOMPARE(model.index(0, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 25.947"));
        QCOMPARE(model.index(0, ServiceTableModel::UnitPriceColumn).data().toString(),
                 QStringLiteral("Rp 25,947"));
        QCOMPARE(model.index(2, ServiceTableModel::PriceColumn).data().toString(),
                 QStringLiteral("Rp 100,5"));
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

        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, ServiceTableModel::PriceColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Views cheap"));
    }

    void shouldMapColumnKeysBothWays()
    {
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
            const auto key = ServiceTableModel::columnKey(ServiceTableModel::Column(column));
            QCOMPARE(ServiceTableModel::columnFromKey(key), ServiceTableModel::Column(column));
        }
        QCOMPARE(ServiceTableModel::columnFromKey(u"PRICE"), ServiceTableModel::PriceColumn);
        QVERIFY(!ServiceTableModel::columnFromKey(u"bogus"));
    }
};

QTEST_MAIN(TestServiceTableModel)
#include "test_servicetablemodel.moc"
