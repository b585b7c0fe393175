// SPDX-License-Identifier: MIT
#include "pricedocument.h"

#include "responseparser.h"
#include "rowsink.h"
#include "servicerow.h"
#include "textreader.h"

#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace PriceDocument {

using namespace JsonReading;

namespace {

// A key of up to 16 bytes as two words, so that matching one takes two loads and compares
// instead of a call to memcmp (5 % of the parse's CPU time when every row's 11 keys went there).
struct RowKey {
    std::uint64_t low = 0, high = 0, lowMask = 0, highMask = 0;
    size_t size = 0;
    JsonValue ServiceRow::*field = nullptr;

    consteval RowKey(std::string_view key, JsonValue ServiceRow::*target)
        : size(key.size())
        , field(target)
    {
        for (size_t i = 0; i < key.size(); ++i) {
            std::uint64_t &word = i < 8 ? low : high;
            std::uint64_t &mask = i < 8 ? lowMask : highMask;
            word |= std::uint64_t(std::uint8_t(key[i])) << (8 * (i % 8));
            mask |= std::uint64_t(0xFF) << (8 * (i % 8));
        }
    }

    // `raw` is a key as simdjson keeps it, closed by its quote; the document's padding makes
    // the 16 bytes from it readable.
    bool matches(const char *raw) const
    {
        // Keys are built byte by byte from the lowest: read the same way on any machine.
        const auto first = qFromLittleEndian<std::uint64_t>(raw);
        const auto second = qFromLittleEndian<std::uint64_t>(raw + 8);
        return (first & lowMask) == low && (second & highMask) == high && raw[size] == '"';
    }
};

// Finds the row's member for a key. Panels send the fields of every row in the same order, so
// the search starts after the previous key's match and usually succeeds at once.
JsonValue *rowField(ServiceRow &row, json::raw_json_string key, size_t &next)
{
    static constexpr RowKey Fields[] = {
        {"id", &ServiceRow::id},
        {"name", &ServiceRow::name},
        {"note", &ServiceRow::note},
        {"category", &ServiceRow::category},
        {"type", &ServiceRow::type},
        {"price", &ServiceRow::price},
        {"priceSatuan", &ServiceRow::priceText},
        {"min", &ServiceRow::min},
        {"max", &ServiceRow::max},
        {"refill", &ServiceRow::refill},
        {"status", &ServiceRow::status},
    };
    static_assert(std::all_of(std::begin(Fields), std::end(Fields),
                              [](const RowKey &field) { return field.size <= 16; }));
    static_assert(16 <= simdjson::SIMDJSON_PADDING);
    constexpr size_t Count = std::size(Fields);
    const char *const raw = key.raw();
    for (size_t tried = 0; tried < Count; ++tried) {
        const size_t i = (next + tried) % Count;
        if (Fields[i].matches(raw)) {
            next = i + 1;
            return &(row.*Fields[i].field);
        }
    }
    return nullptr;
}

error_code readRow(json::value value, qsizetype index, RowSink &rows, TextReader &texts)
{
    json::object object;
    QString notObject;
    if (const error_code error = readRowObject(value, object, notObject))
        return error;
    if (!notObject.isEmpty()) {
        rows.result().skippedRows.append({index, notObject});
        return simdjson::SUCCESS;
    }
    ServiceRow row;
    size_t nextField = 0;
    for (auto field : object) {
        json::raw_json_string key;
        if (const error_code error = field.key().get(key))
            return error;
        json::value fieldValue;
        if (const error_code error = field.value().get(fieldValue))
            return error;
        JsonValue ignored;
        JsonValue *target = rowField(row, key, nextField);
        if (!target)
            target = &ignored;
        *target = {};
        if (const error_code error = readValue(fieldValue, *target, RowDepth + 1))
            return error;
    }

    Service service;
    const QString problem = row.toService(service, texts);
    if (!problem.isEmpty()) {
        rows.result().skippedRows.append({index, problem});
        return simdjson::SUCCESS;
    }
    if (service.hasMinAboveMax())
        ++rows.result().minAboveMax;
    if (!rows.add(std::move(service)))
        return simdjson::CAPACITY;
    return simdjson::SUCCESS;
}

error_code readRows(json::array list, RowSink &rows, TextReader &texts)
{
    const qsizetype maxRows = texts.limits().maxRows;
    if (rows.growsList()) {
        // Counting first is cheap next to regrowing (and, at a million rows, doubling) the list.
        size_t count = 0;
        if (const error_code error = list.count_elements().get(count))
            return error;
        rows.reserve(std::min(maxRows, qsizetype(count)));
    }
    qsizetype index = 0;
    for (auto element : list) {
        json::value row;
        if (const error_code error = element.get(row))
            return error;
        if (index < maxRows) {
            if (const error_code error = readRow(row, index, rows, texts))
                return error;
        } else {
            ++rows.result().rowsOverLimit;
            if (const error_code error = checkDepth(row, 2))
                return error;
        }
        ++index;
    }
    return simdjson::SUCCESS;
}

// The root object's fields in any order; the verdict waits until all were seen.
error_code readRoot(json::object root, RowSink &rows, TextReader &texts, RootFields &fields)
{
    for (auto field : root) {
        json::raw_json_string key;
        if (const error_code error = field.key().get(key))
            return error;
        json::value value;
        if (const error_code error = field.value().get(value))
            return error;
        json::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        fields.endsWithData = false;
        if (key.unsafe_is_equal("data") && type == json::json_type::array) {
            json::array list;
            if (const error_code error = value.get_array().get(list))
                return error;
            rows.restart();
            fields.data.kind = JsonValue::Array;
            ++fields.dataLists;
            fields.endsWithData = true;
            if (const error_code error = readRows(list, rows, texts))
                return error;
            continue;
        }
        JsonValue read;
        if (const error_code error = readValue(value, read, 1))
            return error;
        if (key.unsafe_is_equal("data")) {
            fields.data = read;
        } else if (key.unsafe_is_equal("status")) {
            fields.status = read;
        } else if (key.unsafe_is_equal("message") && read.kind == JsonValue::String) {
            rows.result().panelMessage = read.toString().trimmed();
            fields.messageSeen = true;
        }
    }
    return simdjson::SUCCESS;
}

bool atEnd(json::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

} // namespace

error_code read(json::document &document, RowSink &rows, TextReader &texts, Root &root,
                RootFields &fields)
{
    json::json_type type;
    if (const error_code error = document.type().get(type))
        return error;
    if (type == json::json_type::array) {
        root = Root::List;
        json::array list;
        if (const error_code error = document.get_array().get(list))
            return error;
        if (const error_code error = readRows(list, rows, texts))
            return error;
    } else if (type == json::json_type::object) {
        root = Root::Object;
        json::object object;
        if (const error_code error = document.get_object().get(object))
            return error;
        if (const error_code error = readRoot(object, rows, texts, fields))
            return error;
    } else {
        root = Root::Other;
        return simdjson::SUCCESS;
    }
    return atEnd(document) ? simdjson::SUCCESS : simdjson::TRAILING_CONTENT;
}

void judge(const RootFields &fields, ParseResult &result)
{
    const QString message = result.panelMessage;
    QString error;
    if (!fields.status.isMissing() && fields.status.toFlag() == false) {
        error = message.isEmpty()
                    ? ResponseParser::tr("The panel reported an error without saying why.")
                    : ResponseParser::tr("The panel reported an error: %1").arg(message);
    } else if (fields.data.kind == JsonValue::Missing || fields.data.kind == JsonValue::Null) {
        error =
            message.isEmpty()
                ? ResponseParser::tr("The response holds no list of services.")
                : ResponseParser::tr("The response holds no list of services. The panel said: %1")
                      .arg(message);
    } else if (fields.data.kind != JsonValue::Array) {
        error = ResponseParser::tr("The response's list of services is %1, not a list.")
                    .arg(fields.data.describe());
    }
    if (!error.isEmpty()) {
        // No rows survive an error, even ones read before the verdict.
        result = {};
        result.panelMessage = message;
        result.error = error;
    }
}

} // namespace PriceDocument
