// SPDX-License-Identifier: MIT
#include "resellerpricing.h"

#include <algorithm>
#include <cmath>

bool ResellerPricing::isUsableMarkup(double percent)
{
    return percent >= MinMarkupPercent && percent <= MaxMarkupPercent; // false for NaN
}

bool ResellerPricing::isUsableRoundingStep(double step)
{
    return step == 0 || (step >= MinRoundingStep && step <= MaxRoundingStep);
}

double ResellerPricing::markupFor(const QString &category) const
{
    return categoryMarkupPercent.value(category, markupPercent);
}

double ResellerPricing::priceFor(const Service &service) const
{
    // price * (100 + m) / 100 rather than price * (1 + m / 100): 1000 at 10% is exactly 1100.
    const double marked = service.price * (100.0 + markupFor(service.category)) / 100.0;
    if (roundingStep <= 0)
        return marked;
    // Within floating-point noise of a whole step stays on it; the noise grows with the number
    // of steps, so the tolerance is relative.
    const double ratio = marked / roundingStep;
    const double nearest = std::round(ratio);
    const double steps = std::fabs(ratio - nearest) <= 1e-9 * std::max(1.0, std::fabs(ratio))
                             ? nearest
                             : std::ceil(ratio);
    // A step such as 0.01 has no exact binary value; dividing by its whole inverse gives the
    // double nearest to the decimal price (643392.88, not 643392.88000000001).
    const double inverse = std::round(1.0 / roundingStep);
    if (roundingStep < 1 && std::fabs(inverse * roundingStep - 1.0) < 1e-12)
        return steps / inverse;
    return steps * roundingStep;
}
