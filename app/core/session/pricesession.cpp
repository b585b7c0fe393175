// SPDX-License-Identifier: MIT
#include "pricesession.h"

#include "catalogcache.h"
#include "categoryrefresher.h"
#include "groupoverrides.h"
#include "panelfetch.h"
#include "panelkey.h"
#include "panelmerge.h"
#include "priceclient.h"
#include "pricehistory.h"
#include "pricerecorder.h"
#include "responsefile.h"
#include "serviceformatter.h"
#include "v2parser.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QtConcurrentRun>

namespace {

SessionProblem::Limit limitOf(FetchResult::Failure failure)
{
    switch (failure) {
    case FetchResult::Failure::TooLarge:
        return SessionProblem::Limit::ResponseSize;
    case FetchResult::Failure::TooSlow:
        return SessionProblem::Limit::Deadline;
    default:
        return SessionProblem::Limit::None;
    }
}

// Rows past the row ceiling were left out: Preferences can raise it.
SessionProblem::Limit limitOf(const ParseResult &parsed)
{
    return parsed.rowsOverLimit > 0 ? SessionProblem::Limit::RowCount : SessionProblem::Limit::None;
}

} // namespace

PriceSession::PriceSession(QObject *parent)
    : QObject(parent)
    , m_client(new PriceClient(this))
    , m_refresher(new CategoryRefresher(this))
{
    // One at a time, in order: a later list of a panel replaces an earlier one.
    m_cacheWriter.setMaxThreadCount(1);
    connect(m_client, &PriceClient::started, this, [this](const PriceRequest &request) {
        // A file still being read must not replace what this fetch brings.
        ++m_fileGeneration;
        m_reading = false;
        Q_EMIT fetchStarted(request);
    });
    connect(m_client, &PriceClient::progressChanged, this, &PriceSession::progressChanged);
    connect(m_client, &PriceClient::finished, this, &PriceSession::onFetched);
    connect(m_refresher, &CategoryRefresher::categoryFinished, this, [this] {
        const auto &outcomes = m_refresher->outcomes();
        const auto done = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                        [](const auto &outcome) { return outcome.finished; });
        Q_EMIT refreshProgress(int(done), int(outcomes.size()));
    });
    connect(m_refresher, &CategoryRefresher::finished, this, &PriceSession::onRefreshed);
}

PriceSession::~PriceSession() = default;

void PriceSession::setApiBase(const QUrl &base)
{
    m_client->setApiBase(base);
    m_refresher->setApiBase(base);
}

QUrl PriceSession::apiBase() const
{
    return m_client->apiBase();
}

void PriceSession::setLimits(const FetchLimits &limits)
{
    m_client->setLimits(limits);
    m_refresher->setLimits(limits);
}

void PriceSession::setHistoryPath(const QString &path)
{
    auto recorder = std::make_unique<PriceRecorder>(path);
    connect(recorder.get(), &PriceRecorder::settled, this, &PriceSession::onSettled);
    connect(recorder.get(), &PriceRecorder::loaded, this, &PriceSession::onLoaded);
    connect(recorder.get(), &PriceRecorder::settled, this,
            [this](quint64, const FetchSettlement &settlement) {
                if (!settlement.alerts.isEmpty())
                    Q_EMIT alertsRaised(settlement.alerts);
            });
    connect(recorder.get(), &PriceRecorder::balanceRecorded, this,
            [this](const QString &, const AlertList &alerts) {
                if (!alerts.isEmpty())
                    Q_EMIT alertsRaised(alerts);
            });
    recorder->setAlertRules(m_alertRules);
    m_refresher->setRecorder(recorder.get());
    m_recorder = std::move(recorder); // the old one finishes its work first
}

void PriceSession::setAlertRules(const AlertRules &rules)
{
    m_alertRules = rules;
    if (m_recorder)
        m_recorder->setAlertRules(rules);
}

