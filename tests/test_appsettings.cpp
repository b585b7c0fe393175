// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "fetchlimits.h"
#include "ratefetcher.h"
#include "responseparser.h"
#include "thistestprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

using namespace std::chrono_literals;

namespace {

QString settingsPath()
{
    return QSettings().fileName();
}

void writeSettingsFile(const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

QStringList besideTheSettings(const QString &pattern)
{
    return QFileInfo(settingsPath()).dir().entryList({pattern}, QDir::Files);
}

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_appsettings"));
}

QStringList namesOf(const char *list)
{
    return QString::fromUtf8(list).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings(); }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
        const QDir folder = QFileInfo(settingsPath()).dir();
        for (const QString &name : folder.entryList({QStringLiteral("*.conf.*")}, QDir::Files))
            QFile::remove(folder.filePath(name));
    }

    void shouldGiveDefaultsOnAFreshStart()
    {
        const AppSettings settings;
        QCOMPARE(settings.apiUrl(), QString());
        QCOMPARE(settings.timeout(), FetchLimits::DefaultTimeout);
        QCOMPARE(settings.deadline(), FetchLimits::DefaultDeadline);
        QCOMPARE(settings.maxResponseBytes(), FetchLimits::DefaultMaxResponseBytes);
        QCOMPARE(settings.maxRows(), ResponseParser::Limits().maxRows);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.resellerPricing().markupPercent, 0.0);
        QCOMPARE(settings.resellerPricing().roundingStep, AppSettings::DefaultRoundingStep);
        QVERIFY(settings.savedCategories().isEmpty());
        QVERIFY(!settings.lastViewWasSaved());
        QCOMPARE(settings.lastCategory(), QString());
        const AppSettings::ExportPreferences exported = settings.exportPreferences();
        QCOMPARE(exported.csv.separator, QChar(u','));
        QVERIFY(exported.csv.byteOrderMark);
        QVERIFY(exported.csv.formulaGuard);
        // Exports from the window are for a spreadsheet unless the user says otherwise.
        QCOMPARE(exported.numbers, CsvWriter::NumberFormat::Locale);
    }

    void shouldKeepWhatWasSetAcrossInstances()
    {
        {
            AppSettings settings;
            settings.setApiUrl(QStringLiteral("https://panel.example/smm"));
            settings.setTimeout(12s);
            settings.setDeadline(300s);
            settings.setMaxResponseBytes(64 * 1024 * 1024);
            settings.setMaxRows(50'000);
            settings.setLanguage(QStringLiteral("id"));
            ResellerPricing pricing;
            pricing.markupPercent = 15;
            pricing.roundingStep = 0.5;
            pricing.categoryMarkupPercent.insert(QStringLiteral("[IG] Likes "), -10);
            settings.setResellerPricing(pricing);
            settings.setSavedCategories({QStringLiteral("[-]  CapCut"), QStringLiteral("a")});
            settings.setLastViewWasSaved(true);
            AppSettings::ExportPreferences exported;
            exported.csv.separator = u';';
            exported.csv.formulaGuard = false;
            exported.numbers = CsvWriter::NumberFormat::Raw;
            exported.includeNotes = true;
            exported.folder = QStringLiteral("/tmp/exports");
            settings.setExportPreferences(exported);
        }
        const AppSettings settings;
        QCOMPARE(settings.apiUrl(), QStringLiteral("https://panel.example/smm"));
        QCOMPARE(settings.timeout(), 12s);
        QCOMPARE(settings.deadline(), 300s);
        QCOMPARE(settings.maxResponseBytes(), 64 * 1024 * 1024);
        QCOMPARE(settings.maxRows(), 50'000);
        const FetchLimits limits = settings.fetchLimits();
        QCOMPARE(limits.timeout, 12s);
        QCOMPARE(limits.deadline, 300s);
        QCOMPARE(limits.maxResponseBytes, 64 * 1024 * 1024);
        QCOMPARE(limits.parse.maxRows, 50'000);
        QCOMPARE(settings.language(), QStringLiteral("id"));
        const ResellerPricing pricing = settings.resellerPricing();
        QCOMPARE(pricing.markupPercent, 15.0);
        QCOMPARE(pricing.roundingStep, 0.5);
        QCOMPARE(pricing.markupFor(QStringLiteral("[IG] Likes ")), -10.0);
        QCOMPARE(pricing.markupFor(QStringLiteral("[IG] Likes")), 15.0);
        QCOMPARE(settings.savedCategories(),
                 (QStringList{QStringLiteral("[-]  CapCut"), QStringLiteral("a")}));
        QVERIFY(settings.lastViewWasSaved());
        const AppSettings::ExportPreferences exported = settings.exportPreferences();
        QCOMPARE(exported.csv.separator, QChar(u';'));
        QVERIFY(!exported.csv.formulaGuard);
        QCOMPARE(exported.numbers, CsvWriter::NumberFormat::Raw);
        QVERIFY(exported.includeNotes);
        QCOMPARE(exported.folder, QStringLiteral("/tmp/exports"));
    }

    void shouldFallBackToTheDefaultForAnUnusableValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("timeout not a number") << "network/timeoutMs" << QVariant(u"soon"_qs);
        QTest::newRow("timeout too short") << "network/timeoutMs" << QVariant(999);
        QTest::newRow("deadline too long") << "network/deadlineMs" << QVariant(3600001);
        QTest::newRow("response cap too small") << "network/maxResponseBytes" << QVariant(1000);
        QTest::newRow("row ceiling too small") << "data/maxRows" << QVariant(999);
        QTest::newRow("rounding step of 1e-310")
            << "pricing/roundingStep" << QVariant(u"1e-310"_qs);
        QTest::newRow("rounding step negative") << "pricing/roundingStep" << QVariant(-1);
        QTest::newRow("rounding step infinite") << "pricing/roundingStep" << QVariant(u"inf"_qs);
        QTest::newRow("markup above 10,000 %") << "pricing/markupPercent" << QVariant(1e9);
        QTest::newRow("markup below -100 %") << "pricing/markupPercent" << QVariant(-101);
        QTest::newRow("markup not a number") << "pricing/markupPercent" << QVariant(u"nan"_qs);
    }

    void shouldFallBackToTheDefaultForAnUnusableValue()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        const AppSettings settings;
        QCOMPARE(settings.timeout(), FetchLimits::DefaultTimeout);
        QCOMPARE(settings.deadline(), FetchLimits::DefaultDeadline);
        QCOMPARE(settings.maxResponseBytes(), FetchLimits::DefaultMaxResponseBytes);
        QCOMPARE(settings.maxRows(), ResponseParser::Limits().maxRows);
        QCOMPARE(settings.resellerPricing().roundingStep, AppSettings::DefaultRoundingStep);
        QCOMPARE(settings.resellerPricing().markupPercent, 0.0);
    }

    void shouldDropACategoryMarkupThatIsNotUsable()
    {
        QSettings().setValue(QStringLiteral("pricing/categoryMarkupPercent"),
                             QVariantMap{{QStringLiteral("good"), 20},
                                         {QStringLiteral("absurd"), 1e6},
                                         {QStringLiteral("text"), QStringLiteral("x")}});
        const ResellerPricing pricing = AppSettings().resellerPricing();
        QCOMPARE(pricing.categoryMarkupPercent.keys(), QStringList{QStringLiteral("good")});
    }

    void shouldKeepStoredExchangeRatesButNotThisRunsOnes()
    {
        QCOMPARE(AppSettings().rateServiceUrl(), RateFetcher::defaultBase());
        QVERIFY(AppSettings().exchangeRates().storedRates().isEmpty());
        ExchangeRates rates;
        QVERIFY(
            rates.setRate(QStringLiteral("USD"), {*Decimal::parse(u"16250.5"), QDate(2026, 11, 27),
                                                  ExchangeRates::Source::Fetched}));
        QVERIFY(rates.setRateForThisRun(QStringLiteral("EUR"), *Decimal::parse(u"17000")));
        QVERIFY(rates.setDisplayCurrency(QStringLiteral("USD")));
        AppSettings().setExchangeRates(rates);
        AppSettings().setRateServiceUrl(QUrl(QStringLiteral("http://127.0.0.1:9/v1/")));

        const AppSettings settings;
        const ExchangeRates stored = settings.exchangeRates();
        QCOMPARE(stored.storedRates(), rates.storedRates());
        QVERIFY(!stored.rate(QStringLiteral("EUR")));
        QCOMPARE(stored.displayCurrency(), QStringLiteral("USD"));
        QCOMPARE(settings.rateServiceUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/")));
        QVERIFY(QSettings().allKeys().filter(QStringLiteral("EUR")).isEmpty());
    }

    void shouldFetchRatesDailyUntilTurnedOff()
    {
        QVERIFY(AppSettings().fetchRatesDaily());
        AppSettings().setFetchRatesDaily(false);
        QVERIFY(!AppSettings().fetchRatesDaily());
        AppSettings().setExchangeRates(ExchangeRates());
        QVERIFY(!AppSettings().fetchRatesDaily());
        AppSettings().setFetchRatesDaily(true);
        QVERIFY(AppSettings().fetchRatesDaily());
    }

    void shouldKeepTheAlertRulesAsReadableJson()
    {
        QCOMPARE(AppSettings().alertRules(), AlertRules());
        AlertRules rules;
        rules.global.priceDownPercent = 5;
        rules.panels[QStringLiteral("King")].balanceBelow = 2.5;
        rules.categories[QStringLiteral("[YT] Views ")].newServices = true;
        AppSettings().setAlertRules(rules);
        QCOMPARE(AppSettings().alertRules(), rules);
        const QVariant stored = QSettings().value(QStringLiteral("alerts/rules"));
        QCOMPARE(stored.typeId(), QMetaType::QString);
        QVERIFY(stored.toString().contains(QStringLiteral("\"priceDownPercent\":5")));
        // Damaged by hand: the defaults again.
        QSettings().setValue(QStringLiteral("alerts/rules"), QStringLiteral("{not json"));
        QCOMPARE(AppSettings().alertRules(), AlertRules());
    }

    void shouldKeepTheScheduleOffAndTheTrayUnusedUntilAsked()
    {
        QCOMPARE(AppSettings().refreshInterval(), std::chrono::minutes(0));
        QVERIFY(!AppSettings().keepRunningInTray());
        AppSettings().setRefreshInterval(std::chrono::minutes(45));
        AppSettings().setKeepRunningInTray(true);
        QCOMPARE(AppSettings().refreshInterval(), std::chrono::minutes(45));
        QVERIFY(AppSettings().keepRunningInTray());
        AppSettings().setRefreshInterval(std::chrono::minutes(0));
        QCOMPARE(AppSettings().refreshInterval(), std::chrono::minutes(0));
    }

    void shouldReadAnUnusableIntervalAsTheNearestUsableOne_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("minutes");
        QTest::newRow("under the floor") << QVariant(1) << 15;
        QTest::newRow("over a day") << QVariant(100000) << 24 * 60;
        QTest::newRow("negative") << QVariant(-30) << 0;
        QTest::newRow("text") << QVariant(QStringLiteral("often")) << 0;
        QTest::newRow("number as text") << QVariant(QStringLiteral("90")) << 90;
        QTest::newRow("list") << QVariant(QStringList{QStringLiteral("30")}) << 0;
    }

    void shouldReadAnUnusableIntervalAsTheNearestUsableOne()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, minutes);
        QSettings().setValue(QStringLiteral("schedule/refreshMinutes"), stored);
        QCOMPARE(AppSettings().refreshInterval(), std::chrono::minutes(minutes));
    }

    void shouldRememberTheLatestCategoriesOnceEach()
    {
        AppSettings settings;
        for (int i = 0; i < AppSettings::MaxHistory + 5; ++i)
            settings.addToCategoryHistory(QStringLiteral("category %1").arg(i));
        settings.addToCategoryHistory(QString());
        settings.addToCategoryHistory(QStringLiteral("category 10"));
        const QStringList history = settings.categoryHistory();
        QCOMPARE(history.size(), AppSettings::MaxHistory);
        QCOMPARE(history.first(), QStringLiteral("category 10"));
        QCOMPARE(history.count(QStringLiteral("category 10")), 1);
        QCOMPARE(history.at(1), QStringLiteral("category 34"));
        QVERIFY(!history.contains(QStringLiteral("category 4")));
        QCOMPARE(settings.lastCategory(), QStringLiteral("category 10"));
    }

    // Two windows pinning and unpinning categories: each keeps the other's changes.
    void shouldKeepAnotherProcesssChangesToTheSavedCategories()
    {
        AppSettings mine;
        mine.setSavedCategories({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        const QStringList before = mine.savedCategories();
        const TestProgramRuns other =
            runThisTestProgram({{QStringLiteral("--change-saved"), QStringLiteral("A|B|C"),
                                 QStringLiteral("B|C|Theirs")}});
        QVERIFY2(other.succeeded, other.output.constData());
        const QStringList expected = {QStringLiteral("C"), QStringLiteral("Mine"),
                                      QStringLiteral("B"), QStringLiteral("Theirs")};
        QCOMPARE(mine.changeSavedCategories(before, {QStringLiteral("C"), QStringLiteral("Mine"),
                                                     QStringLiteral("A"), QStringLiteral("B")}),
                 expected);
        QCOMPARE(AppSettings().savedCategories(), expected);
    }

    // Two windows each setting a category's markup: both are kept.
    void shouldKeepAnotherProcesssCategoryMarkups()
    {
        AppSettings mine;
        ResellerPricing pricing;
        pricing.markupPercent = 15;
        pricing.categoryMarkupPercent.insert(QStringLiteral("Dropped"), 5);
        mine.setResellerPricing(pricing);
        QCOMPARE(mine.resellerPricing().markupPercent, 15.0);
        const TestProgramRuns other = runThisTestProgram(
            {{QStringLiteral("--set-markup"), QStringLiteral("Theirs"), QStringLiteral("40")}});
        QVERIFY2(other.succeeded, other.output.constData());
        const ResellerPricing stored = mine.setCategoryMarkup(QStringLiteral("Mine"), 1e9);
        mine.setCategoryMarkup(QStringLiteral("Dropped"), std::nullopt);
        const QHash<QString, double> expected = {{QStringLiteral("Theirs"), 40},
                                                 {QStringLiteral("Mine"), 10000}};
        QCOMPARE(AppSettings().resellerPricing().categoryMarkupPercent, expected);
        QCOMPARE(stored.categoryMarkupPercent.value(QStringLiteral("Theirs")), 40.0);
        QCOMPARE(stored.markupPercent, 15.0);
    }

    // A command line storing fetched rates while a window's Preferences set one by hand.
    void shouldKeepAnotherProcesssExchangeRates()
    {
        AppSettings mine;
        const ExchangeRates before = mine.exchangeRates();
        QVERIFY(before.storedRates().isEmpty());
        const TestProgramRuns other = runThisTestProgram(
            {{QStringLiteral("--take-fetched"), QStringLiteral("EUR"), QStringLiteral("17000")}});
        QVERIFY2(other.succeeded, other.output.constData());
        const ExchangeRates::Rate byHand{*Decimal::parse(u"16000"), QDate(2026, 12, 1),
                                         ExchangeRates::Source::SetByHand};
        const ExchangeRates stored = mine.changeExchangeRates(
            [&](ExchangeRates &rates) { QVERIFY(rates.setRate(QStringLiteral("USD"), byHand)); });
        for (const ExchangeRates &rates : {stored, AppSettings().exchangeRates()}) {
            QCOMPARE(rates.storedRates().keys(),
                     (QList<QString>{QStringLiteral("EUR"), QStringLiteral("USD")}));
            QCOMPARE(rates.rate(QStringLiteral("USD")), byHand);
            QCOMPARE(rates.rate(QStringLiteral("EUR"))->source, ExchangeRates::Source::Fetched);
            QCOMPARE(rates.rate(QStringLiteral("EUR"))->rupiahPerUnit, *Decimal::parse(u"17000"));
        }
    }

    void shouldWriteNoFileOnAFirstStart()
    {
        QFile::remove(settingsPath());
        const AppSettings::FileCheck check = AppSettings::checkFile();
        QCOMPARE(check.outcome, AppSettings::FileCheck::Outcome::Fine);
        QVERIFY(!QFileInfo::exists(settingsPath()));
    }

    void shouldStampTheVersionOnAFileWrittenWithoutIt()
    {
        writeSettingsFile("[ui]\nlanguage=id\n");
        QCOMPARE(AppSettings::checkFile().outcome, AppSettings::FileCheck::Outcome::Fine);
        QSettings().sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        const QByteArray stamp =
            QByteArray("formatVersion=").append(QByteArray::number(AppSettings::FormatVersion));
        QVERIFY2(contents.contains(stamp), contents.constData());
        QVERIFY2(contents.contains("language=id"), contents.constData());
    }

    void shouldFindNothingWrongWithAFineFile()
    {
        AppSettings().setLanguage(QStringLiteral("id"));
        QSettings().sync();
        const AppSettings::FileCheck check = AppSettings::checkFile();
        QCOMPARE(check.outcome, AppSettings::FileCheck::Outcome::Fine);
        QCOMPARE(AppSettings::describe(check), QString());
        QCOMPARE(AppSettings().language(), QStringLiteral("id"));
    }

    void shouldMoveADamagedFileAsideAndUseTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not an ini file") << QByteArray("[General\n\xff\xfe=\x01garbage\n[");
        QTest::newRow("a value Qt cannot restore")
            << QByteArray("[network]\ntimeoutMs=12000\n[ui]\n"
                          "language=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10NoSuchType)\n");
    }

    void shouldMoveADamagedFileAsideAndUseTheDefaults()
    {
        QFETCH(QByteArray, contents);
        writeSettingsFile(contents);
        const AppSettings::FileCheck check = AppSettings::checkFile();
        QCOMPARE(check.outcome, AppSettings::FileCheck::Outcome::MovedAside);
        QVERIFY2(AppSettings::describe(check).contains(QStringLiteral("damaged")),
                 qPrintable(AppSettings::describe(check)));
        QCOMPARE(besideTheSettings(QStringLiteral("*.conf.damaged-*")).size(), 1);
        QFile aside(check.path);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), contents); // kept as it was, for the user to look at
    }

    void shouldCopyANewerVersionsFileBeforeWritingToIt()
    {
        writeSettingsFile("[General]\nformatVersion=99\n\n[ui]\nlanguage=id\n");
        const AppSettings::FileCheck check = AppSettings::checkFile();
        QCOMPARE(check.outcome, AppSettings::FileCheck::Outcome::NewerBackedUp);
        QFile copy(check.path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll().contains("formatVersion=99"));
        QVERIFY(AppSettings::describe(check).contains(QStringLiteral("newer version")));
        QCOMPARE(AppSettings().language(), QStringLiteral("id"));
        // Checked again, the file is this version's now: no second copy.
        QCOMPARE(AppSettings::checkFile().outcome, AppSettings::FileCheck::Outcome::Fine);
        QCOMPARE(besideTheSettings(QStringLiteral("*.conf.newer-version-*")).size(), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--change-saved") == 0) {
        // Another window's change of the saved categories.
        useTestSettings();
        AppSettings settings;
        settings.changeSavedCategories(namesOf(argv[2]), namesOf(argv[3]));
        return settings.savedCategories() == namesOf(argv[3]) ? 0 : 1;
    }
    if (argc == 4 && std::strcmp(argv[1], "--set-markup") == 0) {
        useTestSettings();
        AppSettings().setCategoryMarkup(QString::fromUtf8(argv[2]), QByteArray(argv[3]).toDouble());
        return 0;
    }
    if (argc == 4 && std::strcmp(argv[1], "--take-fetched") == 0) {
        useTestSettings();
        const ExchangeRates::Rate rate{*Decimal::parse(QString::fromUtf8(argv[3])),
                                       QDate::currentDate(), ExchangeRates::Source::Fetched};
        AppSettings().changeExchangeRates([&](ExchangeRates &rates) {
            rates.takeFetched({{QString::fromUtf8(argv[2]), rate}},
                              QDateTime::currentDateTimeUtc());
        });
        return 0;
    }
    TestAppSettings test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_appsettings.moc"
