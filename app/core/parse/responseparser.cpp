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
#include <cmath>

namespace json = simdjson::ondemand;
using simdjson::error_code;

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
    if (std::all_of(json, json + length, JsonReading::isSpace)) {
        result.error = tr("The panel sent an empty response.");
        return result;
    }

    if (length >= 2 * size_t(std::max<qsizetype>(limits.pieceBytes, 0))) {
        if (std::optional<ParseResult> pieced =
                ParallelParse::parseInPieces(std::string_view(json, length), limits))
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
