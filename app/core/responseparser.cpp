// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrentMap>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

namespace json = simdjson::ondemand;
using simdjson::error_code;

// Doubles hold every integer up to 2^53 exactly; past that a number that reached us as a double
// has already lost digits.
constexpr double MaxExactDouble = 9007199254740992.0;

// The on-demand parser does not limit nesting itself; price data is never this deep, and the
// walk below recurses once per level.
constexpr int MaxDepth = 256;

// One JSON value read out of the on-demand document before the row decides what it needs.
struct Value {
    enum Kind { Missing, Null, Bool, Integer, Unsigned, Double, String, Array, Object };
    Kind kind = Missing;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double number = 0;
    std::string_view text; // UTF-8, unescaped; points into the body or the parser's buffer

    bool isNumber() const { return kind == Integer || kind == Unsigned || kind == Double; }
    double toDouble() const
    {
        return kind == Integer    ? double(integer)
               : kind == Unsigned ? double(unsignedInteger)
                                  : number;
    }
    QString toString() const { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
};

QString quoted(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    const QString shown = text.size() > MaxShown ? text.left(MaxShown) + QStringLiteral("…") : text;
    return QStringLiteral("“") + shown + QStringLiteral("”");
}

QString describe(const Value &value)
{
    switch (value.kind) {
    case Value::String:
        return quoted(value.toString());
    case Value::Integer:
    case Value::Unsigned:
    case Value::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case Value::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Array:
        return ResponseParser::tr("a list");
    case Value::Object:
        return ResponseParser::tr("an object");
    default:
        return ResponseParser::tr("nothing");
    }
}

bool isMissing(const Value &value)
{
    return value.kind == Value::Null || value.kind == Value::Missing
           || (value.kind == Value::String && value.toString().trimmed().isEmpty());
}

std::optional<double> toDecimal(const Value &value)
{
    if (value.isNumber())
        return value.toDouble();
    if (value.kind == Value::String)
        return ResponseParser::parseDecimal(value.toString());
    return std::nullopt;
}

std::optional<quint64> toId(const Value &value)
{
    switch (value.kind) {
    case Value::Integer:
        return value.integer >= 0 ? std::optional<quint64>(quint64(value.integer)) : std::nullopt;
    case Value::Unsigned:
        return value.unsignedInteger;
    case Value::Double:
        if (value.number >= 0 && value.number <= MaxExactDouble
            && std::floor(value.number) == value.number)
            return quint64(value.number);
        return std::nullopt;
    case Value::String: {
        bool ok = false;
        const quint64 id = value.toString().trimmed().toULongLong(&ok, 10);
        return ok ? std::optional<quint64>(id) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> toQuantity(const Value &value)
{
    if (value.kind == Value::Integer && value.integer >= 0)
        return value.integer;
    const std::optional<double> d = toDecimal(value);
    if (!d || *d < 0)
        return std::nullopt;
    // Past 2^62 nothing is a meaningful order quantity; clamp instead of overflowing.
    constexpr double Ceiling = 4611686018427387904.0;
    return *d >= Ceiling ? qint64(Ceiling) : qint64(std::floor(*d));
}

std::optional<bool> toFlag(const Value &value)
{
    switch (value.kind) {
    case Value::Bool:
        return value.boolean;
    case Value::Integer:
    case Value::Unsigned:
    case Value::Double:
        return value.toDouble() != 0;
    case Value::String: {
        const QString text = value.toString().trimmed().toLower();
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"),
                                        QStringLiteral("yes"), QStringLiteral("active"),
                                        QStringLiteral("on")};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"),
                                       QStringLiteral("no"), QStringLiteral("inactive"),
                                       QStringLiteral("off")};
        if (yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// Descends into a value only to check how deep it goes; scalars inside are left unread.
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

error_code readString(json::value value, std::string_view &text)
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

error_code readValue(json::value value, Value &out, int depth)
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
        out.kind = Value::Null;
        return simdjson::SUCCESS;
    }
    case json::json_type::boolean:
        out.kind = Value::Bool;
        return value.get_bool().get(out.boolean);
    case json::json_type::number: {
        // A failed get_*() leaves the value unread, so each narrower type can be tried first.
        int64_t integer = 0;
        if (value.get_int64().get(integer) == simdjson::SUCCESS) {
            out.kind = Value::Integer;
            out.integer = integer;
            return simdjson::SUCCESS;
        }
        uint64_t unsignedInteger = 0;
        if (value.get_uint64().get(unsignedInteger) == simdjson::SUCCESS) {
            out.kind = Value::Unsigned;
            out.unsignedInteger = unsignedInteger;
            return simdjson::SUCCESS;
        }
        out.kind = Value::Double;
        return value.get_double().get(out.number);
    }
    case json::json_type::string:
        out.kind = Value::String;
        return readString(value, out.text);
    case json::json_type::array:
        out.kind = Value::Array;
        return checkDepth(value, depth);
    case json::json_type::object:
        out.kind = Value::Object;
        return checkDepth(value, depth);
    }
    return simdjson::INCORRECT_TYPE;
}

// A text as decoded for a service, and whether it was cut to the length limit.
struct DecodedText {
    QString text;
    bool shortened = false;
};

// The distinct texts of one body when its pieces are read on several threads, so that every
// service still shares one QString per distinct category, type and note.
struct CommonTexts {
    QMutex mutex;
    QHash<QByteArray, DecodedText> decoded;
};

// Categories, types and notes repeat across thousands of services: decode each distinct text
// once and let every service share the same QString data.
class TextReader
{
public:
    explicit TextReader(const ResponseParser::Limits &limits, CommonTexts *common = nullptr)
        : m_limits(limits)
        , m_common(common)
    {}

    // Where texts cut to the length limit are counted from now on.
    void countShortenedIn(qsizetype &shortened) { m_shortened = &shortened; }

    QString text(const Value &value, qsizetype maxLength) const
    {
        if (value.kind == Value::String)
            return counted(decode(value.text, maxLength));
        if (value.isNumber())
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return {};
    }

    QString shared(const Value &value, qsizetype maxLength)
    {
        if (value.kind != Value::String)
            return text(value, maxLength);
        auto found = m_seen.find(value.text);
        if (found == m_seen.end())
            found = m_common ? m_seen.insert(commonEntry(value.text, maxLength)).first
                             : m_seen.emplace(value.text, decode(value.text, maxLength)).first;
        return counted(found->second);
    }

    const ResponseParser::Limits &limits() const { return m_limits; }

private:
    QString counted(const DecodedText &decoded) const
    {
        *m_shortened += decoded.shortened;
        return decoded.text;
    }

    // The text as decoded by any reader of the body, keyed by the common copy of its bytes,
    // which outlives the piece being read.
    std::pair<std::string_view, DecodedText> commonEntry(std::string_view utf8,
                                                         qsizetype maxLength) const
    {
        const QMutexLocker lock(&m_common->mutex);
        const QByteArray key = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
        auto found = m_common->decoded.constFind(key);
        if (found == m_common->decoded.cend())
            found = m_common->decoded.insert(QByteArray(key.constData(), key.size()),
                                             decode(utf8, maxLength));
        return {std::string_view(found.key().constData(), size_t(found.key().size())), *found};
    }

    static DecodedText decode(std::string_view utf8, qsizetype maxLength)
    {
        // Every character takes at most 4 bytes, so this prefix still holds more than
        // maxLength characters: enough to cut, without decoding megabytes.
        const size_t enough = size_t(maxLength + 1) * 4;
        if (utf8.size() > enough) {
            size_t cut = enough;
            while (cut > 0 && (uchar(utf8[cut]) & 0xC0) == 0x80)
                --cut;
            utf8 = utf8.substr(0, cut);
        }
        DecodedText decoded{QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))};
        if (decoded.text.size() > maxLength) {
            decoded.text.truncate(maxLength - 1);
            decoded.text.append(u'…');
            decoded.shortened = true;
        }
        return decoded;
    }

    const ResponseParser::Limits &m_limits;
    qsizetype *m_shortened = nullptr;
    CommonTexts *m_common;
    std::unordered_map<std::string_view, DecodedText> m_seen;
};

struct Row {
    Value id, price, name, note, category, type, priceText, min, max, refill, status;
};

// Returns the reason the row is unusable, or an empty string after filling `service`.
QString makeService(const Row &row, Service &service, TextReader &texts)
{
    if (isMissing(row.id))
        return ResponseParser::tr("no id");
    const std::optional<quint64> parsedId = toId(row.id);
    if (!parsedId)
        return ResponseParser::tr("id %1 is not a whole number that can be kept exact")
            .arg(describe(row.id));

    if (isMissing(row.price))
        return ResponseParser::tr("no price");
    const std::optional<double> parsedPrice = toDecimal(row.price);
    if (!parsedPrice || !std::isfinite(*parsedPrice))
        return ResponseParser::tr("price %1 is not a number").arg(describe(row.price));
    if (*parsedPrice < 0)
        return ResponseParser::tr("price %1 is negative").arg(describe(row.price));
    if (*parsedPrice > ResponseParser::MaxPrice)
        return ResponseParser::tr("price %1 is too large").arg(describe(row.price));

    const ResponseParser::Limits &limits = texts.limits();
    service.id = *parsedId;
    service.price = *parsedPrice;
    service.name = texts.text(row.name, limits.maxTextLength);
    service.note = texts.shared(row.note, limits.maxNoteLength);
    service.category = texts.shared(row.category, limits.maxTextLength);
    service.type = texts.shared(row.type, limits.maxTextLength);
    service.priceText = texts.text(row.priceText, limits.maxTextLength);
    service.min = toQuantity(row.min).value_or(0);
    service.max = isMissing(row.max) ? Service::UnlimitedMax : toQuantity(row.max).value_or(0);
    service.refill = toFlag(row.refill).value_or(false);
    service.active = toFlag(row.status).value_or(true);
    return {};
}

// Finds the row's member for a key. Panels send the fields of every row in the same order, so
// the search starts after the previous key's match and usually succeeds at once.
Value *rowField(Row &row, json::raw_json_string key, size_t &next)
{
    static constexpr std::pair<std::string_view, Value Row::*> Fields[] = {
        {"id", &Row::id},
        {"name", &Row::name},
        {"note", &Row::note},
        {"category", &Row::category},
        {"type", &Row::type},
        {"price", &Row::price},
        {"priceSatuan", &Row::priceText},
        {"min", &Row::min},
        {"max", &Row::max},
        {"refill", &Row::refill},
        {"status", &Row::status},
    };
    constexpr size_t Count = std::size(Fields);
    for (size_t tried = 0; tried < Count; ++tried) {
        const size_t i = (next + tried) % Count;
        if (key.unsafe_is_equal(Fields[i].first)) {
            next = i + 1;
            return &(row.*Fields[i].second);
        }
    }
    return nullptr;
}

// Where the rows of a document go: the services appended to the result's list or, for a piece
// of a large body, written into the slots set aside for it in the whole body's list.
class RowSink
{
public:
    explicit RowSink(ParseResult &result)
        : m_result(result)
    {}
    RowSink(ParseResult &result, Service *serviceSlots, qsizetype slotCount)
        : m_result(result)
        , m_slots(serviceSlots)
        , m_slotCount(slotCount)
    {}

