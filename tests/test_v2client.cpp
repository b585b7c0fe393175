// SPDX-License-Identifier: MIT
#include "fakepanel.h"
#include "v2client.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FetchResult)
Q_DECLARE_METATYPE(V2Parser::Balance)

namespace {
const QString Key = QStringLiteral("s3cret-Key+42/abc");
const QString WrongKey = QStringLiteral("wrong-Key+99/xyz");
} // namespace

using namespace Qt::StringLiterals;

class TestV2Client : public QObject
{
    Q_OBJECT

private:
    // A fake standard-API panel accepting only `Key`; stopped when the test ends.
    std::unique_ptr<FakePanel> startPanel(const QStringList &args = {})
    {
        auto panel = std::make_unique<FakePanel>();
        panel->useV2Script();
        if (!panel->start(QStringList{QStringLiteral("--key"), Key} + args))
            return nullptr;
        return panel;
    }

    static FetchResult services(V2Client &client)
    {
        QSignalSpy finished(&client, &V2Client::servicesFinished);
        client.fetchServices();
        if (finished.isEmpty() && !finished.wait(15000))
            return {};
        return finished.first().first().value<FetchResult>();
    }

    static std::pair<FetchResult, V2Parser::Balance> balance(V2Client &client)
    {
        QSignalSpy finished(&client, &V2Client::balanceFinished);
        client.fetchBalance();
        if (finished.isEmpty() && !finished.wait(15000))
            return {};
        return {finished.first().at(0).value<FetchResult>(),
                finished.first().at(1).value<V2Parser::Balance>()};
    }

