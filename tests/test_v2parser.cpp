// SPDX-License-Identifier: MIT
#include "v2parser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestV2Parser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // null: refused
        QTest::newRow("trailing zeros stay") << u"0.0450"_s << u"0.0450"_s;
        QTest::newRow("seven decimals") << u"12.5000000"_s << u"12.5000000"_s;
        QTest::newRow("spaces") << u" 7.10 "_s << u"7.10"_s;
        QTest::newRow("whole") << u"3"_s << u"3"_s;
        QTest::newRow("leading zeros") << u"007.5"_s << u"7.5"_s;
        QTest::newRow("no whole part") << u".5"_s << u"0.5"_s;
        QTest::newRow("point at the end") << u"5."_s << u"5"_s;
        QTest::newRow("small exponent") << u"2e-05"_s << u"0.00002"_s;
        QTest::newRow("exponent inside") << u"1.2345E2"_s << u"123.45"_s;
        QTest::newRow("large exponent") << u"1.5e3"_s << u"1500"_s;
        QTest::newRow("negative") << u"-1.5"_s << u"-1.5"_s;
        QTest::newRow("negative zero") << u"-0.00"_s << u"0.00"_s;
        QTest::newRow("letters") << u"abc"_s << QString();
        QTest::newRow("empty") << u""_s << QString();
        QTest::newRow("only a point") << u"."_s << QString();
        QTest::newRow("decimal comma") << u"0,045"_s << QString();
        QTest::newRow("absurd exponent") << u"1e400"_s << QString();
        QTest::newRow("infinity") << u"inf"_s << QString();
        QTest::newRow("plus sign") << u"+1.5"_s << u"1.5"_s;
        QTest::newRow("signed exponent") << u"1.5e+2"_s << u"150"_s;
        QTest::newRow("exponent of zero") << u"-0e5"_s << u"0"_s;
        QTest::newRow("exponent without digits") << u"1e"_s << QString();
        QTest::newRow("exponent of five digits") << u"1e00001"_s << QString();
        QTest::newRow("exponent alone") << u"e5"_s << QString();
        QTest::newRow("two points") << u"1.2.3"_s << QString();
        QTest::newRow("two signs") << u"--1"_s << QString();
        QTest::newRow("arabic digits") << u"\u0661.5"_s << QString();
        QTest::newRow("no-break spaces") << u"\u00a02.50\u00a0"_s << u"2.50"_s;
        QTest::newRow("space inside") << u"1 000"_s << QString();
    }
    void exactDecimal()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::optional<QString> exact = V2Parser::exactDecimal(text);
        QCOMPARE(exact.has_value(), !expected.isNull());
        if (exact)
            QCOMPARE(*exact, expected);
        // A rate already written that way is kept, not copied: a long list holds one per row.
        if (exact && *exact == text)
            QCOMPARE(exact->constData(), text.constData());
    }

    void servicesKeepGoodRowsBesideBadOnes()
    {
        // A rate of 401 digits is past what a double holds: no price either.
        QByteArray body = R"json([
            {"service": "7", "name": "A", "category": "C", "rate": "0.0450", "min": "10",
             "max": 100, "refill": "1", "cancel": 1, "dripfeed": true, "type": null},
            "not a row",
            {"service": 8, "rate": 1e-7, "desc": "<b>x</b>", "extra": [1, {"a": 2}]},
            {"service": 9, "rate": null},
            {"service": 10, "rate": "-1"},
            {"service": 11, "rate": true},
            {"service": 12, "rate": "LONG"},
            {"rate": "1"}
        ])json";
        body.replace("LONG", QByteArray("1").append(QByteArray(400, '0')));
        const ParseResult result = V2Parser::parseServices(body);
        QVERIFY2(!result.isError(), qPrintable(result.error));
        QCOMPARE(result.services.size(), 2);
        const Service &a = result.services.at(0);
        QCOMPARE(a.id, 7u);
        QCOMPARE(a.priceExact, QStringLiteral("0.0450"));
        QCOMPARE(a.price, 0.045);
        QCOMPARE(a.min, 10);
        QCOMPARE(a.max, 100);
        QVERIFY(a.refill && a.cancel && a.dripfeed && a.active);
        QCOMPARE(a.type, QString());
        QVERIFY(a.panel.isEmpty() && a.currency.isEmpty()); // no origin given
        const Service &b = result.services.at(1);
        QCOMPARE(b.id, 8u);
        QCOMPARE(b.priceExact, QStringLiteral("0.0000001"));
        QCOMPARE(b.note, QStringLiteral("<b>x</b>"));
        QCOMPARE(b.max, Service::UnlimitedMax);
        QVERIFY(!b.refill && !b.cancel && !b.dripfeed);

        QCOMPARE(result.skippedRows.size(), 6);
        QCOMPARE(result.skippedRows.at(0).index, 1);
        QVERIFY(result.skippedRows.at(0).reason.contains(QLatin1String("not a service")));
        QCOMPARE(result.skippedRows.at(1).reason, QStringLiteral("no price"));
        QVERIFY(result.skippedRows.at(2).reason.contains(QLatin1String("negative")));
        QVERIFY(result.skippedRows.at(3).reason.contains(QLatin1String("not a number")));
        QVERIFY(result.skippedRows.at(4).reason.contains(QLatin1String("not a number")));
        QCOMPARE(result.skippedRows.at(5).reason, QStringLiteral("no id"));

        const ParseResult tagged =
            V2Parser::parseServices(body, ResponseParser::Limits(), {u"Cheap SMM"_s, u"USD"_s});
        QCOMPARE(tagged.services.size(), 2);
        QCOMPARE(tagged.skippedRows.size(), 6);
        for (qsizetype i = 0; i < 2; ++i) {
            Service service = tagged.services.at(i);
            QCOMPARE(service.panel, u"Cheap SMM"_s);
            QCOMPARE(service.currency, u"USD"_s);
            service.panel.clear();
            service.currency.clear();
            QCOMPARE(service, result.services.at(i));
        }
    }

    void servicesErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("panelMessage");
        QTest::newRow("wrong key")
            << QByteArray(R"json({"error": "Incorrect API key"})json")
            << u"The panel reported an error: Incorrect API key"_s << u"Incorrect API key"_s;
        QTest::newRow("unknown action")
            << QByteArray(R"json({"error":"Incorrect request"})json")
            << u"The panel reported an error: Incorrect request"_s << u"Incorrect request"_s;
        QTest::newRow("empty error")
            << QByteArray(R"json({"error": null})json")
            << u"The panel reported an error without saying why."_s << QString();
        QTest::newRow("object") << QByteArray(R"json({"balance": "1"})json")
                                << u"The response holds no list of services."_s << QString();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>")
                              << u"The panel answered with a web page, not price data."_s
                              << QString();
        QTest::newRow("empty") << QByteArray(" \n") << u"The panel sent an empty response."_s
                               << QString();
        QTest::newRow("number") << QByteArray("42") << u"The response holds no list of services."_s
                                << QString();
    }
    void servicesErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QString, panelMessage);
        const ParseResult result = V2Parser::parseServices(body);
        QCOMPARE(result.error, error);
        QCOMPARE(result.panelMessage, panelMessage);
        QVERIFY(result.services.isEmpty());
    }

    void sameResultInPlaceOrCopiedAndAfterOtherBodies_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<qsizetype>("spare");
        QTest::newRow("no room, copied") << QByteArray() << qsizetype(0);
        QTest::newRow("too little room") << QByteArray() << qsizetype(10);
        QTest::newRow("room to read in place") << QByteArray() << qsizetype(4096);
        QTest::newRow("byte order mark, in place") << QByteArray("\xEF\xBB\xBF") << qsizetype(4096);
    }
    void sameResultInPlaceOrCopiedAndAfterOtherBodies()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(qsizetype, spare);
        const auto withRoom = [&](const QByteArray &json) {
            QByteArray body;
            body.reserve(prefix.size() + json.size() + spare);
            return body.append(prefix).append(json);
        };
        const QByteArray list = R"json([{"service": 1, "name": "Likes \u00e9", "rate": "0.5"},
            {"service": "2", "name": null, "rate": 3, "max": "x"}, [], {"service": 3}])json";
        const QByteArray broken =
            R"json([{"service": 1, "rate": "1"}, {"service": 2, "rate": ]))json";
        QByteArray longer = "[";
        for (int i = 1; i <= 5000; ++i)
            longer +=
                "{\"service\":" + QByteArray::number(i) + ",\"rate\":\"1.5\",\"name\":\"n\"},";
        longer.back() = ']';

        const ParseResult expected = V2Parser::parseServices(QByteArray(list).prepend(prefix));
        QVERIFY2(!expected.isError(), qPrintable(expected.error));
        QCOMPARE(expected.services.size(), 2);
        QCOMPARE(expected.services.at(0).name, u"Likes \u00e9"_s);
        QCOMPARE(expected.skippedRows.size(), 2);
        const QString brokenError =
            V2Parser::parseServices(QByteArray(broken).prepend(prefix)).error;
        QVERIFY(!brokenError.isEmpty());

        // Each thread keeps its parser from one body to the next, a failed one included.
        for (const QByteArray &before : {longer, broken, list}) {
            QCOMPARE(V2Parser::parseServices(withRoom(before)).isError(), before == broken);
            const ParseResult again = V2Parser::parseServices(withRoom(list));
            QCOMPARE(again.services, expected.services);
            QCOMPARE(again.skippedRows.size(), expected.skippedRows.size());
            QCOMPARE(V2Parser::parseServices(withRoom(broken)).error, brokenError);
        }
        QCOMPARE(V2Parser::parseServices(withRoom(longer)).services.size(), 5000);
    }

    void aListOfLongRowsKeepsNoRoomSetAsideForShortOnes()
    {
        QByteArray body = "[";
        for (int i = 1; i <= 20; ++i)
            body += "{\"service\":" + QByteArray::number(i) + ",\"rate\":\"2\",\"desc\":\""
                    + QByteArray(3000, 'x') + "\"},";
        body.back() = ']';
        const ParseResult result = V2Parser::parseServices(body);
        QCOMPARE(result.services.size(), 20);
        QVERIFY2(result.services.capacity() <= 30,
                 qPrintable(QString::number(result.services.capacity())));
        QCOMPARE(result.services.last().note.size(), 3000);
    }

    void brokenJsonIsAnErrorWithoutRows()
    {
        const ParseResult result = V2Parser::parseServices(
            R"json([{"service": 1, "rate": "1"}, {"service": 2, "rate": )json");
        QVERIFY(result.isError());
        QVERIFY(result.services.isEmpty());
    }

    void invalidUtf8IsAnError()
    {
        // Found by fuzz_v2parser: the document never started, and asking where it stopped crashed.
        const QByteArray body("{\"balance\": \"100.84292\", \"\x99\x8a\x8d\x8d"
                              "ency\": \"USD\"}");
        QVERIFY(!V2Parser::parseBalance(body).error.isEmpty());
        QVERIFY(V2Parser::parseServices(body).isError());
    }

    void rowsPastTheLimitAreCounted()
    {
        ResponseParser::Limits limits;
        limits.maxRows = 1;
        const ParseResult result = V2Parser::parseServices(
            R"json([{"service": 1, "rate": "1"}, {"service": 2, "rate": "2"}])json", limits);
        QCOMPARE(result.services.size(), 1);
        QCOMPARE(result.rowsOverLimit, 1);
    }

    void balance_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("error");
        QTest::newRow("string") << QByteArray(
            R"json({"balance": "100.84292", "currency": "USD"})json")
                                << u"100.84292"_s << u"USD"_s << QString();
        QTest::newRow("inside status") << QByteArray(
            R"json({"status": "success", "balance": 100.84292, "currency": "eur "})json")
                                       << u"100.84292"_s << u"EUR"_s << QString();
        QTest::newRow("no currency")
            << QByteArray(R"json({"balance": 5})json") << u"5"_s << QString() << QString();
        QTest::newRow("error") << QByteArray(R"json({"error": "Incorrect API key"})json")
                               << QString() << QString()
                               << u"The panel reported an error: Incorrect API key"_s;
        QTest::newRow("no balance") << QByteArray(R"json({"currency": "USD"})json") << QString()
                                    << QString() << u"The panel's answer holds no balance."_s;
        QTest::newRow("bad balance") << QByteArray(R"json({"balance": "lots"})json") << QString()
                                     << QString() << u"The panel's answer holds no balance."_s;
        QTest::newRow("list") << QByteArray(R"json([1, 2])json") << QString() << QString()
                              << u"The panel's answer holds no balance."_s;
    }
    void balance()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, error);
        const V2Parser::Balance balance = V2Parser::parseBalance(body);
        QCOMPARE(balance.error, error);
        QCOMPARE(balance.amount, amount);
        QCOMPARE(balance.currency, currency);
    }
};

QTEST_GUILESS_MAIN(TestV2Parser)
#include "test_v2parser.moc"
