// SPDX-License-Identifier: MIT
#include "jsonreading.h"

#include "responseparser.h"

namespace JsonReading {

simdjson::padded_string_view paddedView(const QByteArray &body, qsizetype start,
                                        simdjson::padded_string &copy)
{
    static_assert(ResponseParser::ReadPastEnd >= qsizetype(simdjson::SIMDJSON_PADDING));
    const char *json = body.constData() + start;
    const size_t length = size_t(body.size() - start);
    // data_ptr() neither detaches the body nor changes it.
    const size_t spare = size_t(const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd());
    if (spare >= size_t(ResponseParser::ReadPastEnd))
        return simdjson::padded_string_view(json, length, length + spare);
    copy = simdjson::padded_string(json, length);
    return copy;
}

json::parser &parserFor(size_t bytes, json::parser &own)
{
    thread_local json::parser kept;
    return bytes <= KeptParserBytes ? kept : own;
}

error_code checkDepth(json::value value, int depth)
{
    if (depth > MaxDepth)
        return simdjson::DEPTH_ERROR;
    json::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == json::json_type::array) {
        json::array array;
        if (const error_code error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            json::value child;
            if (const error_code error = element.get(child))
                return error;
            if (const error_code error = checkDepth(child, depth + 1))
                return error;
        }
    } else if (type == json::json_type::object) {
        json::object object;
        if (const error_code error = value.get_object().get(object))
            return error;
        for (auto field : object) {
            json::value child;
            if (const error_code error = field.value().get(child))
                return error;
            if (const error_code error = checkDepth(child, depth + 1))
                return error;
        }
    }
    return simdjson::SUCCESS;
}

error_code readRowObject(json::value value, json::object &object, QString &notObject)
{
    json::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == json::json_type::object)
        return value.get_object().get(object);
    JsonValue row;
    if (const error_code error = readValue(value, row, RowDepth))
        return error;
    notObject = ResponseParser::tr("not a service record but %1").arg(row.describe());
    return simdjson::SUCCESS;
}

} // namespace JsonReading
