// SPDX-License-Identifier: MIT
#pragma once

// Internal to app/core: simdjson is linked privately.

#include "parseresult.h"
#include "pricedocument.h"
#include "responseparser.h"
#include "textreader.h"

#include <simdjson.h>

#include <string_view>
#include <vector>

// Reads the pieces of a large body one after another, reusing its parser and copy buffer for
// each. Several readers of one body run on as many threads.
class PieceReader
{
public:
    // A stretch of a large body between two rows of its list, read on its own so that the
    // pieces can be read on all cores: the first is closed after its last row, the others are
    // opened before their first, and each then parses as if it were the whole document.
    struct Piece {
        enum Kind { First, Middle, Last };
        Kind kind = First;
        std::string_view bytes;
    };

    struct Result {
        ParseResult part; // skipped rows numbered from the piece's first row; services in slots
        qsizetype services = 0;
        PriceDocument::RootFields fields;
        bool usable = false; // the piece read as the same rows would within the whole body
    };

    PieceReader(bool objectRoot, const ResponseParser::Limits &limits, SharedTexts &shared)
        : m_objectRoot(objectRoot)
        , m_texts(limits, &shared)
    {}

    // Writes the piece's services to `serviceSlots`, of which there are `slotCount`.
    Result read(const Piece &piece, Service *serviceSlots, qsizetype slotCount);

private:
    bool m_objectRoot;
    TextReader m_texts; // kept from piece to piece: each distinct text is looked up once
    simdjson::ondemand::parser m_ownParser; // for a piece too large for the thread's own
    std::vector<char> m_text;
};
