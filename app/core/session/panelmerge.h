// SPDX-License-Identifier: MIT
#pragma once

#include "categorydirectory.h"
#include "pricecomparison.h"
#include "service.h"

#include <QList>

// Several panels' services made into the one list a view of them shows, with each panel's
// categories. For ten panels of 50,000 services this moves half a million services into 116 MB
// of memory: PriceSession makes it on a worker thread and shows the result in one piece.
struct PanelMerge {
    struct Panel {
        ServiceList services;
        PriceComparison changes;
    };

    ServiceList services;                // every panel's, in the panels' order
    PriceComparison changes;             // every panel's
    QList<CategoryDirectory> categories; // one per panel, of its services

    static PanelMerge of(QList<Panel> panels);
};
