// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include <QLocale>
#include <QRegularExpression>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

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

// Categories, types and notes repeat across thousands of services: decode each distinct text
// once and let every service share the same QString data.
class TextReader
{
public:
    TextReader(const ResponseParser::Limits &limits, qsizetype &shortened)
        : m_limits(limits)
        , m_shortened(shortened)
    {}

    QString text(const Value &value, qsizetype maxLength) const
    {
        if (value.kind == Value::String)
            return decode(value.text, maxLength);
        if (value.isNumber())
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return {};
    }

    QString shared(const Value &value, qsizetype maxLength)
    {
        if (value.kind != Value::String)
            return text(value, maxLength);
        const auto found = m_seen.find(value.text);
        if (found != m_seen.end()) {
            m_shortened += found->second.shortened;
            return found->second.text;
        }
        const qsizetype before = m_shortened;
        QString decoded = decode(value.text, maxLength);
        m_seen.emplace(value.text, Seen{decoded, m_shortened != before});
        return decoded;
    }

    const ResponseParser::Limits &limits() const { return m_limits; }

private:
    QString decode(std::string_view utf8, qsizetype maxLength) const
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
        QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (text.size() > maxLength) {
            text.truncate(maxLength - 1);
            text.append(u'…');
            ++m_shortened;
        }
        return text;
    }

    struct Seen {
        QString text;
        bool shortened;
    };
    const ResponseParser::Limits &m_limits;
    qsizetype &m_shortened;
    std::unordered_map<std::string_view, Seen> m_seen;
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

error_code readRow(json::value value, qsizetype index, ParseResult &result, TextReader &texts)
{
    constexpr int RowDepth = 2;
    json::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type != json::json_type::object) {
        Value row;
        if (const error_code error = readValue(value, row, RowDepth))
            return error;
        result.skippedRows.append(
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
    if (problem.isEmpty())
        result.services.append(std::move(service));
    else
        result.skippedRows.append({index, problem});
    return simdjson::SUCCESS;
}

error_code readRows(json::array rows, ParseResult &result, const ResponseParser::Limits &limits)
{
    TextReader texts(limits, result.fieldsShortened);
    // Counting first is cheap next to regrowing (and, at a million rows, doubling) the list.
    size_t count = 0;
    if (const error_code error = rows.count_elements().get(count))
        return error;
    result.services.reserve(std::min(limits.maxRows, qsizetype(count)));
    qsizetype index = 0;
    for (auto element : rows) {
        json::value row;
        if (const error_code error = element.get(row))
            return error;
        if (index < limits.maxRows) {
            if (const error_code error = readRow(row, index, result, texts))
                return error;
        } else {
            ++result.rowsOverLimit;
            if (const error_code error = checkDepth(row, 2))
                return error;
        }
        ++index;
    }
    return simdjson::SUCCESS;
}

// The root object's fields in any order; the verdict waits until all were seen.
error_code readRoot(json::object root, ParseResult &result, const ResponseParser::Limits &limits,
                    Value &status, Value &data)
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
        if (key.unsafe_is_equal("data") && type == json::json_type::array) {
            json::array rows;
            if (const error_code error = value.get_array().get(rows))
                return error;
            result.services.clear();
            result.skippedRows.clear();
            result.rowsOverLimit = 0;
            result.fieldsShortened = 0;
            data.kind = Value::Array;
            if (const error_code error = readRows(rows, result, limits))
                return error;
            continue;
        }
        Value read;
        if (const error_code error = readValue(value, read, 1))
            return error;
        if (key.unsafe_is_equal("data")) {
            data = read;
        } else if (key.unsafe_is_equal("status")) {
            status = read;
        } else if (key.unsafe_is_equal("message") && read.kind == Value::String) {
            result.panelMessage = read.toString().trimmed();
        }
    }
    return simdjson::SUCCESS;
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

error_code readDocument(json::document &document, ParseResult &result,
                        const ResponseParser::Limits &limits)
{
    json::json_type type;
    if (const error_code error = document.type().get(type))
        return error;
    if (type == json::json_type::array) {
        json::array rows;
        if (const error_code error = document.get_array().get(rows))
            return error;
        if (const error_code error = readRows(rows, result, limits))
            return error;
        return atEnd(document) ? simdjson::SUCCESS : simdjson::TRAILING_CONTENT;
    }
    if (type == json::json_type::object) {
        json::object root;
        if (const error_code error = document.get_object().get(root))
            return error;
        Value status, data;
        if (const error_code error = readRoot(root, result, limits, status, data))
            return error;
        if (!atEnd(document))
            return simdjson::TRAILING_CONTENT;
        const QString message = result.panelMessage;
        QString error;
        if (!isMissing(status) && toFlag(status) == false) {
            error = message.isEmpty()
                        ? ResponseParser::tr("The panel reported an error without saying why.")
                        : ResponseParser::tr("The panel reported an error: %1").arg(message);
        } else if (data.kind == Value::Missing || data.kind == Value::Null) {
            error = message.isEmpty()
                        ? ResponseParser::tr("The response holds no list of services.")
                        : ResponseParser::tr(
                              "The response holds no list of services. The panel said: %1")
                              .arg(message);
        } else if (data.kind != Value::Array) {
            error = ResponseParser::tr("The response's list of services is %1, not a list.")
                        .arg(describe(data));
        }
        if (!error.isEmpty()) {
            // No rows survive an error, even ones read before the verdict.
            result = {};
            result.panelMessage = message;
            result.error = error;
        }
        return simdjson::SUCCESS;
    }
    result.error = ResponseParser::tr("The response holds no list of services.");
    return simdjson::SUCCESS;
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
    if (started)
        error = readDocument(document, result, limits);
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
