// SPDX-License-Identifier: MIT
#include "pricehistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <atomic>
#include <thread>

namespace {

std::atomic<int> connectionCounter{0};

// Each step brings the schema from version (index) to version (index + 1), in one transaction.
// Version 1 kept prices and quantities only; version 2 keeps notes, the panel's price text and
// the active flag, and can find one service's history quickly; version 3 keeps which panel each
// fetch came from (the rows of earlier versions are the built-in panel's, '') and each service's
// currency and exact price text (NULL when the panel sent none); version 4 keeps the alert log
// (alerts outlive the fetch that raised them; one per fetch, service and kind) and the balances
// standard-API panels reported.
const std::array<QStringList, PriceHistory::SchemaVersion> Migrations = {
    QStringList{
        QStringLiteral("CREATE TABLE fetch (id INTEGER PRIMARY KEY, category TEXT NOT NULL, "
                       "fetched_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX fetch_by_category ON fetch (category, fetched_at)"),
        QStringLiteral("CREATE TABLE service (fetch_id INTEGER NOT NULL REFERENCES fetch (id) "
                       "ON DELETE CASCADE, position INTEGER NOT NULL, service_id INTEGER NOT NULL, "
                       "name TEXT NOT NULL, category TEXT NOT NULL, type TEXT NOT NULL, "
                       "price REAL NOT NULL, min INTEGER NOT NULL, max INTEGER NOT NULL, "
                       "refill INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX service_by_fetch ON service (fetch_id, position)"),
    },
    QStringList{
        QStringLiteral("ALTER TABLE service ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE service ADD COLUMN price_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE service ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX service_by_id ON service (service_id, fetch_id)"),
    },
    QStringList{
        QStringLiteral("ALTER TABLE fetch ADD COLUMN panel TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP INDEX IF EXISTS fetch_by_category"),
        QStringLiteral("CREATE INDEX fetch_by_panel ON fetch (panel, category, fetched_at)"),
        QStringLiteral("ALTER TABLE service ADD COLUMN currency TEXT"),
        QStringLiteral("ALTER TABLE service ADD COLUMN price_exact TEXT"),
    },
    QStringList{
        QStringLiteral("CREATE TABLE alert (id INTEGER PRIMARY KEY, fetch_id INTEGER, "
                       "raised_at INTEGER NOT NULL, panel TEXT NOT NULL, category TEXT NOT NULL, "
                       "service_id INTEGER NOT NULL, service_name TEXT NOT NULL, "
                       "kind TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL, "
                       "currency TEXT, percent REAL, acknowledged INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX alert_by_time ON alert (raised_at)"),
        QStringLiteral("CREATE UNIQUE INDEX alert_once ON alert (fetch_id, service_id, kind)"),
        QStringLiteral("CREATE TABLE balance (id INTEGER PRIMARY KEY, panel TEXT NOT NULL, "
                       "checked_at INTEGER NOT NULL, amount REAL NOT NULL, currency TEXT)"),
        QStringLiteral("CREATE INDEX balance_by_panel ON balance (panel, checked_at)"),
    },
};

// Ids are unsigned 64-bit; SQLite integers are signed: store the same bits.
qint64 toStored(quint64 id)
{
    return qint64(id);
}

quint64 fromStored(const QVariant &value)
{
    return quint64(value.toLongLong());
}

// Panels leave text fields out or send null; a null QString would bind as SQL NULL.
QString storedText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// For the optional fields: absent is SQL NULL, whether the panel left it out or sent "".
QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

int primaryCode(const QSqlError &error)
{
    // Extended result codes keep the primary one in the low byte.
    return error.nativeErrorCode().toInt() & 0xff;
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the file for now.
bool isLockError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 5 || code == 6;
}

// Runs `work` in one transaction that holds the write lock from its start, so it never has to
// upgrade a read lock (which SQLite refuses at once instead of waiting); rolls back on failure.
QSqlError inWriteTransaction(const QSqlDatabase &db, const std::function<QSqlError()> &work)
{
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return begin.lastError();
    }
    QSqlError error = work();
    if (!error.isValid()) {
        QSqlQuery commit(db);
        if (commit.exec(QStringLiteral("COMMIT")))
            return {};
        error = commit.lastError();
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return error;
}

} // namespace

PriceHistory::PriceHistory(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("smm-price-history-%1").arg(++connectionCounter))
{
    if (m_path.isEmpty()) {
        m_message = tr("No folder for the price history was found; prices are not remembered.");
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_available = openDatabase() && migrate();
    if (!m_available)
        closeDatabase();
}

PriceHistory::~PriceHistory()
{
    closeDatabase();
}

QString PriceHistory::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/history.sqlite");
}

