// SPDX-License-Identifier: MIT
#pragma once

#include "responseparser.h"

#include <QtGlobal>

#include <chrono>

// Every bound on one request and its response, in one value: made by AppSettings::fetchLimits()
// and handed to whatever fetches or reads responses with a single setLimits().
struct FetchLimits {
    static constexpr qint64 DefaultMaxResponseBytes = 32 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr std::chrono::milliseconds DefaultDeadline{120000};

    // No byte arriving for this long ends the request as timed out.
    std::chrono::milliseconds timeout = DefaultTimeout;
    // A whole request, redirects included, taking longer than this ends as too slow, even while
    // bytes keep arriving.
    std::chrono::milliseconds deadline = DefaultDeadline;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
    ResponseParser::Limits parse; // rows past parse.maxRows are dropped and reported
};
