// SPDX-License-Identifier: MIT
// libFuzzer: the response parser must turn any bytes into services or an error, never crash.
#include "responseparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ResponseParser::Limits limits;
    limits.maxRows = 1000;
    limits.maxTextLength = 64;
    const ParseResult result = ResponseParser::parse(body, limits);
    if (result.isError() && !result.services.isEmpty())
        std::abort(); // an error never comes with rows
    if (result.services.size() > limits.maxRows)
        std::abort();
    for (const Service &service : result.services) {
        if (service.name.size() > limits.maxTextLength || !(service.price >= 0))
            std::abort();
    }
    return 0;
}
