// SPDX-License-Identifier: MIT
#include "headlessexport.h"

#include "appsettings.h"
#include "catalogcache.h"
#include "panelfetch.h"
#include "panelkey.h"
#include "panelregistry.h"
#include "priceclient.h"
#include "pricehistory.h"
#include "pricerecorder.h"
#include "ratefetcher.h"
#include "responsefile.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "tablesnapshot.h"
#include "v2parser.h"

#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <limits>

void HeadlessExport::printLine(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

HeadlessExport::HeadlessExport(const LaunchOptions &options, const QUrl &apiBase, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new PriceClient(this))
    , m_model(new ServiceTableModel(this))
    , m_view(new ServiceViewModel(this))
    , m_historyPath(PriceHistory::defaultPath())
{
    m_client->setApiBase(apiBase);
    m_view->setSourceModel(m_model);
    // The export reads the rows right after setting the filter; there is no window to keep
    // responsive.
    m_view->setBackgroundFilterThreshold(std::numeric_limits<int>::max());
    m_view->setSearchIndexOnDemand(true);
    connect(m_client, &PriceClient::finished, this, &HeadlessExport::onFetched);
    setResellerPricing({});
}

HeadlessExport::~HeadlessExport() = default;

void HeadlessExport::setLimits(const FetchLimits &limits)
{
    m_client->setLimits(limits);
}

void HeadlessExport::setExchangeRates(const ExchangeRates &rates, const QUrl &rateService)
{
    m_rates = rates;
    // price_idr is rupiah whatever the window shows its converted prices in.
    m_rates.setDisplayCurrency(Service::Rupiah);
    for (const ExchangeRates::RateOption &rate : m_options.rates)
        m_rates.setRateForThisRun(rate.currency, rate.rupiahPerUnit);
    m_rateService = rateService;
    m_model->setExchangeRates(m_rates);
}

void HeadlessExport::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void HeadlessExport::setResellerPricing(const ResellerPricing &pricing)
{
    ResellerPricing effective = pricing;
    if (m_options.markupPercent) {
        effective.markupPercent = *m_options.markupPercent;
        effective.categoryMarkupPercent.clear();
    }
    if (m_options.roundingStep)
        effective.roundingStep = *m_options.roundingStep;
    m_model->setResellerPricing(effective);
}

PriceRecorder &HeadlessExport::recorder()
{
    if (!m_recorder) {
        m_recorder =
            std::make_unique<PriceRecorder>(m_historyPath, PriceRecorder::Threading::Caller);
        m_recorder->setAlertRules(m_alertRules);
        // What opening repaired; why the history is unavailable is said where it matters.
        connect(m_recorder.get(), &PriceRecorder::historyOpened, this,
                [](bool available, const QString &message) {
                    if (available && !message.isEmpty())
                        printLine(tr("warning: %1").arg(message));
                });
        connect(m_recorder.get(), &PriceRecorder::settled, this,
                [this](quint64, const FetchSettlement &settlement) {
                    if (m_options.choosesPanels())
                        onPanelSettled(settlement);
                    else
                        onSettled(settlement);
                });
        connect(m_recorder.get(), &PriceRecorder::balanceRecorded, this,
                [this](const QString &, const AlertList &alerts) { m_alerts.append(alerts); });
        connect(m_recorder.get(), &PriceRecorder::loaded, this,
                [this](quint64, const StoredSelection &stored) {
                    if (m_options.choosesPanels())
                        onPanelLoaded(stored);
                    else
                        exportStored(stored);
                });
    }
    return *m_recorder;
}

void HeadlessExport::start()
{
    if (m_options.choosesPanels()) {
        QTimer::singleShot(0, this, &HeadlessExport::startPanels);
        return;
    }
    if (m_options.offline) {
        QTimer::singleShot(0, this, [this] {
            recorder().load(PriceRecorder::newTicket(), PriceHistory::BuiltInPanel,
                            {m_options.category});
        });
        return;
    }
    if (!m_options.category.isEmpty()) {
        m_client->fetch(PriceRequest::category(m_options.category));
        return;
    }
    // Reported from the event loop, like a fetch, so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        // Without the body, kept for the window's Save Response: a large file is never whole.
        const ParseResult parsed = ResponseFile::parse(m_options.openFile, m_client->limits());
        if (parsed.isError()) {
            fail(parsed.error);
            return;
        }
        Q_EMIT finished(exportServices(parsed));
    });
}

void HeadlessExport::onFetched(const FetchResult &result)
{
    if (result.outcome == FetchResult::Outcome::Cancelled) {
        fail(tr("the request was cancelled"));
        return;
    }
    recorder().settle(PriceRecorder::newTicket(), PriceHistory::BuiltInPanel, m_options.category,
                      result);
}