    ParseResult &result() { return m_result; }
    qsizetype serviceCount() const { return m_slots ? m_used : m_result.services.size(); }

    bool growsList() const { return !m_slots; }
    void reserve(qsizetype services) { m_result.services.reserve(services); }
    bool add(Service &&service)
    {
        if (!m_slots) {
            m_result.services.append(std::move(service));
            return true;
        }
        if (m_used == m_slotCount)
            return false;
        m_slots[m_used++] = std::move(service);
        return true;
    }
    // A later `data` list replaces the rows read so far.
    void restart()
    {
        m_result.services.clear();
        m_used = 0;
        m_result.skippedRows.clear();
        m_result.rowsOverLimit = 0;
        m_result.fieldsShortened = 0;
        m_result.minAboveMax = 0;
    }

private:
    ParseResult &m_result;
    Service *m_slots = nullptr;
    qsizetype m_slotCount = 0;
    qsizetype m_used = 0;
};

error_code readRow(json::value value, qsizetype index, RowSink &rows, TextReader &texts)
{
    constexpr int RowDepth = 2;
    json::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type != json::json_type::object) {
        Value row;
        if (const error_code error = readValue(value, row, RowDepth))
            return error;
        rows.result().skippedRows.append(
            {index, ResponseParser::tr("not a service record but %1").arg(describe(row))});
        return simdjson::SUCCESS;
    }