bool PriceSession::supersede()
{
    const bool busy =
        m_pending != 0 || m_refresher->isRunning() || m_fetching || m_reading || m_panelsBusy;
    m_pending = 0;
    ++m_panelGeneration;
    m_panelsBusy = false;
    m_keysPending = 0;
    m_panelTickets.clear();
    if (m_panelFetch) {
        m_panelFetch->disconnect(this);
        m_panelFetch->deleteLater(); // its requests end with it
        m_panelFetch = nullptr;
    }
    m_reading = false;
    ++m_fileGeneration;
    m_refresher->cancel();
    if (m_fetching) {
        m_fetching = false; // its cancel is not reported
        m_client->cancel();
    }
    return busy;
}

void PriceSession::fetch(const PriceRequest &request)
{
    if (supersede())
        Q_EMIT finished();
    m_fetching = true;
    m_client->fetch(request);
}

void PriceSession::stop()
{
    if (m_fetching) {
        m_client->cancel(); // reported as stopped
        return;
    }
    const bool settling = m_pending != 0 || m_panelsBusy;
    if (!settling && !m_refresher->isRunning())
        return; // a file being read is still shown
    supersede();
    Q_EMIT finished();
    if (settling)
        report(SessionProblem::Severity::Status,
               tr("Stopped. The table still shows the previous prices."));
}

void PriceSession::onFetched(const FetchResult &result)
{
    if (!m_fetching)
        return;
    m_fetching = false;
    if (result.outcome == FetchResult::Outcome::Cancelled) {
        m_failedRequest.reset();
        Q_EMIT finished();
        report(SessionProblem::Severity::Status,
               tr("Stopped. The table still shows the previous prices."));
        return;
    }
    if (result.request.kind == PriceRequest::Kind::Category && m_recorder) {
        m_pending = PriceRecorder::newTicket();
        m_recorder->settle(m_pending, PriceHistory::BuiltInPanel, result.request.name, result);
        return;
    }
    FetchSettlement settlement;
    settlement.fetch = result;
    settlement.key = result.request.name;
    settlement.services = result.parsed.services;
    onSettled(0, settlement);
}

void PriceSession::fetchPanels(const QList<PanelConfig> &panels, const QString &category)
{
    if (supersede())
        Q_EMIT finished();
    m_panels.clear();
    for (const PanelConfig &panel : panels) {
        PanelOutcome outcome;
        outcome.config = panel;
        m_panels.append(outcome);
    }
    m_panelCategory = category;
    m_panelsBusy = true;
    m_keysPending = m_panels.size();
    Q_EMIT fetchStarted(category.isEmpty() ? PriceRequest::catalog()
                                           : PriceRequest::category(category));
    Q_EMIT panelProgress(0, int(m_panels.size()));
    if (m_panels.isEmpty()) {
        showPanels();
        return;
    }
    const int generation = m_panelGeneration;
    for (qsizetype index = 0; index < m_panels.size(); ++index)
        PanelKey::resolve(m_panels.at(index).config, this,
                          [this, generation, index](const KeyStore::Result &key) {
                              onKeyResolved(generation, index, key);
                          });
    // A keychain that never answers must not hold up the panels that need no key from it.
    QTimer::singleShot(m_keyTimeout, this, [this, generation] {
        if (generation != m_panelGeneration || m_keysPending == 0)
            return;
        const QString error = KeyStore::noAnswerText(m_keyTimeout);
        for (qsizetype index = 0; generation == m_panelGeneration && index < m_panels.size();
             ++index) {
            if (!m_panels.at(index).keyResolved)
                onKeyResolved(generation, index, {QString(), error});
        }
    });
}

