// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertrules.h"
#include "storedfetch.h"

// Finds the alerts of one stored fetch, against the fetch of the same panel and category stored
// before it (PriceHistory::fetchBefore()): nothing when there is none, so the first fetch never
// raises anything, and an unchanged refetch raises nothing either. Pure: the window, the
// schedule and the command line all get their alerts from AlertLog::recordFor(), which uses it.
class AlertDetector
{
public:
    static AlertList detect(const StoredFetch &previous, const StoredFetch &current,
                            const AlertRule &rule);
    // A LowBalance alert when `balance` is below the rule's amount; `previousBalance` (the last
    // balance that was seen, when known) keeps it to once per fall below.
    static AlertList detectBalance(const QString &panel, const QDateTime &time, double balance,
                                   const QString &currency, const AlertRule &rule,
                                   std::optional<double> previousBalance = std::nullopt);
};
