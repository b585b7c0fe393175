// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"
#include "fetchlimits.h"
#include "launchoptions.h"
#include "panelconfig.h"
#include "parseresult.h"
#include "pricecomparison.h"
#include "resellerpricing.h"

#include <QObject>
#include <QUrl>

#include <memory>

class PanelFetch;
class PriceClient;
class PriceRecorder;
class ServiceTableModel;
class ServiceViewModel;
struct FetchResult;
struct FetchSettlement;
struct StoredSelection;

// `smm-price-browser --export`: fetches a category (or reads a saved response, or the stored
// result with --offline), records the fetch in the price history, applies the filters and sort
// through the same model and view as the window, and writes the CSV. With --panel or
// --all-panels it fetches those panels at once instead and exports their services together; a
// panel that fails costs only its own rows, with one line naming it, and the status is 1 (without
// --category, a standard-API panel's rows are then those of its last list, with a line saying
// when it was kept). Reports on stderr, one line per problem; finished() carries the process's
// exit status. A fetch that could not be stored is still exported, but not reported as full
// success: the history is what later exports compare with and what --offline reads.
class HeadlessExport final : public QObject
{
    Q_OBJECT

public:
    // ExportedNotStored: the CSV was written, but the fetch is not in the price history.
    enum ExitStatus { Success = 0, Failure = 1, BadCommandLine = 2, ExportedNotStored = 3 };

    HeadlessExport(const LaunchOptions &options, const QUrl &apiBase, QObject *parent = nullptr);
    ~HeadlessExport() override;

    void setLimits(const FetchLimits &limits);
    // The price history to record fetches in and read --offline from; PriceHistory::defaultPath()
    // unless set before start().
    void setHistoryPath(const QString &path);
    // The settings' pricing; --markup and --price-step override it.
    void setResellerPricing(const ResellerPricing &pricing);
    void start();
    // The panels --panel and --all-panels choose from; the built-in panel alone unless set.
    void setPanels(const QList<PanelConfig> &panels) { m_panels = panels; }
    // The stored rates; --rate overrides them for this run. When the rupiah price is exported,
    // missing or day-old rates of the currencies in use are first fetched from `rateService`
    // and stored.
    void setExchangeRates(const ExchangeRates &rates, const QUrl &rateService);

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void onFetched(const FetchResult &result);
    void onSettled(const FetchSettlement &settlement);
    void exportStored(const StoredSelection &stored);
    // Writes the CSV; returns the exit status it earns.
    ExitStatus exportServices(const ParseResult &parsed, const PriceComparison &changes = {});
    void fail(const QString &message);
    void startPanels();
    void onPanelFetched(const QString &panel, const FetchResult &result);
    void onPanelSettled(const FetchSettlement &settlement);
    void onPanelLoaded(const StoredSelection &stored);
    // The list a failed standard-API panel sent last time, exported as offline.
    void addKeptList(const PanelConfig &panel);
    void addPanelServices(const QString &panel, const ParseResult &parsed);
    void onPanelsFetched();
    bool wantsRupiahPrices() const;
    void onRatesFetched(const QMap<QString, ExchangeRates::Rate> &rates,
                        const QStringList &problems);
    void exportPanels();
    PriceRecorder &recorder();

    LaunchOptions m_options;
    PriceClient *m_client;
    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    QString m_historyPath;
    std::unique_ptr<PriceRecorder> m_recorder; // on this thread: there is no window to keep
                                               // responsive
    QString m_notStored;                       // why the fetch being exported is not in the history
    QList<PanelConfig> m_panels;
    PanelFetch *m_panelFetch = nullptr;
    ParseResult m_merged; // the services of every panel that answered
    int m_panelsFailed = 0;
    QString m_loadingPanel; // whose stored prices --offline is reading
    ExchangeRates m_rates;
    QUrl m_rateService;
};
