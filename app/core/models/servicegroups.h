// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QStringList>

#include <vector>

class ExchangeRates;
class ServiceGrouping;

// Which group of the same offer each service of a list belongs to, as a number per row: an index
// into `keys`, which are sorted, so comparing numbers orders by key. A key is stable (the same
// service gets the same key in every run) and is what exports write; `names` are for people.
struct ServiceGroups {
    QStringList keys;
    QStringList names;           // per key
    std::vector<int> groupOfRow; // -1: in no group
    // Per row, ServiceGrouping::tieRanks(): of two rows at one price, the lower rank wins.
    std::vector<int> tieRankOfRow;
    // Per row, the price in rupiah it was grouped with (NaN: none); empty when not priced.
    std::vector<double> rupiahOfRow;

    // From the key and the name of each row of `services`; an empty key is no group, an empty
    // name the key. Not priced.
    static ServiceGroups fromKeys(const ServiceList &services, const QStringList &keyOfRow,
                                  const QStringList &nameOfRow = {});
    // The numbered groups of `grouping`, with its prices.
    static ServiceGroups of(const ServiceGrouping &grouping);
    // The groups of `services` as the matching finds them, the user's regrouping (stored in
    // `overridesFile`, GroupOverrides::defaultFileName() when empty) winning, priced with `rates`.
    static ServiceGroups of(const ServiceList &services, const ExchangeRates &rates,
                            const QString &overridesFile = {});

    QString keyOf(qsizetype row) const;
    QString nameOf(qsizetype row) const;
};
