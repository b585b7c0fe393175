// SPDX-License-Identifier: MIT
#include "rateupdater.h"

#include "appsettings.h"
#include "ratefetcher.h"

#include <chrono>

namespace {
// How often a running window asks whether a new day's rates are due.
constexpr std::chrono::hours CheckInterval{1};
} // namespace

RateUpdater::RateUpdater(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_rates(settings.exchangeRates())
{
    m_daily.setInterval(CheckInterval);
    connect(&m_daily, &QTimer::timeout, this, &RateUpdater::fetchDue);
    m_daily.start();
}

void RateUpdater::setCurrencies(const QStringList &currencies)
{
    QStringList merged = m_currencies;
    for (const QString &currency : currencies) {
        const QString code = ExchangeRates::normalizedCode(currency);
        if (!code.isEmpty() && !merged.contains(code))
            merged.append(code);
    }
    if (merged == m_currencies)
        return;
    m_currencies = merged;
    fetchDue();
}

void RateUpdater::reload()
{
    m_rates = m_settings.exchangeRates();
    Q_EMIT ratesChanged(m_rates);
    fetchDue();
}

void RateUpdater::fetchDue()
{
    if (m_fetcher || !m_settings.fetchRatesDaily())
        return;
    const QStringList due =
        m_rates.currenciesToFetch(m_currencies, QDateTime::currentDateTimeUtc());
    if (due.isEmpty())
        return;
    m_fetcher = new RateFetcher(this);
    QString error;
    if (!m_fetcher->setBaseUrl(m_settings.rateServiceUrl(), &error)) {
        delete std::exchange(m_fetcher, nullptr);
        Q_EMIT fetchFailed(tr("Exchange rates were not fetched: %1").arg(error));
        return;
    }
    connect(m_fetcher, &RateFetcher::finished, this, &RateUpdater::onFetched);
    m_fetcher->fetch(due);
}

void RateUpdater::onFetched(const QMap<QString, ExchangeRates::Rate> &rates,
                            const QStringList &problems)
{
    std::exchange(m_fetcher, nullptr)->deleteLater();
    if (!rates.isEmpty()) {
        // Preferences, here or in another window, may have changed the stored rates meanwhile.
        m_rates = m_settings.changeExchangeRates([&rates](ExchangeRates &stored) {
            stored.takeFetched(rates, QDateTime::currentDateTimeUtc());
        });
        Q_EMIT ratesChanged(m_rates);
    }
    if (!problems.isEmpty())
        Q_EMIT fetchFailed(tr("Exchange rates were not fetched: %1").arg(problems.constFirst()));
}
