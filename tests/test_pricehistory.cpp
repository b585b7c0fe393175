// SPDX-License-Identifier: MIT
#include "pricehistory.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPriceHistory : public QObject
{
    Q_OBJECT

private:
    static Service makeService(quint64 id, double price, const QString &category)
    {
        Service service;
        service.id = id;
        service.name = QStringLiteral("Service %1 🇮🇩").arg(id);
        service.note = QStringLiteral("<b>note</b> %1").arg(id);
        service.category = category;
        service.type = QStringLiteral("Youtube");
        service.price = price;
        service.priceText = QStringLiteral("%1").arg(price / 1000);
        service.min = 100;
        service.max = Service::UnlimitedMax;
        service.refill = id % 2 == 0;
        service.active = id % 3 != 0;
        return service;
    }

    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 11, 26), QTime(10, minute), Qt::UTC);
    }

    static QString dbPath(const QTemporaryDir &dir)
    {
        return dir.filePath(QStringLiteral("history.sqlite"));
    }

    // Writes a file the way version 1 of the schema did, without the app's code.
    static void writeVersionOneDatabase(const QString &path)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *statement : {
                     "CREATE TABLE fetch (id INTEGER PRIMARY KEY, category TEXT NOT NULL, "
                     "fetched_at INTEGER NOT NULL)",
                     "CREATE INDEX fetch_by_category ON fetch (category, fetched_at)",
                     "CREATE TABLE service (fetch_id INTEGER NOT NULL REFERENCES fetch (id) "
                     "ON DELETE CASCADE, position INTEGER NOT NULL, service_id INTEGER NOT NULL, "
                     "name TEXT NOT NULL, category TEXT NOT NULL, type TEXT NOT NULL, "
                     "price REAL NOT NULL, min INTEGER NOT NULL, max INTEGER NOT NULL, "
                     "refill INTEGER NOT NULL)",
                     "CREATE INDEX service_by_fetch ON service (fetch_id, position)",
                     "INSERT INTO fetch VALUES (1, 'old', 1764151200000)",
                     "INSERT INTO service VALUES (1, 0, 3900, 'Views', 'old', 'Youtube', 25947, "
                     "100, 1000, 1)",
                     "PRAGMA user_version = 1",
                 })
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

    static int userVersion(const QString &path)
    {
        int version = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
                if (query.next())
                    version = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return version;
    }