void HeadlessExport::onSettled(const FetchSettlement &settlement)
{
    if (!settlement.succeeded()) {
        if (settlement.offline)
            fail(tr("%1 (prices of this category stored at %2 can be exported with --offline)")
                     .arg(settlement.fetch.error, settlement.fetchedAt.toString(Qt::ISODate)));
        else
            fail(settlement.fetch.error);
        return;
    }
    m_notStored = settlement.notStored;
    m_alerts.append(settlement.alerts);
    finish(exportServices(settlement.fetch.parsed, settlement.changes));
}

void HeadlessExport::exportStored(const StoredSelection &stored)
{
    if (!stored.historyAvailable) {
        fail(stored.historyMessage);
        return;
    }
    if (stored.fetches.isEmpty()) {
        fail(tr("no prices of “%1” are stored yet; fetch it once without --offline")
                 .arg(m_options.category));
        return;
    }
    const StoredFetch &last = stored.fetches.constFirst();
    printLine(tr("offline: prices stored at %1").arg(last.fetchedAt.toString(Qt::ISODate)));
    ParseResult parsed;
    parsed.services = last.services;
    Q_EMIT finished(exportServices(parsed, stored.changes));
}

HeadlessExport::ExitStatus HeadlessExport::exportServices(const ParseResult &parsed,
                                                          const PriceComparison &changes)
{
    if (const QString problems = parsed.problemSummary(); !problems.isEmpty())
        printLine(tr("warning: %1").arg(problems));
    if (parsed.services.isEmpty())
        printLine(tr("warning: no services in this category"));

    if (m_options.exportFile.isEmpty()) { // --alerts alone
        if (m_notStored.isEmpty())
            return Success;
        printLine(tr("error: the prices were not stored in the price history, so they were not "
                     "compared: %1")
                      .arg(m_notStored));
        return ExportedNotStored;
    }
    m_model->setOrderQuantity(m_options.filter.quantity);
    m_model->setServices(parsed.services, changes);
    m_view->sort(m_options.sortColumn, m_options.sortOrder);
    m_view->setFilter(m_options.filter);

    CsvWriter::Result written;
    if (m_options.cheapestOnly || m_options.shopList) {
        if (m_options.cheapestOnly)
            m_model->ensureGroups();
        TableSnapshot::Contents contents = TableSnapshot::take(*m_view);
        if (m_options.cheapestOnly)
            contents.rows = m_model->cheapestRows(contents.rows);
        if (m_options.shopList) {
            const ShopPriceList::Result shop = ShopPriceList::write(
                std::move(contents), *m_options.shopList, m_options.exportFile);
            written = shop.written;
            if (shop.withoutPrice > 0 && !written.isError())
                printLine(tr("warning: %n service(s) without a price in rupiah were left out; "
                             "give their currency's rate with --rate",
                             nullptr, int(shop.withoutPrice)));
        } else {
            const TableSnapshot cheapest(std::move(contents));
            written = CsvWriter(m_options.csv)
                          .writeToFile(cheapest, m_options.columns, m_options.exportFile);
        }
    } else {
        if (ServiceTableModel::needsGroups(m_options.columns)) {
            m_model->ensureGroups();
            std::vector<int> shown(std::size_t(m_view->rowCount()));
            for (int row = 0; row < m_view->rowCount(); ++row)
                shown[std::size_t(row)] = m_view->sourceRow(row);
            m_model->setCheapestAmong(shown);
        }
        written =
            CsvWriter(m_options.csv).writeToFile(*m_view, m_options.columns, m_options.exportFile);
    }
    if (written.isError()) {
        printLine(tr("error: %1").arg(written.error));
        return Failure;
    }
    if (m_options.exportFile != QLatin1String("-"))
        printLine(tr("exported %1 of %n service(s) to %2", nullptr, int(parsed.services.size()))
                      .arg(written.rowsWritten)
                      .arg(m_options.exportFile));
    if (!m_notStored.isEmpty()) {
        printLine(tr("error: the prices were exported but not stored in the price history: %1")
                      .arg(m_notStored));
        return ExportedNotStored;
    }
    return Success;
}

HeadlessExport::ExitStatus HeadlessExport::combined(ExitStatus first, ExitStatus second)
{
    for (const ExitStatus status : {BadCommandLine, Failure, ExportedNotStored, AlertsRaised}) {
        if (first == status || second == status)
            return status;
    }
    return Success;
}

void HeadlessExport::finish(ExitStatus status)
{
    if (!m_options.alerts) {
        Q_EMIT finished(status);
        return;
    }
    for (const Alert &alert : std::as_const(m_alerts))
        std::fprintf(stdout, "%s\n", qUtf8Printable(alert.toTsvLine()));
    std::fflush(stdout);
    Q_EMIT finished(combined(status, m_alerts.isEmpty() ? Success : AlertsRaised));
}

