// SPDX-License-Identifier: MIT
#include "shoppricelist.h"

#include "pythoncsvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShopPriceList : public QObject
{
    Q_OBJECT

private:
    static Service service(quint64 id, double price, const QString &name, const QString &note,
                           const QString &currency = {})
    {
        Service s;
        s.id = id;
        s.name = name;
        s.note = note;
        s.category = u"[IG] Instagram Likes Indonesia"_s;
        s.price = price;
        s.currency = currency;
        s.min = 100;
        s.max = Service::UnlimitedMax;
        return s;
    }

    // Five services as panels send them: an HTML note, a name a spreadsheet would run, a note
    // with line breaks and quotes, a dollar price with a rate and one without.
    static TableSnapshot::Contents contents()
    {
        TableSnapshot::Contents contents;
        contents.services = {
            service(1, 1000, u"IG Likes Real | R30"_s, u"<b>Garansi</b> 30 hari &amp; cepat"_s),
            service(2, 12345, u"=HYPERLINK(\"x\")"_s, {}),
            service(3, 500, u"Likes, \"HQ\""_s, u"<p>Line one</p><p>-line two</p>"_s),
            service(4, 0.5, u"USD likes"_s, {}, u"USD"_s),
            service(5, 0.7, u"EUR likes"_s, {}, u"EUR"_s),
        };
        contents.services[1].category = u"[-] Other"_s;
        contents.services[1].min = 0;
        contents.services[1].max = 5000;
        contents.pricing.markupPercent = 10;
        contents.pricing.roundingStep = 100;
        contents.pricing.categoryMarkupPercent.insert(u"[-] Other"_s, 0);
        contents.rates.setRateForThisRun(u"USD"_s, Decimal::parse(u"16000"_s).value());
        contents.rows = {2, 0, 1, 3, 4}; // the order shown
        return contents;
    }

    static QList<QStringList> writeAndRead(ShopPriceList::Layout layout,
                                           ShopPriceList::Result *result = nullptr)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.csv"_s);
        const ShopPriceList::Result written = ShopPriceList::write(contents(), layout, path);
        if (result)
            *result = written;
        QString error;
        const QList<QStringList> rows = PythonCsvReader::read(path, u',', &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rows;
    }

private Q_SLOTS:
    void shouldWriteThePanelScriptLayoutWithSellingPrices()
    {
        ShopPriceList::Result result;
        const QList<QStringList> rows = writeAndRead(ShopPriceList::Layout::PanelScript, &result);
        QVERIFY(!result.written.isError());
        QCOMPARE(result.written.rowsWritten, 4);
        QCOMPARE(result.withoutPrice, 1);
        const QList<QStringList> expected = {
            {u"kategori"_s, u"layanan"_s, u"catatan"_s, u"min"_s, u"max"_s, u"harga"_s},
            {u"[IG] Instagram Likes Indonesia"_s, u"Likes, \"HQ\""_s, u"Line one\n-line two"_s,
             u"100"_s, u"2147483647"_s, u"600"_s},
            {u"[IG] Instagram Likes Indonesia"_s, u"IG Likes Real | R30"_s,
             u"Garansi 30 hari & cepat"_s, u"100"_s, u"2147483647"_s, u"1100"_s},
            {u"[-] Other"_s, u"'=HYPERLINK(\"x\")"_s, QString(), u"0"_s, u"5000"_s, u"12400"_s},
            // 0.5 USD at 16,000 is Rp 8,000; 10% on top is 8,800.
            {u"[IG] Instagram Likes Indonesia"_s, u"USD likes"_s, QString(), u"100"_s,
             u"2147483647"_s, u"8800"_s},
        };
        QCOMPARE(rows, expected);
    }

    void shouldStartThePanelScriptLayoutWithoutAByteOrderMark()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.csv"_s);
        QVERIFY(!ShopPriceList::write(contents(), ShopPriceList::Layout::PanelScript, path)
                     .written.isError());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("kategori,layanan,catatan,min,max,harga\r\n"));
    }

    void shouldWriteTheGenericLayoutInEnglish()
    {
        const QList<QStringList> rows = writeAndRead(ShopPriceList::Layout::Generic);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), (QStringList{u"category"_s, u"service"_s, u"note"_s, u"min"_s,
                                          u"max"_s, u"price_idr"_s}));
        QCOMPARE(rows.at(2).at(5), u"1100"_s);
    }

    void shouldWriteDecimalPricesWithAPointWithoutRounding()
    {
        TableSnapshot::Contents unrounded = contents();
        unrounded.pricing.roundingStep = 0;
        unrounded.rows = {0};
        unrounded.services[0].price = 1234.5;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shop.csv"_s);
        QVERIFY(!ShopPriceList::write(unrounded, ShopPriceList::Layout::PanelScript, path)
                     .written.isError());
        QString error;
        const QList<QStringList> rows = PythonCsvReader::read(path, u',', &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(5), u"1357.95"_s);
    }

    void shouldLeaveAnUnwritableFileAloneWithAMessage()
    {
        const ShopPriceList::Result result = ShopPriceList::write(
            contents(), ShopPriceList::Layout::PanelScript, u"/nonexistent-dir/shop.csv"_s);
        QVERIFY(result.written.isError());
        QVERIFY(result.written.error.contains(u"/nonexistent-dir/shop.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestShopPriceList)
#include "test_shoppricelist.moc"
