// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"
#include "serviceattributes.h"

class ExchangeRates;

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class GroupOverrides;

// Services put into groups of the same offer (same platform, kind, audience and refill class),
// the user's regrouping winning, and per group its cheapest member in rupiah. A service whose
// platform or kind cannot be read is a group of its own. Built once from a list; rebuild it when
// the list, the rates or the regrouping change.
class ServiceGrouping
{
    Q_DECLARE_TR_FUNCTIONS(ServiceGrouping)

public:
    // The service's price per 1000 in rupiah; nullopt when it has none (no exchange rate).
    using RupiahPrice = std::function<std::optional<double>(const Service &)>;

    struct Group {
        QString key;   // ServiceAttributes::groupKey(), a user group's key, or "single|panel|id"
        QString label; // what a person reads
        // Of a member that belongs to the group by itself (else the first), for the label.
        ServiceAttributes attributes;
        // Indexes into services(): priced members cheapest first (ties in tieRank() order), then
        // the unpriced ones.
        QList<qsizetype> members;
        qsizetype cheapest = -1; // index into services(); -1 when no member has a price
        qsizetype runnerUp = -1; // the next cheapest, -1 when none
        std::optional<double> cheapestPrice;
        std::optional<double> runnerUpPrice;
        std::optional<double> highestPrice;
        bool byUser = false; // the user's regrouping made or changed it

        qsizetype count() const { return members.size(); }
        // Highest minus cheapest price; nullopt with fewer than two priced members.
        std::optional<double> spread() const;
    };

    ServiceGrouping() = default;
    // `overrides` may be null (no regrouping); it is only read while building.
    ServiceGrouping(const ServiceList &services, const RupiahPrice &rupiahPrice,
                    const GroupOverrides *overrides = nullptr);
    // Prices in rupiah without rates: rupiah services at their price, others unpriced.
    static RupiahPrice rupiahOnly();
    // Prices in other currencies converted with `rates` (to the cent, as the table shows them).
    static RupiahPrice rupiahWith(const ExchangeRates &rates);
    // The one rule for services at one price, in a group's members, the Compare tab, the
    // Cheapest column and --cheapest-only: the faster first, then the one with more quality
    // words, then the lower panel name, then the lower id. Answers each service's rank in that
    // order; of two alike, the earlier in the list ranks first.
    static std::vector<int> tieRanks(const ServiceList &services,
                                     const QList<ServiceAttributes> &attributes);
    // The same services grouped again after the user's regrouping changed, or priced again after
    // the rates changed, without reading them again.
    ServiceGrouping regrouped(const GroupOverrides *overrides) const;
    ServiceGrouping repriced(const RupiahPrice &rupiahPrice,
                             const GroupOverrides *overrides = nullptr) const;

    const ServiceList &services() const { return m_services; }
    const QList<Group> &groups() const { return m_groups; }
    const ServiceAttributes &attributes(qsizetype serviceIndex) const;
    // Index into groups() of the service's group.
    qsizetype groupOf(qsizetype serviceIndex) const { return m_groupOf.at(serviceIndex); }
    const Group &groupOfService(qsizetype serviceIndex) const;
    // Index into groups(), -1 for none.
    qsizetype groupIndex(const QString &key) const { return m_byKey.value(key, -1); }
    std::optional<double> price(qsizetype serviceIndex) const { return m_prices.at(serviceIndex); }
    // See tieRanks(): of two members at one price, the lower rank comes first.
    int tieRank(qsizetype serviceIndex) const { return m_tieRanks[std::size_t(serviceIndex)]; }
    bool isCheapest(qsizetype serviceIndex) const;

private:
    void price(const RupiahPrice &rupiahPrice);
    void group(const GroupOverrides *overrides);

    ServiceList m_services;
    QList<ServiceAttributes> m_attributes;
    QList<std::optional<double>> m_prices;
    std::vector<int> m_tieRanks;
    QList<qsizetype> m_groupOf;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_byKey;
};
