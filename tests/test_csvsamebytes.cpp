// SPDX-License-Identifier: MIT
// CsvWriter writes the app's own models (the table, the view, a snapshot) straight from the
// services; any other model goes through data() cell by cell. Both must give the same bytes: the
// cell-by-cell path, read here through a QIdentityProxyModel, is the reference.
#include "csvwriter.h"
#include "exchangerates.h"
#include "pricecomparison.h"
#include "resellerpricing.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "tablesnapshot.h"

#include <QBuffer>
#include <QIdentityProxyModel>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Services as messy as panels send them: texts that need quoting or a formula guard, unicode
// (a lone surrogate too), empty texts, exact prices as text, other currencies with and without
// a rate, odd numbers.
ServiceList messyServices(int count, double priceFactor = 1)
{
    static const QString Texts[] = {
        u"Instagram Likes | Real"_s,
        u"Views, fast"_s,
        u"He said \"hi\""_s,
        u"Line one\r\nline two"_s,
        u"Bare\nnewline, 🇮🇩 and 😀"_s,
        u"=HYPERLINK(\"http://x\")"_s,
        u"+1 follower"_s,
        u"-2 likes"_s,
        u"@mention"_s,
        u"\tTabbed"_s,
        u"\rCarriage return"_s,
        u"  padded  "_s,
        u" lead"_s,
        u"trail\t"_s,
        u"semi;colon"_s,
        u"tab\there"_s,
        u"Pengikut Indonesia Aktif — murah ✓"_s,
        u"Café crème Ünïcödé 日本語"_s,
        QString(),
        u""_s,
        u"\""_s,
        u"'quote'"_s,
        u"Server 10"_s,
        u"server 9"_s,
        QString(QChar(0xD83D)) + u" lone high"_s,
        u"lone low "_s + QChar(0xDE00),
        u"ends high "_s + QChar(0xD83D),
        QString(QChar(QChar::ByteOrderMark)) + u"bom inside"_s,
        u"nul\0inside"_s,
        u"<p><b>Start:</b> 0-1 hour</p><ul><li>Speed: fast</li></ul>"_s,
        u"Link: <br>https://x.invalid/p<br><i>Do not change</i> &amp; more"_s,
        // Past the first blocks of 8 code units the writer checks at once.
        u"12345678"_s,
        u"Twenty-three ASCII char, then; a tab\tand a comma"_s,
        u"Sixteen chars ok\"a quote after sixteen"_s,
        u"A long name with a line break here\nand more text after it\r"_s,
        u"Seventeen ASCII c ⭐ then more ASCII text past the star ⭐ 🇮🇩 and the end"_s,
        u"A long ASCII run before a lone surrogate "_s + QChar(0xD800) + u" and after it"_s,
    };
    static const QString Exact[] = {
        u""_s,    u"0.0450"_s, u"12"_s,        u"-1.5"_s,  u"0.0"_s,
        u"1e5"_s, u"abc"_s,    u"107800.88"_s, u"00012"_s, u"123456789012345678.123456789"_s};
    static const QString Currencies[] = {u""_s, u"IDR"_s, u"USD"_s, u"EUR"_s, u"usd"_s};
    static const double Prices[] = {
        0,    0.5,  1,    24866.5,  0.205,  1e-7,      -3.25,
        1e15, 1e22, -0.0, 7.1e-310, 2500.0, 0.1 + 0.2, 9007199254740993.0,
        -7,   100,  3e9,  212076,   0.001,  65536,     4503599627370495.5};
    static const qint64 Quantities[] = {0,
                                        10,
                                        -5,
                                        1000,
                                        Service::UnlimitedMax,
                                        std::numeric_limits<qint64>::max(),
                                        std::numeric_limits<qint64>::min()};
    QRandomGenerator rng(42);
    const auto pick = [&](const auto &list) {
        return list[rng.bounded(int(std::size(list)))];
    };
    ServiceList services;
    for (int i = 0; i < count; ++i) {
        Service service;
        service.id = i % 17 == 0 ? std::numeric_limits<quint64>::max() - quint64(i) : quint64(i);
        service.panel = i % 3 == 0 ? QString() : pick(Texts);
        service.currency = pick(Currencies);
        service.name = pick(Texts) + (i % 2 ? pick(Texts) : QString());
        service.note = pick(Texts);
        service.category = pick(Texts);
        service.type = pick(Texts);
        service.price = pick(Prices) * priceFactor;
        service.priceExact = pick(Exact);
        service.priceText = pick(Texts);
        service.min = pick(Quantities);
        service.max = pick(Quantities);
        service.refill = rng.bounded(2);
        service.active = rng.bounded(3);
        services.append(service);
    }
    return services;
}

