// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"
#include "pricerequest.h"

#include <QByteArray>
#include <QDateTime>

// The outcome of one request to the panel: services, an error a person can act on, or a cancel.
struct FetchResult {
    enum class Outcome { Succeeded, Failed, Cancelled };

    PriceRequest request;
    Outcome outcome = Outcome::Failed;
    QString error;      // set when Failed
    ParseResult parsed; // set when Succeeded: services, skipped rows, the panel's message
    QByteArray body;    // the raw response when Succeeded, for saving it
    int httpStatus = 0;
    QDateTime finishedAt;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};
