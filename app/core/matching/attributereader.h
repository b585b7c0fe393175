// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"
#include "serviceattributes.h"

#include <QString>
#include <QStringView>

// Reads a service's attributes from its name, category, type and note, in English and
// Indonesian, through the decorations panels put on names: styled Unicode letters (𝗥𝗲𝗮𝗹),
// emoji (♻️ is a refill, 🇮🇩 Indonesia), reseller tags ("[IG]", "| R30 |", "🔥 BEST
// 🔥",
// "#123"). The name is read first: what it says wins over the category, the type and the note. Pure
// and thread-safe; a few microseconds a service, no regular expressions.
class AttributeReader
{
public:
    static ServiceAttributes read(const Service &service);
    // The text as the reader sees it: styled letters folded to ASCII lower case, emoji and
    // punctuation turned into single spaces ("♻️" becomes " refill ", "🇮🇩" " flag-id ").
    static QString fold(QStringView text);
};
