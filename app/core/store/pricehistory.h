// SPDX-License-Identifier: MIT
#pragma once

#include "pricecomparison.h"
#include "storedfetch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <chrono>
#include <functional>

class QSqlDatabase;
class QSqlError;

// Every successful fetch, kept in a local SQLite database so prices can be compared over time
// and shown when the panel cannot be reached. Opening repairs what it can: a damaged file is
// moved aside and a fresh one started; a file from a newer version of the app is left alone and
// history is unavailable. Each instance has its own connection, used from one thread. Several
// processes share one file (the window, scheduled exports): the file is in WAL mode, so readers
// never wait, and a writer waits for the others (up to lockWait()) instead of failing.
//
// Every fetch belongs to a panel, named as Service::panel names it: "" is the built-in panel (all
// that versions before 3 stored). Lookups and comparisons never cross panels, so two panels may
// use the same category names and service ids. A panel whose API has no per-category endpoint
// (the standard reseller API) answers with its whole list; the caller chooses how to store it,
// one record() per category of the list (so browsing by category works offline) or one record()
// of the whole list under a name of its own.
class PriceHistory
{
    Q_DECLARE_TR_FUNCTIONS(PriceHistory)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr std::chrono::milliseconds DefaultLockWait{60000};
    // How fetches of the built-in panel are stored, as Service::panel names it.
    static inline const QString BuiltInPanel = QStringLiteral("");

    // Opens (creating when needed) the database at `path`.
    explicit PriceHistory(const QString &path = defaultPath());
    ~PriceHistory();
    PriceHistory(const PriceHistory &) = delete;
    PriceHistory &operator=(const PriceHistory &) = delete;

    // history.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    QString path() const { return m_path; }
    bool isAvailable() const { return m_available; }
    // Why history is unavailable, or what opening had to repair; empty when all went well.
    QString message() const { return m_message; }
    // Where a damaged file was moved, when that happened while opening.
    QString movedAsidePath() const { return m_movedAsidePath; }

    // Stores one fetch of `panel` in a single transaction; returns its id, or 0 (with
    // lastError()) when it could not be stored, in which case nothing of it was. Each service's
    // currency and exact price are kept (absent when empty); its own `panel` is not: services
    // read back carry the fetch's panel.
    qint64 record(const QString &panel, const QString &category, const QDateTime &fetchedAt,
                  const ServiceList &services);
    QString lastError() const { return m_lastError; }

    // The stored fetch `fetchId`, or an invalid one.
    StoredFetch fetch(qint64 fetchId) const;
    // The newest stored fetch of a panel's category (exact name), or an invalid one.
    StoredFetch lastFetch(const QString &panel, const QString &category) const;
    // The newest fetch of the panel's category stored before the fetch `fetchId`, or an invalid
    // one.
    StoredFetch fetchBefore(const QString &panel, const QString &category, qint64 fetchId) const;
    // How a stored fetch differs from the one of its panel and category stored before it.
    PriceComparison changesOf(const StoredFetch &fetch) const;
    // The price of a panel's service in every stored fetch of that panel, oldest first.
    QList<PricePoint> priceSeries(const QString &panel, quint64 serviceId) const;
    // Deletes the fetches stored before `time`, except the newest of each panel's category;
    // returns how many, or -1 on failure.
    int deleteFetchesBefore(const QDateTime &time);
    qint64 fileSize() const;

    // How long a write (or a read) waits in all for other connections to let go of the file
    // before it fails; DefaultLockWait unless set. Opening always allows DefaultLockWait.
    void setLockWait(std::chrono::milliseconds wait) { m_lockWait = wait; }
    std::chrono::milliseconds lockWait() const { return m_lockWait; }

    // For the tables that share this file (the alert log): runs `work` on this connection, in
    // one write transaction for Access::Write, again while another connection holds the file (up
    // to lockWait()). Returns its last error, invalid on success and an error when the history is
    // unavailable.
    enum class Access { Read, Write };
    QSqlError access(Access access,
                     const std::function<QSqlError(const QSqlDatabase &)> &work) const;

private:
    QSqlDatabase database() const;
    bool openDatabase();
    bool migrate();
    bool moveAside();
    // Runs `work` again, after a growing pause, while it fails because another connection holds
    // the file, until `wait` has passed; returns its last error (invalid on success).
    QSqlError retryWhileLocked(const std::function<QSqlError()> &work,
                               std::chrono::milliseconds wait) const;
    StoredFetch readFetch(const QString &where, const QVariantList &values) const;
    ServiceList readServices(qint64 fetchId, const QString &panel) const;
    void closeDatabase();

    QString m_path;
    QString m_connection;
    bool m_available = false;
    QString m_message;
    QString m_movedAsidePath;
    QString m_lastError;
    std::chrono::milliseconds m_lockWait = DefaultLockWait;
};
