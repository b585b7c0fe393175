// SPDX-License-Identifier: MIT
#include "categoryrefresher.h"

#include "priceclient.h"
#include "pricehistory.h"
#include "pricerecorder.h"

#include <QTimer>

#include <algorithm>

CategoryRefresher::CategoryRefresher(QObject *parent)
    : QObject(parent)
{}

CategoryRefresher::~CategoryRefresher() = default;

void CategoryRefresher::setApiBase(const QUrl &base)
{
    m_apiBase = base;
    for (PriceClient *client : std::as_const(m_clients))
        client->setApiBase(base);
}

void CategoryRefresher::setLimits(const FetchLimits &limits)
{
    m_limits = limits;
    for (PriceClient *client : std::as_const(m_clients))
        client->setLimits(limits);
}

void CategoryRefresher::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 16);
}

void CategoryRefresher::setRecorder(PriceRecorder *recorder)
{
    cancel();
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    if (m_recorder)
        connect(m_recorder, &PriceRecorder::settled, this, &CategoryRefresher::onSettled);
}

void CategoryRefresher::refresh(const QStringList &categories)
{
    cancel();
    m_categories = categories;
    m_next = 0;
    m_outcomes.clear();
    for (const QString &category : categories) {
        Outcome outcome;
        outcome.category = category;
        m_outcomes.append(outcome);
    }
    m_finishReported = false;
    startMore();
    if (categories.isEmpty())
        QTimer::singleShot(0, this, &CategoryRefresher::continueRefresh);
}

void CategoryRefresher::cancel()
{
    // Forgotten first, so the cancelled reports that follow are ignored.
    const QList<PriceClient *> active = m_active.keys();
    m_active.clear();
    m_settling.clear();
    m_next = m_categories.size();
    m_finishReported = true;
    for (PriceClient *client : active)
        client->cancel();
}

PriceClient *CategoryRefresher::idleClient()
{
    for (PriceClient *client : std::as_const(m_clients)) {
        if (!m_active.contains(client) && !client->isBusy())
            return client;
    }
    auto *client = new PriceClient(this);
    client->setApiBase(m_apiBase);
    client->setLimits(m_limits);
    connect(client, &PriceClient::finished, this,
            [this, client](const FetchResult &result) { onClientFinished(client, result); });
    m_clients.append(client);
    return client;
}

void CategoryRefresher::startMore()
{
    while (m_active.size() < m_maxConcurrent && m_next < m_categories.size()) {
        const int index = int(m_next++);
        PriceClient *client = idleClient();
        m_active.insert(client, index);
        Q_EMIT categoryStarted(m_categories.at(index));
        client->fetch(PriceRequest::category(m_categories.at(index)));
    }
}

void CategoryRefresher::continueRefresh()
{
    startMore();
    if (!isRunning() && !m_finishReported) {
        m_finishReported = true;
        Q_EMIT finished();
    }
}

void CategoryRefresher::onClientFinished(PriceClient *client, const FetchResult &result)
{
    const auto found = m_active.constFind(client);
    if (found == m_active.cend())
        return;
    const int index = *found;
    m_active.erase(found);

    if (m_recorder) {
        const quint64 ticket = PriceRecorder::newTicket();
        m_settling.insert(ticket, index);
        m_recorder->settle(ticket, PriceHistory::BuiltInPanel, m_categories.at(index), result);
    } else {
        FetchSettlement settlement;
        settlement.fetch = result;
        settlement.services = result.parsed.services;
        if (result.succeeded())
            settlement.fetchedAt = result.finishedAt.toUTC();
        finishCategory(index, settlement);
    }
    // Not from inside the client's own signal (it reports synchronously when the address is
    // unusable), and the client that just finished may be the one given the next category.
    QTimer::singleShot(0, this, &CategoryRefresher::continueRefresh);
}

void CategoryRefresher::onSettled(quint64 ticket, const FetchSettlement &settlement)
{
    const auto found = m_settling.constFind(ticket);
    if (found == m_settling.cend())
        return;
    const int index = *found;
    m_settling.erase(found);
    finishCategory(index, settlement);
    QTimer::singleShot(0, this, &CategoryRefresher::continueRefresh);
}

void CategoryRefresher::finishCategory(int index, const FetchSettlement &settlement)
{
    Outcome &outcome = m_outcomes[index];
    outcome.finished = true;
    outcome.services = settlement.services;
    outcome.changes = settlement.changes;
    outcome.fetchedAt = settlement.fetchedAt;
    outcome.fromHistory = settlement.offline;
    if (!settlement.succeeded()) {
        const bool cancelled = settlement.fetch.outcome == FetchResult::Outcome::Cancelled;
        outcome.error = cancelled ? tr("The request was cancelled.") : settlement.fetch.error;
        outcome.failure = cancelled ? FetchResult::Failure::Transient : settlement.fetch.failure;
    }
    Q_EMIT categoryFinished(index);
}

ServiceList CategoryRefresher::services() const
{
    ServiceList services;
    for (const Outcome &outcome : m_outcomes)
        services.append(outcome.services);
    return services;
}

PriceComparison CategoryRefresher::changes() const
{
    PriceComparison changes;
    for (const Outcome &outcome : m_outcomes)
        changes.merge(outcome.changes);
    return changes;
}

QStringList CategoryRefresher::failedCategories() const
{
    QStringList failed;
    for (const Outcome &outcome : m_outcomes) {
        if (outcome.finished && !outcome.error.isEmpty())
            failed.append(outcome.category);
    }
    return failed;
}