    json::object object;
    if (const error_code error = value.get_object().get(object))
        return error;
    Row row;
    size_t nextField = 0;
    for (auto field : object) {
        json::raw_json_string key;
        if (const error_code error = field.key().get(key))
            return error;
        json::value fieldValue;
        if (const error_code error = field.value().get(fieldValue))
            return error;
        Value ignored;
        Value *target = rowField(row, key, nextField);
        if (!target)
            target = &ignored;
        *target = {};
        if (const error_code error = readValue(fieldValue, *target, RowDepth + 1))
            return error;
    }

    Service service;
    const QString problem = makeService(row, service, texts);
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

// What the root object said besides its rows.
struct RootFields {
    Value status;
    Value data;
    bool messageSeen = false;
    int dataLists = 0;         // `data` fields that were lists
    bool endsWithData = false; // the last field was a `data` list
};

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
            fields.data.kind = Value::Array;
            ++fields.dataLists;
            fields.endsWithData = true;
            if (const error_code error = readRows(list, rows, texts))
                return error;
            continue;
        }
        Value read;
        if (const error_code error = readValue(value, read, 1))
            return error;
        if (key.unsafe_is_equal("data")) {
            fields.data = read;
        } else if (key.unsafe_is_equal("status")) {
            fields.status = read;
        } else if (key.unsafe_is_equal("message") && read.kind == Value::String) {
            rows.result().panelMessage = read.toString().trimmed();
            fields.messageSeen = true;
        }
    }
    return simdjson::SUCCESS;
}