    static void verifyNoKey(const FetchResult &result, const QString &key)
    {
        for (const QString &text :
             {result.error, result.parsed.error, result.parsed.panelMessage}) {
            QVERIFY2(!text.contains(key), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(key))),
                     qPrintable(text));
        }
    }

    // Holds every thread of the global pool until released, so that a list handed to a worker
    // is not parsed meanwhile.
    struct HeldPool {
        QSemaphore release;
        QSemaphore started;
        int threads = QThreadPool::globalInstance()->maxThreadCount();

        HeldPool()
        {
            for (int i = 0; i < threads; ++i)
                QThreadPool::globalInstance()->start([this] {
                    started.release();
                    release.acquire();
                });
            started.acquire(threads);
        }
        ~HeldPool() { free(); }
        void free() { release.release(std::exchange(threads, 0)); }
    };

    // Fetches the services of a panel with a list long enough to be parsed on a worker, and
    // returns once the whole answer has arrived and the event loop had time to handle it.
    static void fetchLongList(V2Client &client, FakePanel &panel)
    {
        client.setApiUrl(panel.v2Url());
        client.setKey(Key);
        bool received = false;
        QObject guard;
        connect(&client, &V2Client::progressChanged, &guard,
                [&](qint64 bytes, qint64 total) { received = bytes > 0 && bytes == total; });
        client.fetchServices();
        QTRY_VERIFY_WITH_TIMEOUT(received, 15000);
        QTest::qWait(300);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FetchResult>();
        qRegisterMetaType<V2Parser::Balance>();
    }

    void servicesEveryVariant()
    {
        auto panel = startPanel();
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        const FetchResult result = services(client);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        // The key travels in the body only, never in the address.
        QCOMPARE(panel->requestedTargets(), QStringList{QStringLiteral("/api/v2")});

        const ServiceList &list = result.parsed.services;
        QCOMPARE(list.size(), 8);
        struct Expected {
            quint64 id;
            const char *name, *type, *category, *rate;
            double price;
            qint64 min, max;
            bool refill, cancel, dripfeed;
        };
        const Expected expected[] = {
            {101, "Instagram Likes [Real]", "Default", "Instagram Likes", "0.0450", 0.045, 10, 5000,
             true, false, false},
            {102, "Instagram Followers", "", "Instagram Followers", "12.5000000", 12.5, 100, 100000,
             true, false, true},
            {103, "YouTube Views", "", "YouTube Views", "1.25", 1.25, 50, Service::UnlimitedMax,
             true, true, false},
            {104, "", "Custom Comments", "Instagram Comments", "3", 3, 20, Service::UnlimitedMax,
             false, false, false},
            {105, "TikTok Package", "Package", "", "0.0000001", 1e-7, 0, Service::UnlimitedMax,
             false, true, false},
            {106, "Telegram Members", "Subscriptions", "Telegram", "7.10", 7.1, 1, 1000, false,
             false, true},
            {107, "Twitter Likes", "", "Twitter", "0.00002", 2e-5, 10, 100, false, false, false},
            {108, "Spotify Plays", "", "Spotify", "1234567.1234567", 1234567.1234567, 1000,
             10000000, false, false, false},
        };
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Service &s = list.at(i);
            const Expected &e = expected[i];
            QCOMPARE(s.id, e.id);
            QCOMPARE(s.name, QString::fromUtf8(e.name));
            QCOMPARE(s.type, QString::fromUtf8(e.type));
            QCOMPARE(s.category, QString::fromUtf8(e.category));
            QCOMPARE(s.priceExact, QString::fromUtf8(e.rate));
            QCOMPARE(s.price, e.price);
            QCOMPARE(s.min, e.min);
            QCOMPARE(s.max, e.max);
            QCOMPARE(s.refill, e.refill);
            QCOMPARE(s.cancel, e.cancel);
            QCOMPARE(s.dripfeed, e.dripfeed);
            QVERIFY(s.active);
        }
        QCOMPARE(list.at(3).note,
                 QStringLiteral("<p>Start <b>0-1 hours</b></p><ul><li>No refill</li></ul>"));
        QVERIFY(list.at(0).note.isEmpty());

        const QList<SkippedRow> &skipped = result.parsed.skippedRows;
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(skipped.at(0).index, 8);
        QCOMPARE(skipped.at(0).reason, QStringLiteral("price “abc” is not a number"));
        QCOMPARE(skipped.at(1).reason, QStringLiteral("no price"));
        QCOMPARE(skipped.at(2).reason, QStringLiteral("no price"));
        QCOMPARE(skipped.at(3).reason,
                 QStringLiteral("id “x204” is not a whole number that can be kept exact"));
    }

    void balanceBothPersonalities_data()
    {
        QTest::addColumn<QString>("personality");
        QTest::newRow("string balance") << u"perfectpanel"_s;
        QTest::newRow("number inside status") << u"smartpanel"_s;
    }
    void balanceBothPersonalities()
    {
        QFETCH(QString, personality);
        auto panel = startPanel({QStringLiteral("--personality"), personality,
                                 QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        const auto [result, answer] = balance(client);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(answer.amount, QStringLiteral("100.84292"));
        QCOMPARE(answer.currency, QStringLiteral("EUR"));
        QVERIFY(result.parsed.services.isEmpty());
    }

    void wrongKeyShowsThePanelsMessageNeverTheKey_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("HTTP 200 error") << QStringList() << 200;
        QTest::newRow("HTTP 200 echoing the key")
            << QStringList{QStringLiteral("--echo-key")} << 200;
        QTest::newRow("HTTP 401") << QStringList{QStringLiteral("--error-style"),
                                                 QStringLiteral("http"),
                                                 QStringLiteral("--echo-key")}
                                  << 401;
        QTest::newRow("HTTP 403") << QStringList{QStringLiteral("--error-style"),
                                                 QStringLiteral("http"),
                                                 QStringLiteral("--personality"),
                                                 QStringLiteral("smartpanel"),
                                                 QStringLiteral("--echo-key")}
                                  << 403;
    }
    void wrongKeyShowsThePanelsMessageNeverTheKey()
    {
        QFETCH(QStringList, args);
        QFETCH(int, httpStatus);
        auto panel = startPanel(args);
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(WrongKey);
        for (const bool services_ : {true, false}) {
            const FetchResult result = services_ ? services(client) : balance(client).first;
            QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
            QCOMPARE(result.failure, FetchResult::Failure::Permanent);
            QCOMPARE(result.httpStatus, httpStatus);
            QVERIFY2(result.error.contains(QLatin1String("Incorrect API key")),
                     qPrintable(result.error));
            verifyNoKey(result, WrongKey);
        }
    }

    void keyEchoedInARowIsHidden()
    {
        auto panel = startPanel({QStringLiteral("--echo-key")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        const FetchResult result = services(client);
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.parsed.skippedRows.size(), 5);
        QCOMPARE(result.parsed.skippedRows.last().reason,
                 QStringLiteral("price “•••” is not a number"));
    }

    void htmlErrorPage()
    {
        auto panel = startPanel({QStringLiteral("--html-error")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        const FetchResult result = services(client);
        QCOMPARE(result.failure, FetchResult::Failure::Transient);
        QCOMPARE(result.error,
                 QStringLiteral("The panel answered with a web page, not price data."));
    }

    void slowPanelEndsAtTheDeadline()
    {
        auto panel = startPanel({QStringLiteral("--slow"), QStringLiteral("5")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        FetchLimits limits;
        limits.deadline = 500ms;
        client.setLimits(limits);
        QElapsedTimer timer;
        timer.start();
        const FetchResult result = services(client);
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
        // Nothing at all arrived, so the panel counts as unreachable.
        QCOMPARE(result.failure, FetchResult::Failure::Unreachable);
        QVERIFY2(result.error.contains(QLatin1String("0.5 seconds")), qPrintable(result.error));
    }

    void tooLargeIsStopped()
    {
        auto panel = startPanel({QStringLiteral("--too-large"), QStringLiteral("200000")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        FetchLimits limits;
        limits.maxResponseBytes = 10000;
        client.setLimits(limits);
        const FetchResult result = services(client);
        QCOMPARE(result.failure, FetchResult::Failure::TooLarge);
    }

    void refusedAddressAndMissingKey()
    {
        V2Client client;
        client.setApiUrl(QUrl(QStringLiteral("http://panel.example/api/v2")));
        client.setKey(Key);
        FetchResult result = services(client);
        QCOMPARE(result.failure, FetchResult::Failure::Permanent);
        QVERIFY2(result.error.startsWith(QLatin1String("The API address cannot be used")),
                 qPrintable(result.error));

        client.setApiUrl(QUrl(QStringLiteral("https://panel.example/api/v2")));
        client.setKey(QString());
        result = services(client);
        QCOMPARE(result.error, QStringLiteral("No API key is set for this panel."));
    }

    void redirectIsNotFollowed()
    {
        // The key would go along to wherever the redirect points.
        auto panel = startPanel({QStringLiteral("--redirect")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        const FetchResult result = services(client);
        QCOMPARE(result.failure, FetchResult::Failure::Permanent);
        QVERIFY2(result.error.startsWith(QLatin1String("The panel redirected the request to ")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("/api/v2/moved")), qPrintable(result.error));
        QCOMPARE(panel->requestedTargets(), QStringList{QStringLiteral("/api/v2")});
    }

    void cancelReportsCancelled()
    {
        auto panel = startPanel({QStringLiteral("--slow"), QStringLiteral("5")});
        QVERIFY(panel);
        V2Client client;
        client.setApiUrl(panel->v2Url());
        client.setKey(Key);
        QSignalSpy finished(&client, &V2Client::servicesFinished);
        client.fetchServices();
        QVERIFY(panel->waitForRequestCount(1, 5000));
        client.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<FetchResult>().outcome,
                 FetchResult::Outcome::Cancelled);
    }

    void shouldParseALongListOnAWorker()
    {
        auto panel = startPanel({QStringLiteral("--catalog-size"), QStringLiteral("5000")});
        QVERIFY(panel);
        V2Client client;
        QSignalSpy finished(&client, &V2Client::servicesFinished);
        HeldPool pool;
        fetchLongList(client, *panel);
        // Parsed on the event loop, it would have been reported by now.
        QVERIFY(finished.isEmpty());
        QVERIFY(client.isBusy());
        pool.free();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY(!client.isBusy());
        const FetchResult result = finished.first().first().value<FetchResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QVERIFY(result.body.size() >= 512 * 1024);
        QCOMPARE(result.parsed.services.size(), 5008); // with the eight of every variant
        QCOMPARE(result.parsed.services, V2Parser::parseServices(result.body).services);
    }

    void shouldNeverReportAListCancelledWhileParsed()
    {
        auto panel = startPanel({QStringLiteral("--catalog-size"), QStringLiteral("5000")});
        QVERIFY(panel);
        V2Client client;
        QSignalSpy finished(&client, &V2Client::servicesFinished);
        HeldPool pool;
        fetchLongList(client, *panel);
        QVERIFY(finished.isEmpty());
        client.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<FetchResult>().outcome,
                 FetchResult::Outcome::Cancelled);
        QVERIFY(!client.isBusy());
        pool.free();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100); // the parse's end, handed to the event loop
        QCOMPARE(finished.size(), 1);
    }

    void shouldReportOnlyTheCallThatSupersededAParse()
    {
        auto panel = startPanel({QStringLiteral("--catalog-size"), QStringLiteral("5000")});
        QVERIFY(panel);
        V2Client client;
        QSignalSpy services(&client, &V2Client::servicesFinished);
        QSignalSpy balance(&client, &V2Client::balanceFinished);
        HeldPool pool;
        fetchLongList(client, *panel);
        client.fetchBalance();
        pool.free();
        QTRY_COMPARE_WITH_TIMEOUT(balance.size(), 1, 15000);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100);
        QCOMPARE(services.size(), 0);
        QVERIFY(balance.first().first().value<FetchResult>().succeeded());
    }

    void shouldDropAParseWhenDestroyed()
    {
        auto panel = startPanel({QStringLiteral("--catalog-size"), QStringLiteral("5000")});
        QVERIFY(panel);
        auto client = std::make_unique<V2Client>();
        QSignalSpy finished(client.get(), &V2Client::servicesFinished);
        HeldPool pool;
        fetchLongList(*client, *panel);
        client.reset();
        pool.free();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestV2Client)
#include "test_v2client.moc"