QByteArray written(const CsvWriter &writer, const QAbstractItemModel &model,
                   const QList<int> &columns)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CsvWriter::Result result = writer.write(model, columns, &buffer);
    if (!result.isComplete())
        return "failed: " + result.error.toUtf8();
    if (result.rowsWritten != model.rowCount())
        return "wrote " + QByteArray::number(result.rowsWritten) + " rows";
    return buffer.data();
}

// The first line where two exports differ, for a readable failure.
QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray left = a.value(i, "(none)");
        const QByteArray right = e.value(i, "(none)");
        if (left != right)
            return "line " + QByteArray::number(i + 1)
                   + ":\n  fast: " + left.toPercentEncoding(" ,;\"'")
                   + "\n  cell: " + right.toPercentEncoding(" ,;\"'");
    }
    return {};
}

QList<int> allColumns()
{
    QList<int> columns;
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column)
        columns << column;
    // Twice, and out of order, as --columns may ask.
    columns << ServiceTableModel::PriceColumn << ServiceTableModel::NameColumn;
    return columns;
}

} // namespace

class TestCsvSameBytes : public QObject
{
    Q_OBJECT

private:
    ServiceTableModel m_table;
    ServiceViewModel m_view;

private Q_SLOTS:
    void init()
    {
        m_table.setServices(
            messyServices(6000, 1.5),
            PriceComparison::compare(messyServices(5000), messyServices(6000, 1.5)));
        ResellerPricing pricing;
        pricing.markupPercent = 12.5;
        pricing.roundingStep = 100;
        pricing.categoryMarkupPercent.insert(u"Views, fast"_s, -20);
        m_table.setResellerPricing(pricing);
        m_table.setOrderQuantity(750);
        ExchangeRates rates;
        QVERIFY(rates.setRate(u"USD"_s, {*Decimal::parse(u"16250.12345"), QDate(2026, 11, 30),
                                         ExchangeRates::Source::Fetched}));
        m_table.setExchangeRates(rates);
        m_view.setSourceModel(&m_table);
        m_view.sort(ServiceTableModel::PriceColumn, Qt::DescendingOrder);
        ServiceFilter filter;
        filter.refill = ServiceFilter::Refill::Yes;
        m_view.setFilter(filter);
        QTRY_VERIFY(!m_view.isFiltering());
        QVERIFY(m_view.rowCount() > 2000 && m_view.rowCount() < m_table.rowCount());
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void shouldWriteTheSameBytesStraightFromTheServices_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("numbers");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("byteOrderMark");
        QTest::addColumn<bool>("formulaGuard");
        QTest::addColumn<int>("booleans");
        QTest::addColumn<QString>("displayCurrency");

        const int raw = int(CsvWriter::NumberFormat::Raw);
        const int locale = int(CsvWriter::NumberFormat::Locale);
        const int digits = int(CsvWriter::BooleanStyle::Digits);
        const int words = int(CsvWriter::BooleanStyle::Words);
        QTest::newRow("defaults") << u"C"_s << raw << QChar(u',') << true << true << digits
                                  << u"IDR"_s;
        QTest::newRow("no BOM, no guard")
            << u"C"_s << raw << QChar(u',') << false << false << digits << u"IDR"_s;
        QTest::newRow("semicolon")
            << u"en_US"_s << raw << QChar(u';') << false << true << words << u"IDR"_s;
        QTest::newRow("tab") << u"C"_s << raw << QChar(u'\t') << true << true << digits << u"USD"_s;
        QTest::newRow("Indonesian numbers")
            << u"id_ID"_s << locale << QChar(u',') << true << true << words << u"IDR"_s;
        QTest::newRow("Indonesian numbers, dollars")
            << u"id_ID"_s << locale << QChar(u',') << false << false << digits << u"USD"_s;
        QTest::newRow("English numbers")
            << u"en_US"_s << locale << QChar(u',') << true << true << digits << u"EUR"_s;
        QTest::newRow("German numbers, tab")
            << u"de_DE"_s << locale << QChar(u'\t') << true << true << words << u"IDR"_s;
    }

