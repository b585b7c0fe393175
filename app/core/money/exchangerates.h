// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"
#include "service.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

// Rupiah per one unit of each currency, each with the day it holds for and where it came from.
// Stored rates live in the settings (group "rates") so prices convert offline; rates given for
// one run (--rate CUR=VALUE) override them and are never stored. Prices in the display currency
// (rupiah unless chosen otherwise) go through rupiah.
class ExchangeRates
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRates)

public:
    // Places of a converted price: the rupiah cent, and the cent of any display currency.
    static constexpr int PricePlaces = 2;

    enum class Source { SetByHand, Fetched, ThisRun };
    struct Rate {
        Decimal rupiahPerUnit;
        QDate date;
        Source source = Source::SetByHand;
        friend bool operator==(const Rate &, const Rate &) = default;
    };

    // "USD" for "usd" or " USD "; empty when not three ASCII letters.
    static QString normalizedCode(const QString &code);
    // Parses "USD=16250.5" (the command line's --rate). On failure answers nullopt and sets
    // `error` to a one-line reason.
    struct RateOption {
        QString currency;
        Decimal rupiahPerUnit;
    };
    static std::optional<RateOption> parseRateOption(const QString &text, QString *error);

    // IDR is always 1. A rate for this run wins over a stored one.
    std::optional<Rate> rate(const QString &currency) const;
    // Stored rates only (what save() writes), by code.
    QMap<QString, Rate> storedRates() const { return m_stored; }
    // False when the code or the rate (not above zero) is unusable; IDR cannot be set.
    bool setRate(const QString &currency, const Rate &rate);
    void removeRate(const QString &currency);
    bool setRateForThisRun(const QString &currency, const Decimal &rupiahPerUnit);

    // Fetching, once a day: of `currencies`, the ones to fetch at `now`: all of them when the
    // last fetch was not today, else those without any rate yet. IDR is never fetched.
    QStringList currenciesToFetch(const QStringList &currencies, const QDateTime &now) const;
    // Takes fetched rates, except where the user set a rate by hand, and notes the time when
    // any arrived; rates that did not arrive stay as they were, with their dates.
    void takeFetched(const QMap<QString, Rate> &rates, const QDateTime &now);
    QDateTime lastFetch() const { return m_lastFetch; }

    QString displayCurrency() const { return m_display; }
    // False (and no change) for a code that is not three letters.
    bool setDisplayCurrency(const QString &currency);

    // `amount` in `currency` as rupiah, to the cent; nullopt without a rate (never zero).
    std::optional<Decimal> toRupiah(const Decimal &amount, const QString &currency) const;
    // The service's price per 1000 in rupiah, from priceExact when it is set.
    std::optional<Decimal> priceIdr(const Service &service) const;
    // For ordering and picking the cheapest: a rupiah price as the panel gave it, others through
    // priceIdr; nullopt without a rate.
    std::optional<double> rupiahForComparing(const Service &service) const;
    // The same in the display currency, to its cent; nullopt without the rates it needs.
    std::optional<Decimal> priceInDisplayCurrency(const Service &service) const;
    // The service's price exactly as the panel gave it; nullopt for an unreadable priceExact.
    static std::optional<Decimal> exactPrice(const Service &service);

    // Reads and writes group "rates" of `settings`; unreadable entries are skipped.
    static ExchangeRates load(QSettings &settings);
    void save(QSettings &settings) const;

private:
    QMap<QString, Rate> m_stored;
    QMap<QString, Decimal> m_thisRun;
    QString m_display = Service::Rupiah;
    QDateTime m_lastFetch;
};
