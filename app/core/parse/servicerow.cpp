// SPDX-License-Identifier: MIT
#include "servicerow.h"

#include "responseparser.h"
#include "textreader.h"

#include <cmath>

QString ServiceRow::toService(Service &service, TextReader &texts) const
{
    if (id.isMissing())
        return ResponseParser::tr("no id");
    const std::optional<quint64> parsedId = id.toId();
    if (!parsedId)
        return ResponseParser::tr("id %1 is not a whole number that can be kept exact")
            .arg(id.describe());

    if (price.isMissing())
        return ResponseParser::tr("no price");
    const std::optional<double> parsedPrice = price.toDecimal();
    if (!parsedPrice || !std::isfinite(*parsedPrice))
        return ResponseParser::tr("price %1 is not a number").arg(price.describe());
    if (*parsedPrice < 0)
        return ResponseParser::tr("price %1 is negative").arg(price.describe());
    if (*parsedPrice > ResponseParser::MaxPrice)
        return ResponseParser::tr("price %1 is too large").arg(price.describe());

    const ResponseParser::Limits &limits = texts.limits();
    service.id = *parsedId;
    service.price = *parsedPrice;
    service.name = texts.text(name, limits.maxTextLength);
    service.note = texts.shared(note, limits.maxNoteLength);
    service.category = texts.shared(category, limits.maxTextLength);
    service.type = texts.shared(type, limits.maxTextLength);
    service.priceText = texts.text(priceText, limits.maxTextLength);
    service.min = min.toQuantity().value_or(0);
    service.max = max.isMissing() ? Service::UnlimitedMax : max.toQuantity().value_or(0);
    service.refill = refill.toFlag().value_or(false);
    service.active = status.toFlag().value_or(true);
    return {};
}
