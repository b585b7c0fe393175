// SPDX-License-Identifier: MIT
#include "alert.h"

#include <QTest>

class TestAlert : public QObject
{
    Q_OBJECT

private:
    static Alert alert(Alert::Kind kind, const QString &oldValue, const QString &newValue)
    {
        Alert a;
        a.time = QDateTime(QDate(2026, 12, 1), QTime(7, 5, 9), Qt::UTC);
        a.panel = QStringLiteral("King");
        a.category = QStringLiteral("[YT] Views ");
        a.serviceId = 3900;
        a.kind = kind;
        a.oldValue = oldValue;
        a.newValue = newValue;
        return a;
    }

private Q_SLOTS:
    void shouldGiveEachKindAKeyOfItsOwn()
    {
        QStringList keys;
        for (const Alert::Kind kind : Alert::allKinds()) {
            const QString key = Alert::kindKey(kind);
            QCOMPARE(Alert::kindFromKey(key), std::optional(kind));
            QVERIFY(!Alert::kindName(kind).isEmpty());
            keys.append(key);
        }
        QCOMPARE(keys.join(u','),
                 QStringLiteral("price_up,price_down,removed,inactive,min_changed,max_changed,"
                                "refill_changed,new_service,low_balance"));
        QVERIFY(!Alert::kindFromKey(QStringLiteral("Price_up")));
        QVERIFY(!Alert::kindFromKey(QString()));
    }

    void shouldWriteValuesAsAPersonReadsThem_data()
    {
        QTest::addColumn<Alert>("alert");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("indonesian");
        QTest::newRow("rupiah") << alert(Alert::Kind::PriceUp, QStringLiteral("25947"), {})
                                << QStringLiteral("Rp 25,947") << QStringLiteral("Rp 25.947");
        Alert usd = alert(Alert::Kind::PriceDown, QStringLiteral("0.0450"), {});
        usd.currency = QStringLiteral("USD");
        QTest::newRow("usd") << usd << QStringLiteral("USD 0.0450") << QStringLiteral("USD 0,0450");
        QTest::newRow("max") << alert(Alert::Kind::MaxChanged, QStringLiteral("10000000"), {})
                             << QStringLiteral("10,000,000") << QStringLiteral("10.000.000");
        QTest::newRow("unlimited")
            << alert(Alert::Kind::MaxChanged, QStringLiteral("2147483647"), {})
            << QStringLiteral("unlimited") << QStringLiteral("unlimited");
        QTest::newRow("refill") << alert(Alert::Kind::RefillChanged, QStringLiteral("1"), {})
                                << QStringLiteral("refill") << QStringLiteral("refill");
        QTest::newRow("active") << alert(Alert::Kind::Inactive, QStringLiteral("1"), {})
                                << QStringLiteral("active") << QStringLiteral("active");
        QTest::newRow("not a number") << alert(Alert::Kind::MinChanged, QStringLiteral("x"), {})
                                      << QStringLiteral("x") << QStringLiteral("x");
        QTest::newRow("empty") << alert(Alert::Kind::NewService, {}, {}) << QString() << QString();
    }

    void shouldWriteValuesAsAPersonReadsThem()
    {
        QFETCH(Alert, alert);
        QFETCH(QString, english);
        QFETCH(QString, indonesian);
        QCOMPARE(alert.oldText(QLocale(QLocale::English)), english);
        QCOMPARE(alert.oldText(QLocale(QLocale::Indonesian)), indonesian);
        QCOMPARE(alert.newText(QLocale(QLocale::English)), QString());
    }

    void shouldWriteOneLineOfSevenTabSeparatedFields()
    {
        Alert removed = alert(Alert::Kind::Removed, QStringLiteral("3000"), {});
        removed.panel = QStringLiteral("Tab\there");
        removed.category = QStringLiteral("two\nlines\r\u2028");
        QCOMPARE(
            removed.toTsvLine(),
            QStringLiteral("2026-12-01T07:05:09Z\tTab here\ttwo lines  \t3900\tremoved\t3000\t"));
        Alert low = alert(Alert::Kind::LowBalance, QStringLiteral("5"), QStringLiteral("4.2"));
        low.category.clear();
        low.serviceId = 0;
        QCOMPARE(low.toTsvLine(),
                 QStringLiteral("2026-12-01T07:05:09Z\tKing\t\t\tlow_balance\t5\t4.2"));
    }
};

QTEST_GUILESS_MAIN(TestAlert)
#include "test_alert.moc"
