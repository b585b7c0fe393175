// SPDX-License-Identifier: MIT
#include "parsediagnostics.h"

#include "responseparser.h"

namespace ParseDiagnostics {

namespace {

// A document that stops inside a string, a list or an object was cut off in transit. Only
// scanned once parsing failed.
bool looksCutOff(QByteArrayView json)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return inString || depth > 0;
}

} // namespace

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

QString describeJsonError(QByteArrayView json, simdjson::error_code error, qsizetype offset)
{
    if (error == simdjson::DEPTH_ERROR)
        return ResponseParser::tr("The response is nested too deeply to be price data.");
    if (error == simdjson::CAPACITY || error == simdjson::MEMALLOC)
        return ResponseParser::tr("The response is too large to read.");
    if (looksCutOff(json))
        return ResponseParser::tr("The response ended early: it was cut off before the end of "
                                  "the price data.");
    return ResponseParser::tr("The response is not valid price data (%1 at byte %2).")
        .arg(QString::fromUtf8(simdjson::error_message(error)))
        .arg(offset);
}

} // namespace ParseDiagnostics
