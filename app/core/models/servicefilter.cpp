// SPDX-License-Identifier: MIT
#include "servicefilter.h"

#include <algorithm>

bool ServiceFilter::acceptsValues(const Service &service, bool changed) const
{
    if (changedOnly && !changed)
        return false;
    if (activeOnly && !service.active)
        return false;
    if (refill != Refill::Any && service.refill != (refill == Refill::Yes))
        return false;
    if (quantity && !service.acceptsQuantity(*quantity))
        return false;
    if (minPrice && service.price < *minPrice)
        return false;
    if (maxPrice && service.price > *maxPrice)
        return false;
    return true;
}

bool ServiceFilter::narrows(const ServiceFilter &wider) const
{
    if (wider.activeOnly && !activeOnly)
        return false;
    if (wider.changedOnly && !changedOnly)
        return false;
    if (wider.refill != Refill::Any && wider.refill != refill)
        return false;
    if (wider.quantity != quantity && wider.quantity)
        return false;
    if (wider.minPrice && (!minPrice || *minPrice < *wider.minPrice))
        return false;
    if (wider.maxPrice && (!maxPrice || *maxPrice > *wider.maxPrice))
        return false;
    // Each word the wider filter required must still be required, perhaps as part of a longer
    // word ("vi" -> "views").
    for (const QString &widerTerm : wider.terms) {
        const bool kept = std::any_of(terms.cbegin(), terms.cend(), [&](const QString &term) {
            return term.contains(widerTerm);
        });
        if (!kept)
            return false;
    }
    return true;
}
