// SPDX-License-Identifier: MIT
#include "parallelparse.h"

#include "hugepages.h"
#include "jsonreading.h"
#include "piecereader.h"
#include "sharedtexts.h"

#include <QFile>
#include <QList>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ParallelParse {

using JsonReading::skipSpaces;
using Piece = PieceReader::Piece;

namespace {

// A piece by its place in the body: from `begin`, `length` bytes up to the "," after its last
// row, holding `braces` "{".
struct Cut {
    Piece::Kind kind = Piece::First;
    size_t begin = 0;
    size_t length = 0;
    qsizetype braces = 0;
};

// Cuts at a "}" "," "{" every `pieceBytes` or so, fed the body a block at a time. That sequence
// can also sit inside a text or a nested value; a piece cut there does not parse the way the
// whole does (PieceReader checks), and then the body is read whole.
class Cutter
{
public:
    Cutter(size_t begin, size_t pieceBytes)
        : m_pieceBytes(pieceBytes)
        , m_begin(begin)
        , m_from(begin + pieceBytes)
    {}

    // `block` holds the body's bytes from `offset` on, following the last block fed.
    void feed(std::string_view block, size_t offset)
    {
        size_t at = 0;
        while (at < block.size()) {
            switch (m_state) {
            case State::Close: {
                const size_t from = m_from > offset ? std::min(m_from - offset, block.size()) : at;
                if (at < from) {
                    countBraces(block.substr(at, from - at));
                    at = from;
                    break;
                }
                const size_t close = block.find('}', at);
                countBraces(block.substr(at, close == std::string_view::npos ? close : close - at));
                at = close == std::string_view::npos ? block.size() : close + 1;
                if (close != std::string_view::npos)
                    m_state = State::Comma;
                break;
            }
            case State::Comma:
                if (JsonReading::isSpace(block[at])) {
                    ++at;
                } else if (block[at] == ',') {
                    m_comma = offset + at++;
                    m_state = State::Open;
                } else {
                    m_state = State::Close; // this byte is looked at again
                }
                break;
            case State::Open:
                if (JsonReading::isSpace(block[at])) {
                    ++at;
                } else if (block[at] == '{') {
                    m_cuts.append({m_cuts.isEmpty() ? Piece::First : Piece::Middle, m_begin,
                                   m_comma - m_begin, m_braces});
                    m_begin = offset + at;
                    m_from = m_begin + m_pieceBytes;
                    m_braces = 0;
                    m_state = State::Close;
                } else {
                    m_state = State::Close;
                }
                break;
            }
        }
    }

    // The pieces of a body of `size` bytes, once all of it was fed; none when it was not cut.
    QList<Cut> finish(size_t size)
    {
        if (!m_cuts.isEmpty())
            m_cuts.append({Piece::Last, m_begin, size - m_begin, m_braces});
        return std::move(m_cuts);
    }

private:
    enum class State { Close, Comma, Open };

    void countBraces(std::string_view bytes)
    {
        // memchr skips the hundreds of bytes between braces far faster than std::count.
        const char *const end = bytes.data() + bytes.size();
        for (const char *at = bytes.data();
             (at = static_cast<const char *>(std::memchr(at, '{', size_t(end - at)))); ++at)
            ++m_braces;
    }

