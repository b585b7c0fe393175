// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include "jsonreading.h"
#include "parallelparse.h"
#include "parsediagnostics.h"
#include "pricedocument.h"
#include "rowsink.h"
#include "textreader.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace json = simdjson::ondemand;
using simdjson::error_code;

namespace {

char16_t codeUnit(QChar c)
{
    return c.unicode();
}

char16_t codeUnit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

// QLocale::toDouble costs thousands of instructions a call, most of the time spent reading a
// long list. Nearly every price and quantity is a plain decimal ("0.0450", "50"), which
// std::from_chars reads to the same correctly rounded double; anything else is left to QLocale.
// `Text` is a QStringView or UTF-8 bytes: a plain decimal is ASCII either way.
template<typename Text> std::optional<double> plainDecimal(const Text &text)
{
    constexpr qsizetype MaxLength = 64;
    const auto size = qsizetype(text.size());
    if (size > MaxLength)
        return std::nullopt;
    const auto at = [&text](qsizetype index) {
        return codeUnit(text[index]);
    };
    char latin1[MaxLength];
    qsizetype length = 0;
    qsizetype index = 0;
    bool negative = false;
    if (index < size && (at(index) == u'-' || at(index) == u'+')) {
        negative = at(index) == u'-';
        if (negative)
            latin1[length++] = '-';
        ++index;
    }
    // The digits as one integer too, while it stays exact.
    quint64 mantissa = 0;
    int digits = 0;
    const auto copyDigits = [&] {
        const qsizetype from = index;
        for (; index < size && at(index) >= u'0' && at(index) <= u'9'; ++index) {
            latin1[length++] = char(at(index));
            mantissa = mantissa * 10 + quint64(at(index) - u'0');
            ++digits;
        }
        return index > from;
    };
    if (!copyDigits())
        return std::nullopt;
    int fractionDigits = 0;
    if (index < size && at(index) == u'.') {
        latin1[length++] = '.';
        ++index;
        const int wholeDigits = digits;
        if (!copyDigits())
            return std::nullopt;
        fractionDigits = digits - wholeDigits;
    }
    if (index != size)
        return std::nullopt;
    // Up to 15 digits are exact in a double, as is every power of ten up to 1e15: one division
    // of the two is then correctly rounded, the same double from_chars reads (Clinger's fast
    // path), at a tenth of the cost.
    static constexpr double PowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (digits <= 15) {
        const double value = double(mantissa) / PowersOfTen[fractionDigits];
        return negative ? -value : value;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(latin1, latin1 + length, value);
    if (error != std::errc() || end != latin1 + length)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> ResponseParser::parseDecimal(QStringView text)
{
    static const QRegularExpression thousands(
        QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^[+-]?\\d+,\\d+$"));

    text = text.trimmed();
    if (const std::optional<double> plain = plainDecimal(text))
        return plain;
    QString normalized = text.toString();
    if (normalized.isEmpty())
        return std::nullopt;
    // Both patterns need a comma: most prices and quantities are spared the matching.
    if (normalized.contains(u',')) {
        if (thousands.match(normalized).hasMatch())
            normalized.remove(QLatin1Char(','));
        else if (decimalComma.match(normalized).hasMatch())
            normalized.replace(QLatin1Char(','), QLatin1Char('.'));
    }

    bool ok = false;
    const double value = QLocale::c().toDouble(normalized, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> ResponseParser::parseDecimal(std::string_view utf8)
{
    if (const std::optional<double> plain = plainDecimal(utf8))
        return plain;
    return parseDecimal(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

ParseResult ResponseParser::parse(const QByteArray &body, const Limits &limits)
{
    ParseResult result;
    // QJsonDocument skipped the byte order mark some panels send first; simdjson does not.
    const qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const char *json = body.constData() + start;
    const size_t length = size_t(body.size() - start);
    if (std::all_of(json, json + length, JsonReading::isSpace)) {
        result.error = tr("The panel sent an empty response.");
        return result;
    }

    if (length >= 2 * size_t(std::max<qsizetype>(limits.pieceBytes, 0))) {
        if (std::optional<ParseResult> pieced =
                ParallelParse::parseInPieces(std::string_view(json, length), limits))
            return std::move(*pieced);
    }

    simdjson::padded_string copy;
    const simdjson::padded_string_view input = JsonReading::paddedView(body, start, copy);
    json::parser own;
    json::parser &parser = JsonReading::parserFor(length, own);
    json::document document;
    error_code error = parser.iterate(input).get(document);
    const bool started = !error;
    if (started) {
        TextReader texts(limits);
        texts.countShortenedIn(result.fieldsShortened);
        RowSink rows(result);
        PriceDocument::Root root = PriceDocument::Root::Other;
        PriceDocument::RootFields fields;
        error = PriceDocument::read(document, rows, texts, root, fields);
        if (!error && root == PriceDocument::Root::Object)
            PriceDocument::judge(fields, result);
        else if (!error && root == PriceDocument::Root::Other)
            result.error = tr("The response holds no list of services.");
    }
    if (error) {
        qsizetype offset = 0;
        const char *location = nullptr;
        if (started && document.current_location().get(location) == simdjson::SUCCESS)
            offset = location - input.data();
        ParseResult failed;
        failed.error = ParseDiagnostics::looksLikeHtml(body)
                           ? tr("The panel answered with a web page, not price data.")
                           : ParseDiagnostics::describeJsonError(
                               QByteArrayView(json, qsizetype(length)), error, offset);
        return failed;
    }
    return result;
}
