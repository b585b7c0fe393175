// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "fetchresult.h"
#include "pricecomparison.h"

#include <QDateTime>
#include <QString>

// What became of one fetch once it met the price history: the services to show (the fetched
// ones, or the stored ones when the fetch failed and some were stored), compared with the fetch
// stored before, and whether the new one was stored.
struct FetchSettlement {
    FetchResult fetch; // as the client reported it
    QString panel;     // the panel fetched, as Service::panel names it
    QString key;       // where the history keeps it: the category's exact name
    ServiceList services;
    PriceComparison changes;
    QDateTime fetchedAt;  // UTC; of the stored prices when offline
    QDateTime previousAt; // UTC; of the fetch compared with, invalid when there was none
    bool offline = false; // the fetch failed: services are the ones stored at fetchedAt
    bool historyAvailable = false;
    QString notStored; // why a successful fetch is not in the history; empty when it is
    AlertList alerts;  // what storing it raised (stored in the alert log, with their ids)

    bool succeeded() const { return fetch.succeeded(); }
};

// The newest stored fetch of each of several keys, as one view.
struct StoredSelection {
    QList<StoredFetch> fetches; // one per key that has one, in the order asked
    QStringList missing;        // the keys nothing is stored for
    PriceComparison changes;    // of every fetch against the one stored before it
    bool historyAvailable = false;
    QString historyMessage; // why the history is unavailable
};
