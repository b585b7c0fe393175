// SPDX-License-Identifier: MIT
#pragma once

// Internal to app/core: simdjson is linked privately.

#include "jsonreading.h"
#include "jsonvalue.h"
#include "parseresult.h"

class RowSink;
class TextReader;

// A response body's document: a list of rows, or an object holding one besides the panel's
// status and message.
namespace PriceDocument {

enum class Root { List, Object, Other };

// What the root object said besides its rows.
struct RootFields {
    JsonValue status;
    JsonValue data;
    bool messageSeen = false;
    int dataLists = 0;         // `data` fields that were lists
    bool endsWithData = false; // the last field was a `data` list
};

// Reads the rows of a list root, or the fields of an object root, and nothing may follow.
JsonReading::error_code read(JsonReading::json::document &document, RowSink &rows,
                             TextReader &texts, Root &root, RootFields &fields);

// Turns a root object that said the panel failed, or held no list, into an error.
void judge(const RootFields &fields, ParseResult &result);

} // namespace PriceDocument