void PriceSession::onKeyResolved(int generation, qsizetype index, const KeyStore::Result &key)
{
    if (generation != m_panelGeneration)
        return;
    PanelOutcome &outcome = m_panels[index];
    if (outcome.keyResolved) // the answer came after the time allowed
        return;
    outcome.keyResolved = true;
    if (key.ok())
        outcome.key = key.key;
    else
        outcome.error = key.error;
    if (--m_keysPending > 0)
        return;

    QList<PanelFetch::Panel> reachable;
    for (PanelOutcome &panel : m_panels) {
        if (panel.error.isEmpty())
            reachable.append({panel.config, std::exchange(panel.key, {})});
    }
    // Panels whose key failed are over before the others start.
    for (qsizetype failed = 0; failed < m_panels.size(); ++failed) {
        if (!m_panels.at(failed).error.isEmpty())
            finishPanel(failed);
    }
    if (!m_panelsBusy)
        return;
    m_panelFetch = new PanelFetch(this);
    m_panelFetch->setLimits(m_client->limits());
    if (!m_panelCategory.isEmpty())
        m_panelFetch->setKratosRequest(PriceRequest::category(m_panelCategory));
    connect(m_panelFetch, &PanelFetch::panelFinished, this, &PriceSession::onPanelFetched);
    if (m_recorder) {
        QStringList watched;
        for (const PanelFetch::Panel &panel : std::as_const(reachable)) {
            if (m_alertRules.ruleForPanel(panel.config.name).balanceBelow)
                watched.append(panel.config.name);
        }
        m_panelFetch->setBalancePanels(watched);
        connect(m_panelFetch, &PanelFetch::balanceReported, m_recorder.get(),
                &PriceRecorder::recordBalance);
    }
    connect(m_panelFetch, &PanelFetch::currencyLearned, this,
            [this](const QString &panel, const QString &currency) {
                m_learnedCurrencies.insert(panel, currency);
                Q_EMIT currencyLearned(panel, currency);
            });
    m_panelFetch->start(reachable);
}

void PriceSession::onPanelFetched(const QString &panel, const FetchResult &result)
{
    const auto found = std::find_if(m_panels.cbegin(), m_panels.cend(), [&](const auto &outcome) {
        return outcome.config.name == panel;
    });
    if (found == m_panels.cend())
        return;
    const qsizetype index = found - m_panels.cbegin();
    if (found->config.style == PanelConfig::Style::V2) {
        const QString path = CatalogCache::panelPath(panel, found->config.url, m_cacheFolder);
        if (result.succeeded()) {
            // Off the UI thread: a panel's list is megabytes, and QSaveFile waits for the disk.
            m_cacheWriter.start([path, body = result.body] { CatalogCache(path).store(body); });
            // A list cut at the row limit would store its categories short, the cut services as
            // removed.
            if (m_panelCategory.isEmpty() && m_recorder && !m_savedCategories.isEmpty()
                && result.parsed.rowsOverLimit == 0)
                m_recorder->settleCategories(panel, m_savedCategories, result);
        } else if (m_panelCategory.isEmpty() && result.outcome != FetchResult::Outcome::Cancelled) {
            loadPanelList(index, result);
            return;
        }
    }
    // A standard-API panel sends every service: only the category asked for is shown and stored.
    FetchResult shown = result;
    if (!m_panelCategory.isEmpty())
        shown.parsed.services.removeIf(
            [this](const Service &service) { return service.category != m_panelCategory; });
    if (m_panelCategory.isEmpty() || !m_recorder) {
        // A panel's whole list is not a category: nothing to compare or store it under.
        FetchSettlement settlement;
        settlement.fetch = shown;
        settlement.services = shown.parsed.services;
        onPanelSettled(index, settlement);
        return;
    }
    const quint64 ticket = PriceRecorder::newTicket();
    m_panelTickets.insert(ticket, index);
    m_recorder->settle(ticket, found->config.isBuiltIn() ? QString() : panel, m_panelCategory,
                       shown);
}

