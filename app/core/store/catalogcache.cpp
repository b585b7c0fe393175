// SPDX-License-Identifier: MIT
#include "catalogcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrentRun>

namespace {

std::optional<ServiceList> readCache(const QString &path, CatalogCache::Parser parser,
                                     const ResponseParser::Limits &limits)
{
    QFile cache(path);
    if (!cache.open(QIODevice::ReadOnly))
        return std::nullopt;
    ParseResult parsed = parser(cache.readAll(), limits);
    if (parsed.isError())
        return std::nullopt;
    return std::move(parsed.services);
}

QString cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

} // namespace

CatalogCache::CatalogCache(const QString &path, QObject *parent, Parser parser)
    : QObject(parent)
    , m_path(path.isEmpty() ? cacheFolder() + QStringLiteral("/catalog.json") : path)
    , m_parser(parser)
{}

QString CatalogCache::panelPath(const QString &panel, const QUrl &url, const QString &folder)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(panel.toUtf8() + '\n' + url.toEncoded()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return (folder.isEmpty() ? cacheFolder() : folder) + QStringLiteral("/catalog-")
           + QString::fromLatin1(hash) + QStringLiteral(".json");
}

CatalogCache::~CatalogCache()
{
    // The worker only reads a file and parses it; waiting keeps it from outliving the limits.
    if (m_watcher)
        m_watcher->waitForFinished();
}

void CatalogCache::load(const ResponseParser::Limits &limits)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<std::optional<ServiceList>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        if (generation != m_generation)
            return;
        if (const std::optional<ServiceList> services = watcher->result())
            Q_EMIT loaded(*services);
        else
            Q_EMIT unusable();
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_path, parser = m_parser, limits] { return readCache(path, parser, limits); }));
}

std::optional<ServiceList> CatalogCache::read(const ResponseParser::Limits &limits) const
{
    return readCache(m_path, m_parser, limits);
}

bool CatalogCache::store(const QByteArray &body)
{
    ++m_generation;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(body);
    return file.commit();
}