// Turns a root object that said the panel failed, or held no list, into an error.
void judge(const RootFields &fields, ParseResult &result)
{
    const QString message = result.panelMessage;
    QString error;
    if (!isMissing(fields.status) && toFlag(fields.status) == false) {
        error = message.isEmpty()
                    ? ResponseParser::tr("The panel reported an error without saying why.")
                    : ResponseParser::tr("The panel reported an error: %1").arg(message);
    } else if (fields.data.kind == Value::Missing || fields.data.kind == Value::Null) {
        error =
            message.isEmpty()
                ? ResponseParser::tr("The response holds no list of services.")
                : ResponseParser::tr("The response holds no list of services. The panel said: %1")
                      .arg(message);
    } else if (fields.data.kind != Value::Array) {
        error = ResponseParser::tr("The response's list of services is %1, not a list.")
                    .arg(describe(fields.data));
    }
    if (!error.isEmpty()) {
        // No rows survive an error, even ones read before the verdict.
        result = {};
        result.panelMessage = message;
        result.error = error;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

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

QString describeJsonError(QByteArrayView json, error_code error, qsizetype offset)
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

bool atEnd(json::document &document)
{
    const char *location = nullptr;
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

enum class Root { List, Object, Other };

// Reads the rows of a list root, or the fields of an object root, and nothing may follow.
error_code readDocument(json::document &document, RowSink &rows, TextReader &texts, Root &root,
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

// A stretch of a large body between two rows of its list, read on its own so that the pieces
// can be read on all cores: the first is closed after its last row, the others are opened
// before their first, and each then parses as if it were the whole document.
struct Piece {
    enum Kind { First, Middle, Last };
    Kind kind = First;
    std::string_view bytes;
};

struct PieceResult {
    ParseResult part; // skipped rows numbered from the piece's first row; services in the slots
    qsizetype services = 0;
    RootFields fields;
    bool usable = false;
};

size_t skipSpaces(std::string_view json, size_t at)
{
    while (at < json.size() && isSpace(json[at]))
        ++at;
    return at;
}

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

// Reads pieces one after another, reusing its parser and copy buffer for each.
class PieceReader
{
public:
    PieceReader(bool objectRoot, const ResponseParser::Limits &limits, CommonTexts &common)
        : m_objectRoot(objectRoot)
        , m_texts(limits, &common)
    {}

    // Writes the piece's services to `serviceSlots`, of which there are `slotCount`.
    PieceResult read(const Piece &piece, Service *serviceSlots, qsizetype slotCount);

private:
    bool m_objectRoot;
    TextReader m_texts; // kept from piece to piece: each distinct text is looked up once
    json::parser m_parser;
    std::vector<char> m_text;
};

PieceResult PieceReader::read(const Piece &piece, Service *serviceSlots, qsizetype slotCount)
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
    const size_t length = before.size() + piece.bytes.size() + after.size();
    m_text.resize(length + simdjson::SIMDJSON_PADDING);
    char *out = std::copy(before.begin(), before.end(), m_text.data());
    out = std::copy(piece.bytes.begin(), piece.bytes.end(), out);
    std::copy(after.begin(), after.end(), out);
    const simdjson::padded_string_view text(m_text.data(), length, m_text.size());

    PieceResult read;
    m_texts.countShortenedIn(read.part.fieldsShortened);
    RowSink rows(read.part, serviceSlots, slotCount);
    json::document document;
    Root root = Root::Other;
    if (m_parser.iterate(text).get(document)
        || readDocument(document, rows, m_texts, root, read.fields))
        return read;
    read.services = rows.serviceCount();
    if (read.part.rowsOverLimit > 0)
        return read;
    if (!m_objectRoot || piece.kind == Piece::Middle) {
        read.usable = root == Root::List;
    } else if (piece.kind == Piece::First) {
        // The "]" added after the cut must close the root's `data` list and nothing else.
        read.usable = root == Root::Object && read.fields.endsWithData;
    } else {
        // Any other `data` list would replace the rows of the earlier pieces.
        read.usable = root == Root::Object && read.fields.dataLists == 1;
    }
    return read;
}

// The rows of a large body read in pieces on all cores, exactly as the whole would read; or
// nothing when the body cannot be cut that way, and it has to be read whole.
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
    result.services.resize(firstSlot.back());
    Service *const serviceSlots = result.services.data();

    CommonTexts common;
    std::vector<PieceResult> read(size_t(pieces.size()));
    std::atomic<qsizetype> nextPiece = 0;
    QList<int> readers(std::min(qsizetype(QThread::idealThreadCount()), pieces.size()));
    QtConcurrent::blockingMap(readers, [&](int) {
        PieceReader reader(objectRoot, limits, common);
        for (size_t i = nextPiece++; i < size_t(pieces.size()); i = nextPiece++)
            read[i] = reader.read(pieces.at(qsizetype(i)), serviceSlots + firstSlot[i],
                                  firstSlot[i + 1] - firstSlot[i]);
    });
    if (!std::all_of(read.begin(), read.end(),
                     [](const PieceResult &piece) { return piece.usable; }))
        return std::nullopt;

    result.piecesRead = pieces.size();
    qsizetype kept = 0;
    qsizetype firstRow = 0;
    for (size_t i = 0; i < read.size(); ++i) {
        PieceResult &piece = read[i];
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
        const PieceResult &first = read.front();
        const PieceResult &last = read.back();
        RootFields fields = last.fields;
        if (fields.status.kind == Value::Missing)
            fields.status = first.fields.status;
        result.panelMessage =
            last.fields.messageSeen ? last.part.panelMessage : first.part.panelMessage;
        judge(fields, result);
    }
    return result;
}

} // namespace

std::optional<double> ResponseParser::parseDecimal(QStringView text)
{
    static const QRegularExpression thousands(
        QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^[+-]?\\d+,\\d+$"));

    QString normalized = text.trimmed().toString();
    if (normalized.isEmpty())
        return std::nullopt;
    if (thousands.match(normalized).hasMatch())
        normalized.remove(QLatin1Char(','));
    else if (decimalComma.match(normalized).hasMatch())
        normalized.replace(QLatin1Char(','), QLatin1Char('.'));

    bool ok = false;
    const double value = QLocale::c().toDouble(normalized, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

ParseResult ResponseParser::parse(const QByteArray &body, const Limits &limits)
{
    ParseResult result;
    // QJsonDocument skipped the byte order mark some panels send first; simdjson does not.
    const qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char *json = body.constData() + start;
    const size_t length = size_t(body.size() - start);
    if (std::all_of(json, json + length, isSpace)) {
        result.error = tr("The panel sent an empty response.");
        return result;
    }

    if (length >= 2 * size_t(std::max<qsizetype>(limits.pieceBytes, 0))) {
        if (std::optional<ParseResult> pieced =
                parseInPieces(std::string_view(json, length), limits))
            return std::move(*pieced);
    }

    // simdjson reads a little past the end: use the spare room after the body's bytes when
    // there is enough (data_ptr() neither detaches nor changes it), or else a padded copy.
    const size_t spare = size_t(const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd());
    simdjson::padded_string copy;
    simdjson::padded_string_view input;
    if (spare >= simdjson::SIMDJSON_PADDING) {
        input = simdjson::padded_string_view(json, length, length + spare);
    } else {
        copy = simdjson::padded_string(json, length);
        input = copy;
    }

    json::parser parser;
    json::document document;
    error_code error = parser.iterate(input).get(document);
    const bool started = !error;
    if (started) {
        TextReader texts(limits);
        texts.countShortenedIn(result.fieldsShortened);
        RowSink rows(result);
        Root root = Root::Other;
        RootFields fields;
        error = readDocument(document, rows, texts, root, fields);
        if (!error && root == Root::Object)
            judge(fields, result);
        else if (!error && root == Root::Other)
            result.error = tr("The response holds no list of services.");
    }
    if (error) {
        qsizetype offset = 0;
        const char *location = nullptr;
        if (started && document.current_location().get(location) == simdjson::SUCCESS)
            offset = location - input.data();
        ParseResult failed;
        failed.error =
            looksLikeHtml(body)
                ? tr("The panel answered with a web page, not price data.")
                : describeJsonError(QByteArrayView(json, qsizetype(length)), error, offset);
        return failed;
    }
    return result;
}
