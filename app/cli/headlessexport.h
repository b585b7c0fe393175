// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertrules.h"
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
// exit status. With --alerts the CSV is optional and the alerts that storing the fetches raised
// are printed on standard output, one line each. A fetch that could not be stored is still
// exported, but not reported as full success: the history is what later exports compare with and
// what --offline reads.
class HeadlessExport final : public QObject
{
    Q_OBJECT

public:
    // ExportedNotStored: the CSV was written, but the fetch is not in the price history.
    // AlertsRaised: all went well, and --alerts printed at least one alert. When several apply,
    // the first of BadCommandLine, Failure, ExportedNotStored, AlertsRaised wins.
    enum ExitStatus {
        Success = 0,
        Failure = 1,
        BadCommandLine = 2,
        ExportedNotStored = 3,
        AlertsRaised = 4
    };
    // The status of several runs together, by that order.
    static ExitStatus combined(ExitStatus first, ExitStatus second);
    // `message` as one line on stderr after the program's name, flushed at once.
    static void printLine(const QString &message);

    HeadlessExport(const LaunchOptions &options, const QUrl &apiBase, QObject *parent = nullptr);
    ~HeadlessExport() override;

    void setLimits(const FetchLimits &limits);
    // The price history to record fetches in and read --offline from; PriceHistory::defaultPath()
    // unless set before start().
    void setHistoryPath(const QString &path);
    // The settings' pricing; --markup and --price-step override it.
    void setResellerPricing(const ResellerPricing &pricing);
    // What the fetches stored are checked against (their alerts go to the alert log, and with
    // --alerts to standard output); AlertRules' defaults unless set before start().
    void setAlertRules(const AlertRules &rules) { m_alertRules = rules; }
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
    // Prints the alerts with --alerts and reports the exit status they make of `status`.
    void finish(ExitStatus status);
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
    AlertRules m_alertRules;
    AlertList m_alerts; // raised by the fetches stored in this run
};
