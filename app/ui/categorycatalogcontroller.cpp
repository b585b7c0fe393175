// SPDX-License-Identifier: MIT
#include "categorycatalogcontroller.h"

#include "appsettings.h"
#include "catalogcache.h"
#include "categorybrowser.h"
#include "fetchlimits.h"
#include "fetchresult.h"
#include "priceclient.h"

#include <QCompleter>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStringListModel>

namespace {

QStringList starterCategories()
{
    QFile file(QStringLiteral(":/starter-categories.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : file.readAll().split('\n')) {
        // Names may end in spaces on the panel, so only the line break is removed.
        QString name = QString::fromUtf8(line);
        if (name.endsWith(u'\r'))
            name.chop(1);
        if (!name.isEmpty() && !name.startsWith(u'#'))
            names.append(name);
    }
    return names;
}

} // namespace

CategoryCatalogController::CategoryCatalogController(const AppSettings &settings,
                                                     QLineEdit *searchBox, CategoryBrowser *browser,
                                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_browser(browser)
    , m_client(new PriceClient(this))
    , m_cache(new CatalogCache({}, this))
    , m_completions(new QStringListModel(this))
    , m_starterNames(starterCategories())
{
    auto *completer = new QCompleter(m_completions, searchBox);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    searchBox->setCompleter(completer);

    connect(m_client, &PriceClient::finished, this, &CategoryCatalogController::onFetched);
    connect(m_cache, &CatalogCache::loaded, this, [this](const ServiceList &services) {
        // The cache is written when the panel's answer arrives.
        setServices(services, QFileInfo(m_cache->path()).lastModified().toUTC());
    });
    m_directory.setExtraNames(m_settings.categoryHistory() + m_starterNames);
    publish();
}

void CategoryCatalogController::setApiBase(const QUrl &base)
{
    m_client->setApiBase(base);
}

void CategoryCatalogController::setLimits(const FetchLimits &limits)
{
    m_client->setLimits(limits);
}

void CategoryCatalogController::refresh()
{
    m_cache->load(m_client->limits().parse);
    m_client->fetch(PriceRequest::catalog());
}

void CategoryCatalogController::onFetched(const FetchResult &result)
{
    if (!result.succeeded())
        return; // The cached catalog and the starter list keep the completion useful.
    setServices(result.parsed.services, QDateTime::currentDateTimeUtc());
    m_cache->store(result.body);
}

void CategoryCatalogController::setServices(const ServiceList &services, const QDateTime &fetchedAt)
{
    m_services = services;
    m_fetchedAt = fetchedAt;
    m_directory.setCatalog(services);
    publish();
}

void CategoryCatalogController::updateHistory()
{
    m_directory.setExtraNames(m_settings.categoryHistory() + m_starterNames);
    m_completions->setStringList(m_directory.names());
}

void CategoryCatalogController::publish()
{
    m_completions->setStringList(m_directory.names());
    m_browser->setDirectory(m_directory);
    Q_EMIT directoryChanged();
}
