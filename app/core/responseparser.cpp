// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace {

// Doubles hold every integer up to 2^53 exactly; past that a number that reached us as a double
// has already lost digits.
constexpr double MaxExactDouble = 9007199254740992.0;

QString quoted(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    const QString shown = text.size() > MaxShown ? text.left(MaxShown) + QStringLiteral("…") : text;
    return QStringLiteral("“") + shown + QStringLiteral("”");
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return ResponseParser::tr("a list");
    case QJsonValue::Object:
        return ResponseParser::tr("an object");
    default:
        return ResponseParser::tr("nothing");
    }
}

bool isMissing(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
           || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<double> toDecimal(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 asInteger = value.toInteger(std::numeric_limits<qint64>::min());
        if (asInteger != std::numeric_limits<qint64>::min())
            return double(asInteger);
        return value.toDouble();
    }
    if (value.isString())
        return ResponseParser::parseDecimal(value.toString());
    return std::nullopt;
}

std::optional<quint64> toId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 asInteger = value.toInteger(-1);
        if (asInteger >= 0)
            return quint64(asInteger);
        const double d = value.toDouble();
        if (d >= 0 && d <= MaxExactDouble && std::floor(d) == d)
            return quint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const quint64 id = value.toString().trimmed().toULongLong(&ok, 10);
        if (ok)
            return id;
    }
    return std::nullopt;
}

std::optional<qint64> toQuantity(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 asInteger = value.toInteger(-1);
        if (asInteger >= 0)
            return asInteger;
    }
    const std::optional<double> d = toDecimal(value);
    if (!d || *d < 0)
        return std::nullopt;
    // Past 2^62 nothing is a meaningful order quantity; clamp instead of overflowing.
    constexpr double Ceiling = 4611686018427387904.0;
    return *d >= Ceiling ? qint64(Ceiling) : qint64(std::floor(*d));
}

std::optional<bool> toFlag(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String: {
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

QString toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

// Returns the reason the row is unusable, or an empty string after filling `service`.
QString readService(const QJsonValue &row, Service &service, const ResponseParser::Limits &limits,
                    qsizetype &shortened)
{
    if (!row.isObject())
        return ResponseParser::tr("not a service record but %1").arg(describe(row));
    const QJsonObject object = row.toObject();

    const QJsonValue id = object.value(QLatin1String("id"));
    if (isMissing(id))
        return ResponseParser::tr("no id");
    const std::optional<quint64> parsedId = toId(id);
    if (!parsedId)
        return ResponseParser::tr("id %1 is not a whole number that can be kept exact")
            .arg(describe(id));

    const QJsonValue price = object.value(QLatin1String("price"));
    if (isMissing(price))
        return ResponseParser::tr("no price");
    const std::optional<double> parsedPrice = toDecimal(price);
    if (!parsedPrice || !std::isfinite(*parsedPrice))
        return ResponseParser::tr("price %1 is not a number").arg(describe(price));
    if (*parsedPrice < 0)
        return ResponseParser::tr("price %1 is negative").arg(describe(price));

    service.id = *parsedId;
    service.price = *parsedPrice;
    const auto text = [&](const char *key, qsizetype maxLength) {
        QString value = toText(object.value(QLatin1String(key)));
        if (value.size() > maxLength) {
            value.truncate(maxLength - 1);
            value.append(u'…');
            ++shortened;
        }
        return value;
    };
    service.name = text("name", limits.maxTextLength);
    service.note = text("note", limits.maxNoteLength);
    service.category = text("category", limits.maxTextLength);
    service.type = text("type", limits.maxTextLength);
    service.priceText = text("priceSatuan", limits.maxTextLength);
    service.min = toQuantity(object.value(QLatin1String("min"))).value_or(0);
    const QJsonValue max = object.value(QLatin1String("max"));
    service.max = isMissing(max) ? Service::UnlimitedMax : toQuantity(max).value_or(0);
    service.refill = toFlag(object.value(QLatin1String("refill"))).value_or(false);
    service.active = toFlag(object.value(QLatin1String("status"))).value_or(true);
    return {};
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

QString describeJsonError(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        return ResponseParser::tr("The response ended early: it was cut off before the end of "
                                  "the price data.");
    case QJsonParseError::DeepNesting:
        return ResponseParser::tr("The response is nested too deeply to be price data.");
    case QJsonParseError::DocumentTooLarge:
        return ResponseParser::tr("The response is too large to read.");
    default:
        return ResponseParser::tr("The response is not valid price data (%1 at byte %2).")
            .arg(error.errorString())
            .arg(error.offset);
    }
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
    if (body.trimmed().isEmpty()) {
        result.error = tr("The panel sent an empty response.");
        return result;
    }

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        result.error = looksLikeHtml(body)
                           ? tr("The panel answered with a web page, not price data.")
                           : describeJsonError(jsonError);
        return result;
    }

    QJsonArray rows;
    if (document.isArray()) {
        rows = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue message = root.value(QLatin1String("message"));
        if (message.isString())
            result.panelMessage = message.toString().trimmed();

        const QJsonValue status = root.value(QLatin1String("status"));
        if (!isMissing(status) && toFlag(status) == false) {
            result.error = result.panelMessage.isEmpty()
                               ? tr("The panel reported an error without saying why.")
                               : tr("The panel reported an error: %1").arg(result.panelMessage);
            return result;
        }

        const QJsonValue data = root.value(QLatin1String("data"));
        if (data.isUndefined() || data.isNull()) {
            result.error = result.panelMessage.isEmpty()
                               ? tr("The response holds no list of services.")
                               : tr("The response holds no list of services. The panel said: %1")
                                     .arg(result.panelMessage);
            return result;
        }
        if (!data.isArray()) {
            result.error =
                tr("The response's list of services is %1, not a list.").arg(describe(data));
            return result;
        }
        rows = data.toArray();
    }

    const qsizetype usable = std::min(rows.size(), limits.maxRows);
    result.rowsOverLimit = rows.size() - usable;
    result.services.reserve(usable);
    for (qsizetype i = 0; i < usable; ++i) {
        Service service;
        const QString problem = readService(rows.at(i), service, limits, result.fieldsShortened);
        if (problem.isEmpty())
            result.services.append(std::move(service));
        else
            result.skippedRows.append({i, problem});
    }
    return result;
}