private Q_SLOTS:
    void shouldStoreAndReturnTheLastFetchOfACategory()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QVERIFY(history.message().isEmpty());
        QVERIFY(!history.lastFetch(QStringLiteral("[YT] Views")).isValid());

        const QString category = QStringLiteral("[YT] Views ");
        ServiceList first = {makeService(1, 100, category), makeService(2, 200, category)};
        first[0].id = Q_UINT64_C(18446744073709551615); // the largest id survives exactly
        const qint64 firstId = history.record(category, at(0), first);
        QVERIFY(firstId > 0);
        const ServiceList second = {makeService(2, 250, category), makeService(3, 30, category)};
        const qint64 secondId = history.record(category, at(5), second);
        QVERIFY(secondId > firstId);
        history.record(QStringLiteral("[YT] Views"), at(9), {});

        const StoredFetch last = history.lastFetch(category);
        QCOMPARE(last.id, secondId);
        QCOMPARE(last.category, category);
        QCOMPARE(last.fetchedAt, at(5));
        QCOMPARE(last.services, second);
        const StoredFetch previous = history.fetchBefore(category, last.id);
        QCOMPARE(previous.id, firstId);
        QCOMPARE(previous.services, first);
        QVERIFY(!history.fetchBefore(category, firstId).isValid());
        QVERIFY(history.lastFetch(QStringLiteral("[YT] Views")).services.isEmpty());
        QVERIFY(history.lastFetch(QStringLiteral("[YT] Views")).isValid());
    }

    void shouldReturnThePriceSeriesOfOneService()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString a = QStringLiteral("a");
        history.record(a, at(0), {makeService(7, 100, a), makeService(8, 1, a)});
        history.record(a, at(10), {makeService(8, 2, a)});
        history.record(a, at(20), {makeService(7, 120.5, a)});
        const QList<PricePoint> series = history.priceSeries(7);
        QCOMPARE(series, (QList<PricePoint>{{at(0), 100, a}, {at(20), 120.5, a}}));
        QVERIFY(history.priceSeries(999).isEmpty());
    }

    void shouldKeepEverythingAcrossReopening()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(QStringLiteral("a"), at(0), {makeService(1, 10, QStringLiteral("a"))});
        }
        PriceHistory reopened(dbPath(dir));
        QVERIFY(reopened.isAvailable());
        QCOMPARE(reopened.lastFetch(QStringLiteral("a")).services.size(), 1);
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
    }

    void shouldAllowTwoInstancesOnOneFile()
    {
        QTemporaryDir dir;
        PriceHistory first(dbPath(dir));
        PriceHistory second(dbPath(dir));
        QVERIFY(first.isAvailable() && second.isAvailable());
        first.record(QStringLiteral("a"), at(0), {makeService(1, 10, QStringLiteral("a"))});
        QCOMPARE(second.lastFetch(QStringLiteral("a")).services.size(), 1);
    }

    void shouldMigrateAVersionOneDatabase()
    {
        QTemporaryDir dir;
        writeVersionOneDatabase(dbPath(dir));
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QCOMPARE(userVersion(dbPath(dir)), 2);
        const StoredFetch old = history.lastFetch(QStringLiteral("old"));
        QCOMPARE(old.services.size(), 1);
        QCOMPARE(old.services[0].id, quint64(3900));
        QCOMPARE(old.services[0].price, 25947.0);
        QVERIFY(old.services[0].active); // version 1 kept no flag: services were listed = active
        QCOMPARE(old.services[0].note, QString());
        Service current = makeService(3900, 26000, QStringLiteral("old"));
        QVERIFY(history.record(QStringLiteral("old"), at(30), {current}) > 0);
        QCOMPARE(history.lastFetch(QStringLiteral("old")).services, ServiceList{current});
        QCOMPARE(history.priceSeries(3900).size(), 2);
    }

    void shouldMoveADamagedFileAsideAndStartAgain()
    {
        QTemporaryDir dir;
        const QByteArray garbage = QByteArray("this is not a database, ").repeated(400);
        {
            QFile file(dbPath(dir));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QVERIFY(history.message().contains(QStringLiteral("damaged")));
        QVERIFY(!history.movedAsidePath().isEmpty());
        QVERIFY(history.message().contains(QDir::toNativeSeparators(history.movedAsidePath())));
        QFile moved(history.movedAsidePath());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);
        QVERIFY(history.record(QStringLiteral("a"), at(0), {}) > 0);
    }

    void shouldLeaveALockedDatabaseWhereItIs()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(QStringLiteral("a"), at(0), {makeService(1, 10, QStringLiteral("a"))});
        }
        // Another process (a scheduled export, a second window) holds the file for writing.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(dbPath(dir));
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            PriceHistory history(dbPath(dir));
            QVERIFY(!history.isAvailable());
            QVERIFY2(history.message().contains(QStringLiteral("locked")),
                     qPrintable(history.message()));
            QVERIFY(history.movedAsidePath().isEmpty());
        }
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        lock.finish();
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("history.sqlite")});
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QCOMPARE(history.lastFetch(QStringLiteral("a")).services.size(), 1);
    }

    void shouldLeaveADatabaseFromANewerVersionAlone()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(QStringLiteral("a"), at(0), {makeService(1, 10, QStringLiteral("a"))});
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dbPath(dir));
            QVERIFY(db.open());
            QSqlQuery(QStringLiteral("PRAGMA user_version = 99"), db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        QFile file(dbPath(dir));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        PriceHistory history(dbPath(dir));
        QVERIFY(!history.isAvailable());
        QVERIFY(history.message().contains(QStringLiteral("newer version")));
        QCOMPARE(history.record(QStringLiteral("a"), at(1), {}), 0);
        QVERIFY(!history.lastError().isEmpty());
        QVERIFY(!history.lastFetch(QStringLiteral("a")).isValid());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("history.sqlite")});
    }

    void shouldDeleteFetchesOlderThanATime()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString a = QStringLiteral("a");
        history.record(a, at(0), {makeService(1, 10, a)});
        history.record(a, at(10), {makeService(1, 11, a)});
        const QString b = QStringLiteral("b");
        history.record(b, at(1), {makeService(2, 20, b)});
        // b's only fetch is old too, but it is b's latest: offline views need it.
        QCOMPARE(history.deleteFetchesBefore(at(5)), 1);
        QCOMPARE(history.lastFetch(b).services.size(), 1);
        QCOMPARE(history.priceSeries(1).size(), 1);
        QVERIFY(!history.fetchBefore(a, history.lastFetch(a).id).isValid());
        QVERIFY(history.fileSize() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPriceHistory)
#include "test_pricehistory.moc"
