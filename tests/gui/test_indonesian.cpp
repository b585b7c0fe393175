// SPDX-License-Identifier: MIT
// Runs under LANG=id_ID.UTF-8 (see tests/CMakeLists.txt), like a reseller's Indonesian desktop.
#include "appsettings.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "moneyformat.h"
#include "serviceformatter.h"
#include "servicetablemodel.h"
#include "settingsdialog.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIndonesian : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            titles << action->text();
        return titles;
    }

    static QString headerText(const MainWindow &window, int column)
    {
        const auto *table = window.findChild<QTableView *>(u"serviceTable"_s);
        return table->model()->headerData(column, Qt::Horizontal).toString();
    }

    // The Alt+letter of every text in `texts` must differ; returns the clashes, if any.
    static QString mnemonicClashes(const QStringList &texts)
    {
        QHash<QKeySequence, QString> seen;
        QStringList clashes;
        for (const QString &text : texts) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (mnemonic.isEmpty())
                continue;
            if (seen.contains(mnemonic))
                clashes << seen.value(mnemonic) + u" / "_s + text;
            seen.insert(mnemonic, text);
        }
        return clashes.join(u", "_s);
    }

    static void installLanguage(const QString &language)
    {
        AppSettings settings;
        settings.setLanguage(language);
        TranslationLoader::install(TranslationLoader::localeFor(settings.language()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smm-price-browser-tests"_s);
        QCoreApplication::setApplicationName(u"test_indonesian"_s);
        QSettings().clear();
        QVERIFY2(QLocale::system().language() == QLocale::Indonesian,
                 "run this test with LANG=id_ID.UTF-8, as ctest does");
    }

    void init() { installLanguage(QString()); }

    void shouldPickTheLocaleFromTheSetting_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QLocale::Language>("language");
        QTest::newRow("system") << QString() << QLocale::Indonesian;
        QTest::newRow("id") << u"id"_s << QLocale::Indonesian;
        QTest::newRow("en") << u"en"_s << QLocale::English;
        QTest::newRow("unknown name") << u"zz"_s << QLocale::Indonesian;
    }

    void shouldPickTheLocaleFromTheSetting()
    {
        QFETCH(QString, setting);
        QFETCH(QLocale::Language, language);
        QCOMPARE(TranslationLoader::localeFor(setting).language(), language);
    }

    void shouldFollowTheIndonesianSystemLocale()
    {
        const TranslationLoader::Result result =
            TranslationLoader::install(TranslationLoader::localeFor(AppSettings().language()));
        QCOMPARE(result.locale.language(), QLocale::Indonesian);
        QVERIFY2(result.appFile.endsWith(u"smm-price-browser_id.qm"_s), qPrintable(result.appFile));
        QVERIFY2(result.qtFile.endsWith(u"qtbase_id.qm"_s), qPrintable(result.qtFile));
        QCOMPARE(QLocale().language(), QLocale::Indonesian);
    }

    void shouldShowIndonesianMenusAndHeaders()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window), (QStringList{u"&Berkas"_s, u"&Sunting"_s, u"&Tampilan"_s,
                                                  u"&Pengaturan"_s, u"B&antuan"_s}));
        QCOMPARE(headerText(window, ServiceTableModel::NameColumn), u"Layanan"_s);
        QCOMPARE(headerText(window, ServiceTableModel::PriceColumn), u"Harga / 1K"_s);
        QCOMPARE(headerText(window, ServiceTableModel::StatusColumn), u"Status"_s);
        const auto *file = window.menuBar()->actions().constFirst()->menu();
        QStringList fileItems;
        for (const QAction *action : file->actions())
            fileItems << action->text();
        QVERIFY2(fileItems.contains(u"&Ekspor…"_s), qPrintable(fileItems.join(u", "_s)));
        QVERIFY2(fileItems.contains(u"&Keluar"_s), qPrintable(fileItems.join(u", "_s)));
    }

    void shouldFormatPricesTheIndonesianWay()
    {
        QCOMPARE(MoneyFormat::rupiah(25946.6), u"Rp 25.947"_s);
        QCOMPARE(MoneyFormat::unitPrice(25.9466), u"Rp 25,95 / unit"_s);
        QCOMPARE(ServiceFormatter::quantity(1000000), u"1.000.000"_s);
        QCOMPARE(ServiceFormatter::status(false), u"Nonaktif"_s);
    }

    void shouldTranslateQtsOwnDialogButtons()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Batal"_s);
        AppSettings settings;
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.windowTitle(), u"Preferensi"_s);
    }

    void shouldGiveEveryMenuDistinctAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Indonesian") << u"id"_s;
        QTest::newRow("English") << u"en"_s;
    }

    void shouldFitALaptopScreen_data() { shouldGiveEveryMenuDistinctAccelerators_data(); }

    // 1366×768 is still the most common laptop screen where our users are.
    void shouldFitALaptopScreen()
    {
        QFETCH(QString, language);
        installLanguage(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("the window needs at least %dx%d", needed.width(), needed.height());
        QVERIFY2(needed.width() <= 1366 && needed.height() <= 700,
                 qPrintable(u"%1x%2"_s.arg(needed.width()).arg(needed.height())));
    }

    void shouldGiveEveryMenuDistinctAccelerators()
    {
        QFETCH(QString, language);
        installLanguage(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The Retry button exists once an error offers it.
        window.findChild<MessageBar *>(u"messageBar"_s)
            ->showMessage(MessageBar::Kind::Error, u"Unreachable"_s, true);
        QVERIFY(window.findChild<QAbstractButton *>(u"retryButton"_s));

        // Alt+letter reaches the menu bar and the window's labels and buttons alike.
        QStringList windowTexts = menuTitles(window);
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            windowTexts << button->text();
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy())
                windowTexts << label->text();
        }
        QVERIFY2(mnemonicClashes(windowTexts).isEmpty(), qPrintable(mnemonicClashes(windowTexts)));

        QStringList menuClashes;
        for (const QAction *menuAction : window.menuBar()->actions()) {
            QStringList items;
            for (const QAction *action : menuAction->menu()->actions())
                items << action->text();
            if (const QString clashes = mnemonicClashes(items); !clashes.isEmpty())
                menuClashes << menuAction->text() + u": "_s + clashes;
        }
        QVERIFY2(menuClashes.isEmpty(), qPrintable(menuClashes.join(u"; "_s)));
    }

    void shouldShowEnglishWhenTheSettingSaysSo()
    {
        installLanguage(u"en"_s);
        MainWindow window;
        QCOMPARE(menuTitles(window).constFirst(), u"&File"_s);
        QCOMPARE(headerText(window, ServiceTableModel::PriceColumn), u"Price / 1K"_s);
        QCOMPARE(MoneyFormat::rupiah(25946.6), u"Rp 25,947"_s);
        QCOMPARE(MoneyFormat::unitPrice(25.9466), u"Rp 25.95 / unit"_s);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestIndonesian)
#include "test_indonesian.moc"
