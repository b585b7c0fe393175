// SPDX-License-Identifier: MIT
#include "apiaddress.h"
#include "fakepanel.h"
#include "priceclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FetchResult)

class TestPriceClient : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;

    // Fetches and waits for the one result; fails the test if none arrives in time.
    FetchResult fetchAndWait(PriceClient &client, const PriceRequest &request,
                             int timeoutMs = 15000)
    {
        QSignalSpy finished(&client, &PriceClient::finished);
        client.fetch(request);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<FetchResult>();
    }

    // The fake panel over https, with the self-signed certificate in tests/data.
    static bool startSecurePanel(FakePanel &panel)
    {
        return panel.start({QStringLiteral("--tls"),
                            QStringLiteral(SMM_TEST_DATA_DIR "/self-signed.pem"),
                            QStringLiteral(SMM_TEST_DATA_DIR "/self-signed.key")});
    }

    static QUrl httpsBaseOf(const FakePanel &panel)
    {
        QUrl base = panel.baseUrl();
        base.setScheme(QStringLiteral("https"));
        return base;
    }

    std::unique_ptr<PriceClient> makeClient()
    {
        auto client = std::make_unique<PriceClient>();
        client->setApiBase(m_panel.baseUrl());
        return client;
    }

    static qint64 statusKilobytes(const char *field)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field))
                return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FetchResult>();
        QVERIFY(m_panel.start({QStringLiteral("--record-headers")}));
    }

    void init()
    {
        m_panel.clearRequests();
        // Qt's own warnings (a reply read after it closed, say) would reach a headless run's
        // stderr.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    }

    void shouldFetchTheDocumentedExample()
    {
        auto client = makeClient();
        QSignalSpy progress(client.get(), &PriceClient::progressChanged);
        const FetchResult result = fetchAndWait(
            *client,
            PriceRequest::category(QStringLiteral("[YT] Youtube Views [Real and Active]")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.parsed.services.size(), 3);
        QCOMPARE(result.parsed.services.at(0).id, 3900u);
        QCOMPARE(result.parsed.services.at(1).price, 24866.0);
        QCOMPARE(result.parsed.services.at(2).max, 10000000);
        QVERIFY(!result.body.isEmpty());
        // The panel sends a Content-Length, so progress knows the total.
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), result.body.size());
        QCOMPARE(last.at(1).toLongLong(), result.body.size());
        // Read into one buffer of the announced size, not of the size limit, with the room the
        // parser reads past the end, so the body is parsed where it lies.
        QVERIFY(result.body.capacity() - result.body.size() >= ResponseParser::ReadPastEnd);
        QVERIFY(result.body.capacity() < 2 * result.body.size());
        QVERIFY(!client->isBusy());
    }

    void shouldSendTheNameByteForByte_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("target");
        QTest::newRow("documented")
            << QStringLiteral("[IG] Instagram Likes Indonesia")
            << QStringLiteral("/smm/category?name=%5BIG%5D%20Instagram%20Likes%"
                              "20Indonesia");
        QTest::newRow("plus") << QStringLiteral("a+b")
                              << QStringLiteral("/smm/category?name=a%2Bb");
        QTest::newRow("ampersand and equals")
            << QStringLiteral("a&b=c") << QStringLiteral("/smm/category?name=a%26b%3Dc");
        QTest::newRow("hash") << QStringLiteral("#1 views")
                              << QStringLiteral("/smm/category?name=%231%20views");
        QTest::newRow("percent") << QStringLiteral("100% real")
                                 << QStringLiteral("/smm/category?name=100%25%20real");
        QTest::newRow("slash and question mark")
            << QStringLiteral("a/b?c") << QStringLiteral("/smm/category?name=a%2Fb%3Fc");
        QTest::newRow("trailing space") << QStringLiteral("[YT] Youtube Subscribers ")
                                        << QStringLiteral("/smm/category?name=%5BYT%5D%20Youtube%"
                                                          "20Subscribers%20");
        QTest::newRow("double space") << QStringLiteral("[-]  CapCut")
                                      << QStringLiteral("/smm/category?name=%5B-%5D%20%20CapCut");
        QTest::newRow("accent") << QStringLiteral("Café")
                                << QStringLiteral("/smm/category?name=Caf%C3%A9");
        QTest::newRow("emoji") << QStringLiteral("🔥 Hot")
                               << QStringLiteral("/smm/category?name=%F0%9F%94%A5%20Hot");
        QTest::newRow("math bold") << QStringLiteral("𝐕𝐈𝐏")
                                   << QStringLiteral("/smm/category?name=%F0%9D%90%95%F0%9D%90%88%"
                                                     "F0%9D%90%8F");
    }

    void shouldSendTheNameByteForByte()
    {
        QFETCH(QString, name);
        QFETCH(QString, target);
        auto client = makeClient();
        const FetchResult result = fetchAndWait(*client, PriceRequest::category(name));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(m_panel.requestedTargets(), QStringList{target});
    }

    void shouldFetchTheCatalogAndAPlatform()
    {
        auto client = makeClient();
        const FetchResult catalog = fetchAndWait(*client, PriceRequest::catalog());
        QVERIFY2(catalog.succeeded(), qPrintable(catalog.error));
        QVERIFY(catalog.parsed.services.size() >= 2000);

        const FetchResult platform =
            fetchAndWait(*client, PriceRequest::platform(QStringLiteral("youtube")));
        QVERIFY2(platform.succeeded(), qPrintable(platform.error));
        QVERIFY(!platform.parsed.services.isEmpty());
        for (const Service &service : platform.parsed.services)
            QCOMPARE(service.type.toLower(), QStringLiteral("youtube"));
        QCOMPARE(m_panel.requestedTargets(),
                 (QStringList{QStringLiteral("/smm/getallprice"),
                              QStringLiteral("/smm/type?name=youtube")}));
    }

    void shouldKeepGoodRowsAndCountSkippedOnes()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("quirky")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.parsed.skippedRows.size(), 2);
        QVERIFY(result.parsed.services.size() >= 5);
    }

    void shouldTreatAnEmptyCategoryAsAnEmptyResult()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("empty")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QVERIFY(result.parsed.services.isEmpty());
    }

    void shouldExplainFailures_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("status false")
            << QStringLiteral("status-false") << QStringLiteral("Kategori tidak ditemukan");
        QTest::newRow("html 500") << QStringLiteral("html-500") << QStringLiteral("HTTP 500");
        QTest::newRow("html 200") << QStringLiteral("html-200") << QStringLiteral("web page");
        QTest::newRow("404") << QStringLiteral("http-404") << QStringLiteral("HTTP 404");
        QTest::newRow("not json") << QStringLiteral("not-json")
                                  << QStringLiteral("not valid price data");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("closed");
        QTest::newRow("truncated but parseable")
            << QStringLiteral("truncated-valid") << QStringLiteral("closed");
        QTest::newRow("redirect loop")
            << QStringLiteral("redirect-loop") << QStringLiteral("redirected too many times");
        QTest::newRow("redirect to a file")
            << QStringLiteral("redirect-file") << QStringLiteral("not allowed");
    }

    void shouldExplainFailures()
    {
        QFETCH(QString, category);
        QFETCH(QString, errorContains);
        auto client = makeClient();
        const FetchResult result = fetchAndWait(*client, PriceRequest::category(category));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        QVERIFY(result.parsed.services.isEmpty());
    }

    void shouldFollowSafeRedirects()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("redirect")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.parsed.services.size(), 3);
    }

    void shouldNeverReportASupersededRequest()
    {
        auto client = makeClient();
        QSignalSpy finished(client.get(), &PriceClient::finished);
        client->fetch(PriceRequest::category(QStringLiteral("slow:1500")));
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        client->fetch(PriceRequest::category(QStringLiteral("fast")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        // Give the slow answer time to arrive; it must never be reported.
        QTest::qWait(2500);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<FetchResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.request, PriceRequest::category(QStringLiteral("fast")));
        QCOMPARE(result.parsed.services.size(), 1);
        QCOMPARE(result.parsed.services.first().id, 222u);
    }

    void shouldReportACancelAsCancelled()
    {
        auto client = makeClient();
        QSignalSpy finished(client.get(), &PriceClient::finished);
        client->fetch(PriceRequest::category(QStringLiteral("slow")));
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QVERIFY(client->isBusy());
        client->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const auto result = finished.first().first().value<FetchResult>();
        QCOMPARE(result.outcome, FetchResult::Outcome::Cancelled);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!client->isBusy());
    }

    void shouldTimeOutWhenThePanelStalls()
    {
        auto client = makeClient();
        FetchLimits limits;
        limits.timeout = 700ms;
        client->setLimits(limits);
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("stall")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("stopped answering")),
                 qPrintable(result.error));
    }

    void shouldRefuseADeclaredSizeAboveTheCap()
    {
        auto client = makeClient();
        qint64 peakReceived = 0;
        connect(client.get(), &PriceClient::progressChanged, this,
                [&](qint64 received, qint64) { peakReceived = std::max(peakReceived, received); });
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("huge-length")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("larger than the limit")),
                 qPrintable(result.error));
        // Refused on the header: the streaming cap would only stop it after 32 MiB.
        QVERIFY2(peakReceived < 1024 * 1024, qPrintable(QString::number(peakReceived)));
    }

    void shouldCutAnEndlessStreamAtTheCapWithBoundedMemory()
    {
        auto client = makeClient();
        QCOMPARE(client->limits().maxResponseBytes, 32 * 1024 * 1024);
        const qint64 residentBefore = statusKilobytes("VmRSS:");
        qint64 peakReceived = 0;
        connect(client.get(), &PriceClient::progressChanged, this,
                [&](qint64 received, qint64) { peakReceived = std::max(peakReceived, received); });
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("endless")), 60000);
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("larger than the limit")),
                 qPrintable(result.error));
        QVERIFY(peakReceived >= client->limits().maxResponseBytes);
        QVERIFY(result.body.isEmpty());
        const qint64 peakGrowthKb = statusKilobytes("VmHWM:") - residentBefore;
        qInfo("peak resident growth while cutting the stream: %lld KiB", peakGrowthKb);
        QVERIFY(residentBefore > 0);
        qint64 allowedKb = client->limits().maxResponseBytes / 1024 + 64 * 1024;