void PriceSession::loadPanelList(qsizetype index, const FetchResult &failed)
{
    PanelConfig config = m_panels.at(index).config;
    if (config.currency.isEmpty())
        config.currency = m_learnedCurrencies.value(config.name);
    // A list still being written is the one to read.
    m_cacheWriter.waitForDone();
    FetchSettlement settlement;
    settlement.fetch = failed;
    if (config.currency.isEmpty()) {
        // Prices in an unknown currency are worse than none.
        onPanelSettled(index, settlement);
        return;
    }
    auto *cache = new CatalogCache(CatalogCache::panelPath(config.name, config.url, m_cacheFolder),
                                   this, &V2Parser::parseServices);
    const int generation = m_panelGeneration;
    connect(cache, &CatalogCache::loaded, this, [=, this](const ServiceList &services) mutable {
        cache->deleteLater();
        if (generation != m_panelGeneration)
            return;
        settlement.offline = true;
        settlement.services = services;
        PanelFetch::tag(settlement.services, config);
        // The cache is written when the panel's answer arrives.
        settlement.fetchedAt = QFileInfo(cache->path()).lastModified().toUTC();
        onPanelSettled(index, settlement);
    });
    connect(cache, &CatalogCache::unusable, this, [=, this] {
        cache->deleteLater();
        if (generation == m_panelGeneration)
            onPanelSettled(index, settlement);
    });
    cache->load(m_client->limits().parse);
}

void PriceSession::onPanelSettled(qsizetype index, const FetchSettlement &settlement)
{
    PanelOutcome &outcome = m_panels[index];
    const FetchResult &result = settlement.fetch;
    if (result.succeeded()) {
        outcome.services = settlement.services;
        outcome.changes = settlement.changes;
        outcome.fetchedAt = settlement.fetchedAt;
        if (settlement.historyAvailable)
            outcome.notStored = settlement.notStored;
    } else {
        outcome.error =
            result.outcome == FetchResult::Outcome::Cancelled ? tr("Stopped.") : result.error;
        outcome.retryable = result.retryMayHelp();
        if (settlement.offline) {
            outcome.fromHistory = true;
            outcome.services = settlement.services;
            outcome.changes = settlement.changes;
            outcome.fetchedAt = settlement.fetchedAt;
        }
    }
    finishPanel(index);
}

void PriceSession::finishPanel(qsizetype index)
{
    m_panels[index].finished = true;
    const auto done = std::count_if(m_panels.cbegin(), m_panels.cend(),
                                    [](const PanelOutcome &outcome) { return outcome.finished; });
    Q_EMIT panelProgress(int(done), int(m_panels.size()));
    if (done == m_panels.size())
        showPanels();
}

void PriceSession::showPanels()
{
    const bool anyShown = std::any_of(m_panels.cbegin(), m_panels.cend(), [](const auto &outcome) {
        return outcome.error.isEmpty() || outcome.fromHistory;
    });
    if (m_panelFetch) {
        m_panelFetch->disconnect(this);
        m_panelFetch->deleteLater(); // this may run inside its signal
        m_panelFetch = nullptr;
    }
    if (!anyShown && !m_panels.isEmpty()) {
        m_panelsBusy = false;
        Q_EMIT finished();
        m_failedRequest = m_panelCategory.isEmpty() ? PriceRequest::catalog()
                                                    : PriceRequest::category(m_panelCategory);
        SessionProblem problem = panelFailures();
        problem.severity = SessionProblem::Severity::Error;
        report(problem);
        return;
    }
    // Merged on a worker: the fetch stays in flight until the view is shown, so a newer request
    // or stop() drops the merge like any other fetch.
    QList<PanelMerge::Panel> panels;
    panels.reserve(m_panels.size());
    for (PanelOutcome &outcome : m_panels)
        panels.append({std::exchange(outcome.services, {}), std::exchange(outcome.changes, {})});
    const int generation = m_panelGeneration;
    auto *watcher = new QFutureWatcher<PanelMerge>(this);
    connect(watcher, &QFutureWatcher<PanelMerge>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_panelGeneration)
            showMergedPanels(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(
        [panels = std::move(panels)]() mutable { return PanelMerge::of(std::move(panels)); }));
}

