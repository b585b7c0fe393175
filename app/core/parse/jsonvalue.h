// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string_view>

// One JSON value read out of a response before the row decides what it needs, and the tolerant
// readings of it that panels' drift calls for (numbers as strings, flags as words, nulls).
struct JsonValue {
    enum Kind { Missing, Null, Bool, Integer, Unsigned, Double, String, Array, Object };
    Kind kind = Missing;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double number = 0;
    std::string_view text; // UTF-8, unescaped; points into the body or the parser's buffer

    bool isNumber() const { return kind == Integer || kind == Unsigned || kind == Double; }
    double toDouble() const
    {
        return kind == Integer    ? double(integer)
               : kind == Unsigned ? double(unsignedInteger)
                                  : number;
    }
    QString toString() const { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

    // Null, absent or blank.
    bool isMissing() const;
    // The value as a message shows it: a quoted, shortened text, a number, "a list", ….
    QString describe() const;
    std::optional<double> toDecimal() const;
    std::optional<quint64> toId() const;
    std::optional<qint64> toQuantity() const;
    std::optional<bool> toFlag() const;
};
