// SPDX-License-Identifier: MIT
// The window's side of the matching exports: the Group and Cheapest columns filled only while
// shown, the cheapest among the rows shown, and File ▸ Export Shop Price List for the selection
// or for every row shown, read back with Python's csv module.
#include "fakepanel.h"
#include "groupoverrides.h"
#include "mainwindow.h"
#include "pythoncsvreader.h"
#include "regroupactions.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "translationloader.h"
#include "viewexporter.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGroupExport : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<MainWindow> m_window;

    ServiceTableView *table() const
    {
        return m_window->findChild<ServiceTableView *>(u"serviceTable"_s);
    }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }
    ServiceTableModel *model() const { return view()->serviceModel(); }
    ViewExporter *exporter() const { return m_window->findChild<ViewExporter *>(); }

    // Three relistings of one offer at Rp 300, 200 and 100, and a YouTube service.
    static ServiceList relistings()
    {
        ServiceList services;
        const double prices[] = {300, 200, 100};
        for (int i = 0; i < 3; ++i) {
            Service service;
            service.id = quint64(10 + i);
            service.name = u"Instagram Likes Indonesia | Refill 30 Days | 5K/day"_s;
            service.category = u"[IG] Instagram Likes"_s;
            service.note = u"<b>Garansi</b> 30 hari"_s;
            service.price = prices[i];
            service.min = 100;
            service.max = 10000;
            services.append(service);
        }
        Service views = services.first();
        views.id = 20;
        views.name = u"YouTube Views Worldwide | No Refill"_s;
        views.category = u"[YT] Youtube Views"_s;
        views.note.clear();
        views.price = 5000;
        services.append(views);
        return services;
    }

    QList<QStringList> cheapestColumn() const
    {
        QList<QStringList> rows;
        for (int row = 0; row < view()->rowCount(); ++row)
            rows.append({view()->index(row, ServiceTableModel::IdColumn).data().toString(),
                         view()
                             ->index(row, ServiceTableModel::CheapestColumn)
                             .data(ServiceTableModel::SortRole)
                             .toString()});
        return rows;
    }

    QList<QStringList> exportShopList(ShopPriceList::Layout layout, const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(u"shop.csv"_s);
        QSignalSpy finished(exporter(), &ViewExporter::finished);
        if (!exporter()->exportShopListTo(path, layout) || !finished.wait(10000))
            return {};
        QString error;
        const QList<QStringList> rows = PythonCsvReader::read(path, u',', &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smm-price-browser-tests"_s);
        QCoreApplication::setApplicationName(u"test_groupexport"_s);
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_panel.start());
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_panel.baseUrl());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        model()->setServices(relistings());
        QCOMPARE(view()->rowCount(), 4);
    }

    void cleanup() { m_window.reset(); }

    void shouldGroupOnlyWhileAGroupColumnIsShown()
    {
        QVERIFY(table()->isColumnHidden(ServiceTableModel::GroupColumn));
        QVERIFY(table()->isColumnHidden(ServiceTableModel::CheapestColumn));
        // Hidden, they cost nothing: not even after the event loop ran.
        QTest::qWait(200);
        QVERIFY(!model()->groups());

        table()->setColumnVisible(ServiceTableModel::CheapestColumn, true);
        QTRY_VERIFY(model()->groups());
        QCOMPARE(cheapestColumn(), (QList<QStringList>{{u"10"_s, u"false"_s},
                                                       {u"11"_s, u"false"_s},
                                                       {u"12"_s, u"true"_s},
                                                       {u"20"_s, u"true"_s}}));
        const QString likes = view()
                                  ->index(0, ServiceTableModel::GroupColumn)
                                  .data(ServiceTableModel::SortRole)
                                  .toString();
        QVERIFY(!likes.isEmpty());
        for (int row = 1; row < 3; ++row)
            QCOMPARE(view()
                         ->index(row, ServiceTableModel::GroupColumn)
                         .data(ServiceTableModel::SortRole)
                         .toString(),
                     likes);

        // The cheapest among the rows shown: without Rp 100, Rp 200 is.
        ServiceFilter filter;
        filter.minPrice = 150;
        view()->setFilter(filter);
        QTRY_COMPARE(cheapestColumn(),
                     (QList<QStringList>{
                         {u"10"_s, u"false"_s}, {u"11"_s, u"true"_s}, {u"20"_s, u"true"_s}}));

        // New rows are grouped again while the column is shown; a list that arrives while the
        // one before is being grouped wins.
        model()->setServices(relistings());
        model()->setServices(relistings().mid(0, 2));
        QTRY_VERIFY(model()->groups());
        QCOMPARE(model()->groups()->groupOfRow.size(), std::size_t(2));
        QTRY_COMPARE(cheapestColumn(),
                     (QList<QStringList>{{u"10"_s, u"false"_s}, {u"11"_s, u"true"_s}}));
    }

    void shouldGroupAgainWhenTheUserRegroups()
    {
        table()->setColumnVisible(ServiceTableModel::CheapestColumn, true);
        QTRY_VERIFY(model()->groups());
        QCOMPARE(cheapestColumn(), (QList<QStringList>{{u"10"_s, u"false"_s},
                                                       {u"11"_s, u"false"_s},
                                                       {u"12"_s, u"true"_s},
                                                       {u"20"_s, u"true"_s}}));
        // Service 11 split into a group of its own (from the table's menu) is the cheapest of it.
        auto *regroup = m_window->findChild<RegroupActions *>();
        QVERIFY(regroup);
        regroup->splitIntoNewGroup({ServiceKey{QString(), 11}});
        QTRY_COMPARE(cheapestColumn(), (QList<QStringList>{{u"10"_s, u"false"_s},
                                                           {u"11"_s, u"true"_s},
                                                           {u"12"_s, u"true"_s},
                                                           {u"20"_s, u"true"_s}}));
        GroupOverrides().resetAll();
    }

    void shouldExportTheGroupColumnsAsShown()
    {
        table()->setColumnVisible(ServiceTableModel::GroupColumn, true);
        table()->setColumnVisible(ServiceTableModel::CheapestColumn, true);
        QTRY_VERIFY(model()->groups());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"view.csv"_s);
        QSignalSpy finished(exporter(), &ViewExporter::finished);
        AppSettings::ExportPreferences preferences;
        preferences.csv.booleans = CsvWriter::BooleanStyle::Words;
        preferences.numbers = CsvWriter::NumberFormat::Raw;
        QVERIFY(exporter()->exportTo(path, preferences));
        QVERIFY(finished.wait(10000));
        QString error;
        const QList<QStringList> rows = PythonCsvReader::read(path, u',', &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows.size(), 5);
        const qsizetype group = rows.at(0).indexOf(u"Group"_s);
        const qsizetype cheapest = rows.at(0).indexOf(u"Cheapest"_s);
        QVERIFY(group >= 0 && cheapest >= 0);
        QCOMPARE(rows.at(3).at(cheapest), u"yes"_s);
        QCOMPARE(rows.at(1).at(cheapest), u"no"_s);
        // The key, as the command line writes it, not the name shown.
        QCOMPARE(rows.at(1).at(group), model()->groups()->keyOf(0));
    }

    void shouldExportTheSelectionAsAShopPriceList()
    {
        ResellerPricing pricing;
        pricing.markupPercent = 50;
        pricing.roundingStep = 100;
        model()->setResellerPricing(pricing);
        table()->selectRow(2);
        table()->selectionModel()->select(view()->index(0, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(m_window->findChild<QAction *>(u"shopExportAction"_s)->isEnabled());
        QTemporaryDir dir;
        const QList<QStringList> rows = exportShopList(ShopPriceList::Layout::PanelScript, dir);
        const QString name = u"Instagram Likes Indonesia | Refill 30 Days | 5K/day"_s;
        QCOMPARE(rows, (QList<QStringList>{{u"kategori"_s, u"layanan"_s, u"catatan"_s, u"min"_s,
                                            u"max"_s, u"harga"_s},
                                           {u"[IG] Instagram Likes"_s, name, u"Garansi 30 hari"_s,
                                            u"100"_s, u"10000"_s, u"500"_s},
                                           {u"[IG] Instagram Likes"_s, name, u"Garansi 30 hari"_s,
                                            u"100"_s, u"10000"_s, u"200"_s}}));
    }

    void shouldExportEveryRowShownWhenNothingIsSelected()
    {
        ServiceFilter filter;
        filter.minPrice = 150;
        view()->setFilter(filter);
        table()->clearSelection();
        QTemporaryDir dir;
        const QList<QStringList> rows = exportShopList(ShopPriceList::Layout::Generic, dir);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), (QStringList{u"category"_s, u"service"_s, u"note"_s, u"min"_s,
                                          u"max"_s, u"price_idr"_s}));
        QCOMPARE(rows.at(3).at(5), u"5000"_s);
    }
};

QTEST_MAIN(TestGroupExport)
#include "test_groupexport.moc"
