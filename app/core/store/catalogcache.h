// SPDX-License-Identifier: MIT
#pragma once

#include "responseparser.h"
#include "service.h"

#include <QObject>
#include <QUrl>

#include <optional>

class QFutureWatcherBase;

// A panel's whole catalog kept on disk between runs: the built-in panel's, so the category search
// and browser are complete before the panel answers, and each standard-API panel's service list,
// shown when the panel cannot be reached. Read and parsed on a worker thread; written atomically.
class CatalogCache final : public QObject
{
    Q_OBJECT

public:
    // Reads a stored answer; ResponseParser::parse for a Kratos-style panel's catalog,
    // V2Parser::parseServices for a standard-API panel's list.
    using Parser = ParseResult (*)(const QByteArray &body, const ResponseParser::Limits &limits);

    // `path` is the cache file; empty means the catalog.json in the user's cache folder.
    explicit CatalogCache(const QString &path = {}, QObject *parent = nullptr,
                          Parser parser = &ResponseParser::parse);
    ~CatalogCache() override;

    // The cache file of a panel other than the built-in one, beside catalog.json (or in `folder`
    // when given). Named after the panel's name and URL, never its key.
    static QString panelPath(const QString &panel, const QUrl &url, const QString &folder = {});

    QString path() const { return m_path; }
    // Reads and parses the cache on this thread; nothing when it is missing or unusable.
    std::optional<ServiceList> read(const ResponseParser::Limits &limits) const;
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
    Parser m_parser;
    int m_generation = 0;
    QFutureWatcherBase *m_watcher = nullptr;
};