#if defined(SMM_SANITIZE)
        // AddressSanitizer keeps freed blocks in a 256 MiB quarantine before reusing them.
        allowedKb += 256 * 1024;
#endif
        QVERIFY(peakGrowthKb < allowedKb);
        // The buffered bytes themselves never pass the cap by more than one network read.
        QVERIFY(peakReceived < client->limits().maxResponseBytes + 8 * 1024 * 1024);
    }

    void shouldEndARequestAtTheDeadlineWhileBytesKeepArriving()
    {
        auto client = makeClient();
        FetchLimits limits;
        limits.timeout = 30s;
        limits.deadline = 1500ms;
        client->setLimits(limits);
        QCOMPARE(client->limits().deadline, 1500ms);
        QElapsedTimer elapsed;
        elapsed.start();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("drip")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("whole response did not arrive")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("1.5 seconds")), qPrintable(result.error));
        QVERIFY(elapsed.elapsed() >= 1500);
        QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!client->isBusy());
    }

    void shouldLoadACatalogCompressedAtAHighRatio()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("gzip-catalog")), 60000);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QVERIFY(result.body.size() >= 12 * 1024 * 1024);
        QVERIFY(result.parsed.services.size() > 40000);
        QCOMPARE(result.parsed.services.first().category, QStringLiteral("gzip-catalog"));
    }

    void shouldStopADecompressionBombAtTheCap_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::newRow("default cap") << FetchLimits::DefaultMaxResponseBytes;
        QTest::newRow("small cap") << qint64(1024 * 1024);
    }

    void shouldStopADecompressionBombAtTheCap()
    {
        QFETCH(qint64, cap);
        auto client = makeClient();
        FetchLimits limits;
        limits.maxResponseBytes = cap;
        client->setLimits(limits);
        const qint64 residentBefore = statusKilobytes("VmRSS:");
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("gzip-bomb")), 60000);
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("larger than the limit")),
                 qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
        const qint64 peakGrowthKb = statusKilobytes("VmHWM:") - residentBefore;
        qInfo("peak resident growth while inflating: %lld KiB", peakGrowthKb);
        QVERIFY(residentBefore > 0);
        // The 256 MiB the body inflates to are never all held at once.
        qint64 allowedKb = cap / 1024 + 64 * 1024;
