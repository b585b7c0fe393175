// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Something a price session has to tell about what it shows or could not show, as a value with
// a message a person can read. A newer one replaces an older one.
struct SessionProblem {
    enum class Severity {
        Status, // passing news, worth a line in the status bar
        Information,
        Warning,
        Error,
    };
    // A limit in Preferences that stopped part of the work; raising it there helps.
    enum class Limit {
        None,
        ResponseSize, // the largest response
        RowCount,     // the most services at once
        Deadline,     // the longest download
    };

    Severity severity = Severity::Information;
    QString text;
    bool retryable = false; // asking again may help (the request failed for a passing reason)
    Limit limit = Limit::None;
    QStringList details; // one line per item the text sums up ("category: reason")
};
