// SPDX-License-Identifier: MIT
#include "piecereader.h"

#include "hugepages.h"
#include "jsonreading.h"
#include "rowsink.h"

#include <algorithm>

PieceReader::Result PieceReader::read(const Piece &piece, Service *serviceSlots,
                                      qsizetype slotCount)
{
    std::string_view before, after;
    switch (piece.kind) {
    case Piece::First:
        after = m_objectRoot ? "]}" : "]";
        break;
    case Piece::Middle:
        before = "[";
        after = "]";
        break;
    case Piece::Last:
        before = m_objectRoot ? R"({"data":[)" : "[";
        break;
    }
    HugePages::preferForThisThread();
    const size_t length = before.size() + piece.bytes.size() + after.size();
    m_text.resize(length + simdjson::SIMDJSON_PADDING);
    char *out = std::copy(before.begin(), before.end(), m_text.data());
    out = std::copy(piece.bytes.begin(), piece.bytes.end(), out);
    std::copy(after.begin(), after.end(), out);
    const simdjson::padded_string_view text(m_text.data(), length, m_text.size());

    Result read;
    m_texts.countShortenedIn(read.part.fieldsShortened);
    RowSink rows(read.part, serviceSlots, slotCount);
    simdjson::ondemand::document document;
    PriceDocument::Root root = PriceDocument::Root::Other;
    simdjson::ondemand::parser &parser = JsonReading::parserFor(length, m_ownParser);
    if (parser.iterate(text).get(document)
        || PriceDocument::read(document, rows, m_texts, root, read.fields))
        return read;
    read.services = rows.serviceCount();
    if (read.part.rowsOverLimit > 0)
        return read;
    if (!m_objectRoot || piece.kind == Piece::Middle) {
        read.usable = root == PriceDocument::Root::List;
    } else if (piece.kind == Piece::First) {
        // The "]" added after the cut must close the root's `data` list and nothing else.
        read.usable = root == PriceDocument::Root::Object && read.fields.endsWithData;
    } else {
        // Any other `data` list would replace the rows of the earlier pieces.
        read.usable = root == PriceDocument::Root::Object && read.fields.dataLists == 1;
    }
    return read;
}