QSqlDatabase PriceHistory::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void PriceHistory::closeDatabase()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    database().close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlError PriceHistory::retryWhileLocked(const std::function<QSqlError()> &work,
                                         std::chrono::milliseconds wait) const
{
    using namespace std::chrono_literals;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline = Clock::now() + wait;
    std::chrono::milliseconds pause = 10ms;
    for (;;) {
        const auto left = std::max(
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()), 0ms);
        // SQLite waits for a lock itself up to its busy timeout; the waits it cannot do (a lock
        // it would have to upgrade, a file being recovered) are done here.
        QSqlQuery(database()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(left.count()));
        const QSqlError error = work();
        if (!error.isValid() || !isLockError(error) || Clock::now() >= deadline)
            return error;
        std::this_thread::sleep_for(std::min(pause, left));
        pause = std::min(pause * 2, std::chrono::milliseconds(1s));
    }
}

bool PriceHistory::openDatabase()
{
    // Sets `damaged` only when SQLite says the file is not a database (SQLITE_NOTADB, 26) or is
    // corrupt (SQLITE_CORRUPT, 11): a locked, unreadable or full file is left where it is.
    const auto tryOpen = [this](QString *error, bool *damaged) {
        const auto failed = [&](const QSqlError &sqlError) {
            *error = sqlError.text();
            *damaged = primaryCode(sqlError) == 26 || primaryCode(sqlError) == 11;
            return false;
        };
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            if (!db.open())
                return failed(db.lastError());
        }
        // SQLite opens lazily: reading the header and the schema finds a file that is not one.
        const QSqlError readError = retryWhileLocked(
            [this] {
                QSqlQuery query(database());
                if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
                    || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                    || !query.next())
                    return query.lastError();
                return QSqlError();
            },
            DefaultLockWait);
        if (readError.isValid())
            return failed(readError);
        return true;
    };

    QString error;
    bool damaged = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_message = tr("The SQLite driver of Qt is not installed; prices are not remembered.");
        return false;
    }
    if (tryOpen(&error, &damaged))
        return true;
    closeDatabase();
    if (!damaged || !QFileInfo::exists(m_path) || !moveAside()) {
        m_message = tr("Could not open the price history “%1”: %2")
                        .arg(QDir::toNativeSeparators(m_path), error);
        return false;
    }
    m_message = tr("The price history “%1” was damaged (%2). It was moved to “%3” and a new "
                   "one was started.")
                    .arg(QDir::toNativeSeparators(m_path), error,
                         QDir::toNativeSeparators(m_movedAsidePath));
    QString retryError;
    if (tryOpen(&retryError, &damaged))
        return true;
    m_message = tr("Could not open the price history “%1”: %2")
                    .arg(QDir::toNativeSeparators(m_path), retryError);
    return false;
}

