// SPDX-License-Identifier: MIT
#pragma once

#include "categorydirectory.h"
#include "service.h"

#include <QDateTime>
#include <QObject>

class AppSettings;
class CatalogCache;
class CategoryBrowser;
class PriceClient;
class QLineEdit;
class QStringListModel;
struct FetchLimits;
struct FetchResult;

// The category names the search box completes and the browser lists: the panel's whole catalog
// (cached on disk and read on a worker, then asked of the panel in the background), the
// categories the user fetched and the starter list. Also keeps the catalog's services for
// "All services".
class CategoryCatalogController final : public QObject
{
    Q_OBJECT

public:
    CategoryCatalogController(const AppSettings &settings, QLineEdit *searchBox,
                              CategoryBrowser *browser, QObject *parent);

    const CategoryDirectory &directory() const { return m_directory; }
    const ServiceList &services() const { return m_services; }
    // UTC: when the panel sent services(); invalid when unknown.
    const QDateTime &fetchedAt() const { return m_fetchedAt; }

    void setApiBase(const QUrl &base);
    void setLimits(const FetchLimits &limits);
    // Loads the catalog cached on disk, then asks the panel for a fresh one.
    void refresh();
    // A catalog fetched by someone else ("All services"): kept, but not cached.
    void setServices(const ServiceList &services, const QDateTime &fetchedAt);
    // The user's category history changed in the settings.
    void updateHistory();

Q_SIGNALS:
    // The names, counts or groups of directory() changed.
    void directoryChanged();

private:
    void onFetched(const FetchResult &result);
    void publish();

    const AppSettings &m_settings;
    CategoryBrowser *m_browser;
    PriceClient *m_client;
    CatalogCache *m_cache;
    QStringListModel *m_completions;
    CategoryDirectory m_directory;
    ServiceList m_services;
    QDateTime m_fetchedAt;
    QStringList m_starterNames;
};
