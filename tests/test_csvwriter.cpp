// SPDX-License-Identifier: MIT
#include "csvwriter.h"
#include "pythoncsvreader.h"
#include "serviceformatter.h"
#include "servicetablemodel.h"
#include "smalldisk.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#endif

using Rows = QList<QStringList>;

namespace {

// Takes writes until `capacity` bytes, then fails the way a full disk does.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {}

    const QByteArray &written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_written.size() + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on the fake device"));
            return -1;
        }
        m_written.append(data, size);
        return size;
    }

private:
    qint64 m_capacity;
    QByteArray m_written;
};

// One expected line of the tricky export, before the options shape it.
struct ExpectedRow {
    QString price;
    QString name;
    bool guarded; // the name starts like a formula
    QString id;
    bool refill;
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static Service makeService(quint64 id, double price, const QString &name, bool shown = true,
                               bool refill = false)
    {
        Service service;
        service.id = id;
        service.price = price;
        service.name = name;
        service.category = shown ? QStringLiteral("Shown") : QStringLiteral("Hidden");
        service.type = QStringLiteral("Default");
        service.min = 10;
        service.max = 5000;
        service.refill = refill;
        return service;
    }

    static ServiceList trickyServices()
    {
        return {
            makeService(1, 25947, QStringLiteral("Views, fast"), true, true),
            makeService(2, 0.5, QStringLiteral("He said \"hi\""), true),
            makeService(3, 24866.5, QStringLiteral("Line one\r\nline two"), true, true),
            makeService(4, 100, QStringLiteral("Bare\nnewline, 🇮🇩 and 😀"), true),
            makeService(5, 7.25, QStringLiteral("=HYPERLINK(\"http://x\")"), true),
            makeService(6, 3, QStringLiteral("+1 follower"), true),
            makeService(7, 2.5, QStringLiteral("-2 likes"), true),
            makeService(8, 1, QStringLiteral("@mention"), true),
            makeService(9, 0.205, QStringLiteral("\tTabbed"), true),
            makeService(9007199254740993ULL, 1234567.125, QStringLiteral("  padded  "), true, true),
            makeService(11, 99999, QStringLiteral("Hidden, never written"), false, true),
            makeService(12, 0.001, QStringLiteral("\rCarriage return"), true),
            makeService(13, 50, QStringLiteral("semi;colon"), true),
            makeService(14, 500, QStringLiteral("Also hidden"), false),
        };
    }

    // The shown services of trickyServices(), by price descending, as raw text.
    static QList<ExpectedRow> trickyRowsByPriceDescending()
    {
        return {
            {QStringLiteral("1234567.125"), QStringLiteral("  padded  "), false,
             QStringLiteral("9007199254740993"), true},
            {QStringLiteral("25947"), QStringLiteral("Views, fast"), false, QStringLiteral("1"),
             true},
            {QStringLiteral("24866.5"), QStringLiteral("Line one\r\nline two"), false,
             QStringLiteral("3"), true},
            {QStringLiteral("100"), QStringLiteral("Bare\nnewline, 🇮🇩 and 😀"), false,
             QStringLiteral("4"), false},
            {QStringLiteral("50"), QStringLiteral("semi;colon"), false, QStringLiteral("13"),
             false},
            {QStringLiteral("7.25"), QStringLiteral("=HYPERLINK(\"http://x\")"), true,
             QStringLiteral("5"), false},
            {QStringLiteral("3"), QStringLiteral("+1 follower"), true, QStringLiteral("6"), false},
            {QStringLiteral("2.5"), QStringLiteral("-2 likes"), true, QStringLiteral("7"), false},
            {QStringLiteral("1"), QStringLiteral("@mention"), true, QStringLiteral("8"), false},
            {QStringLiteral("0.5"), QStringLiteral("He said \"hi\""), false, QStringLiteral("2"),
             false},
            {QStringLiteral("0.205"), QStringLiteral("\tTabbed"), true, QStringLiteral("9"), false},
            {QStringLiteral("0.001"), QStringLiteral("\rCarriage return"), true,
             QStringLiteral("12"), false},
        };
    }

    static ServiceList manyServices(int count)
    {
        ServiceList services;
        services.reserve(count);
        for (int i = 0; i < count; ++i)
            services << makeService(quint64(i) + 1, 1000 + i * 0.25,
                                    QStringLiteral("Service number %1, the usual").arg(i));
        return services;
    }

