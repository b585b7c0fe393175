// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

#include <optional>

// Turns a panel response body into services. Tolerant of the drift real panels show (numbers
// as strings, flags as booleans, nulls, missing fields) but never silent about rows it drops.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    static ParseResult parse(const QByteArray &body);

    // "25947", "25,947" and "1,234,567" (thousands), "0,5" (decimal comma), "0.5".
    static std::optional<double> parseDecimal(QStringView text);
};
