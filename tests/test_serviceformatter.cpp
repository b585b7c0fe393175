// SPDX-License-Identifier: MIT
#include "serviceformatter.h"
#include "translationloader.h"

#include <QTest>

class TestServiceFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void shouldWriteAPriceInItsOwnCurrencyAsThePanelWroteIt()
    {
        Service service;
        service.price = 24865.6;
        QCOMPARE(ServiceFormatter::price(service), QStringLiteral("Rp 24,866"));
        // A standard-API panel that sells in rupiah keeps the decimals it wrote.
        service.price = 12.5;
        service.priceExact = QStringLiteral("12.50");
        service.currency = Service::Rupiah;
        QCOMPARE(ServiceFormatter::price(service), QStringLiteral("Rp 12.5"));
        service.price = 0.045;
        service.priceExact = QStringLiteral("0.0450");
        service.currency = QStringLiteral("USD");
        QCOMPARE(ServiceFormatter::price(service), QStringLiteral("USD 0.0450"));
        service.priceExact.clear();
        QCOMPARE(ServiceFormatter::price(service), QStringLiteral("USD 0.045"));
        // Text no number can be read from is shown as it is, never as a made-up amount.
        service.priceExact = QStringLiteral("abc");
        QCOMPARE(ServiceFormatter::price(service), QStringLiteral("abc"));
    }

    void shouldSayHowLongAgo_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("a minute ago");
        QTest::newRow("45 min") << qint64(45 * 60 + 30) << QStringLiteral("45 minutes ago");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("an hour ago");
        QTest::newRow("5 h") << qint64(5 * 3600) << QStringLiteral("5 hours ago");
        QTest::newRow("1 day") << qint64(86400) << QStringLiteral("a day ago");
        QTest::newRow("12 days") << qint64(12 * 86400) << QStringLiteral("12 days ago");
    }

    void shouldSayHowLongAgo()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC);
        QCOMPARE(ServiceFormatter::timeAgo(now.addSecs(-seconds), now), expected);
    }

    void shouldGiveTheDateBeyondAMonth()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(11, 0), Qt::UTC);
        const QDateTime then = now.addDays(-40);
        QCOMPARE(ServiceFormatter::timeAgo(then, now),
                 QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
    }
};

QTEST_GUILESS_MAIN(TestServiceFormatter)
#include "test_serviceformatter.moc"
