// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QHash>
#include <QString>

// What the reseller charges: the panel's price plus a markup (global, or per category), rounded
// up to a step such as Rp 100.
struct ResellerPricing {
    // The values the command line and the settings accept. With prices below
    // ResponseParser::MaxPrice they keep every price finite.
    static constexpr double MinMarkupPercent = -100; // below, prices would turn negative
    static constexpr double MaxMarkupPercent = 10000;
    static constexpr double MinRoundingStep = 0.01; // besides 0, which does not round
    static constexpr double MaxRoundingStep = 1e9;

    static bool isUsableMarkup(double percent);
    static bool isUsableRoundingStep(double step);

    double markupPercent = 0;
    double roundingStep = 1;                      // rupiah; 0 or less means no rounding
    QHash<QString, double> categoryMarkupPercent; // exact category name -> markup

    double markupFor(const QString &category) const;
    // Per 1000 units, like Service::price.
    double priceFor(const Service &service) const;

    friend bool operator==(const ResellerPricing &, const ResellerPricing &) = default;
};
