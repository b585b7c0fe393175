// SPDX-License-Identifier: MIT
#pragma once

#include "parseresult.h"
#include "responseparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// Reads the answers of a panel that speaks the standard reseller API ("API v2"). Tolerant of the
// same drift as ResponseParser, and never silent about the rows it drops.
class V2Parser
{
    Q_DECLARE_TR_FUNCTIONS(V2Parser)

public:
    struct Balance {
        QString amount;       // exactly as the panel wrote it, without an exponent
        QString currency;     // as sent, in capitals; empty when the panel did not say
        QString error;        // empty when the answer was usable
        QString panelMessage; // the panel's own `error` text, if it sent one
    };

    // Whose services a list holds: set on each service as it is read, which costs nothing next
    // to a pass over a long list afterwards.
    struct Origin {
        QString panel;
        QString currency; // empty for rupiah
    };

    // action=services: a list of services, or the panel's {"error": "…"}. The services' panel
    // and currency are `origin`'s; `priceExact` holds the rate.
    static ParseResult parseServices(const QByteArray &body, const ResponseParser::Limits &limits,
                                     const Origin &origin);
    static ParseResult parseServices(const QByteArray &body, const ResponseParser::Limits &limits)
    {
        return parseServices(body, limits, Origin());
    }
    static ParseResult parseServices(const QByteArray &body)
    {
        return parseServices(body, ResponseParser::Limits());
    }
    // action=balance: {"balance": …, "currency": …}, perhaps beside "status".
    static Balance parseBalance(const QByteArray &body);

    // A decimal as exact text without an exponent: " 0.0450" → "0.0450", "2e-05" → "0.00002",
    // "-1.5" → "-1.5". Trailing zeros stay. Empty when it is not a plain decimal number.
    static std::optional<QString> exactDecimal(const QString &written);
};
