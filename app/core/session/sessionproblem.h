// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Something a price session has to tell about what it shows or could not show, as a value with
// a message a person can read. A newer one replaces an older one.
struct SessionProblem {
    enum class Severity {
        Status, // passing news, worth a line in the status bar
        Information,
        Warning,
        Error,
    };

    Severity severity = Severity::Information;
    QString text;
    bool retryable = false; // asking again may help (the request failed)
};
