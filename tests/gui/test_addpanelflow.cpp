// SPDX-License-Identifier: MIT
// End to end through the real window: a standard-API panel added and tested in Preferences ▸
// Panels, its key kept in a real Secret Service (tests/support/with-keyring.sh), then "All panels"
// showing it beside the built-in panel with prices in rupiah.
#include "appsettings.h"
#include "fakepanel.h"
#include "keystore.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "paneleditdialog.h"
#include "panelregistry.h"
#include "panelssettingspage.h"
#include "paneltable.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "settingsdialog.h"
#include "translationloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace {

const QString Key = QStringLiteral("addflow-Key-7f3a9c21");
const QString PanelName = QStringLiteral("Panel Dolar");

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

QPushButton *dialogButton(const QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    return box ? box->button(which) : nullptr;
}

SettingsDialog *openSettingsDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<SettingsDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QByteArray settingsBytes()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file the app writes to (settings, history, cached catalogs) that holds `needle`.
QStringList filesContaining(const QByteArray &needle)
{
    QStringList found;
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
    }
    return found;
}

} // namespace

class TestAddPanelFlow : public QObject
{
    Q_OBJECT

private:
    FakePanel m_kratos;
    FakePanel m_usd;
    std::unique_ptr<MainWindow> m_window;

