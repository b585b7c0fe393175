// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QDateTime>
#include <QString>

// One successful fetch as the price history stored it.
struct StoredFetch {
    qint64 id = 0; // 0 when nothing was stored
    QString panel; // as Service::panel names it; empty for the built-in panel
    QString category;
    QDateTime fetchedAt; // UTC
    ServiceList services;

    bool isValid() const { return id > 0; }
};

// The price of one service in one stored fetch.
struct PricePoint {
    QDateTime fetchedAt; // UTC
    double price = 0;
    QString category;
    QString currency;   // as Service::currency: empty means rupiah
    QString priceExact; // as Service::priceExact

    friend bool operator==(const PricePoint &, const PricePoint &) = default;
};
