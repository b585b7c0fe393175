// SPDX-License-Identifier: MIT
#include "fakepanel.h"
#include "panelfetch.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(FetchResult)

namespace {
const QString Key = QStringLiteral("panel-key-0123456789");

PanelFetch::Panel v2Panel(const QString &name, const FakePanel &fake, const QString &currency,
                          const QString &key = Key)
{
    PanelConfig config;
    config.name = name;
    config.style = PanelConfig::Style::V2;
    config.url = fake.v2Url();
    config.currency = currency;
    return {config, key};
}

PanelFetch::Panel builtIn(const FakePanel &fake)
{
    PanelConfig config;
    config.name = PanelConfig::BuiltInName;
    config.style = PanelConfig::Style::Kratos;
    config.url = fake.baseUrl();
    return {config, {}};
}
} // namespace

class TestPanelFetch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePanel> startV2(const QStringList &args)
    {
        auto panel = std::make_unique<FakePanel>();
        panel->useV2Script();
        if (!panel->start(QStringList{QStringLiteral("--key"), Key} + args))
            return nullptr;
        return panel;
    }

    // The results by panel name, in the order they finished.
    struct Run {
        QStringList order;
        QHash<QString, FetchResult> results;
        QStringList started;
        QHash<QString, QString> learned;
        int allFinished = 0;
    };

    static Run run(PanelFetch &fetch, const QList<PanelFetch::Panel> &panels)
    {
        Run run;
        QObject context;
        QObject::connect(&fetch, &PanelFetch::panelStarted, &context,
                         [&](const QString &panel) { run.started << panel; });
        QObject::connect(&fetch, &PanelFetch::panelFinished, &context,
                         [&](const QString &panel, const FetchResult &result) {
                             run.order << panel;
                             run.results.insert(panel, result);
                         });
        QObject::connect(&fetch, &PanelFetch::currencyLearned, &context,
                         [&](const QString &panel, const QString &currency) {
                             run.learned.insert(panel, currency);
                         });
        QObject::connect(&fetch, &PanelFetch::allFinished, &context, [&] { ++run.allFinished; });
        fetch.start(panels);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(run.allFinished > 0, 20000);
        }();
        return run;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FetchResult>(); }

    void threePanelsAtOnce()
    {
        auto usd = startV2({QStringLiteral("--catalog-size"), QStringLiteral("30")});
        auto eur = startV2({QStringLiteral("--personality"), QStringLiteral("smartpanel"),
                            QStringLiteral("--currency"), QStringLiteral("EUR"),
                            QStringLiteral("--catalog-size"), QStringLiteral("5")});
        FakePanel kratos;
        QVERIFY(usd && eur
                && kratos.start({QStringLiteral("--catalog-size"), QStringLiteral("40")}));

        PanelFetch fetch;
        QSignalSpy progress(&fetch, &PanelFetch::panelProgress);
        const Run result =
            run(fetch, {builtIn(kratos), v2Panel(QStringLiteral("Cheap SMM"), *usd, {}),
                        v2Panel(QStringLiteral("Euro Panel"), *eur, {})});
        QCOMPARE(result.allFinished, 1);
        QCOMPARE(result.started, (QStringList{PanelConfig::BuiltInName, QStringLiteral("Cheap SMM"),
                                              QStringLiteral("Euro Panel")}));
        QCOMPARE(result.order.size(), 3);
        QCOMPARE(result.learned.value(QStringLiteral("Cheap SMM")), QStringLiteral("USD"));
        QCOMPARE(result.learned.value(QStringLiteral("Euro Panel")), QStringLiteral("EUR"));

        const FetchResult &seed = result.results.value(PanelConfig::BuiltInName);
        QVERIFY2(seed.succeeded(), qPrintable(seed.error));
        QCOMPARE(seed.parsed.services.size(), 40);
        for (const Service &service : seed.parsed.services) {
            QCOMPARE(service.panel, QString());
            QCOMPARE(service.currencyCode(), Service::Rupiah);
        }
        QCOMPARE(kratos.requestedTargets(), QStringList{QStringLiteral("/smm/getallprice")});

        const FetchResult &cheap = result.results.value(QStringLiteral("Cheap SMM"));
        QVERIFY2(cheap.succeeded(), qPrintable(cheap.error));
        QCOMPARE(cheap.parsed.services.size(), 8 + 30);
        QCOMPARE(cheap.parsed.skippedRows.size(), 4);
        for (const Service &service : cheap.parsed.services) {
            QCOMPARE(service.panel, QStringLiteral("Cheap SMM"));
            QCOMPARE(service.currency, QStringLiteral("USD"));
            QVERIFY(!service.priceExact.isEmpty());
        }
        // The balance was asked for first, as the currency was unknown.
        QCOMPARE(usd->requestedTargets().size(), 2);

        const FetchResult &euro = result.results.value(QStringLiteral("Euro Panel"));
        QVERIFY2(euro.succeeded(), qPrintable(euro.error));
        QCOMPARE(euro.parsed.services.size(), 8 + 5);
        QCOMPARE(euro.parsed.services.last().id, 1004u); // smartpanel's ids are strings
        QCOMPARE(euro.parsed.services.first().currency, QStringLiteral("EUR"));
        QVERIFY(!progress.isEmpty());
    }

    void knownCurrencySkipsTheBalance()
    {
        auto panel = startV2({QStringLiteral("--currency"), QStringLiteral("USD")});
        QVERIFY(panel);
        PanelFetch fetch;
        const Run result =
            run(fetch, {v2Panel(QStringLiteral("P"), *panel, QStringLiteral("GBP"))});
        const FetchResult &p = result.results.value(QStringLiteral("P"));
        QVERIFY2(p.succeeded(), qPrintable(p.error));
        QCOMPARE(panel->requestedTargets().size(), 1);
        QVERIFY(result.learned.isEmpty());
        QCOMPARE(p.parsed.services.first().currency, QStringLiteral("GBP"));
    }

    void oneFailingPanelDoesNotCostTheOthers()
    {
        auto good = startV2({});
        auto bad = startV2({QStringLiteral("--error-style"), QStringLiteral("http")});
        FakePanel kratos;
        QVERIFY(good && bad
                && kratos.start({QStringLiteral("--catalog-size"), QStringLiteral("10")}));
        PanelFetch fetch;
        const Run result =
            run(fetch,
                {v2Panel(QStringLiteral("Bad"), *bad, {}, QStringLiteral("nope-key")),
                 builtIn(kratos), v2Panel(QStringLiteral("Good"), *good, QStringLiteral("USD"))});
        QCOMPARE(result.allFinished, 1);
        const FetchResult &failed = result.results.value(QStringLiteral("Bad"));
        QCOMPARE(failed.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("Incorrect API key")),
                 qPrintable(failed.error));
        QVERIFY(!failed.error.contains(QLatin1String("nope-key")));
        QVERIFY(result.results.value(PanelConfig::BuiltInName).succeeded());
        QVERIFY(result.results.value(QStringLiteral("Good")).succeeded());
    }

    void slowPanelDoesNotHoldUpTheOthers()
    {
        auto slow = startV2({QStringLiteral("--slow"), QStringLiteral("3")});
        auto fast = startV2({});
        QVERIFY(slow && fast);
        PanelFetch fetch;
        const Run result =
            run(fetch, {v2Panel(QStringLiteral("Slow"), *slow, QStringLiteral("USD")),
                        v2Panel(QStringLiteral("Fast"), *fast, QStringLiteral("USD"))});
        QCOMPARE(result.order, (QStringList{QStringLiteral("Fast"), QStringLiteral("Slow")}));
        QVERIFY(result.results.value(QStringLiteral("Slow")).succeeded());
    }

    void unknownCurrencyFailsThePanel()
    {
        auto panel = startV2({QStringLiteral("--currency"), QString()});
        QVERIFY(panel);
        PanelFetch fetch;
        const Run result = run(fetch, {v2Panel(QStringLiteral("P"), *panel, {})});
        const FetchResult &p = result.results.value(QStringLiteral("P"));
        QCOMPARE(p.outcome, FetchResult::Outcome::Failed);
        QVERIFY(p.parsed.services.isEmpty());
        QVERIFY2(p.error.contains(QLatin1String("currency")), qPrintable(p.error));
        QCOMPARE(panel->requestedTargets().size(), 1); // no services were asked for
    }

    void cancelStopsEveryPanel()
    {
        auto slow = startV2({QStringLiteral("--slow"), QStringLiteral("5")});
        FakePanel kratos;
        QVERIFY(slow && kratos.start());
        PanelFetch fetch;
        QSignalSpy finished(&fetch, &PanelFetch::panelFinished);
        QSignalSpy all(&fetch, &PanelFetch::allFinished);
        PanelFetch::Panel seed = builtIn(kratos);
        fetch.setKratosRequest(PriceRequest::category(QStringLiteral("slow:10000")));
        fetch.start({v2Panel(QStringLiteral("Slow"), *slow, {}), seed});
        QVERIFY(fetch.isBusy());
        QVERIFY(slow->waitForRequestCount(1, 5000));
        fetch.cancel();
        QCOMPARE(finished.size(), 2);
        for (const QList<QVariant> &signal : finished)
            QCOMPARE(signal.at(1).value<FetchResult>().outcome, FetchResult::Outcome::Cancelled);
        QCOMPARE(all.size(), 1);
        QVERIFY(!fetch.isBusy());
    }

    void noPanels()
    {
        PanelFetch fetch;
        QSignalSpy all(&fetch, &PanelFetch::allFinished);
        fetch.start({});
        QCOMPARE(all.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPanelFetch)
#include "test_panelfetch.moc"