    void shouldWriteTheSameBytesStraightFromTheServices()
    {
        QFETCH(QString, locale);
        QFETCH(int, numbers);
        QFETCH(QChar, separator);
        QFETCH(bool, byteOrderMark);
        QFETCH(bool, formulaGuard);
        QFETCH(int, booleans);
        QFETCH(QString, displayCurrency);
        QLocale::setDefault(QLocale(locale));
        ExchangeRates rates = m_table.exchangeRates();
        QVERIFY(rates.setDisplayCurrency(displayCurrency));
        m_table.setExchangeRates(rates);

        CsvWriter::Options options;
        options.separator = separator;
        options.byteOrderMark = byteOrderMark;
        options.formulaGuard = formulaGuard;
        options.booleans = CsvWriter::BooleanStyle(booleans);
        options =
            CsvWriter::withNumberFormat(options, CsvWriter::NumberFormat(numbers), QLocale(locale));
        if (numbers == int(CsvWriter::NumberFormat::Raw))
            options.separator = separator;
        const CsvWriter writer(options);
        const QList<int> columns = allColumns();

        TableSnapshot snapshot(TableSnapshot::take(m_view));
        const QList<const QAbstractItemModel *> models = {&m_table, &m_view, &snapshot};
        for (const QAbstractItemModel *model : models) {
            QIdentityProxyModel cellByCell;
            cellByCell.setSourceModel(const_cast<QAbstractItemModel *>(model));
            const QByteArray expected = written(writer, cellByCell, columns);
            const QByteArray actual = written(writer, *model, columns);
            QVERIFY2(expected.size() > 100'000, expected.left(200).constData());
            const QByteArray where = QByteArray(model->metaObject()->className()) + ", "
                                     + firstDifference(actual, expected);
            QVERIFY2(actual == expected, where.constData());
        }
    }

    void shouldWriteTheSameBytesForEveryColumnAlone()
    {
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
            QIdentityProxyModel cellByCell;
            cellByCell.setSourceModel(&m_view);
            const CsvWriter writer;
            const QByteArray expected = written(writer, cellByCell, {column});
            QCOMPARE(written(writer, m_view, {column}), expected);
        }
    }

    void shouldWriteTheSameBytesForAnEmptyView()
    {
        ServiceFilter filter;
        filter.terms = QStringList{u"nothing matches this"_s};
        m_view.setFilter(filter);
        QTRY_VERIFY(!m_view.isFiltering());
        QCOMPARE(m_view.rowCount(), 0);
        QIdentityProxyModel cellByCell;
        cellByCell.setSourceModel(&m_view);
        const CsvWriter writer;
        QCOMPARE(written(writer, m_view, allColumns()), written(writer, cellByCell, allColumns()));
    }
};

QTEST_GUILESS_MAIN(TestCsvSameBytes)
#include "test_csvsamebytes.moc"
