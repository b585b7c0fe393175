// SPDX-License-Identifier: MIT
#include "pricehistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <latch>
#include <thread>

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

    // Takes the write lock on `path` from another thread's connection, tells `locked`, holds
    // it until `release` is ready, then commits.
    static void holdWriteLock(const QString &path, std::promise<void> &locked,
                              std::shared_future<void> release)
    {
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                locked.set_exception(std::make_exception_ptr(std::runtime_error("no lock")));
                return;
            }
            locked.set_value();
            release.wait();
            query.exec(QStringLiteral("COMMIT"));
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void init()
    {
        // Qt's own complaints (a connection removed while still in use, say) are failures.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    }

    void shouldStoreServicesWithoutTextAsEmptyText()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString category = QStringLiteral("sparse");
        Service bare;
        bare.id = 41;
        bare.price = 1000;
        QVERIFY(bare.name.isNull() && bare.note.isNull() && bare.category.isNull()
                && bare.type.isNull() && bare.priceText.isNull());
        const ServiceList services = {makeService(40, 500, category), bare,
                                      makeService(42, 700, category)};
        const qint64 id = history.record(category, at(0), services);
        QVERIFY2(id > 0, qPrintable(history.lastError()));
        const StoredFetch stored = history.lastFetch(category);
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.services.size(), 3);
        QCOMPARE(stored.services[0], services[0]);
        QCOMPARE(stored.services[2], services[2]);
        const Service &back = stored.services[1];
        QCOMPARE(back.id, quint64(41));
        QCOMPARE(back.price, 1000.0);
        for (const QString &text : {back.name, back.note, back.category, back.type, back.priceText})
            QVERIFY(!text.isNull() && text.isEmpty());
        // A fetch stored under no category at all is kept too.
        QVERIFY2(history.record(QString(), at(1), {bare}) > 0, qPrintable(history.lastError()));
    }

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

    void shouldShareRepeatedTextsOfARestoredFetch()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString category = QStringLiteral("[IG] Likes");
        ServiceList services;
        for (quint64 id = 1; id <= 3; ++id) {
            Service service = makeService(id, 100, category);
            service.type = QStringLiteral("Instagram");
            service.note = QStringLiteral("Start 0-1 hour");
            services.append(service);
        }
        QVERIFY(history.record(category, at(0), services) > 0);
        const ServiceList restored = history.lastFetch(category).services;
        QCOMPARE(restored, services);
        // One copy of each repeated text, as parsed rows have.
        for (const Service &service : restored) {
            QCOMPARE(service.category.constData(), restored.first().category.constData());
            QCOMPARE(service.type.constData(), restored.first().type.constData());
            QCOMPARE(service.note.constData(), restored.first().note.constData());
        }
        QVERIFY(restored.at(0).name.constData() != restored.at(1).name.constData());
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

    void shouldWaitForAnotherWriterAndNeverTreatALockAsDamage()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(QStringLiteral("a"), at(0), {makeService(1, 10, QStringLiteral("a"))});
        }
        // Another process (a scheduled export, a second window) is writing.
        std::promise<void> locked;
        std::promise<void> release;
        std::thread holder(holdWriteLock, dbPath(dir), std::ref(locked),
                           release.get_future().share());
        locked.get_future().get();
        {
            PriceHistory history(dbPath(dir));
            QVERIFY2(history.isAvailable(), qPrintable(history.message()));
            QVERIFY(history.movedAsidePath().isEmpty());
            // Readers do not wait for the writer.
            QCOMPARE(history.lastFetch(QStringLiteral("a")).services.size(), 1);
            // A writer gives up only after its whole wait, and says why.
            history.setLockWait(std::chrono::milliseconds(400));
            QElapsedTimer waited;
            waited.start();
            QCOMPARE(history.record(QStringLiteral("a"), at(1), {}), 0);
            QVERIFY(waited.elapsed() >= 400);
            QVERIFY2(history.lastError().contains(QStringLiteral("locked")),
                     qPrintable(history.lastError()));
        }
        {
            PriceHistory history(dbPath(dir));
            std::thread releaser([&release] {
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
                release.set_value();
            });
            const qint64 id = history.record(QStringLiteral("a"), at(2),
                                             {makeService(1, 12, QStringLiteral("a"))});
            releaser.join();
            QVERIFY2(id > 0, qPrintable(history.lastError()));
            QCOMPARE(history.lastFetch(QStringLiteral("a")).id, id);
        }
        holder.join();
        const QStringList kept = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(kept.filter(QStringLiteral("damaged")).isEmpty(), qPrintable(kept.join(u' ')));
        PriceHistory history(dbPath(dir));
        QCOMPARE(history.priceSeries(1).size(), 2);
    }

    void shouldCreateTheSchemaOnceWhenFirstRunsRace()
    {
        QTemporaryDir dir;
        constexpr int Runs = 8;
        std::latch start(Runs);
        std::vector<std::future<QString>> outcomes;
        for (int i = 0; i < Runs; ++i) {
            outcomes.push_back(std::async(std::launch::async, [&, i] {
                start.arrive_and_wait();
                PriceHistory history(dbPath(dir));
                const QString category = QStringLiteral("run %1").arg(i);
                if (!history.isAvailable())
                    return history.message();
                if (history.record(category, at(i), {makeService(i + 1, 10, category)}) == 0)
                    return history.lastError();
                return QString();
            }));
        }
        for (auto &outcome : outcomes) {
            const QString problem = outcome.get();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        PriceHistory history(dbPath(dir));
        for (int i = 0; i < Runs; ++i)
            QVERIFY(history.lastFetch(QStringLiteral("run %1").arg(i)).isValid());
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
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
            // As an older version left it: not in WAL mode, which a switch would change.
            QSqlQuery(QStringLiteral("PRAGMA journal_mode = DELETE"), db);
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