    QComboBox *chooser() const { return child<QComboBox>(m_window.get(), "panelChooser"); }
    QTableView *table() const { return child<QTableView>(m_window.get(), "serviceTable"); }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }

    // Runs inside Preferences' own event loop: the Panels tab, Add…, Test, OK, then OK.
    void addPanelInPreferences(SettingsDialog *settings)
    {
        auto *tabs = child<QTabWidget>(settings, "settingsTabs");
        auto *page = child<PanelsSettingsPage>(settings, "panelsSettingsPage");
        const int panelsTab = tabs->indexOf(page);
        QVERIFY(panelsTab >= 0);
        QCOMPARE(tabs->tabText(panelsTab), QStringLiteral("Panels"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(panelsTab).center());
        QCOMPARE(tabs->currentWidget(), page);
        auto *list = child<QTreeWidget>(page, "panelList");
        QCOMPARE(list->topLevelItemCount(), 1);

        QTest::mouseClick(child<QPushButton>(page, "addPanelButton"), Qt::LeftButton);
        QPointer<PanelEditDialog> edit;
        QTRY_VERIFY((edit = page->findChild<PanelEditDialog *>()) && edit->isVisible());
        QTest::keyClicks(child<QLineEdit>(edit, "panelNameEdit"), PanelName);
        QTest::keyClicks(child<QLineEdit>(edit, "panelUrlEdit"), m_usd.v2Url().toString());
        QTest::keyClicks(child<QLineEdit>(edit, "panelKeyEdit"), Key);
        QCOMPARE(child<QLineEdit>(edit, "panelKeyEdit")->echoMode(), QLineEdit::Password);

        QTest::mouseClick(child<QPushButton>(edit, "panelTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(edit, "panelTestResult")->text(),
                                  QStringLiteral("Balance: 100.84292 USD"), 15000);
        auto *detect = child<QRadioButton>(edit, "detectCurrencyButton");
        QVERIFY(detect->isChecked());
        QVERIFY2(detect->text().contains(u"USD"), qPrintable(detect->text()));

        QPushButton *ok = dialogButton(edit, QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit, 15000); // the key is written to the keychain first
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(1)->text(0), PanelName);
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("USD"));

        QPushButton *settingsOk = dialogButton(settings, QDialogButtonBox::Ok);
        QVERIFY(settingsOk && settingsOk->isEnabled());
        QTest::mouseClick(settingsOk, Qt::LeftButton);
        QVERIFY(!settings->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_addpanelflow"));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_kratos.start({QStringLiteral("--catalog-size"), QStringLiteral("30")}));
        m_usd.useV2Script();
        QVERIFY(m_usd.start(
            {QStringLiteral("--key"), Key, QStringLiteral("--currency"), QStringLiteral("USD")}));

        QSettings().clear();
        AppSettings settings;
        settings.setFetchRatesDaily(false);
        // Were the daily fetch to run anyway, it would stay on this computer.
        settings.setRateServiceUrl(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        ExchangeRates rates;
        QVERIFY(
            rates.setRate(QStringLiteral("USD"), {*Decimal::parse(u"16000"), QDate(2026, 11, 30),
                                                  ExchangeRates::Source::SetByHand}));
        settings.setExchangeRates(rates);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        KeyStore::removeNow(PanelName);
    }

    void addedAndTestedPanelShowsUnderAllPanels()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_kratos.baseUrl());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QAbstractItemModelTester tester(view(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!chooser()->isVisible());
        QCOMPARE(chooser()->count(), 1);

        // Preferences is modal (exec()): it is driven from its own event loop.
        bool driven = false;
        QTimer driver; // ends with this function, should Preferences never run its loop
        driver.setSingleShot(true);
        connect(&driver, &QTimer::timeout, this, [this, &driven] {
            driven = true;
            SettingsDialog *settings = openSettingsDialog();
            if (!settings) {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close(); // whatever opened instead must not block the test
                QFAIL("the Settings action opened no Preferences");
            }
            addPanelInPreferences(settings);
            if (settings->isVisible()) // a failed step: close it so the window goes on
                settings->reject();
        });
        driver.start(0);
        child<QAction>(m_window.get(), "settingsAction")->trigger();
        QVERIFY(driven);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!openSettingsDialog());

        const std::optional<PanelConfig> stored = PanelRegistry().find(PanelName);
        QVERIFY(stored);
        QCOMPARE(stored->style, PanelConfig::Style::V2);
        QCOMPARE(stored->url, m_usd.v2Url());
        QCOMPARE(stored->currency, QStringLiteral("USD"));
        QCOMPARE(stored->keyEnv, QString());
        QCOMPARE(KeyStore::readNow(PanelName).key, Key);
        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains(PanelName.toUtf8()));
        QVERIFY(!bytes.contains(Key.toUtf8()));

        QVERIFY(chooser()->isVisible());
        QCOMPARE(chooser()->count(), 3);
        QCOMPARE(chooser()->itemText(0), PanelConfig::BuiltInName);
        QCOMPARE(chooser()->itemText(1), PanelName);
        QCOMPARE(chooser()->itemText(2), QStringLiteral("All panels"));

        PanelTable::choose(chooser(), QStringLiteral("All panels"));
        QTRY_COMPARE_WITH_TIMEOUT(PanelTable::shownPanels(*view()),
                                  (QSet<QString>{PanelConfig::BuiltInName, PanelName}), 20000);
        QCOMPARE(PanelTable::rowsOf(*view(), PanelName), 8);
        // The fake's 30 services less the 3 with status 0 (not offered).
        QCOMPARE(PanelTable::rowsOf(*view(), PanelConfig::BuiltInName), 27);
        QCOMPARE(view()->rowCount(), 8 + 27);
        QVERIFY(!table()->isColumnHidden(ServiceTableModel::PanelColumn));
        QVERIFY(!table()->isColumnHidden(ServiceTableModel::PriceIdrColumn));
        // 0.0450 and 12.5 USD per 1,000 at 16,000 rupiah to the dollar.
        QCOMPARE(PanelTable::cellOf(*view(), PanelName, 101, ServiceTableModel::PriceIdrColumn)
                     .toString(),
                 QStringLiteral("Rp 720"));
        QCOMPARE(PanelTable::cellOf(*view(), PanelName, 102, ServiceTableModel::PriceIdrColumn)
                     .toString(),
                 QStringLiteral("Rp 200,000"));
        QCOMPARE(
            PanelTable::cellOf(*view(), PanelName, 101, ServiceTableModel::PanelColumn).toString(),
            PanelName);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("all panels")));
        auto *bar = child<MessageBar>(m_window.get(), "messageBar");
        QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));

        // The fetch used the key from the keychain; no file the app wrote holds it.
        QCOMPARE(KeyStore::readNow(PanelName).key, Key);
        QCOMPARE(filesContaining(Key.toUtf8()), QStringList());
    }
};

QTEST_MAIN(TestAddPanelFlow)
#include "test_addpanelflow.moc"
