// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include "parallelparse.h"
#include "responsefile.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

#include <bit>

class TestResponseParser : public QObject
{
    Q_OBJECT

private:
    static QByteArray documentedExample()
    {
        QFile file(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open the documented example");
        return file.readAll();
    }

    static ParseResult parseRow(const QByteArray &row)
    {
        return ResponseParser::parse("{\"status\":true,\"data\":[" + row + "]}");
    }

    static void compareResults(const ParseResult &actual, const ParseResult &expected)
    {
        QCOMPARE(actual.error, expected.error);
        QCOMPARE(actual.panelMessage, expected.panelMessage);
        QCOMPARE(actual.services.size(), expected.services.size());
        for (qsizetype i = 0; i < actual.services.size(); ++i)
            QVERIFY2(actual.services.at(i) == expected.services.at(i),
                     qPrintable(QString::number(i)));
        QCOMPARE(actual.skippedRows.size(), expected.skippedRows.size());
        for (qsizetype i = 0; i < actual.skippedRows.size(); ++i) {
            QCOMPARE(actual.skippedRows.at(i).index, expected.skippedRows.at(i).index);
            QCOMPARE(actual.skippedRows.at(i).reason, expected.skippedRows.at(i).reason);
        }
        QCOMPARE(actual.rowsOverLimit, expected.rowsOverLimit);
        QCOMPARE(actual.fieldsShortened, expected.fieldsShortened);
        QCOMPARE(actual.minAboveMax, expected.minAboveMax);
    }

    static QByteArray plainRow(int id)
    {
        return "{\"id\":" + QByteArray::number(id) + ",\"name\":\"Likes " + QByteArray::number(id)
               + " \xc3\xa9\",\"category\":\"Category " + QByteArray::number(id % 3)
               + " with a name longer than twenty\",\"type\":\"Default\",\"note\":\"<b>Note "
               + QByteArray::number(id % 2) + "</b>\",\"price\":" + QByteArray::number(id * 7)
               + ",\"priceSatuan\":\"" + QByteArray::number(id * 7)
               + "\",\"min\":10,\"max\":1000,\"refill\":" + QByteArray::number(id % 2)
               + ",\"status\":1}";
    }

    static QByteArray plainRows(int count, const QByteArray &separator = ",")
    {
        QByteArrayList rows;
        for (int id = 1; id <= count; ++id)
            rows << plainRow(id);
        return rows.join(separator);
    }

private Q_SLOTS:
    void shouldReadTheDocumentedExampleExactly()
    {
        const ParseResult result = ResponseParser::parse(documentedExample());
        QVERIFY2(!result.isError(), qPrintable(result.error));
        QVERIFY(result.skippedRows.isEmpty());
        QCOMPARE(result.services.size(), 3);

        const quint64 ids[] = {3900, 3901, 26226};
        const double prices[] = {25947, 24866, 19028};
        const qint64 maxes[] = {100000000, 10000000, 10000000};
        const bool refills[] = {true, false, true};
        for (int i = 0; i < 3; ++i) {
            const Service &service = result.services.at(i);
            QCOMPARE(service.id, ids[i]);
            QCOMPARE(service.price, prices[i]);
            QCOMPARE(service.min, 100);
            QCOMPARE(service.max, maxes[i]);
            QCOMPARE(service.refill, refills[i]);
            QVERIFY2(service.active, "a missing status means active");
            QCOMPARE(service.category, QStringLiteral("[YT] Youtube Views [Real and Active]"));
            QCOMPARE(service.type, QStringLiteral("Youtube"));
        }
        QCOMPARE(result.services.at(0).priceText, QStringLiteral("25,947"));
        QCOMPARE(result.services.at(0).note, QStringLiteral("3 hours 25 minutes "));
        QVERIFY(result.services.at(2).name.endsWith(QStringLiteral("🇮🇩")));
    }

    void shouldAcceptPriceQuirks_data()
    {
        QTest::addColumn<QByteArray>("price");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << QByteArray("25947") << 25947.0;
        QTest::newRow("fraction") << QByteArray("24866.5") << 24866.5;
        QTest::newRow("small fraction") << QByteArray("0.205") << 0.205;
        QTest::newRow("string") << QByteArray("\"25947\"") << 25947.0;
        QTest::newRow("string thousands") << QByteArray("\"25,947\"") << 25947.0;
        QTest::newRow("string millions") << QByteArray("\"1,234,567\"") << 1234567.0;
        QTest::newRow("string thousands with fraction") << QByteArray("\"1,234.5\"") << 1234.5;
        QTest::newRow("string decimal point") << QByteArray("\"0.5\"") << 0.5;
        QTest::newRow("string decimal comma") << QByteArray("\"0,5\"") << 0.5;
        QTest::newRow("string with spaces") << QByteArray("\" 19028 \"") << 19028.0;
        QTest::newRow("exponent") << QByteArray("2.5e3") << 2500.0;
        QTest::newRow("many digits") << QByteArray("12345.678901234") << 12345.678901234;
    }

    void shouldAcceptPriceQuirks()
    {
        QFETCH(QByteArray, price);
        QFETCH(double, expected);
        const ParseResult result = parseRow("{\"id\":1,\"price\":" + price + "}");
        QVERIFY2(!result.isError(), qPrintable(result.error));
        QVERIFY2(result.skippedRows.isEmpty(), qPrintable(result.skippedSummary()));
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().price, expected);
    }