#if defined(SMM_SANITIZE)
        allowedKb += 256 * 1024; // AddressSanitizer's quarantine of freed blocks
#endif
        QVERIFY(peakGrowthKb < allowedKb);
    }

    void shouldSayWhenACompressedBodyIsDamaged()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("gzip-corrupt")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("could not be unpacked")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("(gzip)")), qPrintable(result.error));
    }

    void shouldSayWhenTheHeaderNeverEnds_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("deadlineMs");
        QTest::newRow("idle timeout first") << 1500 << 20000;
        QTest::newRow("deadline first") << 20000 << 1500;
    }

    void shouldSayWhenTheHeaderNeverEnds()
    {
        QFETCH(int, timeoutMs);
        QFETCH(int, deadlineMs);
        auto client = makeClient();
        FetchLimits limits;
        limits.timeout = std::chrono::milliseconds(timeoutMs);
        limits.deadline = std::chrono::milliseconds(deadlineMs);
        client->setLimits(limits);
        QElapsedTimer elapsed;
        elapsed.start();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("endless-header")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("header lines that never ended")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("within 1.5 seconds")),
                 qPrintable(result.error));
        QVERIFY(elapsed.elapsed() < 10000);
    }

    void shouldRefuseRedirectsToLinkLocalAddresses_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("cloud metadata over https")
            << QStringLiteral("https://169.254.169.254/latest/meta-data/");
        QTest::newRow("cloud metadata over http")
            << QStringLiteral("http://169.254.169.254/latest/meta-data/");
        QTest::newRow("ipv6 link-local") << QStringLiteral("https://[fe80::1]/smm");
        QTest::newRow("ipv4-mapped link-local")
            << QStringLiteral("https://[::ffff:169.254.169.254]/smm");
    }

    void shouldRefuseRedirectsToLinkLocalAddresses()
    {
        QFETCH(QString, target);
        auto client = makeClient();
        QElapsedTimer elapsed;
        elapsed.start();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("redirect-to:") + target));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("redirected to an address that is not "
                                                      "allowed")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("link-local")), qPrintable(result.error));
        // Refused before any attempt to connect, which to an unreachable address takes seconds.
        QVERIFY(elapsed.elapsed() < 3000);
    }

    void shouldNameTheRedirectedHostWhenItsCertificateFails()
    {
        // Another loopback address stands for another server, without needing a name to resolve
        // (a bare Debian root has no /etc/hosts).
        FakePanel securePanel;
        QVERIFY(securePanel.start({QStringLiteral("--host"), QStringLiteral("127.0.0.2"),
                                   QStringLiteral("--tls"),
                                   QStringLiteral(SMM_TEST_DATA_DIR "/self-signed.pem"),
                                   QStringLiteral(SMM_TEST_DATA_DIR "/self-signed.key")}));
        auto client = makeClient();
        const QString target =
            QStringLiteral("https://127.0.0.2:%1/smm/category?name=fast").arg(securePanel.port());
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("redirect-to:") + target));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("secure connection to “127.0.0.2”")),
                 qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));
    }

    void shouldHonourASmallerCap()
    {
        auto client = makeClient();
        FetchLimits limits;
        limits.maxResponseBytes = 1000;
        client->setLimits(limits);
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("many")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY(result.error.contains(QStringLiteral("larger than the limit")));
    }

    void shouldNameTheAppAndAskForJson()
    {
        auto client = makeClient();
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("fast")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(m_panel.lastRequestHeader("User-Agent"),
                 QByteArray("smm-price-browser/" SMM_VERSION));
        QCOMPARE(m_panel.lastRequestHeader("Accept"), QByteArray("application/json"));
    }

    void shouldFailOnAnUntrustedCertificate()
    {
        FakePanel securePanel;
        QVERIFY(startSecurePanel(securePanel));
        auto client = makeClient();
        client->setApiBase(httpsBaseOf(securePanel));
        const FetchResult result =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("fast")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("secure connection")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("certificate")), qPrintable(result.error));
        QVERIFY(result.parsed.services.isEmpty());
        QVERIFY(result.body.isEmpty());
        // Nothing was asked over the connection that was not trusted.
        QVERIFY(securePanel.requestedTargets().isEmpty());
    }

    void shouldNeverFollowARedirectFromHttpsToHttp()
    {
        FakePanel securePanel;
        QVERIFY(startSecurePanel(securePanel));
        // Trusted for this test only, so that the redirect itself is what gets refused.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(QStringLiteral(SMM_TEST_DATA_DIR "/self-signed.pem"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto client = makeClient();
        client->setApiBase(httpsBaseOf(securePanel));

        const FetchResult trusted =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("fast")));
        const FetchResult downgraded =
            fetchAndWait(*client, PriceRequest::category(QStringLiteral("redirect-http")));
        QSslConfiguration::setDefaultConfiguration(saved);

        QVERIFY2(trusted.succeeded(), qPrintable(trusted.error));
        QCOMPARE(downgraded.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(downgraded.error.contains(QStringLiteral("leave the encrypted connection")),
                 qPrintable(downgraded.error));
        QVERIFY(downgraded.parsed.services.isEmpty());
        QCOMPARE(securePanel.requestedTargets(),
                 (QStringList{QStringLiteral("/smm/category?name=fast"),
                              QStringLiteral("/smm/category?name=redirect-http")}));
    }

    void shouldAcceptExactlyTheCap_data()
    {
        QTest::addColumn<qint64>("slack");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at the cap") << qint64(0) << true;
        QTest::newRow("one byte past the cap") << qint64(-1) << false;
    }

    void shouldAcceptExactlyTheCap()
    {
        QFETCH(qint64, slack);
        QFETCH(bool, accepted);
        QFile example(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        auto client = makeClient();
        FetchLimits limits;
        limits.maxResponseBytes = example.size() + slack;
        client->setLimits(limits);
        const FetchResult result = fetchAndWait(
            *client,
            PriceRequest::category(QStringLiteral("[YT] Youtube Views [Real and Active]")));
        QCOMPARE(result.succeeded(), accepted);
        if (accepted) {
            QCOMPARE(result.body.size(), example.size());
            QCOMPARE(result.parsed.services.size(), 3);
        } else {
            QVERIFY2(result.error.contains(QStringLiteral("larger than the limit")),
                     qPrintable(result.error));
        }
    }

    void shouldKeepTheFirstRowsUpToTheRowCeiling_data()
    {
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<int>("rows");
        QTest::newRow("at the ceiling") << 3 << 3;
        QTest::newRow("one row past the ceiling") << 2 << 2;
    }

    void shouldKeepTheFirstRowsUpToTheRowCeiling()
    {
        QFETCH(int, ceiling);
        QFETCH(int, rows);
        auto client = makeClient();
        FetchLimits limits;
        limits.parse.maxRows = ceiling;
        client->setLimits(limits);
        const FetchResult result = fetchAndWait(
            *client,
            PriceRequest::category(QStringLiteral("[YT] Youtube Views [Real and Active]")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.parsed.services.size(), rows);
        QCOMPARE(result.parsed.services.first().id, 3900u);
        QCOMPARE(result.parsed.rowsOverLimit, 3 - rows);
        QCOMPARE(result.parsed.problemSummary().isEmpty(), rows == 3);
    }

    void shouldSayWhenNothingListens()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        PriceClient client;
        client.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1/smm").arg(port)));
        const FetchResult result =
            fetchAndWait(client, PriceRequest::category(QStringLiteral("x")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
    }

    void shouldRefuseUnsafeApiAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://panel.example/smm") << true;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/smm") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:8080/smm/") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080/smm") << true;
        QTest::newRow("remote http") << QStringLiteral("http://panel.example/smm") << false;
        QTest::newRow("link-local https") << QStringLiteral("https://169.254.169.254/smm") << false;
        QTest::newRow("link-local edge") << QStringLiteral("https://169.254.255.255/smm") << false;
        QTest::newRow("next to link-local") << QStringLiteral("https://169.255.0.1/smm") << true;
        QTest::newRow("ipv6 link-local") << QStringLiteral("https://[fe80::1]/smm") << false;
        QTest::newRow("ipv6 link-local, upper end")
            << QStringLiteral("https://[febf:ffff::1]/smm") << false;
        QTest::newRow("ipv6 next to link-local") << QStringLiteral("https://[fec0::1]/smm") << true;
        QTest::newRow("ipv4-mapped link-local")
            << QStringLiteral("https://[::ffff:169.254.169.254]/smm") << false;
        QTest::newRow("ipv4-mapped link-local, hex")
            << QStringLiteral("https://[::ffff:a9fe:a9fe]/smm") << false;
        QTest::newRow("link-local as one number")
            << QStringLiteral("https://2852039166/smm") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("qrc") << QStringLiteral("qrc:/smm") << false;
        QTest::newRow("data") << QStringLiteral("data:application/json,{}") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://panel.example/smm") << false;
        QTest::newRow("no scheme") << QStringLiteral("panel.example/smm") << false;
        QTest::newRow("query") << QStringLiteral("https://panel.example/smm?x=1") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void shouldRefuseUnsafeApiAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        QString error;
        const QUrl url = ApiAddress::parse(address, &error);
        QCOMPARE(url.isValid() && error.isEmpty(), allowed);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void shouldNeverReadLocalFilesThroughTheClient()
    {
        PriceClient client;
        client.setApiBase(QUrl(QStringLiteral("file:///etc")));
        const FetchResult result =
            fetchAndWait(client, PriceRequest::category(QStringLiteral("hostname")));
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        QVERIFY(result.body.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("cannot be used")), qPrintable(result.error));
    }

    void shouldChooseOptionOverEnvironmentOverSetting()
    {
        const QString option = QStringLiteral("https://option.example/smm");
        const QString environment = QStringLiteral("https://env.example/smm");
        const QString setting = QStringLiteral("https://setting.example/smm");
        QString error;
        QCOMPARE(ApiAddress::choose(option, environment, setting, &error).host(),
                 QStringLiteral("option.example"));
        QCOMPARE(ApiAddress::choose({}, environment, setting, &error).host(),
                 QStringLiteral("env.example"));
        QCOMPARE(ApiAddress::choose({}, {}, setting, &error).host(),
                 QStringLiteral("setting.example"));
        QCOMPARE(ApiAddress::choose({}, {}, {}, &error), ApiAddress::defaultBase());
        QVERIFY(error.isEmpty());
        QVERIFY(
            !ApiAddress::choose(QStringLiteral("file:///tmp"), environment, {}, &error).isValid());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPriceClient)
#include "test_priceclient.moc"
