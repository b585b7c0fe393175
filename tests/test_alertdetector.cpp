// SPDX-License-Identifier: MIT
#include "alertdetector.h"

#include <QTest>

namespace {

Service service(quint64 id, double price)
{
    Service s;
    s.id = id;
    s.name = QStringLiteral("Service %1").arg(id);
    s.category = QStringLiteral("Views");
    s.price = price;
    s.min = 100;
    s.max = 10000;
    s.refill = true;
    return s;
}

StoredFetch fetchOf(qint64 id, const ServiceList &services)
{
    StoredFetch fetch;
    fetch.id = id;
    fetch.panel = QStringLiteral("King");
    fetch.category = QStringLiteral("Views");
    fetch.fetchedAt = QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC).addSecs(id * 60);
    fetch.services = services;
    return fetch;
}

// One alert as one line, so a single QCOMPARE checks all of it.
QString flat(const Alert &alert)
{
    return QStringLiteral("%1 %2: %3→%4")
        .arg(Alert::kindKey(alert.kind))
        .arg(alert.serviceId)
        .arg(alert.oldValue, alert.newValue);
}

QStringList flat(const AlertList &alerts)
{
    QStringList lines;
    for (const Alert &alert : alerts)
        lines.append(flat(alert));
    return lines;
}

AlertRule everything()
{
    AlertRule rule;
    rule.priceUpPercent = 10;
    rule.priceDownPercent = 10;
    rule.newServices = true;
    return rule;
}

} // namespace

class TestAlertDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRaiseNothingWithoutAPreviousFetch()
    {
        QVERIFY(AlertDetector::detect({}, fetchOf(1, {service(1, 100)}), everything()).isEmpty());
    }

    void shouldRaiseNothingForAnUnchangedRefetch()
    {
        const ServiceList services = {service(1, 100), service(2, 0.045)};
        QVERIFY(AlertDetector::detect(fetchOf(1, services), fetchOf(2, services), everything())
                    .isEmpty());
    }

    void shouldRaiseEachKindOnceForItsChange_data()
    {
        QTest::addColumn<Service>("after");
        QTest::addColumn<QString>("expected");
        Service up = service(1, 1125);
        QTest::newRow("price up") << up << QStringLiteral("price_up 1: 1000→1125");
        QTest::newRow("price down") << service(1, 800) << QStringLiteral("price_down 1: 1000→800");
        Service inactive = service(1, 1000);
        inactive.active = false;
        QTest::newRow("inactive") << inactive << QStringLiteral("inactive 1: 1→0");
        Service min = service(1, 1000);
        min.min = 50;
        QTest::newRow("min") << min << QStringLiteral("min_changed 1: 100→50");
        Service max = service(1, 1000);
        max.max = Service::UnlimitedMax;
        QTest::newRow("max") << max << QStringLiteral("max_changed 1: 10000→2147483647");
        Service refill = service(1, 1000);
        refill.refill = false;
        QTest::newRow("refill") << refill << QStringLiteral("refill_changed 1: 1→0");
    }

    void shouldRaiseEachKindOnceForItsChange()
    {
        QFETCH(Service, after);
        QFETCH(QString, expected);
        const StoredFetch before = fetchOf(1, {service(1, 1000)});
        const StoredFetch changed = fetchOf(2, {after});
        const AlertList alerts = AlertDetector::detect(before, changed, everything());
        QCOMPARE(flat(alerts).join(u'|'), expected);
        const Alert &alert = alerts.constFirst();
        QCOMPARE(alert.panel, QStringLiteral("King"));
        QCOMPARE(alert.category, QStringLiteral("Views"));
        QCOMPARE(alert.serviceName, QStringLiteral("Service 1"));
        QCOMPARE(alert.time, changed.fetchedAt);
        // Not again when the next fetch is the same.
        QVERIFY(AlertDetector::detect(changed, fetchOf(3, {after}), everything()).isEmpty());
    }

    void shouldRaiseRemovedAndNewServices()
    {
        const StoredFetch before = fetchOf(1, {service(1, 100), service(3, 300)});
        const StoredFetch after = fetchOf(2, {service(1, 100), service(4, 0.045)});
        QCOMPARE(flat(AlertDetector::detect(before, after, everything())),
                 (QStringList{QStringLiteral("new_service 4: →0.045"),
                              QStringLiteral("removed 3: 300→")}));
        AlertRule quiet = everything();
        quiet.newServices = false;
        quiet.removed = false;
        QVERIFY(AlertDetector::detect(before, after, quiet).isEmpty());
    }

    void shouldFireOnlyAboveTheThreshold_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<std::optional<double>>("up");
        QTest::addColumn<std::optional<double>>("down");
        QTest::addColumn<bool>("fires");
        const std::optional<double> off;
        QTest::newRow("up exactly 10 %") << 1100.0 << std::optional(10.0) << off << false;
        QTest::newRow("up 12.5 %") << 1125.0 << std::optional(10.0) << off << true;
        QTest::newRow("up with the up rule off") << 2000.0 << off << std::optional(1.0) << false;
        QTest::newRow("down 3 % under 5 %") << 970.0 << off << std::optional(5.0) << false;
        QTest::newRow("down 3 % over 2 %") << 970.0 << off << std::optional(2.0) << true;
        QTest::newRow("down, off by default") << 100.0 << std::optional(10.0) << off << false;
        QTest::newRow("any move at 0 %") << 1000.5 << std::optional(0.0) << off << true;
    }

    void shouldFireOnlyAboveTheThreshold()
    {
        QFETCH(double, price);
        QFETCH(std::optional<double>, up);
        QFETCH(std::optional<double>, down);
        QFETCH(bool, fires);
        AlertRule rule;
        rule.priceUpPercent = up;
        rule.priceDownPercent = down;
        const AlertList alerts = AlertDetector::detect(fetchOf(1, {service(1, 1000)}),
                                                       fetchOf(2, {service(1, price)}), rule);
        QCOMPARE(alerts.size(), fires ? 1 : 0);
        if (fires)
            QCOMPARE(*alerts[0].percent, (price - 1000) / 10);
    }

    void shouldTreatAnyRiseFromZeroAsAboveEveryThreshold()
    {
        const AlertList alerts = AlertDetector::detect(fetchOf(1, {service(1, 0)}),
                                                       fetchOf(2, {service(1, 5)}), AlertRule());
        QCOMPARE(flat(alerts), QStringList{QStringLiteral("price_up 1: 0→5")});
        QVERIFY(!alerts[0].percent);
    }

    void shouldKeepTheExactPriceOfAStandardApiPanel()
    {
        Service before = service(1, 0.04);
        before.priceExact = QStringLiteral("0.0400");
        before.currency = QStringLiteral("USD");
        Service after = before;
        after.price = 0.045;
        after.priceExact = QStringLiteral("0.0450");
        const AlertList alerts =
            AlertDetector::detect(fetchOf(1, {before}), fetchOf(2, {after}), AlertRule());
        QCOMPARE(flat(alerts), QStringList{QStringLiteral("price_up 1: 0.0400→0.0450")});
        QCOMPARE(alerts[0].currency, QStringLiteral("USD"));
    }

    void shouldNotCompareAPriceThatChangedCurrency()
    {
        Service after = service(1, 5);
        after.currency = QStringLiteral("USD");
        QVERIFY(
            AlertDetector::detect(fetchOf(1, {service(1, 1000)}), fetchOf(2, {after}), everything())
                .isEmpty());
    }

    void shouldCompareTheFirstRowOfARepeatedId()
    {
        const StoredFetch before = fetchOf(1, {service(1, 1000), service(1, 5000)});
        const StoredFetch after = fetchOf(2, {service(1, 1000), service(1, 9000)});
        QVERIFY(AlertDetector::detect(before, after, everything()).isEmpty());
    }

    void shouldNotCallOneUnlimitedMaxAnother()
    {
        Service before = service(1, 1000);
        before.max = Service::UnlimitedMax;
        Service after = before;
        after.max = 9'999'999'999;
        QVERIFY(AlertDetector::detect(fetchOf(1, {before}), fetchOf(2, {after}), everything())
                    .isEmpty());
    }

    void shouldRaiseALowBalanceOncePerFallBelow()
    {
        AlertRule rule;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(AlertDetector::detectBalance(QStringLiteral("King"), now, 1, QStringLiteral("USD"),
                                             rule)
                    .isEmpty()); // off by default
        rule.balanceBelow = 5;
        const AlertList alerts = AlertDetector::detectBalance(QStringLiteral("King"), now, 4.25,
                                                              QStringLiteral("USD"), rule, 10.0);
        QCOMPARE(flat(alerts), QStringList{QStringLiteral("low_balance 0: 5→4.25")});
        QCOMPARE(alerts[0].currency, QStringLiteral("USD"));
        QVERIFY(
            AlertDetector::detectBalance(QStringLiteral("King"), now, 3, {}, rule, 4.25).isEmpty());
        QVERIFY(AlertDetector::detectBalance(QStringLiteral("King"), now, 5, {}, rule).isEmpty());
        QCOMPARE(AlertDetector::detectBalance(QStringLiteral("King"), now, 3, {}, rule).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertDetector)
#include "test_alertdetector.moc"
