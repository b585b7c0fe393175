// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

class AppSettings;
class RateFetcher;

// Keeps the window's exchange rates: the stored ones, and, unless the settings turn it off, the
// rates of the currencies in use fetched at start and once a day, then stored for offline use.
class RateUpdater final : public QObject
{
    Q_OBJECT

public:
    RateUpdater(AppSettings &settings, QObject *parent = nullptr);

    // The currencies of the panels and of the prices shown; fetches the ones that are due.
    void setCurrencies(const QStringList &currencies);
    // Reads the stored rates again (after Preferences) and fetches what is due.
    void reload();
    const ExchangeRates &rates() const { return m_rates; }

Q_SIGNALS:
    void ratesChanged(const ExchangeRates &rates);
    // A fetch failed; one line, for the status bar.
    void fetchFailed(const QString &message);

private:
    void fetchDue();
    void onFetched(const QMap<QString, ExchangeRates::Rate> &rates, const QStringList &problems);

    AppSettings &m_settings;
    ExchangeRates m_rates;
    QStringList m_currencies;
    RateFetcher *m_fetcher = nullptr;
    QTimer m_daily;
};