void PriceSession::showMergedPanels(PanelMerge merged)
{
    const qsizetype failed =
        std::count_if(m_panels.cbegin(), m_panels.cend(),
                      [](const PanelOutcome &outcome) { return !outcome.error.isEmpty(); });
    m_panelsBusy = false;
    Q_EMIT finished();
    SessionView view;
    view.source = m_panelCategory.isEmpty() ? SessionView::Source::AllServices
                                            : SessionView::Source::Category;
    view.category = m_panelCategory;
    for (const PanelOutcome &outcome : std::as_const(m_panels)) {
        view.panels.append(outcome.config.name);
        if (outcome.fromHistory && (!view.storedAt.isValid() || outcome.fetchedAt < view.storedAt))
            view.storedAt = outcome.fetchedAt;
    }
    view.panelCategories = std::move(merged.categories);
    view.services = std::move(merged.services);
    view.changes = std::move(merged.changes);
    // Only when every panel shown comes from the history is the view a stored one; the failures
    // say which panels of a mix are.
    view.offline = failed == m_panels.size();
    if (!view.offline) {
        view.storedAt = {};
        view.fetchedAt = QDateTime::currentDateTimeUtc();
    }
    view.request = m_panelCategory.isEmpty() ? PriceRequest::catalog()
                                             : PriceRequest::category(m_panelCategory);
    const QString what = titleOf(view.source, view.category);
    view.title = m_panels.size() == 1 ? tr("%1 — %2").arg(what, m_panels.constFirst().config.name)
                                      : tr("%1 — all panels").arg(what);
    m_failedRequest.reset();
    setView(std::move(view));

    if (failed > 0) {
        report(panelFailures());
        return;
    }
    QStringList notStored;
    for (const PanelOutcome &outcome : std::as_const(m_panels)) {
        if (!outcome.notStored.isEmpty())
            notStored.append(tr("%1: %2").arg(outcome.config.name, outcome.notStored));
    }
    if (!notStored.isEmpty())
        report({SessionProblem::Severity::Warning,
                tr("The prices could not be stored in the history: %1")
                    .arg(notStored.join(QStringLiteral("; "))),
                false,
                SessionProblem::Limit::None,
                {}});
    else if (m_panels.size() > 1)
        report(SessionProblem::Severity::Status,
               tr("Fetched %n panel(s).", nullptr, int(m_panels.size())));
}

SessionProblem PriceSession::panelFailures() const
{
    SessionProblem summary;
    summary.severity = SessionProblem::Severity::Warning;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList names;
    QStringList reasons;
    for (const PanelOutcome &outcome : m_panels) {
        if (outcome.error.isEmpty())
            continue;
        names.append(outcome.config.name);
        summary.retryable = summary.retryable || outcome.retryable;
        reasons.append(outcome.fromHistory ? tr("%1 (showing prices from %2)")
                                                 .arg(outcome.error, ServiceFormatter::timeAgo(
                                                                         outcome.fetchedAt, now))
                                           : outcome.error);
        summary.details.append(tr("%1: %2").arg(outcome.config.name, reasons.constLast()));
    }
    if (names.size() == 1) {
        summary.text =
            tr("Panel “%1” could not be fetched: %2").arg(names.constFirst(), reasons.constFirst());
        summary.details.clear();
        return summary;
    }
    summary.text = tr("%n panel(s) could not be fetched: %1", nullptr, int(names.size()))
                       .arg(QLocale().createSeparatedList(names));
    return summary;
}

