// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertrules.h"
#include "storedfetch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

class PriceHistory;

// The alerts raised so far, kept in the price history's database (table `alert`, format 4), so
// the window, the schedule and the command line all see one log; several processes may use it at
// once, as PriceHistory allows. Alerts outlive the fetches that raised them.
class AlertLog
{
    Q_DECLARE_TR_FUNCTIONS(AlertLog)

public:
    // Uses `history`'s connection: from the thread that uses the history only.
    explicit AlertLog(PriceHistory &history);

    // Finds the alerts of the stored fetch `fetchId` against the one stored before it, under
    // `rules`, stores them and returns them with their ids. Comparing with the fetch stored
    // before this one (not the one seen before recording) means two processes that fetch at once
    // never raise one change twice. Empty when nothing changed, on the first fetch, or when the
    // history is unavailable.
    AlertList recordFor(qint64 fetchId, const AlertRules &rules);
    // The same for a fetch the caller just stored and still holds, which is then not read back.
    AlertList recordFor(const StoredFetch &fetch, const AlertRules &rules);
    // Stores the balance a standard-API panel reported and returns the LowBalance alert it
    // raises under `rules` (stored, with its id): once when it falls below the amount, not again
    // while it stays below. Balances are kept in the same file (table `balance`).
    AlertList recordBalance(const QString &panel, const QDateTime &time, double balance,
                            const QString &currency, const AlertRules &rules);

    struct Filter {
        QString panel;           // unset (null) for every panel; "" is the built-in panel
        QString category;        // null for every category
        QSet<Alert::Kind> kinds; // empty for every kind
        bool unacknowledgedOnly = false;
        QDateTime since; // invalid for no limit
        int limit = 0;   // 0 for no limit
    };
    // Newest first.
    AlertList list(const Filter &filter) const;
    AlertList list() const { return list(Filter()); }
    int unacknowledgedCount() const;
    // Returns whether it worked.
    bool acknowledge(qint64 alertId);
    bool acknowledgeAll();
    // Deletes the alerts older than `time`; returns how many, or -1.
    int deleteBefore(const QDateTime &time);
    QString lastError() const { return m_lastError; }

private:
    PriceHistory &m_history;
    QString m_lastError;
};
