// SPDX-License-Identifier: MIT
#pragma once

// Internal to app/core: simdjson is linked privately.

#include "jsonvalue.h"

#include <QByteArray>

#include <simdjson.h>

// Reading values out of simdjson's on-demand documents.
namespace JsonReading {

namespace json = simdjson::ondemand;
using simdjson::error_code;

// The on-demand parser does not limit nesting itself; price data is never this deep, and the
// walk recurses once per level.
constexpr int MaxDepth = 256;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline size_t skipSpaces(std::string_view json, size_t at)
{
    while (at < json.size() && isSpace(json[at]))
        ++at;
    return at;
}

// Descends into a value only to check how deep it goes; scalars inside are left unread.
error_code checkDepth(json::value value, int depth);

// The bytes of `body` from `start`, as simdjson reads them (a little past their end): in place
// when the body has ResponseParser::ReadPastEnd bytes to spare after them, as network and file
// reads leave it, or else from a padded copy made in `copy`.
simdjson::padded_string_view paddedView(const QByteArray &body, qsizetype start,
                                        simdjson::padded_string &copy);

// Bodies up to this size are parsed by a parser kept per thread (see parserFor): a standard-API
// list of 50,000 services is about 11 MB.
constexpr size_t KeptParserBytes = 16 << 20;

// The parser for a body of `bytes`: this thread's own, kept from one body to the next, or `own`
// for a larger body. A new parser's buffers are allocated for each body and cost a page fault
// per 4 KiB touched, which was a third of the time parsing ten 11 MB lists. A kept parser holds
// what it touched (about one to one and a half times the largest body it read) until its thread
// ends; the pool's threads end after 30 s without work. One document per thread at a time.
json::parser &parserFor(size_t bytes, json::parser &own);

// How deep a row of a service list sits in its document.
constexpr int RowDepth = 2;

// Reads a row of a service list into `object`; a row that is not an object sets `notObject` to
// why it is skipped instead.
error_code readRowObject(json::value value, json::object &object, QString &notObject);

inline error_code readString(json::value value, std::string_view &text)
{
    // Most strings hold no escapes: take them straight from the body instead of copying them
    // into the parser's buffer.
    const std::string_view raw = value.raw_json_token();
    const size_t close = raw.find_last_of('"');
    if (close != std::string_view::npos && close > 0) {
        const std::string_view inner = raw.substr(1, close - 1);
        if (inner.find('\\') == std::string_view::npos) {
            text = inner;
            return simdjson::SUCCESS;
        }
    }
    return value.get_string().get(text);
}

// Read once per field of every row, so kept inline.
inline error_code readValue(json::value value, JsonValue &out, int depth)
{
    json::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    switch (type) {
    case json::json_type::null: {
        bool isNull = false;
        if (const error_code error = value.is_null().get(isNull))
            return error;
        if (!isNull)
            return simdjson::N_ATOM_ERROR;
        out.kind = JsonValue::Null;
        return simdjson::SUCCESS;
    }
    case json::json_type::boolean:
        out.kind = JsonValue::Bool;
        return value.get_bool().get(out.boolean);
    case json::json_type::number: {
        // A failed get_*() leaves the value unread, so each narrower type can be tried first.
        int64_t integer = 0;
        if (value.get_int64().get(integer) == simdjson::SUCCESS) {
            out.kind = JsonValue::Integer;
            out.integer = integer;
            return simdjson::SUCCESS;
        }
        uint64_t unsignedInteger = 0;
        if (value.get_uint64().get(unsignedInteger) == simdjson::SUCCESS) {
            out.kind = JsonValue::Unsigned;
            out.unsignedInteger = unsignedInteger;
            return simdjson::SUCCESS;
        }
        out.kind = JsonValue::Double;
        return value.get_double().get(out.number);
    }
    case json::json_type::string:
        out.kind = JsonValue::String;
        return readString(value, out.text);
    case json::json_type::array:
        out.kind = JsonValue::Array;
        return checkDepth(value, depth);
    case json::json_type::object:
        out.kind = JsonValue::Object;
        return checkDepth(value, depth);
    }
    return simdjson::INCORRECT_TYPE;
}

} // namespace JsonReading