void PriceSession::onSettled(quint64 ticket, const FetchSettlement &settlement)
{
    if (const auto panel = m_panelTickets.constFind(ticket); panel != m_panelTickets.cend()) {
        const qsizetype index = *panel;
        m_panelTickets.erase(panel);
        onPanelSettled(index, settlement);
        return;
    }
    if (ticket != m_pending)
        return;
    m_pending = 0;
    Q_EMIT finished();
    const FetchResult &result = settlement.fetch;
    if (!result.succeeded()) {
        m_failedRequest = result.request;
        SessionProblem failure{SessionProblem::Severity::Error,
                               failureText(result),
                               result.retryMayHelp(),
                               limitOf(result.failure),
                               {}};
        if (!settlement.offline) {
            report(failure);
            return;
        }
        SessionView view;
        view.source = SessionView::Source::Category;
        view.category = settlement.key;
        view.title = titleOf(view.source, view.category);
        view.services = settlement.services;
        view.changes = settlement.changes;
        view.request = result.request;
        view.storedAt = settlement.fetchedAt;
        view.offline = true;
        setView(std::move(view));
        failure.severity = SessionProblem::Severity::Warning;
        failure.text = tr("Offline — prices from %1. %2")
                           .arg(ServiceFormatter::timeAgo(settlement.fetchedAt,
                                                          QDateTime::currentDateTimeUtc()),
                                result.error);
        report(failure);
        return;
    }

    m_failedRequest.reset();
    SessionView view;
    view.source = result.request.kind == PriceRequest::Kind::Catalog
                      ? SessionView::Source::AllServices
                      : SessionView::Source::Category;
    view.category = view.source == SessionView::Source::Category ? settlement.key : QString();
    view.title = titleOf(view.source, view.category);
    view.services = settlement.services;
    view.changes = settlement.changes;
    view.diagnostics = result.parsed;
    view.diagnostics.services.clear();
    view.body = result.body;
    view.request = result.request;
    view.fetchedAt =
        settlement.fetchedAt.isValid() ? settlement.fetchedAt : QDateTime::currentDateTimeUtc();
    setView(std::move(view));

    if (!settlement.notStored.isEmpty() && settlement.historyAvailable)
        report(SessionProblem::Severity::Warning,
               tr("The prices could not be stored in the history: %1").arg(settlement.notStored));
    reportChanges(settlement);
    if (const QString problems = result.parsed.problemSummary(); !problems.isEmpty())
        report({SessionProblem::Severity::Warning, problems, false, limitOf(result.parsed), {}});
}

void PriceSession::reportChanges(const FetchSettlement &settlement)
{
    const PriceComparison &changes = settlement.changes;
    if (!changes.hasPrevious()
        || (changes.changedCount() == 0 && changes.added().isEmpty()
            && changes.removed().isEmpty()))
        return;
    QString text =
        tr("Since the fetch %1: changed prices: %2, new services: %3, removed services: %4.")
            .arg(ServiceFormatter::timeAgo(settlement.previousAt, settlement.fetchedAt))
            .arg(changes.changedCount())
            .arg(changes.added().size())
            .arg(changes.removed().size());
    QStringList removed;
    for (const Service &service : changes.removed())
        removed.append(tr("%1 (ID %2)").arg(service.name).arg(service.id));
    if (!removed.isEmpty())
        text += u' ' + tr("Removed: %1").arg(QLocale().createSeparatedList(removed));
    report(SessionProblem::Severity::Information, text);
}

void PriceSession::showServices(SessionView::Source source, const ServiceList &services,
                                const QDateTime &fetchedAt)
{
    if (supersede())
        Q_EMIT finished();
    m_failedRequest.reset();
    SessionView view;
    view.source = source;
    view.title = titleOf(source, {});
    view.services = services;
    view.fetchedAt = fetchedAt;
    setView(std::move(view));
}

void PriceSession::showStored(const QString &category)
{
    if (!m_recorder) {
        Q_EMIT storedShown(false);
        return;
    }
    if (supersede())
        Q_EMIT finished();
    m_pending = PriceRecorder::newTicket();
    m_loadIsSaved = false;
    m_recorder->load(m_pending, PriceHistory::BuiltInPanel, {category});
}

void PriceSession::showStoredSaved(const QStringList &categories)
{
    if (!m_recorder)
        return;
    if (supersede())
        Q_EMIT finished();
    m_pending = PriceRecorder::newTicket();
    m_loadIsSaved = true;
    m_recorder->load(m_pending, PriceHistory::BuiltInPanel, categories);
}

