// SPDX-License-Identifier: MIT
#include "v2parser.h"

#include "hugepages.h"
#include "jsonreading.h"
#include "parsediagnostics.h"
#include "rowsink.h"
#include "servicerow.h"
#include "textreader.h"

#include <algorithm>
#include <cstdlib>

using namespace JsonReading;

namespace {

// A rate or balance further from 1 than this is nobody's price; it would also only be a long
// run of zeros once written without the exponent.
constexpr int MaxExponent = 30;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Where the run of ASCII digits of `text` that starts at `from` ends.
qsizetype digitsFrom(QStringView text, qsizetype from)
{
    while (from < text.size() && text[from] >= u'0' && text[from] <= u'9')
        ++from;
    return from;
}

// Whether `text` is already written the one way exactDecimal writes a number ("0.0450", "-12"),
// as nearly every rate is: then it is kept as it is.
bool isCanonicalDecimal(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    const qsizetype wholeStart = negative ? 1 : 0;
    qsizetype at = digitsFrom(text, wholeStart);
    if (at == wholeStart || (at - wholeStart > 1 && text[wholeStart] == u'0'))
        return false;
    if (at < text.size() && text[at] == u'.') {
        const qsizetype fractionEnd = digitsFrom(text, at + 1);
        if (fractionEnd == at + 1)
            return false;
        at = fractionEnd;
    }
    if (at != text.size())
        return false;
    // "-0" and "-0.00" are written without the sign.
    return !negative || std::any_of(text.cbegin() + 1, text.cend(), [](QChar c) {
        return c >= u'1' && c <= u'9';
    });
}

// The fields of one row that the standard API names differently from the built-in panel, and
// the exact text of its rate.
struct V2Row {
    ServiceRow row;
    JsonValue rate, cancel, dripfeed;
    std::string_view rateNumber; // the rate's JSON text when it was sent as a number
};

JsonValue *rowField(V2Row &row, json::raw_json_string key)
{
    // By the first letter, then whole: read for every field of every row.
    const auto is = [&key](std::string_view name) {
        return key.unsafe_is_equal(name);
    };
    switch (*key.raw()) {
    case 's':
        return is("service") ? &row.row.id : nullptr;
    case 'n':
        return is("name") ? &row.row.name : nullptr;
    case 't':
        return is("type") ? &row.row.type : nullptr;
    case 'c':
        return is("category") ? &row.row.category : is("cancel") ? &row.cancel : nullptr;
    case 'm':
        return is("min") ? &row.row.min : is("max") ? &row.row.max : nullptr;
    case 'r':
        return is("rate") ? &row.rate : is("refill") ? &row.row.refill : nullptr;
    case 'd':
        return is("desc") ? &row.row.note : is("dripfeed") ? &row.dripfeed : nullptr;
    default:
        return nullptr;
    }
}

// Returns the reason the row is unusable, or an empty string after filling `service`.
QString toService(V2Row &row, Service &service, TextReader &texts)
{
    if (row.rate.isMissing())
        return ResponseParser::tr("no price");
    const QString rateText =
        row.rate.kind == JsonValue::String ? row.rate.toString()
        : row.rate.isNumber()
            ? QString::fromLatin1(row.rateNumber.data(), qsizetype(row.rateNumber.size()))
            : QString();
    const std::optional<QString> exact = V2Parser::exactDecimal(rateText);
    // Past what a double holds ("1" and 400 zeros) it is no price either.
    const std::optional<double> number =
        exact ? ResponseParser::parseDecimal(*exact) : std::optional<double>();
    if (!number)
        return ResponseParser::tr("price %1 is not a number").arg(row.rate.describe());
    // ServiceRow checks the number and reads every other field as for the built-in panel.
    row.row.price.kind = JsonValue::Double;
    row.row.price.number = *number;
    if (const QString problem = row.row.toService(service, texts); !problem.isEmpty())
        return problem;
    service.priceExact = *exact;
    service.cancel = row.cancel.toFlag().value_or(false);
    service.dripfeed = row.dripfeed.toFlag().value_or(false);
    return {};
}

error_code readRow(json::value value, qsizetype index, RowSink &rows, TextReader &texts,
                   const V2Parser::Origin &origin)
{
    json::object object;
    QString notObject;
    if (const error_code error = readRowObject(value, object, notObject))
        return error;
    if (!notObject.isEmpty()) {
        rows.result().skippedRows.append({index, notObject});
        return simdjson::SUCCESS;
    }
    V2Row row;
    for (auto field : object) {
        json::raw_json_string key;
        if (const error_code error = field.key().get(key))
            return error;
        json::value fieldValue;
        if (const error_code error = field.value().get(fieldValue))
            return error;
        JsonValue ignored;
        JsonValue *target = rowField(row, key);
        if (!target)
            target = &ignored;
        *target = {};
        if (target == &row.rate)
            row.rateNumber = trimmed(fieldValue.raw_json_token());
        if (const error_code error = readValue(fieldValue, *target, RowDepth + 1))
            return error;
    }
    Service service;
    if (const QString problem = toService(row, service, texts); !problem.isEmpty()) {
        rows.result().skippedRows.append({index, problem});
        return simdjson::SUCCESS;
    }
    if (service.hasMinAboveMax())
        ++rows.result().minAboveMax;
    service.panel = origin.panel;
    service.currency = origin.currency;
    rows.add(std::move(service));
    return simdjson::SUCCESS;
}

// A row of the standard API, all its fields written, takes about this many bytes or more.
constexpr qsizetype ExpectedRowBytes = 160;

// `bodyBytes`: the size of the body the list is in.
error_code readRows(json::array list, qsizetype bodyBytes, RowSink &rows, TextReader &texts,
                    const V2Parser::Origin &origin)
{
    // Room for the rows a body of this size holds, set aside at once: the list grows further
    // by moving its bytes if there are more, whereas QList::reserve would copy every service.
    // Counting the rows first cost a tenth of the parse.
    rows.reserve(std::min(texts.limits().maxRows, bodyBytes / ExpectedRowBytes + 1));
    qsizetype index = 0;
    for (auto element : list) {
        json::value row;
        if (const error_code error = element.get(row))
            return error;
        if (index < texts.limits().maxRows) {
            if (const error_code error = readRow(row, index, rows, texts, origin))
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

// The fields of a root object that matter here, read as text; numbers keep their JSON text.
struct RootObject {
    QString error, balance, currency;
    bool hasError = false, hasBalance = false;
};

error_code readRoot(json::object object, RootObject &root)
{
    for (auto field : object) {
        json::raw_json_string key;
        if (const error_code error = field.key().get(key))
            return error;
        json::value value;
        if (const error_code error = field.value().get(value))
            return error;
        const std::string_view raw = trimmed(value.raw_json_token());
        JsonValue read;
        if (const error_code error = readValue(value, read, 1))
            return error;
        const QString text = read.kind == JsonValue::String ? read.toString().trimmed()
                             : read.isNumber()
                                 ? QString::fromLatin1(raw.data(), qsizetype(raw.size()))
                                 : QString();
        if (key.unsafe_is_equal("error")) {
            root.hasError = true;
            root.error = text;
        } else if (key.unsafe_is_equal("balance")) {
            root.hasBalance = !read.isMissing();
            root.balance = text;
        } else if (key.unsafe_is_equal("currency")) {
            root.currency = text.toUpper();
        }
    }
    return simdjson::SUCCESS;
}

// Parses `body`, hands the root list or object to `list` or `object`, and returns an error text
// for a body that is not JSON or holds neither.
template<typename OnList, typename OnObject>
QString readDocument(const QByteArray &body, OnList list, OnObject object)
{
    const qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArrayView json = QByteArrayView(body).sliced(start);
    if (std::all_of(json.begin(), json.end(), isSpace))
        return ResponseParser::tr("The panel sent an empty response.");
    simdjson::padded_string copy;
    const simdjson::padded_string_view input = paddedView(body, start, copy);
    json::parser own;
    json::parser &parser = parserFor(input.size(), own);
    json::document document;
    error_code error = parser.iterate(input).get(document);
    const bool started = !error;
    json::json_type type = json::json_type::null;
    if (!error)
        error = document.type().get(type);
    if (!error && type == json::json_type::array) {
        json::array array;
        error = document.get_array().get(array);
        if (!error)
            error = list(array);
    } else if (!error && type == json::json_type::object) {
        json::object root;
        error = document.get_object().get(root);
        if (!error)
            error = object(root);
    } else if (!error) {
        return ResponseParser::tr("The response holds no list of services.");
    }
    const char *location = nullptr;
    if (!error && document.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
        error = simdjson::TRAILING_CONTENT;
    if (!error)
        return {};
    if (ParseDiagnostics::looksLikeHtml(body))
        return ResponseParser::tr("The panel answered with a web page, not price data.");
    qsizetype offset = 0;
    // A document that never started (invalid UTF-8, say) has no location to ask for.
    if (started && document.current_location().get(location) == simdjson::SUCCESS)
        offset = location - input.data();
    return ParseDiagnostics::describeJsonError(json, error, offset);
}

QString panelError(const QString &message)
{
    return message.isEmpty() ? ResponseParser::tr("The panel reported an error without saying why.")
                             : ResponseParser::tr("The panel reported an error: %1").arg(message);
}

} // namespace

std::optional<QString> V2Parser::exactDecimal(const QString &written)
{
    // Read by hand: a regular expression per row was most of the time spent on a long list.
    QStringView text = QStringView(written).trimmed();
    if (isCanonicalDecimal(text))
        return text.size() == written.size() ? written : text.toString();
    qsizetype at = 0;
    const bool negative = at < text.size() && text[at] == u'-';
    if (at < text.size() && (text[at] == u'+' || text[at] == u'-'))
        ++at;
    const QStringView whole = text.sliced(at, digitsFrom(text, at) - at);
    at += whole.size();
    QStringView fraction;
    if (at < text.size() && text[at] == u'.') {
        fraction = text.sliced(at + 1, digitsFrom(text, at + 1) - at - 1);
        at += 1 + fraction.size();
    }
    int exponent = 0;
    if (at < text.size() && (text[at] == u'e' || text[at] == u'E')) {
        ++at;
        const bool negativeExponent = at < text.size() && text[at] == u'-';
        if (at < text.size() && (text[at] == u'+' || text[at] == u'-'))
            ++at;
        const qsizetype end = digitsFrom(text, at);
        if (end == at || end - at > 4)
            return std::nullopt;
        for (; at < end; ++at)
            exponent = exponent * 10 + (text[at].unicode() - u'0');
        if (negativeExponent)
            exponent = -exponent;
    }
    if (at != text.size() || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    if (std::abs(exponent) > MaxExponent)
        return std::nullopt;

    // Moves the decimal point `exponent` places within the digits, padding with zeros.
    QString digits;
    digits.reserve(whole.size() + fraction.size() + std::abs(exponent));
    digits.append(whole).append(fraction);
    qsizetype point = whole.size() + exponent;
    if (point <= 0) {
        digits.prepend(QString(-point, u'0'));
        point = 0;
    } else if (point > digits.size()) {
        digits.append(QString(point - digits.size(), u'0'));
    }
    qsizetype leadingZeros = 0;
    while (leadingZeros < point && digits.at(leadingZeros) == u'0')
        ++leadingZeros;
    QString result;
    result.reserve(digits.size() + 3);
    if (negative)
        result.append(u'-');
    if (leadingZeros == point)
        result.append(u'0');
    else
        result.append(QStringView(digits).sliced(leadingZeros, point - leadingZeros));
    if (point < digits.size())
        result.append(u'.').append(QStringView(digits).sliced(point));
    const bool zero =
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c == u'0'; });
    if (negative && zero)
        result.remove(0, 1);
    return result;
}

ParseResult V2Parser::parseServices(const QByteArray &body, const ResponseParser::Limits &limits,
                                    const Origin &origin)
{
    HugePages::preferForThisThread();
    ParseResult result;
    TextReader texts(limits);
    texts.countShortenedIn(result.fieldsShortened);
    RowSink rows(result);
    RootObject root;
    bool isList = false;
    const QString error = readDocument(
        body,
        [&](json::array list) {
            isList = true;
            return readRows(list, body.size(), rows, texts, origin);
        },
        [&](json::object object) { return readRoot(object, root); });
    ParseResult failed;
    if (!error.isEmpty()) {
        failed.error = error;
    } else if (!isList && root.hasError) {
        failed.panelMessage = root.error;
        failed.error = panelError(root.error);
    } else if (!isList) {
        failed.error = ResponseParser::tr("The response holds no list of services.");
    } else {
        // Room was set aside for short rows; a list of long ones does not keep it (a copy of the
        // list would set aside as much).
        if (result.services.capacity() > result.services.size() + result.services.size() / 2)
            result.services.squeeze();
        return result;
    }
    return failed;
}

V2Parser::Balance V2Parser::parseBalance(const QByteArray &body)
{
    Balance balance;
    RootObject root;
    balance.error = readDocument(
        body,
        [](json::array list) {
            for (auto element : list) {
                json::value value;
                if (const error_code error = element.get(value))
                    return error;
                if (const error_code error = checkDepth(value, 2))
                    return error;
            }
            return simdjson::SUCCESS;
        },
        [&](json::object object) { return readRoot(object, root); });
    if (!balance.error.isEmpty())
        return balance;
    if (root.hasError) {
        balance.panelMessage = root.error;
        balance.error = panelError(root.error);
        return balance;
    }
    const std::optional<QString> amount = exactDecimal(root.balance);
    if (!root.hasBalance || !amount) {
        balance.error = tr("The panel's answer holds no balance.");
        return balance;
    }
    balance.amount = *amount;
    balance.currency = root.currency;
    return balance;
}
