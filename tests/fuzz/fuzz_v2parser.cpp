// SPDX-License-Identifier: MIT
// libFuzzer: the standard-API parser must turn any bytes into services, a balance or an error,
// never crash, and every rate it keeps must be plain decimal text that reads back the same.
#include "v2parser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ResponseParser::Limits limits;
    limits.maxRows = 1000;
    limits.maxTextLength = 64;
    const ParseResult result = V2Parser::parseServices(body, limits);
    if (result.isError() && !result.services.isEmpty())
        std::abort(); // an error never comes with rows
    if (result.services.size() > limits.maxRows)
        std::abort();
    for (const Service &service : result.services) {
        if (service.name.size() > limits.maxTextLength || !(service.price >= 0))
            std::abort();
        if (service.priceExact.isEmpty() || service.priceExact.contains(u'e')
            || service.priceExact.contains(u'E')
            || V2Parser::exactDecimal(service.priceExact) != service.priceExact)
            std::abort();
    }
    const V2Parser::Balance balance = V2Parser::parseBalance(body);
    if (balance.error.isEmpty() == balance.amount.isEmpty())
        std::abort(); // an amount or an error, never both or neither
    return 0;
}
