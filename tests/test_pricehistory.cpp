// SPDX-License-Identifier: MIT
#include "pricehistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

    // Writes a file the way version 2 of the schema did, without the app's code: two fetches of
    // "old" and one of "other", with the sparse rows panels send.
    static void writeVersionTwoDatabase(const QString &path)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
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
                     "ALTER TABLE service ADD COLUMN note TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE service ADD COLUMN price_text TEXT NOT NULL DEFAULT ''",
                     "ALTER TABLE service ADD COLUMN active INTEGER NOT NULL DEFAULT 1",
                     "CREATE INDEX service_by_id ON service (service_id, fetch_id)",
                     "INSERT INTO fetch VALUES (1, 'old', 1764151200000)",
                     "INSERT INTO fetch VALUES (2, 'other', 1764151260000)",
                     "INSERT INTO fetch VALUES (3, 'old', 1764151320000)",
                     "INSERT INTO service VALUES (1, 0, 3900, 'Views', 'old', 'Youtube', 25947, "
                     "100, 1000, 1, 'Fast', '25.947', 1)",
                     "INSERT INTO service VALUES (2, 0, 12, '', 'other', '', 500, 10, 20, 0, "
                     "'', '', 0)",
                     "INSERT INTO service VALUES (3, 0, 3900, 'Views', 'old', 'Youtube', 26100, "
                     "100, 1000, 1, 'Fast', '', 1)",
                     "INSERT INTO service VALUES (3, 1, 3901, '', 'old', '', 9, 0, 0, 0, '', '', "
                     "0)",
                     "PRAGMA user_version = 2",
                 })
                QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    }

    // The rows of a query on the file at `path`, each as its columns joined by "|".
    static QStringList rowsOf(const QString &path, const QString &sql)
    {
        QStringList rows;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(sql, db);
                while (query.next()) {
                    QStringList columns;
                    for (int i = 0; i < query.record().count(); ++i)
                        columns.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                               : query.value(i).toString());
                    rows.append(columns.join(u'|'));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
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
        const qint64 id = history.record(PriceHistory::BuiltInPanel, category, at(0), services);
        QVERIFY2(id > 0, qPrintable(history.lastError()));
        const StoredFetch stored = history.lastFetch(PriceHistory::BuiltInPanel, category);
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
        QVERIFY2(history.record(PriceHistory::BuiltInPanel, QString(), at(1), {bare}) > 0,
                 qPrintable(history.lastError()));
    }

    void shouldStoreAndReturnTheLastFetchOfACategory()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QVERIFY(history.message().isEmpty());
        QVERIFY(
            !history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("[YT] Views")).isValid());

        const QString category = QStringLiteral("[YT] Views ");
        ServiceList first = {makeService(1, 100, category), makeService(2, 200, category)};
        first[0].id = Q_UINT64_C(18446744073709551615); // the largest id survives exactly
        const qint64 firstId = history.record(PriceHistory::BuiltInPanel, category, at(0), first);
        QVERIFY(firstId > 0);
        const ServiceList second = {makeService(2, 250, category), makeService(3, 30, category)};
        const qint64 secondId = history.record(PriceHistory::BuiltInPanel, category, at(5), second);
        QVERIFY(secondId > firstId);
        history.record(PriceHistory::BuiltInPanel, QStringLiteral("[YT] Views"), at(9), {});

        const StoredFetch last = history.lastFetch(PriceHistory::BuiltInPanel, category);
        QCOMPARE(last.id, secondId);
        QCOMPARE(last.category, category);
        QCOMPARE(last.fetchedAt, at(5));
        QCOMPARE(last.services, second);
        const StoredFetch previous =
            history.fetchBefore(PriceHistory::BuiltInPanel, category, last.id);
        QCOMPARE(previous.id, firstId);
        QCOMPARE(previous.services, first);
        QVERIFY(!history.fetchBefore(PriceHistory::BuiltInPanel, category, firstId).isValid());
        QVERIFY(history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("[YT] Views"))
                    .services.isEmpty());
        QVERIFY(
            history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("[YT] Views")).isValid());
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
        QVERIFY(history.record(PriceHistory::BuiltInPanel, category, at(0), services) > 0);
        const ServiceList restored =
            history.lastFetch(PriceHistory::BuiltInPanel, category).services;
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
        history.record(PriceHistory::BuiltInPanel, a, at(0),
                       {makeService(7, 100, a), makeService(8, 1, a)});
        history.record(PriceHistory::BuiltInPanel, a, at(10), {makeService(8, 2, a)});
        history.record(PriceHistory::BuiltInPanel, a, at(20), {makeService(7, 120.5, a)});
        const QList<PricePoint> series = history.priceSeries(PriceHistory::BuiltInPanel, 7);
        QCOMPARE(series, (QList<PricePoint>{{at(0), 100, a, {}, {}}, {at(20), 120.5, a, {}, {}}}));
        QVERIFY(history.priceSeries(PriceHistory::BuiltInPanel, 999).isEmpty());
    }

    void shouldKeepEverythingAcrossReopening()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(0),
                           {makeService(1, 10, QStringLiteral("a"))});
        }
        PriceHistory reopened(dbPath(dir));
        QVERIFY(reopened.isAvailable());
        QCOMPARE(
            reopened.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("a")).services.size(), 1);
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
    }

    void shouldAllowTwoInstancesOnOneFile()
    {
        QTemporaryDir dir;
        PriceHistory first(dbPath(dir));
        PriceHistory second(dbPath(dir));
        QVERIFY(first.isAvailable() && second.isAvailable());
        first.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(0),
                     {makeService(1, 10, QStringLiteral("a"))});
        QCOMPARE(second.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("a")).services.size(),
                 1);
    }

    void shouldMigrateAVersionOneDatabase()
    {
        QTemporaryDir dir;
        writeVersionOneDatabase(dbPath(dir));
        PriceHistory history(dbPath(dir));
        QVERIFY2(history.isAvailable(), qPrintable(history.message()));
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
        const StoredFetch old =
            history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("old"));
        QCOMPARE(old.services.size(), 1);
        QCOMPARE(old.services[0].id, quint64(3900));
        QCOMPARE(old.services[0].price, 25947.0);
        QVERIFY(old.services[0].active); // version 1 kept no flag: services were listed = active
        QCOMPARE(old.services[0].note, QString());
        Service current = makeService(3900, 26000, QStringLiteral("old"));
        QVERIFY(history.record(PriceHistory::BuiltInPanel, QStringLiteral("old"), at(30), {current})
                > 0);
        QCOMPARE(history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("old")).services,
                 ServiceList{current});
        QCOMPARE(history.priceSeries(PriceHistory::BuiltInPanel, 3900).size(), 2);
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
        QVERIFY(history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(0), {}) > 0);
    }

    void shouldWaitForAnotherWriterAndNeverTreatALockAsDamage()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(0),
                           {makeService(1, 10, QStringLiteral("a"))});
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
            QCOMPARE(
                history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("a")).services.size(),
                1);
            // A writer gives up only after its whole wait, and says why.
            history.setLockWait(std::chrono::milliseconds(400));
            QElapsedTimer waited;
            waited.start();
            QCOMPARE(history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(1), {}), 0);
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
            const qint64 id = history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(2),
                                             {makeService(1, 12, QStringLiteral("a"))});
            releaser.join();
            QVERIFY2(id > 0, qPrintable(history.lastError()));
            QCOMPARE(history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("a")).id, id);
        }
        holder.join();
        const QStringList kept = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(kept.filter(QStringLiteral("damaged")).isEmpty(), qPrintable(kept.join(u' ')));
        PriceHistory history(dbPath(dir));
        QCOMPARE(history.priceSeries(PriceHistory::BuiltInPanel, 1).size(), 2);
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
                if (history.record(PriceHistory::BuiltInPanel, category, at(i),
                                   {makeService(i + 1, 10, category)})
                    == 0)
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
            QVERIFY(history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("run %1").arg(i))
                        .isValid());
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
    }

    void shouldLeaveADatabaseFromANewerVersionAlone()
    {
        QTemporaryDir dir;
        {
            PriceHistory history(dbPath(dir));
            history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(0),
                           {makeService(1, 10, QStringLiteral("a"))});
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
        QCOMPARE(history.record(PriceHistory::BuiltInPanel, QStringLiteral("a"), at(1), {}), 0);
        QVERIFY(!history.lastError().isEmpty());
        QVERIFY(!history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("a")).isValid());
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
        history.record(PriceHistory::BuiltInPanel, a, at(0), {makeService(1, 10, a)});
        history.record(PriceHistory::BuiltInPanel, a, at(10), {makeService(1, 11, a)});
        const QString b = QStringLiteral("b");
        history.record(PriceHistory::BuiltInPanel, b, at(1), {makeService(2, 20, b)});
        // b's only fetch is old too, but it is b's latest: offline views need it.
        QCOMPARE(history.deleteFetchesBefore(at(5)), 1);
        QCOMPARE(history.lastFetch(PriceHistory::BuiltInPanel, b).services.size(), 1);
        QCOMPARE(history.priceSeries(PriceHistory::BuiltInPanel, 1).size(), 1);
        QVERIFY(!history
                     .fetchBefore(PriceHistory::BuiltInPanel, a,
                                  history.lastFetch(PriceHistory::BuiltInPanel, a).id)
                     .isValid());
        QVERIFY(history.fileSize() > 0);
    }

    void shouldMigrateAVersionTwoDatabaseKeepingEveryRowAsTheBuiltInPanels()
    {
        QTemporaryDir dir;
        writeVersionTwoDatabase(dbPath(dir));
        {
            PriceHistory history(dbPath(dir));
            QVERIFY2(history.isAvailable(), qPrintable(history.message()));
            QVERIFY(history.message().isEmpty());
            const QString builtIn = PriceHistory::BuiltInPanel;
            const StoredFetch old = history.lastFetch(builtIn, QStringLiteral("old"));
            QCOMPARE(old.id, 3);
            QCOMPARE(old.panel, builtIn);
            QCOMPARE(old.fetchedAt, QDateTime::fromMSecsSinceEpoch(1764151320000, Qt::UTC));
            QCOMPARE(old.services.size(), 2);
            const Service &views = old.services[0];
            QCOMPARE(views.id, quint64(3900));
            QCOMPARE(views.price, 26100.0);
            QCOMPARE(views.note, QStringLiteral("Fast"));
            QVERIFY(views.panel.isEmpty() && views.currency.isEmpty()
                    && views.priceExact.isEmpty());
            QCOMPARE(views.currencyCode(), Service::Rupiah);
            QCOMPARE(old.services[1].id, quint64(3901));
            QVERIFY(!old.services[1].active);

            QCOMPARE(history.fetchBefore(builtIn, QStringLiteral("old"), old.id).id, 1);
            const PriceComparison changes = history.changesOf(old);
            QVERIFY(changes.hasPrevious());
            QCOMPARE(changes.changeOf(3900)->previousPrice, 25947.0);
            QCOMPARE(history.lastFetch(builtIn, QStringLiteral("other")).services.size(), 1);
            QCOMPARE(history.priceSeries(builtIn, 3900).size(), 2);
            // Nothing of it belongs to any other panel.
            QVERIFY(
                !history.lastFetch(QStringLiteral("SMM King"), QStringLiteral("old")).isValid());
            QVERIFY(history.priceSeries(QStringLiteral("SMM King"), 3900).isEmpty());
        }
        QCOMPARE(userVersion(dbPath(dir)), PriceHistory::SchemaVersion);
        QCOMPARE(rowsOf(dbPath(dir), QStringLiteral("SELECT id, panel FROM fetch ORDER BY id")),
                 (QStringList{QStringLiteral("1|"), QStringLiteral("2|"), QStringLiteral("3|")}));
        QCOMPARE(rowsOf(dbPath(dir), QStringLiteral("SELECT count(*), count(currency), "
                                                    "count(price_exact) FROM service")),
                 QStringList{QStringLiteral("4|0|0")});
        // The lookups by panel use an index; the one by category alone is gone.
        QCOMPARE(rowsOf(dbPath(dir), QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                    "type = 'index' AND tbl_name = 'fetch'")),
                 QStringList{QStringLiteral("fetch_by_panel")});
        const QStringList plan =
            rowsOf(dbPath(dir), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM fetch WHERE "
                                               "panel = 'a' AND category = 'b' ORDER BY "
                                               "fetched_at DESC LIMIT 1"));
        QVERIFY2(plan.join(u' ').contains(QStringLiteral("fetch_by_panel")),
                 qPrintable(plan.join(u'\n')));
    }

    void shouldKeepTwoPanelsWithTheSameCategoriesAndIdsApart()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString builtIn = PriceHistory::BuiltInPanel;
        const QString king = QStringLiteral("SMM King");
        const QString views = QStringLiteral("Instagram Views");
        const auto priced = [&](const QString &panel, double price) {
            Service service = makeService(7, price, views);
            service.panel = panel;
            return service;
        };
        QVERIFY(history.record(builtIn, views, at(0), {priced(builtIn, 100)}) > 0);
        QVERIFY(history.record(king, views, at(1), {priced(king, 5)}) > 0);
        QVERIFY(history.record(builtIn, views, at(2), {priced(builtIn, 110)}) > 0);
        const qint64 kingSecond = history.record(king, views, at(3), {priced(king, 6)});
        QVERIFY(kingSecond > 0);
        QVERIFY(history.record(builtIn, views, at(4), {priced(builtIn, 121)}) > 0);

        const StoredFetch kingLast = history.lastFetch(king, views);
        QCOMPARE(kingLast.id, kingSecond);
        QCOMPARE(kingLast.panel, king);
        QCOMPARE(kingLast.services, ServiceList{priced(king, 6)});
        QCOMPARE(history.lastFetch(builtIn, views).services, ServiceList{priced(builtIn, 121)});

        // Each compares with its own panel's fetch before it, never the other panel's newer one.
        QCOMPARE(history.fetchBefore(king, views, kingSecond).fetchedAt, at(1));
        QCOMPARE(history.changesOf(kingLast).changeOf(7, king)->previousPrice, 5.0);
        QCOMPARE(history.changesOf(history.lastFetch(builtIn, views)).changeOf(7)->previousPrice,
                 110.0);
        QVERIFY(!history.changesOf(history.fetchBefore(king, views, kingSecond)).hasPrevious());

        QCOMPARE(history.priceSeries(king, 7),
                 (QList<PricePoint>{{at(1), 5, views, {}, {}}, {at(3), 6, views, {}, {}}}));
        QCOMPARE(history.priceSeries(builtIn, 7), (QList<PricePoint>{{at(0), 100, views, {}, {}},
                                                                     {at(2), 110, views, {}, {}},
                                                                     {at(4), 121, views, {}, {}}}));
        QVERIFY(history.priceSeries(QStringLiteral("Nobody"), 7).isEmpty());

        // Each panel keeps the newest fetch of its category, though the other's is newer.
        QCOMPARE(history.deleteFetchesBefore(at(10)), 3);
        QCOMPARE(history.lastFetch(king, views).id, kingSecond);
        QCOMPARE(history.priceSeries(builtIn, 7).size(), 1);
    }

    void shouldGiveARenamedPanelItsHistory()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        const QString views = QStringLiteral("Views");
        const QString old = QStringLiteral("Old Name");
        const QString other = QStringLiteral("Other");
        const auto of = [&](const QString &panel, double price) {
            Service service = makeService(7, price, views);
            service.panel = panel;
            return service;
        };
        QVERIFY(history.record(old, views, at(0), {of(old, 5)}) > 0);
        QVERIFY(history.record(old, views, at(1), {of(old, 6)}) > 0);
        QVERIFY(history.record(other, views, at(2), {of(other, 9)}) > 0);

        QVERIFY2(history.renamePanel(old, QStringLiteral("New Name")),
                 qPrintable(history.lastError()));
        QVERIFY(!history.lastFetch(old, views).isValid());
        QCOMPARE(history.priceSeries(QStringLiteral("New Name"), 7).size(), 2);
        QCOMPARE(history.lastFetch(QStringLiteral("New Name"), views).services,
                 ServiceList{of(QStringLiteral("New Name"), 6)});
        QCOMPARE(history.lastFetch(other, views).services, ServiceList{of(other, 9)});
    }

    void shouldKeepTheCurrencyAndExactPriceOfAStandardPanelsServices()
    {
        QTemporaryDir dir;
        const QString panel = QStringLiteral("SMM King");
        const QString category = QStringLiteral("Instagram Likes");
        Service exact = makeService(1, 0.045, category);
        exact.panel = panel;
        exact.currency = QStringLiteral("USD");
        exact.priceExact = QStringLiteral("0.0450");
        exact.priceText.clear();
        // What a standard-API panel leaves out: name, type, price text, currency, exact rate.
        Service sparse;
        sparse.id = 2;
        sparse.panel = panel;
        sparse.price = 3;
        sparse.category = category;
        Service emptied = sparse;
        emptied.id = 3;
        emptied.currency = QStringLiteral("");
        emptied.priceExact = QStringLiteral("");
        Service euro = exact;
        euro.id = 4;
        euro.currency = QStringLiteral("EUR");
        euro.priceExact = QStringLiteral("12.3456789");
        const ServiceList services = {exact, sparse, emptied, euro};
        {
            PriceHistory history(dbPath(dir));
            QVERIFY2(history.record(panel, category, at(0), services) > 0,
                     qPrintable(history.lastError()));
        }
        PriceHistory reopened(dbPath(dir));
        const StoredFetch stored = reopened.lastFetch(panel, category);
        QCOMPARE(stored.services, services);
        QCOMPARE(stored.services[0].currency, QStringLiteral("USD"));
        QCOMPARE(stored.services[0].priceExact, QStringLiteral("0.0450"));
        QCOMPARE(stored.services[3].priceExact, QStringLiteral("12.3456789"));
        for (const Service &service : stored.services)
            QCOMPARE(service.panel, panel);
        QCOMPARE(stored.services[1].currencyCode(), Service::Rupiah);
        QVERIFY(stored.services[1].priceExact.isEmpty());
        // The chart labels each price in its own currency, exactly as the panel wrote it.
        QCOMPARE(reopened.priceSeries(panel, 1),
                 (QList<PricePoint>{
                     {at(0), 0.045, category, QStringLiteral("USD"), QStringLiteral("0.0450")}}));
        QCOMPARE(reopened.priceSeries(panel, 2), (QList<PricePoint>{{at(0), 3, category, {}, {}}}));
        // Absent is absent in the file too, however the panel left it out.
        QCOMPARE(rowsOf(dbPath(dir), QStringLiteral("SELECT service_id, currency, price_exact "
                                                    "FROM service ORDER BY position")),
                 (QStringList{QStringLiteral("1|USD|0.0450"), QStringLiteral("2|NULL|NULL"),
                              QStringLiteral("3|NULL|NULL"), QStringLiteral("4|EUR|12.3456789")}));
    }

    void shouldStoreServicesUnderTheRecordedPanelNotTheirOwn()
    {
        QTemporaryDir dir;
        PriceHistory history(dbPath(dir));
        Service service = makeService(5, 10, QStringLiteral("a"));
        service.panel = QStringLiteral("elsewhere");
        QVERIFY(history.record(QStringLiteral("here"), QStringLiteral("a"), at(0), {service}) > 0);
        QCOMPARE(history.lastFetch(QStringLiteral("here"), QStringLiteral("a")).services[0].panel,
                 QStringLiteral("here"));
        QVERIFY(!history.lastFetch(QStringLiteral("elsewhere"), QStringLiteral("a")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPriceHistory)
#include "test_pricehistory.moc"