void HeadlessExport::fail(const QString &message)
{
    printLine(tr("error: %1").arg(message));
    Q_EMIT finished(Failure);
}

void HeadlessExport::startPanels()
{
    QList<PanelConfig> chosen;
    if (m_options.allPanels) {
        chosen = m_panels;
    } else {
        for (const QString &name : m_options.panels) {
            const auto found = std::find_if(m_panels.cbegin(), m_panels.cend(), [&](const auto &p) {
                return p.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (found == m_panels.cend()) {
                printLine(tr("error: there is no panel called “%1” (see --list-panels)").arg(name));
                Q_EMIT finished(BadCommandLine);
                return;
            }
            chosen.append(*found);
        }
    }

    if (m_options.offline) {
        // Answered before load() returns: the recorder works on this thread.
        for (const PanelConfig &panel : std::as_const(chosen)) {
            m_loadingPanel = panel.name;
            recorder().load(PriceRecorder::newTicket(),
                            panel.isBuiltIn() ? PriceHistory::BuiltInPanel : panel.name,
                            {m_options.category});
        }
        onPanelsFetched();
        return;
    }

    QList<PanelFetch::Panel> panels;
    for (const PanelConfig &panel : std::as_const(chosen)) {
        const KeyStore::Result key = PanelKey::resolveNow(panel);
        if (!key.ok()) {
            printLine(tr("error: panel “%1”: %2").arg(panel.name, key.error));
            ++m_panelsFailed;
            continue;
        }
        panels.append({panel, key.key});
    }
    if (panels.isEmpty()) {
        Q_EMIT finished(Failure);
        return;
    }
    m_panelFetch = new PanelFetch(this);
    m_panelFetch->setLimits(m_client->limits());
    if (!m_options.category.isEmpty())
        m_panelFetch->setKratosRequest(PriceRequest::category(m_options.category));
    connect(m_panelFetch, &PanelFetch::panelFinished, this, &HeadlessExport::onPanelFetched);
    QStringList watched;
    for (const PanelFetch::Panel &panel : std::as_const(panels)) {
        if (m_alertRules.ruleForPanel(panel.config.name).balanceBelow)
            watched.append(panel.config.name);
    }
    m_panelFetch->setBalancePanels(watched);
    connect(m_panelFetch, &PanelFetch::balanceReported, this,
            [this](const QString &panel, const QString &amount, const QString &currency) {
                recorder().recordBalance(panel, amount, currency);
            });
    // Asked once: the next run knows it.
    connect(m_panelFetch, &PanelFetch::currencyLearned, this,
            [](const QString &name, const QString &currency) {
                PanelRegistry registry;
                if (std::optional<PanelConfig> panel = registry.find(name)) {
                    panel->currency = currency;
                    registry.update(panel->name, *panel);
                }
            });
    connect(m_panelFetch, &PanelFetch::allFinished, this, &HeadlessExport::onPanelsFetched);
    m_panelFetch->start(panels);
}

void HeadlessExport::onPanelFetched(const QString &panel, const FetchResult &result)
{
    const auto config = std::find_if(m_panels.cbegin(), m_panels.cend(),
                                     [&](const PanelConfig &each) { return each.name == panel; });
    // A standard-API panel's whole list is kept for when the panel cannot be reached.
    const bool keepsList = config != m_panels.cend() && config->style == PanelConfig::Style::V2;
    if (!result.succeeded()) {
        printLine(tr("error: panel “%1”: %2")
                      .arg(panel, result.outcome == FetchResult::Outcome::Cancelled
                                      ? tr("the request was cancelled")
                                      : result.error));
        ++m_panelsFailed;
        if (keepsList && m_options.category.isEmpty()
            && result.outcome != FetchResult::Outcome::Cancelled)
            addKeptList(*config);
        return;
    }
    if (keepsList)
        CatalogCache(CatalogCache::panelPath(panel, config->url)).store(result.body);
    if (m_options.category.isEmpty()) {
        // The whole list of a panel is not a category: nothing to compare or store it under.
        addPanelServices(panel, result.parsed);
        return;
    }
    // A standard-API panel sends every service; the history keeps the category asked for.
    FetchResult category = result;
    category.parsed.services.removeIf(
        [&](const Service &service) { return service.category != m_options.category; });
    const QString key = panel == PanelConfig::BuiltInName ? QString() : panel;
    recorder().settle(PriceRecorder::newTicket(), key, m_options.category, category);
}

void HeadlessExport::onPanelSettled(const FetchSettlement &settlement)
{
    if (!settlement.notStored.isEmpty())
        m_notStored = settlement.notStored;
    m_alerts.append(settlement.alerts);
    addPanelServices(settlement.panel.isEmpty() ? PanelConfig::BuiltInName : settlement.panel,
                     settlement.fetch.parsed);
}

void HeadlessExport::onPanelLoaded(const StoredSelection &stored)
{
    if (!stored.historyAvailable || stored.fetches.isEmpty()) {
        printLine(tr("error: panel “%1”: %2")
                      .arg(m_loadingPanel,
                           stored.historyAvailable
                               ? tr("no prices of “%1” are stored yet; fetch it once without "
                                    "--offline")
                                     .arg(m_options.category)
                               : stored.historyMessage));
        ++m_panelsFailed;
        return;
    }
    const StoredFetch &last = stored.fetches.constFirst();
    printLine(tr("offline: panel “%1”: prices stored at %2")
                  .arg(m_loadingPanel, last.fetchedAt.toString(Qt::ISODate)));
    ParseResult parsed;
    parsed.services = last.services;
    addPanelServices(m_loadingPanel, parsed);
}

void HeadlessExport::addKeptList(const PanelConfig &panel)
{
    if (panel.currency.isEmpty())
        return; // prices in an unknown currency are worse than none
    const CatalogCache cache(CatalogCache::panelPath(panel.name, panel.url), nullptr,
                             &V2Parser::parseServices);
    std::optional<ServiceList> services = cache.read(m_client->limits().parse);
    if (!services)
        return;
    PanelFetch::tag(*services, panel);
    printLine(
        tr("offline: panel “%1”: prices stored at %2")
            .arg(panel.name, QFileInfo(cache.path()).lastModified().toUTC().toString(Qt::ISODate)));
    ParseResult parsed;
    parsed.services = std::move(*services);
    addPanelServices(panel.name, parsed);
}

void HeadlessExport::addPanelServices(const QString &panel, const ParseResult &parsed)
{
    if (const QString problems = parsed.problemSummary(); !problems.isEmpty())
        printLine(tr("warning: panel “%1”: %2").arg(panel, problems));
    m_merged.services.append(parsed.services);
}

void HeadlessExport::onPanelsFetched()
{
    if (m_merged.services.isEmpty() && m_panelsFailed > 0) {
        // Nothing to export: the old file stays as it was. A balance may have raised an alert.
        finish(Failure);
        return;
    }
    // Those --rate gives are not asked for.
    QStringList currencies;
    for (const Service &service : std::as_const(m_merged.services)) {
        const QString currency = service.currencyCode();
        const std::optional<ExchangeRates::Rate> rate = m_rates.rate(currency);
        if (!currencies.contains(currency)
            && !(rate && rate->source == ExchangeRates::Source::ThisRun))
            currencies.append(currency);
    }
    const QStringList toFetch =
        wantsRupiahPrices() ? m_rates.currenciesToFetch(currencies, QDateTime::currentDateTimeUtc())
                            : QStringList();
    if (toFetch.isEmpty()) {
        exportPanels();
        return;
    }
    auto *fetcher = new RateFetcher(this);
    QString error;
    if (!fetcher->setBaseUrl(m_rateService, &error)) {
        printLine(tr("warning: exchange rates were not fetched: %1").arg(error));
        exportPanels();
        return;
    }
    connect(fetcher, &RateFetcher::finished, this, &HeadlessExport::onRatesFetched);
    fetcher->fetch(toFetch);
}

bool HeadlessExport::wantsRupiahPrices() const
{
    // The cheapest of a group is the cheapest in rupiah.
    return m_options.columns.contains(ServiceTableModel::PriceIdrColumn)
           || m_options.sortColumn == ServiceTableModel::PriceIdrColumn || m_options.cheapestOnly
           || m_options.shopList || ServiceTableModel::needsGroups(m_options.columns);
}

void HeadlessExport::onRatesFetched(const QMap<QString, ExchangeRates::Rate> &rates,
                                    const QStringList &problems)
{
    for (const QString &problem : problems)
        printLine(tr("warning: %1").arg(problem));
    if (!rates.isEmpty()) {
        m_rates.takeFetched(rates, QDateTime::currentDateTimeUtc());
        AppSettings().changeExchangeRates([&rates](ExchangeRates &stored) {
            stored.takeFetched(rates, QDateTime::currentDateTimeUtc());
        });
        m_model->setExchangeRates(m_rates);
    }
    exportPanels();
}

void HeadlessExport::exportPanels()
{
    const ExitStatus status = exportServices(m_merged);
    finish(m_panelsFailed > 0 ? Failure : status);
}
