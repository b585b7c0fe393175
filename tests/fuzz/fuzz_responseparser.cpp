// SPDX-License-Identifier: MIT
// libFuzzer: the response parser must turn any bytes into services or an error, never crash, and
// reading a body in pieces must give exactly what reading it whole gives.
#include "responseparser.h"

#include <cstdlib>

namespace {

bool sameRows(const ParseResult &a, const ParseResult &b)
{
    if (a.skippedRows.size() != b.skippedRows.size())
        return false;
    for (qsizetype i = 0; i < a.skippedRows.size(); ++i) {
        if (a.skippedRows.at(i).index != b.skippedRows.at(i).index
            || a.skippedRows.at(i).reason != b.skippedRows.at(i).reason)
            return false;
    }
    return a.services == b.services && a.error == b.error && a.panelMessage == b.panelMessage
           && a.rowsOverLimit == b.rowsOverLimit && a.fieldsShortened == b.fieldsShortened;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ResponseParser::Limits limits;
    limits.maxRows = 1000;
    limits.maxTextLength = 64;
    limits.pieceBytes = 0;
    const ParseResult result = ResponseParser::parse(body, limits);
    if (result.isError() && !result.services.isEmpty())
        std::abort(); // an error never comes with rows
    if (result.services.size() > limits.maxRows)
        std::abort();
    for (const Service &service : result.services) {
        if (service.name.size() > limits.maxTextLength || !(service.price >= 0))
            std::abort();
    }
    // Small pieces, so that inputs of a few hundred bytes are cut in several places.
    limits.pieceBytes = size > 0 ? 1 + data[size / 2] % 64 : 1;
    if (!sameRows(ResponseParser::parse(body, limits), result))
        std::abort();
    return 0;
}
