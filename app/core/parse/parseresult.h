// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QCoreApplication>
#include <QString>

// A row of the response the parser could not use, kept so the user is told about it.
struct SkippedRow {
    qsizetype index = 0; // position in the `data` array, from 0
    QString reason;
};

// What a panel response turned into: the usable services, or an error a person can read.
struct ParseResult {
    Q_DECLARE_TR_FUNCTIONS(ParseResult)

public:
    ServiceList services;
    QList<SkippedRow> skippedRows;
    qsizetype rowsOverLimit = 0;   // rows past ResponseParser::Limits::maxRows, not read
    qsizetype fieldsShortened = 0; // texts cut to the length limit
    qsizetype minAboveMax = 0;     // services kept although their min is above their max
    QString panelMessage;          // the panel's own `message`, if it sent one
    QString error;                 // empty when the document was usable
    qsizetype piecesRead = 0;      // pieces a large body was read in on several cores; 0: whole

    bool isError() const { return !error.isEmpty(); }
    // "Rows skipped: 2 (row 4: no id; row 9: price “abc” is not a number)", or empty.
    QString skippedSummary(qsizetype maxReasons = 3) const;
    // skippedSummary() plus what the limits left out; empty when nothing was lost.
    QString problemSummary(qsizetype maxReasons = 3) const;
};
