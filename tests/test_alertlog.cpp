// SPDX-License-Identifier: MIT
#include "alertlog.h"
#include "pricehistory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Category = QStringLiteral("[YT] Views ");
const QString King = QStringLiteral("King");

Service service(quint64 id, double price)
{
    Service s;
    s.id = id;
    s.name = QStringLiteral("Service %1").arg(id);
    s.category = Category;
    s.price = price;
    s.min = 100;
    s.max = 1000;
    return s;
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 12, 1), QTime(6, minute), Qt::UTC);
}

QStringList kinds(const AlertList &alerts)
{
    QStringList keys;
    for (const Alert &alert : alerts)
        keys.append(QStringLiteral("%1:%2").arg(Alert::kindKey(alert.kind)).arg(alert.serviceId));
    return keys;
}

} // namespace

class TestAlertLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void shouldStoreTheAlertsOfAFetchOnce()
    {
        PriceHistory history(path());
        AlertLog log(history);
        const qint64 first =
            history.record(King, Category, at(1), {service(1, 100), service(2, 50)});
        QVERIFY(log.recordFor(first, {}).isEmpty());
        const qint64 same =
            history.record(King, Category, at(2), {service(1, 100), service(2, 50)});
        QVERIFY(log.recordFor(same, {}).isEmpty());
        const qint64 changed = history.record(King, Category, at(3), {service(1, 150)});
        const AlertList alerts = log.recordFor(changed, {});
        QCOMPARE(kinds(alerts),
                 (QStringList{QStringLiteral("price_up:1"), QStringLiteral("removed:2")}));
        QVERIFY(alerts[0].id > 0 && alerts[1].id > 0);
        QCOMPARE(alerts[0].time, at(3));
        QCOMPARE(alerts[0].panel, King);
        QCOMPARE(*alerts[0].percent, 50.0);
        // Asking again for the same fetch stores nothing twice.
        QVERIFY(log.recordFor(changed, {}).isEmpty());
        QCOMPARE(log.list().size(), 2);
        QVERIFY(log.lastError().isEmpty());
    }

    void shouldNeverRaiseOneChangeTwiceFromTwoConnections()
    {
        // Two processes fetch the same change at once: each compares with the fetch stored just
        // before its own, so only the first to store raises it.
        PriceHistory window(path());
        PriceHistory timer(path());
        AlertLog windowLog(window);
        AlertLog timerLog(timer);
        const qint64 old = window.record(King, Category, at(1), {service(1, 100)});
        QVERIFY(windowLog.recordFor(old, {}).isEmpty());
        const qint64 a = window.record(King, Category, at(2), {service(1, 200)});
        const qint64 b = timer.record(King, Category, at(2), {service(1, 200)});
        QVERIFY(timerLog.recordFor(b, {}).isEmpty());
        QCOMPARE(kinds(windowLog.recordFor(a, {})), QStringList{QStringLiteral("price_up:1")});
        QCOMPARE(timerLog.list().size(), 1);
    }

    void shouldListNewestFirstWithFiltersAndAcknowledge()
    {
        PriceHistory history(path());
        AlertLog log(history);
        AlertRules rules;
        rules.global.newServices = true;
        for (const QString &panel : {QString(), King}) {
            history.record(panel, Category, at(1), {service(1, 100)});
            log.recordFor(history.record(panel, Category, at(panel.isEmpty() ? 2 : 3),
                                         {service(1, 100), service(2, 7)}),
                          rules);
            log.recordFor(
                history.record(panel, Category, at(panel.isEmpty() ? 4 : 5), {service(2, 7)}),
                rules);
        }
        const AlertList all = log.list();
        QCOMPARE(kinds(all),
                 (QStringList{QStringLiteral("removed:1"), QStringLiteral("removed:1"),
                              QStringLiteral("new_service:2"), QStringLiteral("new_service:2")}));
        QCOMPARE(all[0].panel, King);
        QCOMPARE(all[1].panel, QString());

        AlertLog::Filter builtIn;
        builtIn.panel = QStringLiteral("");
        QCOMPARE(log.list(builtIn).size(), 2);
        AlertLog::Filter removed;
        removed.kinds = {Alert::Kind::Removed};
        QCOMPARE(kinds(log.list(removed)),
                 (QStringList{QStringLiteral("removed:1"), QStringLiteral("removed:1")}));
        AlertLog::Filter recent;
        recent.since = at(4);
        recent.limit = 1;
        QCOMPARE(log.list(recent).size(), 1);

        QCOMPARE(log.unacknowledgedCount(), 4);
        QVERIFY(log.acknowledge(all[0].id));
        QCOMPARE(log.unacknowledgedCount(), 3);
        AlertLog::Filter open;
        open.unacknowledgedOnly = true;
        QVERIFY(!log.list(open).contains(all[0]));
        QVERIFY(log.list().at(0).acknowledged);
        // Another connection sees what this one acknowledged.
        PriceHistory other(path());
        QCOMPARE(AlertLog(other).unacknowledgedCount(), 3);
        QVERIFY(AlertLog(other).acknowledgeAll());
        QCOMPARE(log.unacknowledgedCount(), 0);

        QCOMPARE(log.deleteBefore(at(4)), 2);
        QCOMPARE(log.list().size(), 2);
    }

    void shouldKeepAlertsWhenTheirFetchesAreDeleted()
    {
        PriceHistory history(path());
        AlertLog log(history);
        history.record(King, Category, at(1), {service(1, 100)});
        log.recordFor(history.record(King, Category, at(2), {}), {});
        history.record(King, Category, at(3), {});
        QCOMPARE(history.deleteFetchesBefore(at(3)), 2);
        QCOMPARE(kinds(log.list()), QStringList{QStringLiteral("removed:1")});
    }

    void shouldRaiseALowBalanceOnceWhileItStaysLow()
    {
        PriceHistory history(path());
        AlertLog log(history);
        AlertRules rules;
        rules.panels[King].balanceBelow = 5;
        QVERIFY(log.recordBalance(King, at(1), 9, QStringLiteral("USD"), rules).isEmpty());
        const AlertList low = log.recordBalance(King, at(2), 4.5, QStringLiteral("USD"), rules);
        QCOMPARE(kinds(low), QStringList{QStringLiteral("low_balance:0")});
        QCOMPARE(low[0].newValue, QStringLiteral("4.5"));
        QCOMPARE(low[0].oldValue, QStringLiteral("5"));
        QVERIFY(log.recordBalance(King, at(3), 4, QStringLiteral("USD"), rules).isEmpty());
        QVERIFY(log.recordBalance(King, at(4), 20, QStringLiteral("USD"), rules).isEmpty());
        QCOMPARE(log.recordBalance(King, at(5), 1, QStringLiteral("USD"), rules).size(), 1);
        // The global rule has no amount: other panels are not watched.
        QVERIFY(log.recordBalance(QStringLiteral("Other"), at(5), 0, {}, rules).isEmpty());
        QCOMPARE(log.list().size(), 2);
    }

    void shouldAddTheLogToAHistoryOfFormat3()
    {
        {
            PriceHistory history(path());
            history.record(King, Category, at(1), {service(1, 100)});
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format3"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TABLE alert")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE balance")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("format3"));
        PriceHistory history(path());
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        AlertLog log(history);
        // The fetch stored by format 3 is what the next one is compared with.
        QCOMPARE(kinds(log.recordFor(history.record(King, Category, at(2), {service(1, 200)}), {})),
                 QStringList{QStringLiteral("price_up:1")});
    }

    void shouldSayWhyWhenTheHistoryIsUnavailable()
    {
        PriceHistory history{QString()};
        AlertLog log(history);
        QVERIFY(log.list().isEmpty());
        QVERIFY(!log.acknowledgeAll());
        QVERIFY(!log.lastError().isEmpty());
        QVERIFY(log.recordBalance(King, at(1), 0, {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertLog)
#include "test_alertlog.moc"