void PriceSession::onLoaded(quint64 ticket, const StoredSelection &stored)
{
    if (ticket != m_pending)
        return;
    m_pending = 0;
    SessionView view;
    view.changes = stored.changes;
    if (!m_loadIsSaved) {
        if (stored.fetches.isEmpty()) {
            Q_EMIT storedShown(false);
            return;
        }
        const StoredFetch &fetch = stored.fetches.constFirst();
        view.source = SessionView::Source::Category;
        view.category = fetch.category;
        view.services = fetch.services;
        view.storedAt = fetch.fetchedAt;
    } else {
        view.source = SessionView::Source::Saved;
        for (const StoredFetch &fetch : stored.fetches) {
            view.services.append(fetch.services);
            if (!view.storedAt.isValid() || fetch.fetchedAt < view.storedAt)
                view.storedAt = fetch.fetchedAt;
        }
    }
    view.title = titleOf(view.source, view.category);
    m_failedRequest.reset();
    setView(std::move(view));
    if (!m_loadIsSaved) {
        report(
            SessionProblem::Severity::Information,
            tr("Prices from %1, stored on this computer. Press F5 to fetch them again.")
                .arg(ServiceFormatter::timeAgo(m_view.storedAt, QDateTime::currentDateTimeUtc())));
        Q_EMIT storedShown(true);
        return;
    }
    QStringList missing;
    for (const QString &name : stored.missing)
        missing.append(name.trimmed());
    if (!missing.isEmpty())
        report(SessionProblem::Severity::Information,
               tr("No stored prices yet for: %1. Refresh all to fetch them.")
                   .arg(missing.join(QStringLiteral("; "))));
    Q_EMIT storedShown(!m_view.services.isEmpty());
}

void PriceSession::refreshAll(const QStringList &categories)
{
    if (supersede())
        Q_EMIT finished();
    m_refresher->refresh(categories);
}

void PriceSession::onRefreshed()
{
    Q_EMIT finished();
    SessionView view;
    view.source = SessionView::Source::Saved;
    view.title = titleOf(view.source, {});
    view.services = m_refresher->services();
    view.changes = m_refresher->changes();
    view.fetchedAt = QDateTime::currentDateTimeUtc();
    m_failedRequest.reset();
    setView(std::move(view));

    const SessionProblem failures = refreshFailures();
    if (failures.details.isEmpty())
        report(SessionProblem::Severity::Status,
               tr("Refreshed %n saved categories.", nullptr, int(m_refresher->outcomes().size())));
    else
        report(failures);
}

SessionProblem PriceSession::refreshFailures() const
{
    SessionProblem summary;
    summary.severity = SessionProblem::Severity::Warning;
    const CategoryRefresher::Outcome *first = nullptr;
    bool allUnreachable = true;
    bool oneReason = true;
    int failed = 0;
    int fromHistory = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CategoryRefresher::Outcome &outcome : m_refresher->outcomes()) {
        if (outcome.error.isEmpty())
            continue;
        ++failed;
        if (!first)
            first = &outcome;
        allUnreachable = allUnreachable && outcome.failure == FetchResult::Failure::Unreachable;
        oneReason = oneReason && outcome.error == first->error;
        summary.retryable = summary.retryable || FetchResult::retryMayHelp(outcome.failure);
        if (summary.limit == SessionProblem::Limit::None)
            summary.limit = limitOf(outcome.failure);
        if (outcome.fromHistory)
            ++fromHistory;
        summary.details.append(outcome.fromHistory
                                   ? tr("%1: %2 (showing prices from %3)")
                                         .arg(outcome.category.trimmed(), outcome.error,
                                              ServiceFormatter::timeAgo(outcome.fetchedAt, now))
                                   : tr("%1: %2").arg(outcome.category.trimmed(), outcome.error));
    }
    if (!first)
        return {};
    // %n counts all the categories, whose noun it agrees with; %L1 is how many failed.
    const int total = int(m_refresher->outcomes().size());
    if (allUnreachable)
        summary.text = tr("%L1 of %Ln categories could not be fetched: the panel could not be "
                          "reached.",
                          nullptr, total)
                           .arg(failed);
    else
        summary.text =
            tr("%L1 of %Ln categories could not be fetched.", nullptr, total).arg(failed);
    if (oneReason && !allUnreachable)
        summary.text += u' ' + first->error;
    if (fromHistory > 0)
        summary.text += u' ' + tr("Stored prices are shown for %n of them.", nullptr, fromHistory);
    return summary;
}

