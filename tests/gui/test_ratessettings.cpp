// SPDX-License-Identifier: MIT
#include "fakepanel.h"
// Settings ▸ Rates, fetching from tests/support/fake_rates.py.
#include "appsettings.h"
#include "ratessettingspage.h"
#include "settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

template<typename T> T *child(const QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(found, "child", name);
    return found;
}

// One table row as "USD|16250.5|fetched" (currency, rupiah per unit, source).
QString row(const RatesSettingsPage &page, int index)
{
    const QTableWidget *table = child<QTableWidget>(&page, "rateTable");
    return QStringList{table->item(index, 0)->text(), table->item(index, 1)->text(),
                       table->item(index, 3)->text()}
        .join(u'|');
}

ExchangeRates someRates()
{
    ExchangeRates rates;
    rates.setRate(QStringLiteral("USD"),
                  {d("15000"), QDate(2026, 11, 1), ExchangeRates::Source::Fetched});
    rates.setRate(QStringLiteral("EUR"),
                  {d("17500.25"), QDate(2026, 11, 2), ExchangeRates::Source::SetByHand});
    return rates;
}

} // namespace

class TestRatesSettings : public QObject
{
    Q_OBJECT

private:
    FakePanel m_server;

    QUrl base(const char *mode) const { return m_server.ratesUrl(QLatin1String(mode)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_ratessettings"));
        m_server.useRatesScript();
        QVERIFY(m_server.start());
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void shouldShowEachRateWithItsDateAndSource()
    {
        RatesSettingsPage page(someRates(), base("ok"), true);
        QAbstractItemModelTester tester(child<QTableWidget>(&page, "rateTable")->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(child<QTableWidget>(&page, "rateTable")->rowCount(), 2);
        QCOMPARE(row(page, 0), QStringLiteral("EUR|17500.25|set by hand"));
        QCOMPARE(row(page, 1), QStringLiteral("USD|15000|fetched"));
        QCOMPARE(child<QTableWidget>(&page, "rateTable")->item(1, 2)->text(),
                 QLocale().toString(QDate(2026, 11, 1), QLocale::ShortFormat));
        QCOMPARE(child<QComboBox>(&page, "displayCurrencyBox")->currentText(),
                 QStringLiteral("IDR"));
        QVERIFY(child<QCheckBox>(&page, "fetchDailyBox")->isChecked());
    }

    void shouldSetARateByHandExactly()
    {
        RatesSettingsPage page(someRates(), base("ok"), true);
        auto *table = child<QTableWidget>(&page, "rateTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table->item(1, 1)->setText(QStringLiteral("16300.1234567"));
        QTRY_COMPARE(row(page, 1), QStringLiteral("USD|16300.1234567|set by hand"));
        const ExchangeRates::Rate usd = *page.rates().rate(QStringLiteral("USD"));
        QCOMPARE(usd.rupiahPerUnit, d("16300.1234567"));
        QCOMPARE(usd.source, ExchangeRates::Source::SetByHand);
        QCOMPARE(usd.date, QDate::currentDate());

        // Not a rate: a message, and the old value back.
        table->item(1, 1)->setText(QStringLiteral("16.300,5"));
        QVERIFY2(page.result().contains(QStringLiteral("not a rate")), qPrintable(page.result()));
        QTRY_COMPARE(row(page, 1), QStringLiteral("USD|16300.1234567|set by hand"));
        table->item(1, 1)->setText(QStringLiteral("0"));
        QCOMPARE(page.rates().rate(QStringLiteral("USD"))->rupiahPerUnit, d("16300.1234567"));
    }

    void shouldAddAndRemoveCurrencies()
    {
        RatesSettingsPage page(ExchangeRates(), base("ok"), true);
        QTest::keyClicks(child<QLineEdit>(&page, "newCurrencyEdit"), QStringLiteral("sgd"));
        QTest::keyClicks(child<QLineEdit>(&page, "newRateEdit"), QStringLiteral("12101.10"));
        QTest::mouseClick(child<QPushButton>(&page, "addRateButton"), Qt::LeftButton);
        QCOMPARE(row(page, 0), QStringLiteral("SGD|12101.10|set by hand"));
        QCOMPARE(child<QLineEdit>(&page, "newCurrencyEdit")->text(), QString());
        QCOMPARE(page.rates().rate(QStringLiteral("SGD"))->rupiahPerUnit, d("12101.1"));

        QVERIFY(!page.addRate(QStringLiteral("IDR"), QStringLiteral("1")));
        QVERIFY(!page.result().isEmpty());
        QVERIFY(!page.addRate(QStringLiteral("US"), QStringLiteral("16000")));
        QVERIFY(!page.addRate(QStringLiteral("USD"), QStringLiteral("-3")));
        QVERIFY(!page.addRate(QStringLiteral("USD"), QString()));
        QVERIFY(!page.addRate(QStringLiteral("USD"), QStringLiteral("1e3")));
        QCOMPARE(page.rates().storedRates().size(), 1);
        QVERIFY(page.addRate(QStringLiteral("usd"), QStringLiteral("16000")));
        QCOMPARE(child<QTableWidget>(&page, "rateTable")->rowCount(), 2);

        child<QTableWidget>(&page, "rateTable")->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, "removeRateButton"), Qt::LeftButton);
        QCOMPARE(page.rates().storedRates().keys(), QStringList{QStringLiteral("USD")});
        QCOMPARE(child<QTableWidget>(&page, "rateTable")->rowCount(), 1);
    }

    void shouldChooseTheDisplayCurrency()
    {
        RatesSettingsPage page(someRates(), base("ok"), true);
        auto *display = child<QComboBox>(&page, "displayCurrencyBox");
        QCOMPARE(display->count(), 3);
        display->setCurrentIndex(display->findText(QStringLiteral("USD")));
        QCOMPARE(page.rates().displayCurrency(), QStringLiteral("USD"));
        display->setEditText(QStringLiteral("sg"));
        QCOMPARE(page.rates().displayCurrency(), QStringLiteral("USD"));
        display->setEditText(QStringLiteral("sgd"));
        QCOMPARE(page.rates().displayCurrency(), QStringLiteral("SGD"));
    }

    void shouldFetchRatesButKeepThoseSetByHand()
    {
        RatesSettingsPage page(someRates(), base("ok"), true);
        page.setWantedCurrencies({QStringLiteral("SGD"), QString(), QStringLiteral("IDR")});
        QSignalSpy finished(&page, &RatesSettingsPage::fetchFinished);
        QTest::mouseClick(child<QPushButton>(&page, "fetchRatesButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(&page, "fetchRatesButton")->isEnabled());
        QVERIFY(finished.wait(15000));
        QVERIFY(child<QPushButton>(&page, "fetchRatesButton")->isEnabled());
        QCOMPARE(page.result(), QStringLiteral("3 rate(s) fetched."));
        const ExchangeRates rates = page.rates();
        QCOMPARE(rates.rate(QStringLiteral("USD"))->rupiahPerUnit, d("16250.5"));
        QCOMPARE(rates.rate(QStringLiteral("USD"))->date, QDate(2026, 11, 27));
        QCOMPARE(rates.rate(QStringLiteral("SGD"))->rupiahPerUnit, d("12101.1"));
        QCOMPARE(*rates.rate(QStringLiteral("EUR")),
                 (ExchangeRates::Rate{d("17500.25"), QDate(2026, 11, 2),
                                      ExchangeRates::Source::SetByHand}));
        QCOMPARE(row(page, 1), QStringLiteral("SGD|12101.1|fetched"));
        QVERIFY(rates.lastFetch().isValid());
    }

    void shouldSayInOneLineWhyAFetchFailed()
    {
        RatesSettingsPage page(someRates(), base("error"), true);
        QSignalSpy finished(&page, &RatesSettingsPage::fetchFinished);
        page.fetchNow();
        QVERIFY(finished.wait(15000));
        QVERIFY2(page.result().startsWith(QStringLiteral("The rate of ")),
                 qPrintable(page.result()));
        QVERIFY2(page.result().endsWith(QStringLiteral("(1 more failed.)")),
                 qPrintable(page.result()));
        QVERIFY(!page.result().contains(u'\n'));
        QCOMPARE(page.rates().storedRates(), someRates().storedRates());
        QVERIFY(!page.rates().lastFetch().isValid());

        RatesSettingsPage refused(someRates(), QUrl(QStringLiteral("http://rates.example/v1/")),
                                  true);
        refused.fetchNow();
        QVERIFY(!refused.result().isEmpty());
        QVERIFY(child<QPushButton>(&refused, "fetchRatesButton")->isEnabled());

        RatesSettingsPage empty(ExchangeRates(), base("ok"), true);
        QSignalSpy emptyFinished(&empty, &RatesSettingsPage::fetchFinished);
        empty.fetchNow();
        QCOMPARE(emptyFinished.size(), 1);
        QVERIFY(!empty.result().isEmpty());
    }

    void shouldSaveTheRatesWhenTheDialogIsAccepted()
    {
        AppSettings settings;
        settings.setRateServiceUrl(base("ok"));
        {
            SettingsDialog dialog(settings);
            QVERIFY(dialog.ratesPage()->addRate(QStringLiteral("USD"), QStringLiteral("16000.5")));
            child<QCheckBox>(dialog.ratesPage(), "fetchDailyBox")->setChecked(false);
            dialog.reject();
        }
        QVERIFY(AppSettings().exchangeRates().storedRates().isEmpty());
        QVERIFY(AppSettings().fetchRatesDaily());

        SettingsDialog dialog(settings);
        QVERIFY(dialog.ratesPage()->addRate(QStringLiteral("USD"), QStringLiteral("16000.5")));
        child<QComboBox>(dialog.ratesPage(), "displayCurrencyBox")
            ->setEditText(QStringLiteral("USD"));
        child<QCheckBox>(dialog.ratesPage(), "fetchDailyBox")->setChecked(false);
        dialog.accept();
        const ExchangeRates stored = AppSettings().exchangeRates();
        QCOMPARE(stored.rate(QStringLiteral("USD"))->rupiahPerUnit, d("16000.5"));
        QCOMPARE(stored.displayCurrency(), QStringLiteral("USD"));
        QVERIFY(!AppSettings().fetchRatesDaily());
        QCOMPARE(AppSettings().rateServiceUrl(), base("ok"));
    }

    void shouldKeepRatesFetchedElsewhereWhileThePageWasOpen()
    {
        RatesSettingsPage page(someRates(), base("ok"), true);
        QVERIFY(page.addRate(QStringLiteral("SGD"), QStringLiteral("12000")));
        // Meanwhile the window fetched a newer USD rate and the user's EUR stays as it was.
        ExchangeRates stored = someRates();
        const ExchangeRates::Rate newer{d("16250.5"), QDate(2026, 11, 30),
                                        ExchangeRates::Source::Fetched};
        QVERIFY(stored.setRate(QStringLiteral("USD"), newer));
        const ExchangeRates applied = page.appliedTo(stored);
        QCOMPARE(applied.rate(QStringLiteral("USD")), std::optional(newer));
        QCOMPARE(applied.rate(QStringLiteral("SGD"))->rupiahPerUnit.toString(),
                 QStringLiteral("12000"));
        QCOMPARE(applied.rate(QStringLiteral("EUR")), someRates().rate(QStringLiteral("EUR")));
    }
};

QTEST_MAIN(TestRatesSettings)
#include "test_ratessettings.moc"
