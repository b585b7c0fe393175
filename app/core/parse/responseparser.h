// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

#include <optional>
#include <string_view>

// Turns a panel response body into services. Tolerant of the drift real panels show (numbers
// as strings, flags as booleans, nulls, missing fields) but never silent about rows it drops.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    // Ceilings that keep a hostile or broken response from exhausting memory or the screen.
    struct Limits {
        qsizetype maxRows = 2'000'000;
        qsizetype maxTextLength = 2'000;     // name, category, type, panel price text
        qsizetype maxNoteLength = 1'000'000; // notes are cut further when rendered
        // Bodies of twice this size or more are read in pieces of about this size on all cores
        // (0: always whole). The result is the same either way.
        qsizetype pieceBytes = 1 << 20;
    };

    // Rupiah per 1000 units; a row priced above it is skipped. Far above any real price, low
    // enough that every cost, markup and rounding of an accepted price stays finite.
    static constexpr double MaxPrice = 1e12;

    // The parser reads this far past a body's last byte: a body with that much room to spare
    // after it (QByteArray::reserve) is parsed in place instead of copied.
    static constexpr qsizetype ReadPastEnd = 64;

    static ParseResult parse(const QByteArray &body, const Limits &limits);
    static ParseResult parse(const QByteArray &body) { return parse(body, Limits()); }

    // "25947", "25,947" and "1,234,567" (thousands), "0,5" (decimal comma), "0.5".
    static std::optional<double> parseDecimal(QStringView text);
    static std::optional<double> parseDecimal(std::string_view utf8);
};