void PriceSession::openFile(const QString &path)
{
    if (supersede())
        Q_EMIT finished();
    m_reading = true;
    const int generation = m_fileGeneration;
    auto *watcher = new QFutureWatcher<ResponseFile::Loaded>(this);
    connect(watcher, &QFutureWatcher<ResponseFile::Loaded>::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_fileGeneration)
            return;
        m_reading = false;
        const ResponseFile::Loaded loaded = watcher->result();
        Q_EMIT finished();
        if (loaded.parsed.isError()) {
            report({SessionProblem::Severity::Error,
                    loaded.parsed.error,
                    false,
                    loaded.tooLarge ? SessionProblem::Limit::ResponseSize
                                    : SessionProblem::Limit::None,
                    {}});
            Q_EMIT fileRead(path, false);
            return;
        }
        m_failedRequest.reset();
        SessionView view;
        view.source = SessionView::Source::File;
        view.filePath = path;
        view.title = QFileInfo(path).fileName();
        view.services = loaded.parsed.services;
        view.diagnostics = loaded.parsed;
        view.diagnostics.services.clear();
        view.body = loaded.body;
        setView(std::move(view));
        if (const QString problems = loaded.parsed.problemSummary(); !problems.isEmpty())
            report(
                {SessionProblem::Severity::Warning, problems, false, limitOf(loaded.parsed), {}});
        Q_EMIT fileRead(path, true);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, limits = m_client->limits()] { return ResponseFile::read(path, limits); }));
}

void PriceSession::setView(SessionView view)
{
    m_view = std::move(view);
    Q_EMIT viewChanged(m_view);
}

void PriceSession::report(SessionProblem::Severity severity, const QString &text)
{
    report(SessionProblem{severity, text, false, SessionProblem::Limit::None, {}});
}

void PriceSession::report(const SessionProblem &reported)
{
    Q_EMIT problem(reported);
}

QString PriceSession::failureText(const FetchResult &result) const
{
    const QString &reason = result.error;
    // A reason that ends its own sentence takes no full stop; one that does not, the translated
    // sentence's own.
    const bool ended = reason.endsWith(u'.') || reason.endsWith(u'!') || reason.endsWith(u'?')
                       || reason.endsWith(u'…');
    const QString failed = result.request.kind == PriceRequest::Kind::Catalog
                               ? titleOf(SessionView::Source::AllServices, {})
                               : result.request.name.trimmed();
    if (m_view.source == SessionView::Source::None)
        return (ended ? tr("Could not fetch “%1”: %2") : tr("Could not fetch “%1”: %2."))
            .arg(failed, reason);
    return (ended ? tr("Could not fetch “%1”: %2 The table still shows “%3”.")
                  : tr("Could not fetch “%1”: %2. The table still shows “%3”."))
        .arg(failed, reason, m_view.title.trimmed());
}

QString PriceSession::titleOf(SessionView::Source source, const QString &name)
{
    switch (source) {
    case SessionView::Source::AllServices:
        return tr("All services");
    case SessionView::Source::Saved:
        return tr("Saved categories");
    case SessionView::Source::None:
    case SessionView::Source::Category:
    case SessionView::Source::File:
        break;
    }
    return name;
}

void PriceSession::renamePanel(const PanelConfig &before, const PanelConfig &after)
{
    if (before.name == after.name || before.isBuiltIn() || after.isBuiltIn())
        return;
    // A list still being written under the old name moves with the rest.
    m_cacheWriter.waitForDone();
    if (m_recorder)
        m_recorder->renamePanel(before.name, after.name);
    GroupOverrides(GroupOverrides::defaultFileName()).renamePanel(before.name, after.name);
    // The kept list is the answer of the address it came from; at another address it is not.
    const QString kept = CatalogCache::panelPath(before.name, before.url, m_cacheFolder);
    if (before.url != after.url || !QFile::exists(kept))
        return;
    const QString renamed = CatalogCache::panelPath(after.name, after.url, m_cacheFolder);
    QFile::remove(renamed);
    if (!QFile::rename(kept, renamed))
        qWarning("The list panel “%s” sent last stays under its old name", qPrintable(before.name));
}
