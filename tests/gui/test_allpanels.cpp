// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "fakepanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panelregistry.h"
#include "paneltable.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "translationloader.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

namespace {

const QString Key = QStringLiteral("allpanels-key-0123456789");
const QString Cheap = QStringLiteral("Cheap SMM");
const QString Euro = QStringLiteral("Euro Panel");

} // namespace

// The window with the built-in panel and two standard-API panels (one in dollars, one in euros),
// their keys in environment variables.
class TestAllPanels : public QObject
{
    Q_OBJECT

private:
    FakePanel m_kratos;
    FakePanel m_usd;
    FakePanel m_eur;
    std::unique_ptr<MainWindow> m_window;

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_kratos.baseUrl());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QComboBox *chooser() const { return child<QComboBox>("panelChooser"); }
    QTableView *table() const { return child<QTableView>("serviceTable"); }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }

    static void addPanel(const QString &name, const FakePanel &fake, const QString &keyEnv)
    {
        PanelConfig panel;
        panel.name = name;
        panel.style = PanelConfig::Style::V2;
        panel.url = fake.v2Url();
        panel.keyEnv = keyEnv;
        const QString refused = PanelRegistry().add(panel);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_allpanels"));
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_kratos.start({QStringLiteral("--catalog-size"), QStringLiteral("30")}));
        m_usd.useV2Script();
        QVERIFY(m_usd.start(
            {QStringLiteral("--key"), Key, QStringLiteral("--catalog-size"), QStringLiteral("3")}));
        m_eur.useV2Script();
        QVERIFY(m_eur.start({QStringLiteral("--key"), Key, QStringLiteral("--personality"),
                             QStringLiteral("smartpanel"), QStringLiteral("--currency"),
                             QStringLiteral("EUR")}));
        qputenv("ALLPANELS_KEY", Key.toUtf8());
        qputenv("ALLPANELS_WRONG_KEY", "wrong-key-555");
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                      + QStringLiteral("/catalog.json"));
        AppSettings settings;
        settings.setFetchRatesDaily(false);
        ExchangeRates rates;
        QVERIFY(
            rates.setRate(QStringLiteral("USD"), {*Decimal::parse(u"16000"), QDate(2026, 11, 30),
                                                  ExchangeRates::Source::SetByHand}));
        QVERIFY(
            rates.setRate(QStringLiteral("EUR"), {*Decimal::parse(u"17500"), QDate(2026, 11, 30),
                                                  ExchangeRates::Source::SetByHand}));
        settings.setExchangeRates(rates);
    }

    void cleanup() { m_window.reset(); }

    void theBuiltInPanelAloneHasNoChooser()
    {
        makeWindow();
        const QAction *shown = m_window->findChild<QToolBar *>(QStringLiteral("categoryToolBar"))
                                   ->actions()
                                   .constFirst();
        QCOMPARE(m_window->findChild<QToolBar *>()->widgetForAction(const_cast<QAction *>(shown)),
                 chooser());
        QVERIFY(!shown->isVisible());
        QVERIFY(!chooser()->isVisible());
        QVERIFY(table()->isColumnHidden(ServiceTableModel::PanelColumn));
    }

    void allPanelsShowEveryPanelsServicesInRupiah()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        addPanel(Euro, m_eur, QStringLiteral("ALLPANELS_KEY"));
        makeWindow();
        QVERIFY(chooser()->isVisible());
        QCOMPARE(chooser()->count(), 4);
        QCOMPARE(chooser()->itemText(0), PanelConfig::BuiltInName);
        QCOMPARE(chooser()->itemText(3), QStringLiteral("All panels"));
        QAbstractItemModelTester tester(view(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);

        PanelTable::choose(chooser(), QStringLiteral("All panels"));
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()),
                                  (QSet<QString>{PanelConfig::BuiltInName, Cheap, Euro}), 20000);
        QCOMPARE(PanelTable::rowsOf(*view(), Cheap), 8 + 3);
        QCOMPARE(PanelTable::rowsOf(*view(), Euro), 8);
        QVERIFY(!table()->isColumnHidden(ServiceTableModel::PanelColumn));
        QVERIFY(!table()->isColumnHidden(ServiceTableModel::PriceIdrColumn));
        // 0.0450 USD at 16,000 and 12.5 EUR at 17,500 rupiah.
        QCOMPARE(
            PanelTable::cellOf(*view(), Cheap, 101, ServiceTableModel::PriceIdrColumn).toString(),
            QStringLiteral("Rp 720"));
        QCOMPARE(
            PanelTable::cellOf(*view(), Euro, 102, ServiceTableModel::PriceIdrColumn).toString(),
            QStringLiteral("Rp 218,750"));
        // The same id on two panels is two rows.
        QCOMPARE(PanelTable::cellOf(*view(), Cheap, 102, ServiceTableModel::PanelColumn).toString(),
                 Cheap);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("all panels")));
        QVERIFY(!child<MessageBar>("messageBar")->isVisible());
        // The currencies the balances named are kept: the next fetch needs no balance.
        QCOMPARE(PanelRegistry().find(Cheap)->currency, QStringLiteral("USD"));
        QCOMPARE(PanelRegistry().find(Euro)->currency, QStringLiteral("EUR"));

        // A category typed now is fetched from every panel.
        QLineEdit *edit = child<QLineEdit>("categoryEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Telegram"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 2, 20000);
        QCOMPARE(PanelTable::shownPanels(*view()), (QSet<QString>{Cheap, Euro}));
    }

    void aNarrowWindowKeepsTheServiceColumnReadableAndTheChosenPanelsRow()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        addPanel(Euro, m_eur, QStringLiteral("ALLPANELS_KEY"));
        makeWindow();
        m_window->resize(1024, 600);
        PanelTable::choose(chooser(), QStringLiteral("All panels"));
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()),
                                  (QSet<QString>{PanelConfig::BuiltInName, Cheap, Euro}), 20000);
        auto *services = qobject_cast<ServiceTableView *>(table());
        QVERIFY(services);
        // The Panel and rupiah columns take room; the Service column keeps enough to be read,
        // and the table scrolls sideways instead.
        QTRY_VERIFY2(
            services->columnWidth(ServiceTableModel::NameColumn) >= services->nameMinimumWidth(),
            qPrintable(QString::number(services->columnWidth(ServiceTableModel::NameColumn))));
        m_window->resize(2400, 900);
        QTRY_VERIFY(services->columnWidth(ServiceTableModel::NameColumn)
                    > services->nameMinimumWidth());
    }

    void theSelectedServiceStaysOnItsPanelWhenTheRowsAreReplaced()
    {
        const auto service = [](const QString &panel, quint64 id) {
            Service made;
            made.panel = panel;
            made.id = id;
            made.name = QStringLiteral("Likes %1").arg(id);
            return made;
        };
        ServiceTableModel model;
        ServiceViewModel view;
        view.setSourceModel(&model);
        ServiceTableView table(&model, &view);
        model.setServices({service(Cheap, 102), service(Euro, 102)});
        table.setCurrentIndex(
            view.index(view.mapFromSource(model.index(1, 0)).row(), ServiceTableModel::NameColumn));
        QCOMPARE(table.currentService()->panel, Euro);
        // The row it was on now holds the other panel's 102.
        model.setServices({service(Euro, 5), service(Cheap, 102), service(Euro, 102)});
        QTRY_VERIFY(table.currentService());
        QCOMPARE(table.currentService()->panel, Euro);
        QCOMPARE(table.currentService()->id, quint64(102));
    }

    void theBrowserGroupsCategoriesByPanel()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        addPanel(Euro, m_eur, QStringLiteral("ALLPANELS_KEY"));
        makeWindow();
        auto *tree = child<QTreeView>("categoryTree");
        QAbstractItemModelTester tester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        PanelTable::choose(chooser(), QStringLiteral("All panels"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 4, 20000);
        const QAbstractItemModel *model = tree->model();
        QCOMPARE(model->index(1, 0).data().toString(), PanelConfig::BuiltInName);
        QCOMPARE(model->index(2, 0).data().toString(), Cheap);
        QCOMPARE(model->index(3, 0).data().toString(), Euro);
        // Cheap SMM: seven named categories and three generated ones; of its 11 services, the
        // one without a category is in none.
        const QModelIndex cheap = model->index(2, 0);
        QCOMPARE(model->rowCount(cheap), 7 + 3);
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("10"));
        QModelIndex telegram;
        for (int row = 0; row < model->rowCount(cheap); ++row) {
            if (model->index(row, 0, cheap).data().toString() == u"Telegram")
                telegram = model->index(row, 0, cheap);
        }
        QVERIFY(telegram.isValid());

        tree->setFocus();
        tree->expand(cheap);
        tree->setCurrentIndex(telegram);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 1, 20000);
        QCOMPARE(PanelTable::shownPanels(*view()), QSet<QString>{Cheap});
        QCOMPARE(PanelTable::cellOf(*view(), Cheap, 106, ServiceTableModel::NameColumn).toString(),
                 QStringLiteral("Telegram Members"));
        QCOMPARE(child<QLineEdit>("categoryEdit")->text(), QStringLiteral("Telegram"));
        // The groups stay until another panel is chosen.
        QCOMPARE(model->rowCount(), 4);
        PanelTable::choose(chooser(), PanelConfig::BuiltInName);
        QTRY_VERIFY(model->rowCount() > 4);
        QVERIFY(model->index(1, 0).data().toString() != PanelConfig::BuiltInName);
    }

    void aFailingPanelIsNamedWhileTheOthersAreShown()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        addPanel(Euro, m_eur, QStringLiteral("ALLPANELS_WRONG_KEY"));
        makeWindow();
        PanelTable::choose(chooser(), QStringLiteral("All panels"));
        auto *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QVERIFY2(bar->text().contains(Euro) && bar->text().contains(u"Incorrect API key"),
                 qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(u"wrong-key-555"));
        QCOMPARE(PanelTable::shownPanels(*view()),
                 (QSet<QString>{PanelConfig::BuiltInName, Cheap}));
    }

    void retryAsksTheChosenPanelAgain()
    {
        PanelConfig gone;
        gone.name = QStringLiteral("Gone");
        gone.url = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        gone.currency = QStringLiteral("USD");
        gone.keyEnv = QStringLiteral("ALLPANELS_KEY");
        QVERIFY(PanelRegistry().add(gone).isEmpty());
        makeWindow();
        PanelTable::choose(chooser(), gone.name);
        auto *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QVERIFY2(bar->text().contains(u"“Gone”"), qPrintable(bar->text()));
        auto *retry = bar->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());

        m_kratos.clearRequests();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!bar->isVisible()); // hidden while the panel is asked again
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QVERIFY2(bar->text().contains(u"“Gone”"), qPrintable(bar->text()));
        QCOMPARE(m_kratos.requestedTargets(), QStringList());
    }

    void theChoiceIsRemembered()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        addPanel(Euro, m_eur, QStringLiteral("ALLPANELS_KEY"));
        makeWindow();
        PanelTable::choose(chooser(), Euro);
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()), QSet<QString>{Euro}, 20000);
        // One panel: no Panel column, but prices to convert.
        QVERIFY(table()->isColumnHidden(ServiceTableModel::PanelColumn));
        QVERIFY(!table()->isColumnHidden(ServiceTableModel::PriceIdrColumn));
        m_window.reset();

        makeWindow();
        QCOMPARE(chooser()->currentText(), Euro);
        m_window->restoreLastView();
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()), QSet<QString>{Euro}, 20000);
        QCOMPARE(view()->rowCount(), 8);

        // Back to the built-in panel: its catalog, as before there were panels.
        PanelTable::choose(chooser(), PanelConfig::BuiltInName);
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()),
                                  QSet<QString>{PanelConfig::BuiltInName}, 20000);
        QVERIFY(table()->isColumnHidden(ServiceTableModel::PanelColumn));
        QVERIFY(table()->isColumnHidden(ServiceTableModel::PriceIdrColumn));
        m_window.reset();
        makeWindow();
        QCOMPARE(chooser()->currentText(), PanelConfig::BuiltInName);
    }

    void aRemovedPanelFallsBackToTheBuiltInOne()
    {
        addPanel(Cheap, m_usd, QStringLiteral("ALLPANELS_KEY"));
        makeWindow();
        PanelTable::choose(chooser(), Cheap);
        m_window.reset();
        QVERIFY(PanelRegistry().remove(Cheap).isEmpty());
        makeWindow();
        QCOMPARE(chooser()->currentText(), PanelConfig::BuiltInName);
        QVERIFY(!chooser()->isVisible());
    }
};

QTEST_MAIN(TestAllPanels)
#include "test_allpanels.moc"
