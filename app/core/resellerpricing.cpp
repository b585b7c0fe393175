// SPDX-License-Identifier: MIT
#include "resellerpricing.h"

#include <cmath>

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
    // A hair below a whole step stays on it: floating point must not add a step.
    const double steps = std::ceil(marked / roundingStep - 1e-9);
    return steps * roundingStep;
}
