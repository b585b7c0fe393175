// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QHash>
#include <QString>

// What the reseller charges: the panel's price plus a markup (global, or per category), rounded
// up to a step such as Rp 100.
struct ResellerPricing {
    double markupPercent = 0;
    double roundingStep = 1;                      // rupiah; 0 or less means no rounding
    QHash<QString, double> categoryMarkupPercent; // exact category name -> markup

    double markupFor(const QString &category) const;
    // Per 1000 units, like Service::price.
    double priceFor(const Service &service) const;

    friend bool operator==(const ResellerPricing &, const ResellerPricing &) = default;
};