    size_t m_pieceBytes;
    size_t m_begin;
    size_t m_from;
    size_t m_comma = 0;
    qsizetype m_braces = 0;
    State m_state = State::Close;
    QList<Cut> m_cuts;
};

// Reads the pieces on all cores, straight into one list. `bytesOf(cut, buffer)` gives a
// piece's bytes, in `buffer` if it has to copy them, or nothing if they cannot be had.
template<typename BytesOf>
std::optional<ParseResult> readPieces(const QList<Cut> &cuts, bool objectRoot,
                                      const ResponseParser::Limits &limits, BytesOf bytesOf)
{
    // Every service is an object, so a piece holds at most as many as it has "{": the services
    // are written straight into one list, and no second copy of them is ever made. The root
    // object's own "{" is no service: without a slot for it, the pieces' services need no
    // moving up to close the gap.
    std::vector<qsizetype> firstSlot(size_t(cuts.size()) + 1, 0);
    for (qsizetype i = 0; i < cuts.size(); ++i)
        firstSlot[size_t(i) + 1] =
            firstSlot[size_t(i)] + cuts.at(i).braces - (i == 0 && objectRoot);
    if (firstSlot.back() > limits.maxRows)
        return std::nullopt; // rows past the limit are counted, not read: left to the whole read
    ParseResult result;
    HugePages::reserve(result.services, firstSlot.back());
    HugePages::populate(result.services.data(), size_t(firstSlot.back()) * sizeof(Service));
    result.services.resize(firstSlot.back());
    Service *const serviceSlots = result.services.data();

    SharedTexts shared;
    std::vector<PieceReader::Result> read(size_t(cuts.size()));
    std::atomic<qsizetype> nextPiece = 0;
    QList<int> readers(std::min(qsizetype(QThread::idealThreadCount()), cuts.size()));
    QtConcurrent::blockingMap(readers, [&](int) {
        PieceReader reader(objectRoot, limits, shared);
        std::vector<char> buffer;
        for (size_t i = nextPiece++; i < size_t(cuts.size()); i = nextPiece++) {
            const Cut &cut = cuts.at(qsizetype(i));
            const std::optional<std::string_view> bytes = bytesOf(cut, buffer);
            if (!bytes)
                continue; // left unusable
            read[i] = reader.read({cut.kind, *bytes}, serviceSlots + firstSlot[i],
                                  firstSlot[i + 1] - firstSlot[i]);
        }
    });
    if (!std::all_of(read.begin(), read.end(),
                     [](const PieceReader::Result &piece) { return piece.usable; }))
        return std::nullopt;

    result.piecesRead = cuts.size();
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

bool opensList(char c)
{
    return c == '{' || c == '[';
}

} // namespace

std::optional<ParseResult> parseInPieces(std::string_view json,
                                         const ResponseParser::Limits &limits)
{
    const size_t start = skipSpaces(json, 0);
    if (limits.pieceBytes <= 0 || start == json.size() || !opensList(json[start]))
        return std::nullopt;
    Cutter cutter(0, size_t(limits.pieceBytes));
    cutter.feed(json, 0);
    const QList<Cut> cuts = cutter.finish(json.size());
    if (cuts.isEmpty())
        return std::nullopt;
    return readPieces(cuts, json[start] == '{', limits,
                      [json](const Cut &cut, std::vector<char> &) {
                          return std::optional(json.substr(cut.begin, cut.length));
                      });
}

std::optional<ParseResult> parseFileInPieces(QFile &file, const ResponseParser::Limits &limits,
                                             qint64 blockBytes)
{
#ifdef Q_OS_UNIX
    const int handle = file.handle();
    struct stat before {};
    if (handle < 0 || fstat(handle, &before) != 0 || !S_ISREG(before.st_mode)
        || limits.pieceBytes <= 0 || before.st_size < 2 * limits.pieceBytes || blockBytes <= 0)
        return std::nullopt;
    const auto size = size_t(before.st_size);

    // The root's first byte, past a byte order mark; a body that opens with more space than
    // this is left to the whole read.
    std::array<char, 4096> head;
    const ssize_t headBytes = pread(handle, head.data(), std::min(head.size(), size), 0);
    if (headBytes <= 0)
        return std::nullopt;
    const std::string_view opening(head.data(), size_t(headBytes));
    const size_t bom = opening.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const size_t start = skipSpaces(opening, bom);
    if (start == opening.size() || !opensList(opening[start]))
        return std::nullopt;
    const bool objectRoot = opening[start] == '{';

    // The cuts, from the file read a block at a time into one buffer.
    Cutter cutter(bom, size_t(limits.pieceBytes));
    std::vector<char> block(size_t(std::min<qint64>(blockBytes, before.st_size)));
    for (size_t offset = bom; offset < size;) {
        const ssize_t got =
            pread(handle, block.data(), std::min(block.size(), size - offset), off_t(offset));
        if (got <= 0)
            return std::nullopt; // shorter than it said, or unreadable: read whole
        cutter.feed(std::string_view(block.data(), size_t(got)), offset);
        offset += size_t(got);
    }
    const QList<Cut> cuts = cutter.finish(size);
    if (cuts.isEmpty())
        return std::nullopt;

    // Then each piece read again by the thread that parses it.
    std::optional<ParseResult> result = readPieces(
        cuts, objectRoot, limits,
        [handle](const Cut &cut, std::vector<char> &buffer) -> std::optional<std::string_view> {
            buffer.resize(cut.length);
            for (size_t done = 0; done < cut.length;) {
                const ssize_t got =
                    pread(handle, buffer.data() + done, cut.length - done, off_t(cut.begin + done));
                if (got <= 0)
                    return std::nullopt;
                done += size_t(got);
            }
            return std::string_view(buffer.data(), buffer.size());
        });
    // A file written meanwhile may have been cut in one state and read in another.
    struct stat after {};
    if (fstat(handle, &after) != 0 || after.st_size != before.st_size
        || after.st_mtim.tv_sec != before.st_mtim.tv_sec
        || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec)
        return std::nullopt;
    return result;
#else
    Q_UNUSED(file);
    Q_UNUSED(limits);
    Q_UNUSED(blockBytes);
    return std::nullopt;
#endif
}

} // namespace ParallelParse
