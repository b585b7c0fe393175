// SPDX-License-Identifier: MIT
#pragma once

#include "jsonvalue.h"
#include "service.h"

#include <QString>

class TextReader;

// The fields of one row of a response, as read, before they become a service.
struct ServiceRow {
    JsonValue id, price, name, note, category, type, priceText, min, max, refill, status;

    // Returns the reason the row is unusable, or an empty string after filling `service`.
    QString toService(Service &service, TextReader &texts) const;
};
