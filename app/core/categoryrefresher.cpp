// SPDX-License-Identifier: MIT
#include "categoryrefresher.h"

#include "priceclient.h"
#include "pricehistory.h"

#include <QTimer>

#include <algorithm>

CategoryRefresher::CategoryRefresher(QObject *parent)
    : QObject(parent)
    , m_timeout(PriceClient::DefaultTimeout)
    , m_deadline(PriceClient::DefaultDeadline)
    , m_maxResponseBytes(PriceClient::DefaultMaxResponseBytes)
{}

CategoryRefresher::~CategoryRefresher() = default;

void CategoryRefresher::setApiBase(const QUrl &base)
{
    m_apiBase = base;
    for (PriceClient *client : std::as_const(m_clients))
        client->setApiBase(base);
}

void CategoryRefresher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    for (PriceClient *client : std::as_const(m_clients))
        client->setTimeout(timeout);
}

void CategoryRefresher::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = deadline;
    for (PriceClient *client : std::as_const(m_clients))
        client->setDeadline(deadline);
}

void CategoryRefresher::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = bytes;
    for (PriceClient *client : std::as_const(m_clients))
        client->setMaxResponseBytes(bytes);
}

void CategoryRefresher::setMaxRows(qsizetype rows)
{
    m_maxRows = rows;
    for (PriceClient *client : std::as_const(m_clients))
        client->setMaxRows(rows);
}

void CategoryRefresher::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::clamp(count, 1, 16);
}

void CategoryRefresher::setHistory(PriceHistory *history)
{
    m_history = history;
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
    client->setTimeout(m_timeout);
    client->setDeadline(m_deadline);
    client->setMaxResponseBytes(m_maxResponseBytes);
    client->setMaxRows(m_maxRows);
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

    Outcome &outcome = m_outcomes[index];
    outcome.finished = true;
    const StoredFetch previous = m_history ? m_history->lastFetch(outcome.category) : StoredFetch();
    if (result.succeeded()) {
        outcome.services = result.parsed.services;
        outcome.fetchedAt = result.finishedAt.toUTC();
        if (m_history && m_history->isAvailable())
            m_history->record(outcome.category, outcome.fetchedAt, outcome.services);
        outcome.changes = PriceComparison::compare(previous, outcome.services);
    } else {
        outcome.error = result.outcome == FetchResult::Outcome::Cancelled
                            ? tr("The request was cancelled.")
                            : result.error;
        if (previous.isValid()) {
            outcome.services = previous.services;
            outcome.fetchedAt = previous.fetchedAt;
            outcome.fromHistory = true;
            outcome.changes = m_history->changesOf(previous);
        }
    }
    Q_EMIT categoryFinished(index);
    // Not from inside the client's own signal (it reports synchronously when the address is
    // unusable), and the client that just finished may be the one given the next category.
    QTimer::singleShot(0, this, &CategoryRefresher::continueRefresh);
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
