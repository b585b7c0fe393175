// SPDX-License-Identifier: MIT
#include "parallelparse.h"

#include "hugepages.h"
#include "jsonreading.h"
#include "piecereader.h"
#include "sharedtexts.h"

#include <QList>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <vector>

namespace ParallelParse {

using JsonReading::skipSpaces;
using Piece = PieceReader::Piece;

namespace {

// Cuts at a "}" "," "{" every `pieceBytes` or so. That sequence can also sit inside a text or
// a nested value; a piece cut there does not parse the way the whole does (PieceReader checks),
// and then the body is read whole.
QList<Piece> cutBetweenRows(std::string_view json, size_t pieceBytes)
{
    QList<Piece> pieces;
    size_t begin = 0;
    size_t from = pieceBytes;
    while (from < json.size()) {
        const size_t close = json.find('}', from);
        if (close == std::string_view::npos)
            break;
        from = close + 1;
        const size_t comma = skipSpaces(json, close + 1);
        if (comma == json.size() || json[comma] != ',')
            continue;
        const size_t next = skipSpaces(json, comma + 1);
        if (next == json.size() || json[next] != '{')
            continue;
        pieces.append(
            {pieces.isEmpty() ? Piece::First : Piece::Middle, json.substr(begin, comma - begin)});
        begin = next;
        from = next + pieceBytes;
    }
    if (!pieces.isEmpty())
        pieces.append({Piece::Last, json.substr(begin)});
    return pieces;
}

} // namespace

std::optional<ParseResult> parseInPieces(std::string_view json,
                                         const ResponseParser::Limits &limits)
{
    const size_t start = skipSpaces(json, 0);
    if (limits.pieceBytes <= 0 || start == json.size()
        || (json[start] != '{' && json[start] != '['))
        return std::nullopt;
    const QList<Piece> pieces = cutBetweenRows(json, size_t(limits.pieceBytes));
    if (pieces.isEmpty())
        return std::nullopt;
    const bool objectRoot = json[start] == '{';
    // Every service is an object, so a piece holds at most as many as it has "{": the services
    // are written straight into one list, and no second copy of them is ever made.
    const QList<qsizetype> braces = QtConcurrent::blockingMapped(pieces, [](const Piece &piece) {
        // memchr skips the hundreds of bytes between braces far faster than std::count.
        qsizetype count = 0;
        const char *const end = piece.bytes.data() + piece.bytes.size();
        for (const char *at = piece.bytes.data();
             (at = static_cast<const char *>(std::memchr(at, '{', size_t(end - at)))); ++at)
            ++count;
        return count;
    });
    // The root object's own "{" is no service: without a slot for it, the pieces' services need
    // no moving up to close the gap.
    std::vector<qsizetype> firstSlot(size_t(pieces.size()) + 1, 0);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        firstSlot[size_t(i) + 1] = firstSlot[size_t(i)] + braces.at(i) - (i == 0 && objectRoot);
    if (firstSlot.back() > limits.maxRows)
        return std::nullopt; // rows past the limit are counted, not read: left to the whole read
    ParseResult result;
    HugePages::reserve(result.services, firstSlot.back());
    HugePages::populate(result.services.data(), size_t(firstSlot.back()) * sizeof(Service));
    result.services.resize(firstSlot.back());
    Service *const serviceSlots = result.services.data();

    SharedTexts shared;
    std::vector<PieceReader::Result> read(size_t(pieces.size()));
    std::atomic<qsizetype> nextPiece = 0;
    QList<int> readers(std::min(qsizetype(QThread::idealThreadCount()), pieces.size()));
    QtConcurrent::blockingMap(readers, [&](int) {
        PieceReader reader(objectRoot, limits, shared);
        for (size_t i = nextPiece++; i < size_t(pieces.size()); i = nextPiece++)
            read[i] = reader.read(pieces.at(qsizetype(i)), serviceSlots + firstSlot[i],
                                  firstSlot[i + 1] - firstSlot[i]);
    });
    if (!std::all_of(read.begin(), read.end(),
                     [](const PieceReader::Result &piece) { return piece.usable; }))
        return std::nullopt;

    result.piecesRead = pieces.size();
    qsizetype kept = 0;
    qsizetype firstRow = 0;
    for (size_t i = 0; i < read.size(); ++i) {
        PieceReader::Result &piece = read[i];
        Service *const written = serviceSlots + firstSlot[i];
        if (written != serviceSlots + kept)
            std::move(written, written + piece.services, serviceSlots + kept);
        kept += piece.services;
        for (SkippedRow &skipped : piece.part.skippedRows) {
            skipped.index += firstRow;
            result.skippedRows.append(std::move(skipped));
        }
        firstRow += piece.services + piece.part.skippedRows.size();
        result.fieldsShortened += piece.part.fieldsShortened;
        result.minAboveMax += piece.part.minAboveMax;
    }
    if (firstRow > limits.maxRows)
        return std::nullopt;
    result.services.resize(kept);
    if (objectRoot) {
        // Fields before the list are in the first piece, fields after it in the last; a later
        // one wins, as when the document is read whole.
        const PieceReader::Result &first = read.front();
        const PieceReader::Result &last = read.back();
        PriceDocument::RootFields fields = last.fields;
        if (fields.status.kind == JsonValue::Missing)
            fields.status = first.fields.status;
        result.panelMessage =
            last.fields.messageSeen ? last.part.panelMessage : first.part.panelMessage;
        PriceDocument::judge(fields, result);
    }
    return result;
}

} // namespace ParallelParse
