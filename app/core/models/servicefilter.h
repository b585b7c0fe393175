// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QStringList>

#include <optional>

// What the user wants to see. Every part is optional; an empty filter shows every service.
struct ServiceFilter {
    enum class Refill { Any, Yes, No };

    QStringList terms; // folded words (SearchText::terms), all must match
    Refill refill = Refill::Any;
    bool activeOnly = false;
    std::optional<qint64> quantity; // only services whose min <= quantity <= max
    std::optional<double> minPrice; // per 1000 units, inclusive
    std::optional<double> maxPrice;
    bool changedOnly = false; // only services new or repriced since the previous fetch

    // Every part but the search terms, which ServiceViewModel matches against the text it
    // folded once per load; `changed` says whether the service is new or repriced since the
    // previous fetch.
    bool acceptsValues(const Service &service, bool changed = false) const;
    // True when this filter can only hide rows that `wider` shows, never show more; then
    // filtering can start from the rows `wider` let through.
    bool narrows(const ServiceFilter &wider) const;
    bool isEmpty() const { return *this == ServiceFilter(); }
    // Whether any part but the search terms is set.
    bool hasValueConditions() const
    {
        ServiceFilter termsOnly;
        termsOnly.terms = terms;
        return !(*this == termsOnly);
    }

    friend bool operator==(const ServiceFilter &, const ServiceFilter &) = default;
};