    static QList<int> priceNameIdRefill()
    {
        return {ServiceTableModel::PriceColumn, ServiceTableModel::NameColumn,
                ServiceTableModel::IdColumn, ServiceTableModel::RefillColumn};
    }

    static CsvWriter::Options plainOptions()
    {
        CsvWriter::Options options;
        options.byteOrderMark = false;
        return options;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &contents)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }

    // Writes a one-column (name) export of one service.
    static QByteArray writeName(const QString &name, const CsvWriter::Options &options)
    {
        ServiceTableModel model;
        model.setServices({makeService(1, 1, name)});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            CsvWriter(options).write(model, {ServiceTableModel::NameColumn}, &buffer);
        return result.isComplete() ? buffer.data() : QByteArray("failed: ") + result.error.toUtf8();
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shouldMatchPythonsCsvModuleFieldByField_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<bool>("formulaGuard");
        QTest::addColumn<bool>("words");

        QTest::newRow("comma") << QChar(u',') << true << true << false;
        QTest::newRow("semicolon, words, no BOM") << QChar(u';') << false << true << true;
        QTest::newRow("tab") << QChar(u'\t') << true << true << false;
        QTest::newRow("comma, guard off") << QChar(u',') << true << false << false;
        QTest::newRow("tab, guard off, words, no BOM") << QChar(u'\t') << false << false << true;
    }

    void shouldMatchPythonsCsvModuleFieldByField()
    {
        QFETCH(QChar, separator);
        QFETCH(bool, byteOrderMark);
        QFETCH(bool, formulaGuard);
        QFETCH(bool, words);

        ServiceTableModel model;
        QAbstractItemModelTester modelTester(&model,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(trickyServices());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);
        proxy.setFilterKeyColumn(ServiceTableModel::CategoryColumn);
        proxy.setFilterFixedString(QStringLiteral("Shown"));
        proxy.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);

        CsvWriter::Options options;
        options.separator = separator;
        options.byteOrderMark = byteOrderMark;
        options.formulaGuard = formulaGuard;
        options.booleans = words ? CsvWriter::BooleanStyle::Words : CsvWriter::BooleanStyle::Digits;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const auto result = CsvWriter(options).writeToFile(proxy, priceNameIdRefill(), path);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(result.rowsWritten, 12);

        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), byteOrderMark);
        QVERIFY(bytes.endsWith("\r\n"));

        QString error;
        const Rows rows = PythonCsvReader::read(path, separator, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.value(0),
                 (QStringList{QStringLiteral("Price / 1K"), QStringLiteral("Service"),
                              QStringLiteral("ID"), QStringLiteral("Refill")}));
        const QList<ExpectedRow> expected = trickyRowsByPriceDescending();
        QCOMPARE(rows.size(), expected.size() + 1);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ExpectedRow &row = expected.at(i);
            const QStringList fields = rows.at(i + 1);
            QCOMPARE(fields.size(), 4);
            QCOMPARE(fields.at(0), row.price);
            QCOMPARE(fields.at(1),
                     (formulaGuard && row.guarded ? QStringLiteral("'") : QString()) + row.name);
            QCOMPARE(fields.at(2), row.id);
            QCOMPARE(fields.at(3), words
                                       ? (row.refill ? QStringLiteral("yes") : QStringLiteral("no"))
                                       : (row.refill ? QStringLiteral("1") : QStringLiteral("0")));
        }
    }

    void shouldWriteNumbersTheWayTheLocalesSpreadsheetReadsThem_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<CsvWriter::NumberFormat>("format");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QChar>("decimalMark");

        const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const auto locale = CsvWriter::NumberFormat::Locale;
        const auto raw = CsvWriter::NumberFormat::Raw;
        QTest::newRow("Indonesian spreadsheet")
            << indonesian << locale << QChar(u';') << QChar(u',');
        QTest::newRow("English spreadsheet") << english << locale << QChar(u',') << QChar(u'.');
        QTest::newRow("German spreadsheet")
            << QLocale(QLocale::German, QLocale::Germany) << locale << QChar(u';') << QChar(u',');
        QTest::newRow("Indonesian program") << indonesian << raw << QChar(u',') << QChar(u'.');
        QTest::newRow("English program") << english << raw << QChar(u',') << QChar(u'.');
    }

    void shouldWriteNumbersTheWayTheLocalesSpreadsheetReadsThem()
    {
        QFETCH(QLocale, locale);
        QFETCH(CsvWriter::NumberFormat, format);
        QFETCH(QChar, separator);
        QFETCH(QChar, decimalMark);

        // The default locale must not matter: the spreadsheet follows the one given.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const CsvWriter::Options options =
            CsvWriter::withNumberFormat(plainOptions(), format, locale);
        QCOMPARE(options.separator, separator);
        QCOMPARE(options.decimalMark, decimalMark);
        QVERIFY(!options.byteOrderMark);

        ServiceTableModel model;
        model.setServices(trickyServices());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);
        proxy.setFilterKeyColumn(ServiceTableModel::CategoryColumn);
        proxy.setFilterFixedString(QStringLiteral("Shown"));
        proxy.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const QList<int> columns{ServiceTableModel::PriceColumn, ServiceTableModel::NameColumn,
                                 ServiceTableModel::IdColumn, ServiceTableModel::UnitPriceColumn};
        const auto result = CsvWriter(options).writeToFile(proxy, columns, path);
        QVERIFY2(result.isComplete(), qPrintable(result.error));

        QString error;
        const Rows rows = PythonCsvReader::read(path, separator, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<ExpectedRow> expected = trickyRowsByPriceDescending();
        QCOMPARE(rows.size(), expected.size() + 1);
        const auto inLocale = [&](QString number) {
            return number.replace(u'.', decimalMark);
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ExpectedRow &row = expected.at(i);
            const QStringList fields = rows.at(i + 1);
            QCOMPARE(fields.size(), 4);
            // Unformatted otherwise: no thousands separators, no "Rp".
            QCOMPARE(fields.at(0), inLocale(row.price));
            QCOMPARE(fields.at(1), (row.guarded ? QStringLiteral("'") : QString()) + row.name);
            QCOMPARE(fields.at(2), row.id);
            const double unitPrice = row.price.toDouble() / 1000;
            QCOMPARE(fields.at(3), inLocale(ServiceFormatter::plainNumber(unitPrice)));
        }
        // A spreadsheet set to the locale reads the price back exactly; a program, in C.
        const QLocale reader = format == CsvWriter::NumberFormat::Locale ? locale : QLocale::c();
        bool ok = false;
        QCOMPARE(reader.toDouble(rows.at(1).at(0), &ok), 1234567.125);
        QVERIFY(ok);
    }

    // A decimal comma with a comma separator still reads back: the number is quoted.
    void shouldQuoteANumberWhoseDecimalMarkIsTheSeparator()
    {
        CsvWriter::Options options = plainOptions();
        options.decimalMark = u',';
        ServiceTableModel model;
        model.setServices(
            {makeService(1, 2.5, QStringLiteral("a")), makeService(2, 3, QStringLiteral("b"))});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result = CsvWriter(options).write(
            model, {ServiceTableModel::IdColumn, ServiceTableModel::PriceColumn}, &buffer);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(buffer.data(), QByteArray("ID,Price / 1K\r\n1,\"2,5\"\r\n2,3\r\n"));
    }

    // Panels' prices go out exactly as written, converted prices to the rupiah cent, and a
    // service without a rate gets an empty cell, never 0.
    void shouldWriteExactPricesAndRupiahToTheCent_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QChar>("decimalMark");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("raw") << QChar(u',') << QChar(u'.')
                             << QByteArray("ID,Panel,Currency,Price / 1K,Price / 1K (Rp)\r\n"
                                           "1,Kratos,IDR,24865.6,24865.60\r\n"
                                           "2,Peakerr,USD,0.0450123,731.46\r\n"
                                           "3,Zeta,XAU,1.5,\r\n"
                                           "4,Peakerr,USD,2,\r\n"
                                           "5,Peakerr,USD,6.6337000,107798.44\r\n");
        QTest::newRow("locale") << QChar(u';') << QChar(u',')
                                << QByteArray("ID;Panel;Currency;Price / 1K;Price / 1K (Rp)\r\n"
                                              "1;Kratos;IDR;24865,6;24865,60\r\n"
                                              "2;Peakerr;USD;0,0450123;731,46\r\n"
                                              "3;Zeta;XAU;1,5;\r\n"
                                              "4;Peakerr;USD;2;\r\n"
                                              "5;Peakerr;USD;6,6337000;107798,44\r\n");
        QTest::newRow("comma mark, comma separator")
            << QChar(u',') << QChar(u',')
            << QByteArray("ID,Panel,Currency,Price / 1K,Price / 1K (Rp)\r\n"
                          "1,Kratos,IDR,\"24865,6\",\"24865,60\"\r\n"
                          "2,Peakerr,USD,\"0,0450123\",\"731,46\"\r\n"
                          "3,Zeta,XAU,\"1,5\",\r\n"
                          "4,Peakerr,USD,2,\r\n"
                          "5,Peakerr,USD,\"6,6337000\",\"107798,44\"\r\n");
    }

    void shouldWriteExactPricesAndRupiahToTheCent()
    {
        QFETCH(QChar, separator);
        QFETCH(QChar, decimalMark);
        QFETCH(QByteArray, expected);
        Service rupiah = makeService(1, 24865.6, QStringLiteral("built-in"));
        Service dollars = makeService(2, 0.0450123, QStringLiteral("dollars"));
        dollars.panel = QStringLiteral("Peakerr");
        dollars.currency = QStringLiteral("USD");
        dollars.priceExact = QStringLiteral("0.0450123");
        Service noRate = makeService(3, 1.5, QStringLiteral("no rate"));
        noRate.panel = QStringLiteral("Zeta");
        noRate.currency = QStringLiteral("XAU");
        Service junk = dollars;
        junk.id = 4;
        junk.price = 2;
        junk.priceExact = QStringLiteral("2e0"); // unreadable: the double is all there is
        Service trailing = dollars;
        trailing.id = 5;
        trailing.price = 6.6337;
        trailing.priceExact = QStringLiteral("6.6337000");
        ServiceTableModel model;
        model.setServices({rupiah, dollars, noRate, junk, trailing});
        ExchangeRates rates;
        rates.setRate(QStringLiteral("USD"),
                      {*Decimal::parse(u"1"), {}, ExchangeRates::Source::SetByHand});
        rates.setRateForThisRun(QStringLiteral("USD"), *Decimal::parse(u"16250.12345"));
        model.setExchangeRates(rates);

        CsvWriter::Options options = plainOptions();
        options.separator = separator;
        options.decimalMark = decimalMark;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result = CsvWriter(options).write(
            model,
            {ServiceTableModel::IdColumn, ServiceTableModel::PanelColumn,
             ServiceTableModel::CurrencyColumn, ServiceTableModel::PriceColumn,
             ServiceTableModel::PriceIdrColumn},
            &buffer);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(buffer.data(), expected);
    }

    void shouldRefuseADecimalMarkThatBreaksTheFile_data()
    {
        QTest::addColumn<QChar>("decimalMark");
        QTest::newRow("quote") << QChar(u'"');
        QTest::newRow("line feed") << QChar(u'\n');
        QTest::newRow("digit") << QChar(u'7');
        QTest::newRow("minus") << QChar(u'-');
        QTest::newRow("none") << QChar();
    }

    void shouldRefuseADecimalMarkThatBreaksTheFile()
    {
        QFETCH(QChar, decimalMark);
        CsvWriter::Options options = plainOptions();
        options.decimalMark = decimalMark;
        ServiceTableModel model;
        model.setServices({makeService(1, 2.5, QStringLiteral("a"))});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            CsvWriter(options).write(model, {ServiceTableModel::PriceColumn}, &buffer);
        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(QStringLiteral("decimal mark")), qPrintable(result.error));
        QCOMPARE(buffer.data(), QByteArray());
    }

    void shouldQuoteAndGuardFieldsExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("formulaGuard");
        QTest::addColumn<QByteArray>("field");

        const QChar comma = u',';
        QTest::newRow("plain") << QStringLiteral("Views HQ") << comma << true
                               << QByteArray("Views HQ");
        QTest::newRow("empty") << QString() << comma << true << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << comma << true << QByteArray("\"a,b\"");
        QTest::newRow("comma, semicolon separator")
            << QStringLiteral("a,b") << QChar(u';') << true << QByteArray("a,b");
        QTest::newRow("semicolon, semicolon separator")
            << QStringLiteral("a;b") << QChar(u';') << true << QByteArray("\"a;b\"");
        QTest::newRow("tab, tab separator")
            << QStringLiteral("a\tb") << QChar(u'\t') << true << QByteArray("\"a\tb\"");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"") << comma << true
                                << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only quotes")
            << QStringLiteral("\"\"") << comma << true << QByteArray("\"\"\"\"\"\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << comma << true
                              << QByteArray("\"a\r\nb\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << comma << true << QByteArray("\"a\nb\"");
        QTest::newRow("leading space")
            << QStringLiteral(" a") << comma << true << QByteArray("\" a\"");
        QTest::newRow("trailing space")
            << QStringLiteral("a ") << comma << true << QByteArray("\"a \"");
        QTest::newRow("emoji") << QStringLiteral("Views 🇮🇩 😀") << comma << true
                               << QStringLiteral("Views 🇮🇩 😀").toUtf8();
        QTest::newRow("=") << QStringLiteral("=1+2") << comma << true << QByteArray("'=1+2");
        QTest::newRow("+") << QStringLiteral("+62 812") << comma << true << QByteArray("'+62 812");
        QTest::newRow("- (text, not a number)")
            << QStringLiteral("-5") << comma << true << QByteArray("'-5");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << comma << true
                           << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << comma << true << QByteArray("'\tx");
        QTest::newRow("tab, tab separator, guarded")
            << QStringLiteral("\tx") << QChar(u'\t') << true << QByteArray("\"'\tx\"");
        QTest::newRow("CR") << QStringLiteral("\rx") << comma << true << QByteArray("\"'\rx\"");
        QTest::newRow("guarded, quoted and doubled")
            << QStringLiteral("=A1,\"x\"") << comma << true << QByteArray("\"'=A1,\"\"x\"\"\"");
        QTest::newRow("= unguarded")
            << QStringLiteral("=1+2") << comma << false << QByteArray("=1+2");
        QTest::newRow("tab unguarded")
            << QStringLiteral("\tx") << comma << false << QByteArray("\"\tx\"");
        QTest::newRow("= in the middle")
            << QStringLiteral("a=b") << comma << true << QByteArray("a=b");
    }

    void shouldQuoteAndGuardFieldsExactly()
    {
        QFETCH(QString, name);
        QFETCH(QChar, separator);
        QFETCH(bool, formulaGuard);
        QFETCH(QByteArray, field);

        CsvWriter::Options options = plainOptions();
        options.separator = separator;
        options.formulaGuard = formulaGuard;
        QCOMPARE(writeName(name, options), QByteArray("Service\r\n" + field + "\r\n"));
    }

    void shouldWriteNumbersRawWhateverTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("Indonesian") << QLocale(QLocale::Indonesian, QLocale::Indonesia);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    void shouldWriteNumbersRawWhateverTheLocale()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);

        Service big = makeService(9007199254740993ULL, 24866.5, QStringLiteral("Big"));
        big.min = 1000000;
        big.max = Service::UnlimitedMax;
        big.refill = true;
        big.active = false;
        Service largest = makeService(18446744073709551615ULL, 0.5, QStringLiteral("Largest"));
        largest.min = 0;
        largest.max = 5;
        Service negative = makeService(3, -5, QStringLiteral("Negative"));
        negative.min = -7;
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices({big, largest, negative});

        const QList<int> numbersAndFlags = {
            ServiceTableModel::IdColumn,        ServiceTableModel::PriceColumn,
            ServiceTableModel::UnitPriceColumn, ServiceTableModel::MinColumn,
            ServiceTableModel::MaxColumn,       ServiceTableModel::RefillColumn,
            ServiceTableModel::StatusColumn};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result = CsvWriter(plainOptions()).write(model, numbersAndFlags, &buffer);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(buffer.data(),
                 QByteArray("ID,Price / 1K,Price / unit,Min,Max,Refill,Status\r\n"
                            "9007199254740993,24866.5,24.8665,1000000,2147483647,1,0\r\n"
                            "18446744073709551615,0.5,0.0005,0,5,0,1\r\n"
                            "3,-5,-0.005,-7,5000,0,1\r\n"));
    }

    void shouldWritePricesLikeThePlainNumberFormatter_data()
    {
        QTest::addColumn<double>("price");
        for (double price : {0.5, 25947.0, 24866.5, 0.205, 0.1 + 0.2, 1e-7, 123456789.125,
                             9007199254740993.0, 1e22, 1e23, 0.0, -0.0, -5.0, 5e-324})
            QTest::addRow("%.17g", price) << price;
    }

    void shouldWritePricesLikeThePlainNumberFormatter()
    {
        QFETCH(double, price);
        ServiceTableModel model;
        model.setServices({makeService(1, price, QStringLiteral("x"))});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            CsvWriter(plainOptions()).write(model, {ServiceTableModel::PriceColumn}, &buffer);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(buffer.data(),
                 QByteArray("Price / 1K\r\n" + ServiceFormatter::plainNumber(price).toLatin1()
                            + "\r\n"));
    }

    void shouldStartWithAByteOrderMarkOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("on") << true << QByteArray("\xEF\xBB\xBFID,");
        QTest::newRow("off") << false << QByteArray("ID,");
    }

    void shouldStartWithAByteOrderMarkOnlyWhenAsked()
    {
        QFETCH(bool, byteOrderMark);
        QFETCH(QByteArray, start);
        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("x"))});
        CsvWriter::Options options;
        options.byteOrderMark = byteOrderMark;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(
            CsvWriter(options)
                .write(model, {ServiceTableModel::IdColumn, ServiceTableModel::NameColumn}, &buffer)
                .isComplete());
        QCOMPARE(buffer.data().left(start.size()), start);
        QCOMPARE(buffer.data().count("\xEF\xBB\xBF"), byteOrderMark ? 1 : 0);
    }

    void shouldBeOnByDefault()
    {
        const CsvWriter::Options options;
        QCOMPARE(options.separator, QChar(u','));
        QVERIFY(options.byteOrderMark);
        QVERIFY(options.formulaGuard);
        QCOMPARE(options.booleans, CsvWriter::BooleanStyle::Digits);
    }

    void shouldWriteBooleansAsDigitsOrWords_data()
    {
        QTest::addColumn<CsvWriter::BooleanStyle>("style");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("digits") << CsvWriter::BooleanStyle::Digits
                                << QByteArray("Refill,Status\r\n1,0\r\n0,1\r\n");
        QTest::newRow("words") << CsvWriter::BooleanStyle::Words
                               << QByteArray("Refill,Status\r\nyes,no\r\nno,yes\r\n");
    }

    void shouldWriteBooleansAsDigitsOrWords()
    {
        QFETCH(CsvWriter::BooleanStyle, style);
        QFETCH(QByteArray, expected);
        Service refilledInactive = makeService(1, 1, QStringLiteral("a"), true, true);
        refilledInactive.active = false;
        ServiceTableModel model;
        model.setServices({refilledInactive, makeService(2, 1, QStringLiteral("b"))});
        CsvWriter::Options options = plainOptions();
        options.booleans = style;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvWriter(options)
                    .write(model,
                           {ServiceTableModel::RefillColumn, ServiceTableModel::StatusColumn},
                           &buffer)
                    .isComplete());
        QCOMPARE(buffer.data(), expected);
    }

    void shouldEndEveryLineWithCrLf()
    {
        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("a")),
                           makeService(2, 2, QStringLiteral("b")),
                           makeService(3, 3, QStringLiteral("c"))});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(
            CsvWriter(plainOptions())
                .write(model, {ServiceTableModel::IdColumn, ServiceTableModel::NameColumn}, &buffer)
                .isComplete());
        QCOMPARE(buffer.data(), QByteArray("ID,Service\r\n1,a\r\n2,b\r\n3,c\r\n"));
    }

    void shouldWriteOnlyTheHeaderForAnEmptyModel()
    {
        ServiceTableModel model;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            CsvWriter(plainOptions()).write(model, {ServiceTableModel::NameColumn}, &buffer);
        QVERIFY(result.isComplete());
        QCOMPARE(result.rowsWritten, 0);
        QCOMPARE(buffer.data(), QByteArray("Service\r\n"));
    }

    void shouldWriteLargeExportsCompletelyInChunks()
    {
        const int count = 30000;
        ServiceTableModel model;
        model.setServices(manyServices(count));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result =
            CsvWriter(plainOptions())
                .write(model, {ServiceTableModel::IdColumn, ServiceTableModel::NameColumn},
                       &buffer);
        QVERIFY(result.isComplete());
        QCOMPARE(result.rowsWritten, count);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), count + 2); // header, rows, and the empty rest after the last LF
        QCOMPARE(lines.at(1), QByteArray("1,\"Service number 0, the usual\"\r"));
        QCOMPARE(lines.at(count), QByteArray("30000,\"Service number 29999, the usual\"\r"));
    }

    void shouldReportProgressUpToTheTotal()
    {
        const int count = 10000;
        ServiceTableModel model;
        model.setServices(manyServices(count));
        QList<qsizetype> done;
        QList<qsizetype> totals;
        CsvWriter writer(plainOptions());
        writer.setProgressCallback([&](qsizetype rows, qsizetype total) {
            done << rows;
            totals << total;
            return true;
        });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writer.write(model, {ServiceTableModel::IdColumn}, &buffer).isComplete());
        QVERIFY(done.size() >= 3);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(done.last(), qsizetype(count));
        QCOMPARE(done.count(count), 1);
        QCOMPARE(totals, QList<qsizetype>(done.size(), count));
    }

    void shouldStopWhenProgressSaysCancel()
    {
        const int count = 10000;
        ServiceTableModel model;
        model.setServices(manyServices(count));
        int calls = 0;
        CsvWriter writer(plainOptions());
        writer.setProgressCallback([&](qsizetype, qsizetype) { return ++calls < 1; });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result = writer.write(model, {ServiceTableModel::IdColumn}, &buffer);
        QVERIFY(result.cancelled);
        QVERIFY(!result.isError());
        QVERIFY(!result.isComplete());
        QCOMPARE(calls, 1);
        QVERIFY(result.rowsWritten < count);
        QCOMPARE(buffer.data().count('\n'), result.rowsWritten + 1);
    }

    void shouldRefuseAnOutputItCannotWriteTo()
    {
        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("x"))});
        const CsvWriter writer;
        const QList<int> columns = {ServiceTableModel::NameColumn};

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QBuffer closed;
        for (QIODevice *device :
             {static_cast<QIODevice *>(&readOnly), static_cast<QIODevice *>(&closed),
              static_cast<QIODevice *>(nullptr)}) {
            const auto result = writer.write(model, columns, device);
            QVERIFY(result.isError());
            QVERIFY(!result.error.isEmpty());
            QCOMPARE(result.rowsWritten, 0);
        }
        QVERIFY(readOnly.data().isEmpty());
    }

    void shouldReportADeviceThatFailsMidway()
    {
        ServiceTableModel model;
        model.setServices(manyServices(20000));
        FailingDevice device(100000);
        device.open(QIODevice::WriteOnly);
        const auto result = CsvWriter().write(model, priceNameIdRefill(), &device);
        QVERIFY(result.isError());
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(QStringLiteral("No space left on the fake device")),
                 qPrintable(result.error));
        QVERIFY(result.rowsWritten < 20000);
        QVERIFY(device.written().size() <= 100000);
    }

    void shouldRejectUnusableSeparatorsAndColumns_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QList<int>>("columns");
        const QList<int> name = {ServiceTableModel::NameColumn};
        QTest::newRow("quote separator") << QChar(u'"') << name;
        QTest::newRow("LF separator") << QChar(u'\n') << name;
        QTest::newRow("CR separator") << QChar(u'\r') << name;
        QTest::newRow("null separator") << QChar() << name;
        QTest::newRow("no columns") << QChar(u',') << QList<int>();
        QTest::newRow("column past the end") << QChar(u',') << QList<int>{0, 42};
        QTest::newRow("negative column") << QChar(u',') << QList<int>{-1};
    }

    void shouldRejectUnusableSeparatorsAndColumns()
    {
        QFETCH(QChar, separator);
        QFETCH(QList<int>, columns);
        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("x"))});
        CsvWriter::Options options;
        options.separator = separator;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto result = CsvWriter(options).write(model, columns, &buffer);
        QVERIFY(result.isError());
        QVERIFY(buffer.data().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("untouched.csv"));
        writeFile(path, "old");
        QVERIFY(CsvWriter(options).writeToFile(model, columns, path).isError());
        QCOMPARE(readAll(path), QByteArray("old"));
    }

    void shouldFailForAPathThatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("missing directory") << QStringLiteral("missing/export.csv");
        QTest::newRow("parent is a regular file") << QStringLiteral("file.txt/export.csv");
        QTest::newRow("path is a directory") << QStringLiteral("directory");
    }

    void shouldFailForAPathThatCannotBeWritten()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("file.txt")), "a file");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("directory")));
        const QString path = dir.filePath(relativePath);

        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("x"))});
        const auto result = CsvWriter().writeToFile(model, {ServiceTableModel::NameColumn}, path);
        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("file.txt"))), QByteArray("a file"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("directory"))).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 (QStringList{QStringLiteral("directory"), QStringLiteral("file.txt")}));
    }

    void shouldFailForAnEmptyPath()
    {
        ServiceTableModel model;
        const auto result = CsvWriter().writeToFile(model, {ServiceTableModel::NameColumn}, {});
        QVERIFY(result.isError());
    }

    void shouldReplaceAnExistingFileWhenTheExportSucceeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        writeFile(path, "old contents that are longer than the new ones");
        ServiceTableModel model;
        model.setServices({makeService(1, 1, QStringLiteral("x"))});
        const auto result =
            CsvWriter(plainOptions()).writeToFile(model, {ServiceTableModel::NameColumn}, path);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(readAll(path), QByteArray("Service\r\nx\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("export.csv")});
    }

    void shouldLeaveTheExistingFileUntouchedWhenCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const QByteArray old("old,contents\r\n");
        writeFile(path, old);
        ServiceTableModel model;
        model.setServices(manyServices(10000));
        CsvWriter writer;
        writer.setProgressCallback([](qsizetype done, qsizetype) { return done < 8000; });
        const auto result = writer.writeToFile(model, priceNameIdRefill(), path);
        QVERIFY(result.cancelled);
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("export.csv")});
    }

    void shouldLeaveTheExistingFileUntouchedWhenTheDiskFails()
    {
#ifdef Q_OS_LINUX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const QByteArray old("old,contents\r\n");
        writeFile(path, old);
        ServiceTableModel model;
        model.setServices(manyServices(20000));

        // A file size limit fails writes even for root, as a full disk would.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const auto result = CsvWriter().writeToFile(model, priceNameIdRefill(), path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("export.csv")});
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void shouldSayTheDiskIsFullAndKeepTheExistingFile()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        const SmallDisk disk(mountPoint);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.error()));
        const QString path = QDir(mountPoint).filePath(QStringLiteral("export.csv"));
        const QByteArray old("old,contents\r\n");
        writeFile(path, old);
        ServiceTableModel model;
        model.setServices(manyServices(20000)); // about 1 MB of CSV

        const auto result = CsvWriter().writeToFile(model, priceNameIdRefill(), path);
        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(mountPoint).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("export.csv")});
    }

    void shouldSayTheDiskIsFullOnStandardOutput()
    {
#ifdef Q_OS_LINUX
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("needs /dev/full");
        ServiceTableModel model;
        model.setServices(manyServices(20000));

        std::fflush(stdout);
        const int savedStdout = ::dup(STDOUT_FILENO);
        QVERIFY(savedStdout >= 0);
        ::dup2(full.handle(), STDOUT_FILENO);
        const auto result =
            CsvWriter().writeToFile(model, priceNameIdRefill(), QStringLiteral("-"));
        std::clearerr(stdout);
        ::dup2(savedStdout, STDOUT_FILENO);
        ::close(savedStdout);

        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(result.error));
#else
        QSKIP("needs /dev/full");
#endif
    }

    void shouldWriteToStandardOutputForADash()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stdout.csv"));
        QFile capture(path);
        QVERIFY(capture.open(QIODevice::WriteOnly));
        ServiceTableModel model;
        model.setServices({makeService(1, 0.5, QStringLiteral("x"))});

        std::fflush(stdout);
        const int savedStdout = ::dup(STDOUT_FILENO);
        QVERIFY(savedStdout >= 0);
        ::dup2(capture.handle(), STDOUT_FILENO);
        const auto result =
            CsvWriter(plainOptions())
                .writeToFile(model, {ServiceTableModel::IdColumn, ServiceTableModel::PriceColumn},
                             QStringLiteral("-"));
        std::fflush(stdout);
        ::dup2(savedStdout, STDOUT_FILENO);
        ::close(savedStdout);
        capture.close();

        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QCOMPARE(readAll(path), QByteArray("ID,Price / 1K\r\n1,0.5\r\n"));
#else
        QSKIP("redirects the stdout file descriptor");
#endif
    }
};

QTEST_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