    void shouldAcceptFlagQuirks_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<bool>("refill");
        QTest::addColumn<bool>("active");
        QTest::newRow("numbers") << QByteArray("\"refill\":1,\"status\":0") << true << false;
        QTest::newRow("booleans") << QByteArray("\"refill\":true,\"status\":false") << true
                                  << false;
        QTest::newRow("strings") << QByteArray("\"refill\":\"1\",\"status\":\"0\"") << true
                                 << false;
        QTest::newRow("words") << QByteArray("\"refill\":\"true\",\"status\":\"inactive\"") << true
                               << false;
        QTest::newRow("nulls") << QByteArray("\"refill\":null,\"status\":null") << false << true;
        QTest::newRow("missing") << QByteArray("\"name\":\"x\"") << false << true;
        QTest::newRow("garbage") << QByteArray("\"refill\":\"maybe\",\"status\":[]") << false
                                 << true;
    }

    void shouldAcceptFlagQuirks()
    {
        QFETCH(QByteArray, fields);
        QFETCH(bool, refill);
        QFETCH(bool, active);
        const ParseResult result = parseRow("{\"id\":1,\"price\":10," + fields + "}");
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().refill, refill);
        QCOMPARE(result.services.first().active, active);
    }

    void shouldKeepLargeIdsExact_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << quint64(9007199254740993ULL);
        QTest::newRow("int64 max")
            << QByteArray("9223372036854775807") << quint64(9223372036854775807ULL);
        QTest::newRow("string 2^53 + 1")
            << QByteArray("\"9007199254740993\"") << quint64(9007199254740993ULL);
        QTest::newRow("string uint64 max")
            << QByteArray("\"18446744073709551615\"") << quint64(18446744073709551615ULL);
    }

    void shouldKeepLargeIdsExact()
    {
        QFETCH(QByteArray, id);
        QFETCH(quint64, expected);
        const ParseResult result = parseRow("{\"id\":" + id + ",\"price\":1}");
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().id, expected);
    }

    void shouldTreatHugeMaxAsUnlimited_data()
    {
        QTest::addColumn<QByteArray>("max");
        QTest::addColumn<bool>("unlimited");
        QTest::newRow("just below") << QByteArray("2147483646") << false;
        QTest::newRow("int max") << QByteArray("2147483647") << true;
        QTest::newRow("beyond") << QByteArray("99999999999") << true;
        QTest::newRow("string int max") << QByteArray("\"2147483647\"") << true;
        QTest::newRow("missing") << QByteArray() << true;
    }

    void shouldTreatHugeMaxAsUnlimited()
    {
        QFETCH(QByteArray, max);
        QFETCH(bool, unlimited);
        const QByteArray maxField = max.isEmpty() ? QByteArray() : ",\"max\":" + max;
        const ParseResult result = parseRow("{\"id\":1,\"price\":1" + maxField + "}");
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().hasUnlimitedMax(), unlimited);
    }

    void shouldIgnoreUnknownFieldsAndNulls()
    {
        const ParseResult result = parseRow(
            "{\"id\":\"7\",\"price\":\"100\",\"name\":null,\"note\":null,\"category\":null,"
            "\"min\":null,\"max\":\"1,000\",\"dripfeed\":true,\"extra\":{\"nested\":[1,2]}}");
        QVERIFY(result.skippedRows.isEmpty());
        QCOMPARE(result.services.size(), 1);
        const Service &service = result.services.first();
        QCOMPARE(service.id, 7u);
        QCOMPARE(service.price, 100.0);
        QVERIFY(service.name.isEmpty());
        QCOMPARE(service.min, 0);
        QCOMPARE(service.max, 1000);
    }

    void shouldSkipUnusableRowsAndSayWhy()
    {
        const ParseResult result = ResponseParser::parse("{\"status\":true,\"data\":["
                                                         "{\"id\":1,\"price\":10},"
                                                         "{\"price\":10,\"name\":\"no id\"},"
                                                         "{\"id\":3,\"name\":\"no price\"},"
                                                         "{\"id\":4,\"price\":\"abc\"},"
                                                         "\"not a row\","
                                                         "{\"id\":-5,\"price\":10},"
                                                         "{\"id\":6,\"price\":-1},"
                                                         "{\"id\":7,\"price\":20}]}");
        QVERIFY(!result.isError());
        QCOMPARE(result.services.size(), 2);
        QCOMPARE(result.services.at(0).id, 1u);
        QCOMPARE(result.services.at(1).id, 7u);
        QCOMPARE(result.skippedRows.size(), 6);
        QCOMPARE(result.skippedRows.at(0).index, 1);
        QCOMPARE(result.skippedRows.at(0).reason, QStringLiteral("no id"));
        QCOMPARE(result.skippedRows.at(1).reason, QStringLiteral("no price"));
        QCOMPARE(result.skippedRows.at(2).reason, QStringLiteral("price “abc” is not a number"));
        QCOMPARE(result.skippedSummary(2),
                 QStringLiteral("Rows skipped: 6 (row 2: no id; row 3: no price; …)"));
    }

    void shouldSkipAbsurdPricesThatWouldOverflowCosts()
    {
        const ParseResult result = ResponseParser::parse("{\"status\":true,\"data\":["
                                                         "{\"id\":1,\"price\":1e308},"
                                                         "{\"id\":2,\"price\":1000000000000},"
                                                         "{\"id\":3,\"price\":\"1e13\"},"
                                                         "{\"id\":4,\"price\":1.5e12}]}");
        QVERIFY(!result.isError());
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().price, ResponseParser::MaxPrice);
        QCOMPARE(result.skippedRows.size(), 3);
        QCOMPARE(result.skippedRows.at(0).reason, QStringLiteral("price 1e+308 is too large"));
        QCOMPARE(result.skippedRows.at(1).reason, QStringLiteral("price “1e13” is too large"));
        QCOMPARE(result.skippedRows.at(2).index, 3);
    }

    void shouldKeepAndCountServicesWhoseMinimumIsAboveTheirMaximum()
    {
        const QByteArray body = "{\"data\":["
                                "{\"id\":1,\"price\":1,\"min\":100,\"max\":1000},"
                                "{\"id\":2,\"price\":1,\"min\":5000,\"max\":100},"
                                "{\"id\":3,\"price\":1,\"min\":5000,\"max\":null},"
                                "{\"id\":4,\"price\":1,\"min\":10,\"max\":\"abc\"},"
                                "{\"id\":5,\"price\":1,\"min\":1000,\"max\":1000},"
                                "{\"id\":6,\"price\":1,\"min\":1e15,\"max\":2147483647}]}";
        ResponseParser::Limits limits;
        limits.pieceBytes = 0;
        const ParseResult whole = ResponseParser::parse(body, limits);
        QCOMPARE(whole.services.size(), 6);
        QVERIFY(whole.skippedRows.isEmpty());
        QCOMPARE(whole.minAboveMax, 2); // 2, and 4 whose max is unreadable (0)
        QVERIFY(whole.services.at(1).hasMinAboveMax());
        QVERIFY(!whole.services.at(2).hasMinAboveMax()); // no upper limit
        QVERIFY(!whole.services.at(5).hasMinAboveMax());
        QCOMPARE(whole.problemSummary(),
                 QStringLiteral("Services with a minimum above their maximum: 2"));

        limits.pieceBytes = 20;
        const ParseResult pieced = ResponseParser::parse(body, limits);
        QVERIFY(pieced.piecesRead >= 2);
        QCOMPARE(pieced.minAboveMax, 2);
        // A later list replaces the rows, and the count, of the first.
        const ParseResult replaced = ResponseParser::parse(
            "{\"data\":[{\"id\":2,\"price\":1,\"min\":5000,\"max\":100}],\"data\":[]}");
        QCOMPARE(replaced.minAboveMax, 0);
        QVERIFY(replaced.problemSummary().isEmpty());
    }

    void shouldSkipAByteOrderMark()
    {
        const ParseResult result = ResponseParser::parse(
            "\xEF\xBB\xBF{\"status\":true,\"data\":[{\"id\":1,\"price\":2}]}");
        QVERIFY2(!result.isError(), qPrintable(result.error));
        QCOMPARE(result.services.size(), 1);
        QVERIFY(ResponseParser::parse("\xEF\xBB\xBF ").isError());
    }

    void shouldReadBodiesWithAndWithoutSpareRoom_data()
    {
        QTest::addColumn<qsizetype>("spare");
        QTest::newRow("none") << qsizetype(0);
        QTest::newRow("a little") << qsizetype(10);
        QTest::newRow("plenty") << qsizetype(4096);
    }

    void shouldReadBodiesWithAndWithoutSpareRoom()
    {
        QFETCH(qsizetype, spare);
        const QByteArray json = "{\"data\":[{\"id\":1,\"price\":2,\"name\":\"x\"}]}";
        QByteArray body;
        body.reserve(json.size() + spare);
        body.append(json);
        const ParseResult result = ResponseParser::parse(body);
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.services.first().name, QStringLiteral("x"));
    }

    void shouldReturnEmptyListForUnknownCategory()
    {
        const ParseResult result =
            ResponseParser::parse("{\"status\":true,\"message\":\"ok\",\"data\":[]}");
        QVERIFY(!result.isError());
        QVERIFY(result.services.isEmpty());
        QCOMPARE(result.panelMessage, QStringLiteral("ok"));
    }

    void shouldAcceptABareArrayOfServices()
    {
        const ParseResult result = ResponseParser::parse("[{\"id\":1,\"price\":2}]");
        QVERIFY(!result.isError());
        QCOMPARE(result.services.size(), 1);
    }

    void shouldReportDocumentErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty response");
        QTest::newRow("whitespace") << QByteArray(" \r\n ") << QStringLiteral("empty response");
        QTest::newRow("html error page")
            << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
            << QStringLiteral("web page");
        QTest::newRow("html fragment")
            << QByteArray("\n  <h1>Maintenance</h1>") << QStringLiteral("web page");
        QTest::newRow("truncated") << QByteArray("{\"status\":true,\"data\":[{\"id\":1,\"pri")
                                   << QStringLiteral("cut off");
        QTest::newRow("truncated array")
            << QByteArray("{\"data\":[{\"id\":1,\"price\":2},") << QStringLiteral("cut off");
        QTest::newRow("not json") << QByteArray("Service temporarily unavailable")
                                  << QStringLiteral("not valid price data");
        QTest::newRow("no data") << QByteArray("{\"status\":true}")
                                 << QStringLiteral("no list of services");
        QTest::newRow("null data") << QByteArray("{\"data\":null,\"message\":\"Try later\"}")
                                   << QStringLiteral("The panel said: Try later");
        QTest::newRow("data object")
            << QByteArray("{\"data\":{\"id\":1}}") << QStringLiteral("an object, not a list");
        QTest::newRow("data string")
            << QByteArray("{\"data\":\"none\"}") << QStringLiteral("“none”, not a list");
        QTest::newRow("status false")
            << QByteArray("{\"status\":false,\"message\":\"Category not found\"}")
            << QStringLiteral("The panel reported an error: Category not found");
        QTest::newRow("status false as string")
            << QByteArray("{\"status\":\"false\",\"message\":\"Rate limited\",\"data\":[]}")
            << QStringLiteral("Rate limited");
        QTest::newRow("status false after the data")
            << QByteArray("{\"data\":[{\"id\":1,\"price\":2}],\"status\":false}")
            << QStringLiteral("without saying why");
        QTest::newRow("a second data that is not a list")
            << QByteArray("{\"data\":[{\"id\":1,\"price\":2}],\"data\":7}")
            << QStringLiteral("7, not a list");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"data\":[]} x") << QStringLiteral("not valid price data");
        QTest::newRow("bad literal in an unknown field")
            << QByteArray("{\"data\":[{\"id\":1,\"price\":2,\"x\":tru}]}")
            << QStringLiteral("not valid price data");
        QTest::newRow("status false, no message")
            << QByteArray("{\"status\":false}") << QStringLiteral("without saying why");
    }

    void shouldReportDocumentErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorContains);
        const ParseResult result = ResponseParser::parse(body);
        QVERIFY(result.isError());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        QVERIFY(result.services.isEmpty());
    }

    void shouldStopAtTheRowLimit_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("over");
        QTest::newRow("at the limit") << 5 << 5 << 0;
        QTest::newRow("one past") << 6 << 5 << 1;
        QTest::newRow("far past") << 50 << 5 << 45;
    }

    void shouldStopAtTheRowLimit()
    {
        QFETCH(int, rows);
        QFETCH(int, kept);
        QFETCH(int, over);
        QByteArray body = "{\"data\":[";
        for (int i = 0; i < rows; ++i)
            body += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i + 1)
                    + ",\"price\":1}";
        body += "]}";
        ResponseParser::Limits limits;
        limits.maxRows = 5;
        const ParseResult result = ResponseParser::parse(body, limits);
        QVERIFY(!result.isError());
        QCOMPARE(result.services.size(), kept);
        QCOMPARE(result.rowsOverLimit, over);
        QCOMPARE(result.problemSummary().isEmpty(), over == 0);
        if (over > 0)
            QVERIFY(result.problemSummary().contains(QStringLiteral("past the limit of 5")));
    }

    void shouldShortenOverlongTexts_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("shortened");
        QTest::newRow("at the limit") << 100 << false;
        QTest::newRow("one past") << 101 << true;
    }

    void shouldShortenOverlongTexts()
    {
        QFETCH(int, length);
        QFETCH(bool, shortened);
        ResponseParser::Limits limits;
        limits.maxTextLength = 100;
        limits.maxNoteLength = 100;
        const QByteArray text(length, 'n');
        const ParseResult result =
            ResponseParser::parse("{\"data\":[{\"id\":1,\"price\":1,\"name\":\"" + text
                                      + "\",\"note\":\"" + text + "\"}]}",
                                  limits);
        QCOMPARE(result.services.size(), 1);
        const Service &service = result.services.first();
        QCOMPARE(service.name.size(), std::min(length, 100));
        QCOMPARE(service.note.size(), std::min(length, 100));
        QCOMPARE(service.name.endsWith(u'…'), shortened);
        QCOMPARE(result.fieldsShortened, shortened ? 2 : 0);
    }

    void shouldSurviveHugeStrings()
    {
        const QByteArray huge(10 * 1024 * 1024, 'x');
        const ParseResult row =
            parseRow("{\"id\":1,\"price\":2,\"name\":\"" + huge + "\",\"note\":\"" + huge + "\"}");
        QCOMPARE(row.services.size(), 1);
        QCOMPARE(row.services.first().name.size(), ResponseParser::Limits().maxTextLength);
        QCOMPARE(row.fieldsShortened, 2);

        const ParseResult bare = ResponseParser::parse('"' + huge + '"');
        QVERIFY(bare.isError());
    }

    void shouldRejectDeepNestingWithoutCrashing_data()
    {
        QTest::addColumn<QByteArray>("body");
        constexpr int Depth = 100000;
        QTest::newRow("arrays") << QByteArray(Depth, '[') + QByteArray(Depth, ']');
        QTest::newRow("inside data")
            << "{\"data\":" + QByteArray(Depth, '[') + QByteArray(Depth, ']') + "}";
        QByteArray objects;
        for (int i = 0; i < Depth; ++i)
            objects += "{\"a\":";
        QTest::newRow("objects") << objects + "1" + QByteArray(Depth, '}');
        QTest::newRow("unclosed") << QByteArray(Depth, '[');
    }

    void shouldRejectDeepNestingWithoutCrashing()
    {
        QFETCH(QByteArray, body);
        const ParseResult result = ResponseParser::parse(body);
        QVERIFY(result.isError());
        QVERIFY(!result.error.isEmpty());
    }

    void shouldReadInPiecesExactlyAsWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("cutsCleanly"); // every "}, {" lies between two rows of the list
        const QByteArray rows = plainRows(12);
        const QByteArray tricky =
            plainRow(1) + ",{\"id\":2,\"name\":\"a },{ b\\\"}, {\\\"\",\"price\":5}," + plainRow(3)
            + ",{\"id\":4,\"price\":1,\"extra\":[{\"a\":1},{\"b\":[{},{}]}]},42,\"text\",null,"
            + "[{\"id\":9},{\"id\":10}]," + plainRow(5) + ",{\"price\":3},{\"id\":6,\"price\":2,"
            + "\"category\":\"Caf\\u00e9 \\\"X\\\"\",\"name\":\"line\\nbreak\"}," + plainRow(7);
        QTest::newRow("object root")
            << "{\"status\":true,\"data\":[" + rows + "],\"message\":\"ok\"}" << true;
        QTest::newRow("bare list") << "[" + rows + "]" << true;
        QTest::newRow("spaces and a byte order mark")
            << "\xEF\xBB\xBF \r\n{ \"data\" : [ " + plainRows(12, " ,\r\n\t ") + " ] }\n"
            << true;
        QTest::newRow("rows that look like cuts") << "{\"data\":[" + tricky + "]}" << false;
        QTest::newRow("bare list with rows that look like cuts") << "[" + tricky + "]" << false;
        QTest::newRow("status false after the rows")
            << "{\"message\":\"first\",\"data\":[" + rows + "],\"status\":false}" << true;
        QTest::newRow("status false before the rows")
            << "{\"status\":false,\"message\":\"Down\",\"data\":[" + rows + "]}" << true;
        QTest::newRow("the later message wins")
            << "{\"message\":\"first\",\"data\":[" + rows + "],\"message\":\"second\"}" << true;
        QTest::newRow("a second list replaces the first")
            << "{\"data\":[" + rows + "],\"data\":[" + plainRows(5) + "]}" << false;
        QTest::newRow("a second data that is not a list")
            << "{\"data\":[" + rows + "],\"data\":7}" << true;
        QTest::newRow("another list of objects first")
            << "{\"other\":[{\"a\":1},{\"b\":2}],\"data\":[" + rows + "]}" << false;
        QTest::newRow("list deeper than the root")
            << "{\"result\":{\"data\":[" + rows + "]}}" << false;
        QTest::newRow("trailing content") << "{\"data\":[" + rows + "]} {}" << false;
        QTest::newRow("cut off") << "{\"data\":[" + rows << false;
        QTest::newRow("over the row limit") << "{\"data\":[" + plainRows(40) + "]}" << false;
        QTest::newRow("minimums above maximums")
            << "{\"data\":[" + QByteArray(plainRows(12)).replace("\"min\":10", "\"min\":5000")
                   + "]}"
            << true;
    }

    void shouldReadInPiecesExactlyAsWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, cutsCleanly);
        ResponseParser::Limits limits;
        limits.maxTextLength = 20;
        limits.maxRows = 30;
        limits.pieceBytes = 0;
        const ParseResult whole = ResponseParser::parse(body, limits);
        QCOMPARE(whole.piecesRead, 0);
        for (const qsizetype pieceBytes : {1, 7, 100, 700}) {
            limits.pieceBytes = pieceBytes;
            const ParseResult pieced = ResponseParser::parse(body, limits);
            compareResults(pieced, whole);
            if (cutsCleanly && !pieced.isError())
                QVERIFY2(pieced.piecesRead >= 2, qPrintable(QString::number(pieceBytes)));
        }
    }

    void shouldReadFilesInPiecesExactlyAsWhole_data() { shouldReadInPiecesExactlyAsWhole_data(); }

    // A file is cut from blocks read one after another, so a cut may straddle two blocks.
    void shouldReadFilesInPiecesExactlyAsWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, cutsCleanly);
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(body), body.size());
        QVERIFY(file.flush());
        FetchLimits limits;
        limits.parse.maxTextLength = 20;
        limits.parse.maxRows = 30;
        limits.parse.pieceBytes = 0;
        const ParseResult whole = ResponseParser::parse(body, limits.parse);
        for (const qsizetype pieceBytes : {1, 7, 100, 700}) {
            limits.parse.pieceBytes = pieceBytes;
            compareResults(ResponseFile::parse(file.fileName(), limits), whole);
            for (const qint64 blockBytes : {1, 2, 5, 64, 1 << 20}) {
                const QString at = QStringLiteral("pieces of %1 bytes, blocks of %2")
                                       .arg(pieceBytes)
                                       .arg(blockBytes);
                const std::optional<ParseResult> pieced =
                    ParallelParse::parseFileInPieces(file, limits.parse, blockBytes);
                if (pieced)
                    compareResults(*pieced, whole);
                // A body cut between rows reads in pieces unless it is too small to cut.
                if (cutsCleanly && !whole.isError() && body.size() >= 2 * pieceBytes
                    && body.size() > 700) {
                    QVERIFY2(pieced, qPrintable(at));
                    QVERIFY2(pieced->piecesRead >= 2, qPrintable(at));
                }
            }
        }
    }

    void shouldReadFilesWholeWhenTheyCannotBeCut()
    {
        FetchLimits limits;
        limits.parse.pieceBytes = 16;
        for (const QByteArray &body :
             {QByteArray(), QByteArray("   "), QByteArray("not json at all, not at all"),
              QByteArray("[" + plainRow(1) + "]"), QByteArray("\"text\"" + QByteArray(64, ' '))}) {
            QTemporaryFile file;
            QVERIFY(file.open());
            QCOMPARE(file.write(body), body.size());
            QVERIFY(file.flush());
            compareResults(ResponseFile::parse(file.fileName(), limits),
                           ResponseFile::read(file.fileName(), limits).parsed);
        }
        const QString missing = QStringLiteral("/nonexistent/services.json");
        compareResults(ResponseFile::parse(missing, limits),
                       ResponseFile::read(missing, limits).parsed);
        QVERIFY(ResponseFile::parse(missing, limits).isError());
    }

    void shouldShareTextsAcrossPieces()
    {
        const QByteArray body = "{\"data\":[" + plainRows(3000) + "]}";
        ResponseParser::Limits limits;
        limits.pieceBytes = 16 * 1024;
        const ParseResult result = ResponseParser::parse(body, limits);
        QVERIFY(result.piecesRead > 10);
        QCOMPARE(result.services.size(), 3000);
        QCOMPARE(result.services.constFirst().category, result.services.at(2997).category);
        QCOMPARE(result.services.constFirst().category.constData(),
                 result.services.at(2997).category.constData());
        QCOMPARE(result.services.at(1).note.constData(), result.services.at(2999).note.constData());
    }

    void shouldParseDecimalTextStrictly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("42") << true << 42.0;
        QTest::newRow("grouped") << QStringLiteral("1,000,000") << true << 1000000.0;
        QTest::newRow("comma decimal") << QStringLiteral("12,5") << true << 12.5;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("letters") << QStringLiteral("12abc") << false << 0.0;
        QTest::newRow("two commas odd") << QStringLiteral("1,2,3") << false << 0.0;
        QTest::newRow("infinity") << QStringLiteral("inf") << false << 0.0;
        QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
        QTest::newRow("overflow") << QStringLiteral("1e999") << false << 0.0;
        QTest::newRow("rate") << QStringLiteral("0.0450") << true << 0.045;
        QTest::newRow("plus sign") << QStringLiteral("+7.5") << true << 7.5;
        QTest::newRow("negative") << QStringLiteral("-3.25") << true << -3.25;
        QTest::newRow("spaces") << QStringLiteral(" 12 ") << true << 12.0;
        QTest::newRow("exponent") << QStringLiteral("1.5e3") << true << 1500.0;
        QTest::newRow("sixty-five digits")
            << QStringLiteral("1").repeated(65) << true
            << QLocale::c().toDouble(QStringLiteral("1").repeated(65));
        QTest::newRow("negative zero") << QStringLiteral("-0") << true << 0.0;
        QTest::newRow("leading zeros") << QStringLiteral("007.50") << true << 7.5;
        QTest::newRow("halfway between doubles")
            << QStringLiteral("9007199254740993") << true
            << QLocale::c().toDouble(QStringLiteral("9007199254740993"));
        QTest::newRow("sixty-four characters")
            << QStringLiteral("0.") + QStringLiteral("3").repeated(62) << true
            << QLocale::c().toDouble(QStringLiteral("0.") + QStringLiteral("3").repeated(62));
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << false << 0.0;
        QTest::newRow("sign alone") << QStringLiteral("-") << false << 0.0;
    }

    void shouldParseDecimalTextStrictly()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const std::optional<double> value = ResponseParser::parseDecimal(text);
        QCOMPARE(value.has_value(), valid);
        if (valid)
            QCOMPARE(*value, expected);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(
            ResponseParser::parseDecimal(std::string_view(utf8.constData(), size_t(utf8.size()))),
            value);
    }

    // Plain decimals are read without QLocale: to the very same double, bit for bit (QCOMPARE
    // of two doubles would forgive a last bit). From 1 to 24 digits, so that both ways of
    // reading them are checked, with signs and leading zeros.
    void shouldReadPlainDecimalsAsQLocaleDoes()
    {
        QRandomGenerator random(19);
        const auto digits = [&random](int count) {
            QString text;
            for (int i = 0; i < count; ++i)
                text += QChar(u'0' + random.bounded(10));
            return text;
        };
        for (int i = 0; i < 40000; ++i) {
            const QString sign = i % 7 == 0    ? QStringLiteral("-")
                                 : i % 11 == 0 ? QStringLiteral("+")
                                               : QString();
            const int wholeDigits = 1 + random.bounded(12);
            QString text = sign + digits(wholeDigits);
            if (i % 5 != 0)
                text += u'.' + digits(1 + random.bounded(12));
            const std::optional<double> value = ResponseParser::parseDecimal(text);
            QVERIFY2(value, qPrintable(text));
            bool ok = false;
            const double expected = QLocale::c().toDouble(text, &ok);
            QVERIFY(ok);
            QVERIFY2(
                std::bit_cast<quint64>(*value) == std::bit_cast<quint64>(expected),
                qPrintable(text + QStringLiteral(" read as ") + QString::number(*value, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "test_responseparser.moc"
