// SPDX-License-Identifier: MIT
#include "jsonvalue.h"

#include "responseparser.h"

#include <QStringList>

#include <cmath>

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

} // namespace

bool JsonValue::isMissing() const
{
    // Most texts start and end with a printable ASCII character: no need to decode them.
    const auto printable = [](char c) {
        return c > ' ' && c < '\x7f';
    };
    if (kind == String && !text.empty() && printable(text.front()) && printable(text.back()))
        return false;
    return kind == Null || kind == Missing || (kind == String && toString().trimmed().isEmpty());
}

QString JsonValue::describe() const
{
    switch (kind) {
    case String:
        return quoted(toString());
    case Integer:
    case Unsigned:
    case Double:
        return QString::number(toDouble(), 'g', 17);
    case Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Array:
        return ResponseParser::tr("a list");
    case Object:
        return ResponseParser::tr("an object");
    default:
        return ResponseParser::tr("nothing");
    }
}

std::optional<double> JsonValue::toDecimal() const
{
    if (isNumber())
        return toDouble();
    if (kind == String)
        return ResponseParser::parseDecimal(text);
    return std::nullopt;
}

std::optional<quint64> JsonValue::toId() const
{
    switch (kind) {
    case Integer:
        return integer >= 0 ? std::optional<quint64>(quint64(integer)) : std::nullopt;
    case Unsigned:
        return unsignedInteger;
    case Double:
        if (number >= 0 && number <= MaxExactDouble && std::floor(number) == number)
            return quint64(number);
        return std::nullopt;
    case String: {
        bool ok = false;
        const quint64 id = toString().trimmed().toULongLong(&ok, 10);
        return ok ? std::optional<quint64>(id) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<qint64> JsonValue::toQuantity() const
{
    if (kind == Integer && integer >= 0)
        return integer;
    const std::optional<double> d = toDecimal();
    if (!d || *d < 0)
        return std::nullopt;
    // Past 2^62 nothing is a meaningful order quantity; clamp instead of overflowing.
    constexpr double Ceiling = 4611686018427387904.0;
    return *d >= Ceiling ? qint64(Ceiling) : qint64(std::floor(*d));
}

std::optional<bool> JsonValue::toFlag() const
{
    switch (kind) {
    case Bool:
        return boolean;
    case Integer:
    case Unsigned:
    case Double:
        return toDouble() != 0;
    case String: {
        const QString text = toString().trimmed().toLower();
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
