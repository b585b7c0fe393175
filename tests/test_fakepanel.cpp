// SPDX-License-Identifier: MIT
#include "fakepanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Checks the fake panel with a plain QNetworkAccessManager, so that when a client test fails
// against it, the failure is about the client.
class TestFakePanel : public QObject
{
    Q_OBJECT

private:
    struct Response {
        bool finished = false;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray contentType;
        QByteArray body;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray rows() const { return json().value(QLatin1String("data")).toArray(); }
    };

    static constexpr int ReplyTimeoutMs = 10000;

    FakePanel m_panel;
    QNetworkAccessManager m_network;

    QUrl url(const QByteArray &encodedPathAndQuery) const
    {
        return QUrl::fromEncoded(m_panel.baseUrl().toEncoded() + encodedPathAndQuery,
                                 QUrl::StrictMode);
    }

    QUrl categoryUrl(const QByteArray &encodedName) const
    {
        return url("/category?name=" + encodedName);
    }

    Response get(const QUrl &target)
    {
        QNetworkRequest request(target);
        request.setTransferTimeout(ReplyTimeoutMs);
        const std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Response response;
        response.finished = finished.wait(ReplyTimeoutMs + 1000);
        response.error = reply->error();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->rawHeader("Content-Type");
        response.body = reply->readAll();
        return response;
    }

    static QByteArray documentedExample()
    {
        QFile file(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open the documented example");
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_panel.start()); }

    void init() { m_panel.clearRequests(); }

    void shouldServeTheDocumentedExampleByteForByte()
    {
        const Response response =
            get(categoryUrl("%5BYT%5D%20Youtube%20Views%20%5BReal%20and%20Active%5D"));
        QVERIFY(response.finished);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(response.body, documentedExample());
    }

    void shouldRecordTheRawRequestTarget()
    {
        const Response response = get(categoryUrl("%5BIG%5D%20a%2Bb%26c"));
        QVERIFY(response.finished);
        QCOMPARE(m_panel.requestedTargets(),
                 QStringList{QStringLiteral("/smm/category?name=%5BIG%5D%20a%2Bb%26c")});
        QCOMPARE(response.body, QByteArray(R"({"status":true,"message":"ok","data":[]})"));
    }

    void shouldDecodeAPlusAsAPlus()
    {
        const QString name = QStringLiteral("[TK] TikTok Likes + Views");
        const Response plus = get(categoryUrl("%5BTK%5D%20TikTok%20Likes%20%2B%20Views"));
        QVERIFY(plus.finished);
        QVERIFY(!plus.rows().isEmpty());
        for (const QJsonValue row : plus.rows())
            QCOMPARE(row[QLatin1String("category")].toString(), name);

        const Response formEncoded = get(categoryUrl("%5BTK%5D+TikTok+Likes+%2B+Views"));
        QVERIFY(formEncoded.finished);
        QVERIFY2(formEncoded.rows().isEmpty(), "a '+' in the query is not a space");
    }

    void shouldServeAWholeMessyCatalog()
    {
        const Response all = get(url("/getallprice"));
        QVERIFY(all.finished);
        QCOMPARE(all.status, 200);
        const QJsonArray rows = all.rows();
        QVERIFY2(rows.size() >= 2000, qPrintable(QString::number(rows.size())));

        QSet<QString> categories;
        QSet<qint64> ids;
        for (const QJsonValue row : rows) {
            categories.insert(row[QLatin1String("category")].toString());
            ids.insert(row[QLatin1String("id")].toInteger());
        }
        QCOMPARE(ids.size(), rows.size());
        QVERIFY(ids.contains(3900) && ids.contains(3901) && ids.contains(26226));
        QVERIFY2(categories.size() >= 20, qPrintable(QString::number(categories.size())));
        QVERIFY(categories.contains(QStringLiteral("[YT] Youtube Subscribers ")));
        QVERIFY(categories.contains(QStringLiteral("[-]  CapCut")));

        // The category endpoint answers exactly the catalog's rows of that category.
        const QString capCut = QStringLiteral("[-]  CapCut");
        QJsonArray expected;
        for (const QJsonValue row : rows) {
            if (row[QLatin1String("category")].toString() == capCut)
                expected.append(row);
        }
        const Response one = get(categoryUrl(QUrl::toPercentEncoding(capCut)));
        QVERIFY(one.finished);
        QCOMPARE(one.rows(), expected);
        QCOMPARE(m_panel.requestedTargets().last(),
                 QStringLiteral("/smm/category?name=%5B-%5D%20%20CapCut"));
    }

    void shouldKeepServingAfterAnEndlessResponseIsAborted()
    {
        const std::unique_ptr<QNetworkReply> endless(
            m_network.get(QNetworkRequest(categoryUrl("endless"))));
        qint64 received = 0;
        connect(endless.get(), &QNetworkReply::readyRead, this,
                [&received, reply = endless.get()] { received += reply->readAll().size(); });
        QTRY_VERIFY_WITH_TIMEOUT(received >= 1024 * 1024, ReplyTimeoutMs);
        endless->abort();
        QCOMPARE(endless->error(), QNetworkReply::OperationCanceledError);

        const Response next = get(categoryUrl("fast"));
        QVERIFY(next.finished);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.rows().first()[QLatin1String("id")].toInt(), 222);
    }

    void shouldAnswerStatusFalseWithAMessage()
    {
        const Response response = get(categoryUrl("status-false"));
        QVERIFY(response.finished);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QLatin1String("status")), QJsonValue(false));
        QCOMPARE(response.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("Kategori tidak ditemukan"));
    }

    void shouldAnswerAnHtmlErrorPageWithStatus500()
    {
        const Response response = get(categoryUrl("html-500"));
        QVERIFY(response.finished);
        QCOMPARE(response.status, 500);
        QCOMPARE(response.error, QNetworkReply::InternalServerError);
        QVERIFY(response.contentType.startsWith("text/html"));
        QVERIFY(response.body.contains("<html>"));
    }

    void shouldMakeShortBodiesAnError_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::newRow("cut in the middle") << QByteArray("truncated");
        QTest::newRow("complete JSON, longer Content-Length") << QByteArray("truncated-valid");
    }

    void shouldMakeShortBodiesAnError()
    {
        QFETCH(QByteArray, scenario);
        const Response response = get(categoryUrl(scenario));
        QVERIFY(response.finished);
        QVERIFY2(response.error != QNetworkReply::NoError, "a short body must not look complete");
    }

    void shouldAnswerSlowAfterTheDelay()
    {
        QElapsedTimer timer;
        timer.start();
        const Response response = get(categoryUrl("slow:300"));
        QVERIFY(response.finished);
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(response.rows().first()[QLatin1String("id")].toInt(), 111);
    }

    void shouldAnswerUnknownPathsWithJson404()
    {
        const Response response = get(url("/nothing-here"));
        QVERIFY(response.finished);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArray(R"({"status":false,"message":"Not found"})"));
    }

    void shouldExitWhenItsStdinCloses()
    {
        FakePanel panel;
        QVERIFY(panel.start({QStringLiteral("--catalog-size"), QStringLiteral("50")}));
        QVERIFY(panel.port() != 0);
        QVERIFY(panel.port() != m_panel.port());
        QVERIFY2(panel.stop(5000), "the server should leave on its own when stdin closes");
        QVERIFY(!panel.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestFakePanel)
#include "test_fakepanel.moc"
