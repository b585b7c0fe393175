// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"
#include "pricerequest.h"

#include <QByteArray>
#include <QDateTime>

// The outcome of one request to the panel: services, an error a person can act on, or a cancel.
struct FetchResult {
    enum class Outcome { Succeeded, Failed, Cancelled };
    // What a Failed fetch ran into, which decides what may help: asking again, or a limit.
    enum class Failure {
        None,
        Unreachable, // no connection to the panel: no network, unknown host, refused, no answer
        Transient,   // the answer broke off or was an error page: asking again may help
        Permanent,   // the panel refused this request (HTTP 4xx, `status: false`), a bad
                     // redirect or address: asking again gets the same
        TooLarge,    // past the largest response in the settings
        TooSlow,     // past the longest download in the settings; asking again may help too
    };

    PriceRequest request;
    Outcome outcome = Outcome::Failed;
    Failure failure = Failure::None; // set when Failed
    QString error;                   // set when Failed
    ParseResult parsed; // set when Succeeded: services, skipped rows, the panel's message
    QByteArray body;    // the raw response when Succeeded, for saving it
    int httpStatus = 0;
    QDateTime finishedAt;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    bool retryMayHelp() const { return retryMayHelp(failure); }
    static bool retryMayHelp(Failure failure)
    {
        return failure == Failure::Unreachable || failure == Failure::Transient
               || failure == Failure::TooSlow;
    }
};
