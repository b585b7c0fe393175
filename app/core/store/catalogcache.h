// SPDX-License-Identifier: MIT
#pragma once

#include "responseparser.h"
#include "service.h"

#include <QObject>

class QFutureWatcherBase;

// The panel's whole catalog kept on disk between runs, so the category search and browser are
// complete before the panel answers. Read and parsed on a worker thread; written atomically.
class CatalogCache final : public QObject
{
    Q_OBJECT

public:
    // `path` is the cache file; empty means the catalog.json in the user's cache folder.
    explicit CatalogCache(const QString &path = {}, QObject *parent = nullptr);
    ~CatalogCache() override;

    QString path() const { return m_path; }
    // Reads and parses the cache on a worker; emits loaded() or unusable() when done.
    void load(const ResponseParser::Limits &limits);
    // Replaces the cache with a fresh answer of the panel. A load still running is dropped:
    // the fresh catalog is newer than the cached one.
    bool store(const QByteArray &body);

Q_SIGNALS:
    void loaded(const ServiceList &services);
    // There is no cache, or it cannot be read or parsed; nothing was changed.
    void unusable();

private:
    QString m_path;
    int m_generation = 0;
    QFutureWatcherBase *m_watcher = nullptr;
};
