// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"

#include <QtGlobal>

#include <optional>

// The reseller's selling price per 1000 for a cost per 1000 (both rupiah): from a target margin
// or from a competitor's price to undercut, rounded up to the pricing step, with the profit per
// 1000 and per order. Exact decimals throughout; the margin is the share of the selling price
// that is profit, so 20% on a cost of 8,000 sells at 10,000.
class MarginPlanner
{
public:
    enum class Goal { TargetMargin, UndercutByAmount, UndercutByPercent };

    // Margins of 100% or more have no price; 99.99 is the highest one.
    static constexpr double MaxMarginPercent = 99.99;

    struct Plan {
        Goal goal = Goal::TargetMargin;
        Decimal marginPercent;   // TargetMargin
        Decimal competitorPrice; // per 1000; Undercut*
        Decimal undercut;        // rupiah per 1000 or percent; Undercut*
        Decimal step;            // the pricing step; zero (or less) does not round
        qint64 quantity = 0;     // the order the profit is computed for
    };

    struct Result {
        Decimal sellingPrice;   // per 1000, on the step
        Decimal profitPer1000;  // selling price minus cost; negative below cost
        Decimal profitPerOrder; // at Plan::quantity, to the rupiah cent
        // The share of the selling price that is profit, to two places.
        std::optional<Decimal> marginPercent;
        bool belowCost = false;
        // An undercut whose price rounding up to the step brought back to the competitor's or
        // above it.
        bool notBelowCompetitor = false;
    };

    // nullopt when the plan has no price: a margin of 100% or more, an undercut to zero or
    // below, a negative cost or quantity, or numbers too large to compute exactly.
    static std::optional<Result> plan(const Decimal &cost, const Plan &plan);
    // `price` rounded up to a whole multiple of `step` (unchanged for a step of zero or less).
    static std::optional<Decimal> roundUpToStep(const Decimal &price, const Decimal &step);
};
