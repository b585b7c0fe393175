// SPDX-License-Identifier: MIT
#include "marginplanner.h"

namespace {

// More places than any price, step or percentage the user can type has.
constexpr int WorkingPlaces = 10;
constexpr int CentPlaces = 2;

const Decimal Hundred = Decimal::fromInteger(100);
const Decimal Thousand = Decimal::fromInteger(1000);

std::optional<Decimal> targetPrice(const Decimal &cost, const MarginPlanner::Plan &plan)
{
    switch (plan.goal) {
    case MarginPlanner::Goal::TargetMargin: {
        // price = cost / (1 - margin / 100) = cost * 100 / (100 - margin)
        const auto kept = Hundred.subtracted(plan.marginPercent);
        if (!kept || kept->isNegative() || kept->isZero())
            return std::nullopt;
        const auto scaled = cost.multiplied(Hundred);
        return scaled ? scaled->divided(*kept, WorkingPlaces) : std::nullopt;
    }
    case MarginPlanner::Goal::UndercutByAmount:
        return plan.competitorPrice.subtracted(plan.undercut);
    case MarginPlanner::Goal::UndercutByPercent: {
        const auto kept = Hundred.subtracted(plan.undercut);
        const auto scaled = kept ? plan.competitorPrice.multiplied(*kept) : std::nullopt;
        return scaled ? scaled->divided(Hundred, WorkingPlaces) : std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

std::optional<Decimal> MarginPlanner::roundUpToStep(const Decimal &price, const Decimal &step)
{
    if (step.isNegative() || step.isZero())
        return price;
    const auto steps = price.divided(step, 0); // rounded half away from zero
    if (!steps)
        return std::nullopt;
    auto rounded = steps->multiplied(step);
    if (rounded && *rounded < price) {
        const auto more = steps->added(Decimal::fromInteger(1));
        rounded = more ? more->multiplied(step) : std::nullopt;
    }
    return rounded;
}

std::optional<MarginPlanner::Result> MarginPlanner::plan(const Decimal &cost, const Plan &plan)
{
    if (cost.isNegative() || plan.quantity < 0 || plan.undercut.isNegative()
        || plan.competitorPrice.isNegative())
        return std::nullopt;
    const auto target = targetPrice(cost, plan);
    if (!target || target->isNegative() || target->isZero())
        return std::nullopt;
    const auto selling = roundUpToStep(*target, plan.step);
    if (!selling)
        return std::nullopt;
    const auto profit = selling->subtracted(cost);
    const auto perOrderExact =
        profit ? profit->multiplied(Decimal::fromInteger(plan.quantity)) : std::nullopt;
    const auto perOrder =
        perOrderExact ? perOrderExact->divided(Thousand, CentPlaces) : std::nullopt;
    if (!perOrder)
        return std::nullopt;

    Result result;
    result.sellingPrice = *selling;
    result.profitPer1000 = *profit;
    result.profitPerOrder = *perOrder;
    if (const auto share = profit->multiplied(Hundred))
        result.marginPercent = share->divided(*selling, CentPlaces);
    result.belowCost = profit->isNegative();
    result.notBelowCompetitor = plan.goal != Goal::TargetMargin && *selling >= plan.competitorPrice;
    return result;
}