bool PriceHistory::moveAside()
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = m_path + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(m_path, target))
        return false;
    // A journal or write-ahead log left beside it belongs to the damaged file, not to the new
    // one.
    for (const QLatin1String suffix :
         {QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_movedAsidePath = target;
    return true;
}

bool PriceHistory::migrate()
{
    const QSqlDatabase db = database();
    int version = 0;
    const auto readVersion = [&db, &version] {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return query.lastError();
        version = query.value(0).toInt();
        return QSqlError();
    };
    if (const QSqlError error = retryWhileLocked(readVersion, DefaultLockWait); error.isValid()) {
        m_message = tr("Could not read the price history “%1”: %2")
                        .arg(QDir::toNativeSeparators(m_path), error.text());
        return false;
    }
    if (version <= SchemaVersion) {
        // Readers then never wait for a writer, nor a writer for readers. A file that cannot be
        // switched (read-only, say) still works in its old mode; a newer version's file is not
        // touched.
        const QSqlError walError = retryWhileLocked(
            [&db] {
                QSqlQuery query(db);
                query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                return query.lastError();
            },
            DefaultLockWait);
        if (walError.isValid() && isLockError(walError)) {
            m_message = tr("Could not open the price history “%1”: %2")
                            .arg(QDir::toNativeSeparators(m_path), walError.text());
            return false;
        }
    }
    int failedStep = 0;
    if (version < SchemaVersion) {
        // Another first run may be creating the same file: the version read before the lock
        // was taken is read again under it.
        const QSqlError error = retryWhileLocked(
            [&] {
                return inWriteTransaction(db, [&] {
                    if (const QSqlError error = readVersion(); error.isValid())
                        return error;
                    QSqlQuery query(db);
                    for (int step = version; step < SchemaVersion; ++step) {
                        failedStep = step + 1;
                        for (const QString &statement : Migrations.at(step)) {
                            if (!query.exec(statement))
                                return query.lastError();
                        }
                    }
                    // user_version lives in the file header and commits with the transaction.
                    if (version < SchemaVersion
                        && !query.exec(
                            QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
                        return query.lastError();
                    return QSqlError();
                });
            },
            DefaultLockWait);
        if (error.isValid()) {
            m_message = tr("Could not update the price history “%1” to format %2: %3")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(std::max(failedStep, version + 1))
                            .arg(error.text());
            return false;
        }
    }
    if (version > SchemaVersion) {
        m_message = tr("The price history “%1” was written by a newer version of SMM Price "
                       "Browser (format %2; this version reads up to %3). It was left as it is; "
                       "prices are not remembered until you update.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version)
                        .arg(SchemaVersion);
        return false;
    }
    return true;
}

qint64 PriceHistory::record(const QString &panel, const QString &category,
                            const QDateTime &fetchedAt, const ServiceList &services)
{
    m_lastError.clear();
    if (!m_available) {
        m_lastError = m_message;
        return 0;
    }
    const QSqlDatabase db = database();
    qint64 fetchId = 0;
    const auto insert = [&] {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO fetch (panel, category, fetched_at) VALUES (?, ?, ?)"));
        query.addBindValue(storedText(panel));
        query.addBindValue(storedText(category));
        query.addBindValue(fetchedAt.toMSecsSinceEpoch());
        if (!query.exec())
            return query.lastError();
        fetchId = query.lastInsertId().toLongLong();
        if (!query.prepare(QStringLiteral(
                "INSERT INTO service (fetch_id, position, service_id, name, category, type, "
                "price, min, max, refill, note, price_text, active, currency, price_exact) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return query.lastError();
        for (qsizetype i = 0; i < services.size(); ++i) {
            const Service &service = services.at(i);
            query.addBindValue(fetchId);
            query.addBindValue(qint64(i));
            query.addBindValue(toStored(service.id));
            query.addBindValue(storedText(service.name));
            query.addBindValue(storedText(service.category));
            query.addBindValue(storedText(service.type));
            query.addBindValue(service.price);
            query.addBindValue(service.min);
            query.addBindValue(service.max);
            query.addBindValue(service.refill);
            query.addBindValue(storedText(service.note));
            query.addBindValue(storedText(service.priceText));
            query.addBindValue(service.active);
            query.addBindValue(optionalText(service.currency));
            query.addBindValue(optionalText(service.priceExact));
            if (!query.exec())
                return query.lastError();
        }
        return QSqlError();
    };
    const QSqlError error =
        retryWhileLocked([&] { return inWriteTransaction(db, insert); }, m_lockWait);
    if (error.isValid()) {
        m_lastError = error.text();
        return 0;
    }
    return fetchId;
}

StoredFetch PriceHistory::readFetch(const QString &where, const QVariantList &values) const
{
    StoredFetch fetch;
    if (!m_available)
        return fetch;
    const QSqlError error = retryWhileLocked(
        [&] {
            QSqlQuery query(database());
            query.prepare(QStringLiteral("SELECT id, panel, category, fetched_at FROM fetch WHERE ")
                          + where + QStringLiteral(" ORDER BY fetched_at DESC, id DESC LIMIT 1"));
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return query.lastError();
            if (query.next()) {
                fetch.id = query.value(0).toLongLong();
                fetch.panel = query.value(1).toString();
                fetch.category = query.value(2).toString();
                fetch.fetchedAt =
                    QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
            }
            return QSqlError();
        },
        m_lockWait);
    if (error.isValid() || fetch.id == 0)
        return {};
    fetch.services = readServices(fetch.id, fetch.panel);
    return fetch;
}

ServiceList PriceHistory::readServices(qint64 fetchId, const QString &panel) const
{
    ServiceList services;
    retryWhileLocked(
        [&] {
            services.clear();
            // Category, type, note and currency repeat across a fetch's rows: one copy of each,
            // shared, as the parser keeps them. A NULL (an absent currency) is read as empty
            // text, so it cannot stand in for the empty texts of other columns.
            QSet<QString> texts;
            const auto shared = [&texts](const QVariant &value) {
                return *texts.insert(storedText(value.toString()));
            };
            QSqlQuery query(database());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT service_id, name, category, type, price, min, "
                                         "max, refill, note, price_text, active, currency, "
                                         "price_exact FROM service WHERE fetch_id = ? "
                                         "ORDER BY position"));
            query.addBindValue(fetchId);
            if (!query.exec())
                return query.lastError();
            while (query.next()) {
                Service service;
                service.id = fromStored(query.value(0));
                service.name = query.value(1).toString();
                service.category = shared(query.value(2));
                service.type = shared(query.value(3));
                service.price = query.value(4).toDouble();
                service.min = query.value(5).toLongLong();
                service.max = query.value(6).toLongLong();
                service.refill = query.value(7).toBool();
                service.note = shared(query.value(8));
                service.priceText = query.value(9).toString();
                service.active = query.value(10).toBool();
                service.panel = panel;
                service.currency = shared(query.value(11));
                service.priceExact = query.value(12).toString();
                services.append(std::move(service));
            }
            return query.lastError();
        },
        m_lockWait);
    return services;
}

StoredFetch PriceHistory::fetch(qint64 fetchId) const
{
    return readFetch(QStringLiteral("id = ?"), {fetchId});
}

StoredFetch PriceHistory::lastFetch(const QString &panel, const QString &category) const
{
    return readFetch(QStringLiteral("panel = ? AND category = ?"),
                     {storedText(panel), storedText(category)});
}

StoredFetch PriceHistory::fetchBefore(const QString &panel, const QString &category,
                                      qint64 fetchId) const
{
    return readFetch(QStringLiteral("panel = ? AND category = ? AND id < ?"),
                     {storedText(panel), storedText(category), fetchId});
}

PriceComparison PriceHistory::changesOf(const StoredFetch &fetch) const
{
    return PriceComparison::compare(fetchBefore(fetch.panel, fetch.category, fetch.id),
                                    fetch.services);
}

QList<PricePoint> PriceHistory::priceSeries(const QString &panel, quint64 serviceId) const
{
    QList<PricePoint> points;
    if (!m_available)
        return points;
    retryWhileLocked(
        [&] {
            points.clear();
            QSqlQuery query(database());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT fetch.fetched_at, service.price, fetch.category "
                                         "FROM service JOIN fetch ON fetch.id = service.fetch_id "
                                         "WHERE service.service_id = ? AND fetch.panel = ? "
                                         "ORDER BY fetch.fetched_at, fetch.id"));
            query.addBindValue(toStored(serviceId));
            query.addBindValue(storedText(panel));
            if (!query.exec())
                return query.lastError();
            while (query.next()) {
                points.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                               query.value(1).toDouble(), query.value(2).toString()});
            }
            return query.lastError();
        },
        m_lockWait);
    return points;
}

int PriceHistory::deleteFetchesBefore(const QDateTime &time)
{
    if (!m_available)
        return -1;
    const QSqlDatabase db = database();
    int deleted = -1;
    const QSqlError error = retryWhileLocked(
        [&] {
            return inWriteTransaction(db, [&] {
                QSqlQuery query(db);
                // The latest fetch of each panel's category stays: it is what offline views and
                // the restored last view show.
                query.prepare(
                    QStringLiteral("DELETE FROM fetch WHERE fetched_at < ? AND id NOT "
                                   "IN (SELECT max(id) FROM fetch GROUP BY panel, category)"));
                query.addBindValue(time.toMSecsSinceEpoch());
                if (!query.exec())
                    return query.lastError();
                deleted = query.numRowsAffected();
                return QSqlError();
            });
        },
        m_lockWait);
    if (error.isValid())
        return -1;
    // Gives the freed pages back, so the file shrinks as the user expects; in WAL mode only the
    // checkpoint makes the file itself smaller.
    QSqlQuery(db).exec(QStringLiteral("VACUUM"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return deleted;
}

qint64 PriceHistory::fileSize() const
{
    // What is committed but not yet checkpointed lives in the write-ahead log.
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

QSqlError PriceHistory::access(Access access,
                               const std::function<QSqlError(const QSqlDatabase &)> &work) const
{
    if (!m_available)
        return QSqlError(m_message, {}, QSqlError::ConnectionError);
    const QSqlDatabase db = database();
    if (access == Access::Read)
        return retryWhileLocked([&] { return work(db); }, m_lockWait);
    return retryWhileLocked([&] { return inWriteTransaction(db, [&] { return work(db); }); },
                            m_lockWait);
}
