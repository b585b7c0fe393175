// SPDX-License-Identifier: MIT
#pragma once

#include "categorydirectory.h"
#include "parseresult.h"
#include "pricecomparison.h"
#include "pricerequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the price table shows, as one value: where the services came from, what they are,
// how they changed, and what is known about the response behind them.
struct SessionView {
    // Another panel side by side would be another source, with its own history keys.
    enum class Source { None, Category, AllServices, Saved, File };

    Source source = Source::None;
    QString title;    // what the window's title names
    QString category; // Source::Category: its exact name, also its key in the price history
    QString filePath; // Source::File
    // The panels a view of several was asked of, each as PanelConfig::name; empty for a view of
    // the built-in panel alone.
    QStringList panels;
    QList<CategoryDirectory> panelCategories; // one per entry of `panels`: its services' categories
    ServiceList services;
    PriceComparison changes;
    ParseResult diagnostics;             // skipped rows and the panel's message; no services
    QByteArray body;                     // the raw response, when the view comes from one
    std::optional<PriceRequest> request; // what was asked for; unset for files and stored views
    QDateTime storedAt;   // UTC: the view comes from the price history, stored then (the oldest of
                          // several saved categories); else invalid
    QDateTime fetchedAt;  // UTC: when the panel sent the prices of a view that is not stored;
                          // invalid when unknown (files, the cached catalog)
    bool offline = false; // the request failed and the stored prices are shown instead

    bool isStored() const { return storedAt.isValid(); }
};
