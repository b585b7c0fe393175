// SPDX-License-Identifier: MIT
#include "decimal.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

std::optional<Decimal::Int128> Decimal::scaledUp(Int128 value, int places)
{
    for (int i = 0; i < places; ++i) {
        if (__builtin_mul_overflow(value, Int128(10), &value))
            return std::nullopt;
    }
    return value;
}

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(value, 0);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype at = 0;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        ++at;
    Int128 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    for (; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('.')) {
            if (seenPoint || digits == 0)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (__builtin_mul_overflow(mantissa, Int128(10), &mantissa)
            || __builtin_add_overflow(mantissa, Int128(negative ? -digit : digit), &mantissa))
            return std::nullopt;
        ++digits;
        if (seenPoint && ++scale > MaxScale)
            return std::nullopt;
    }
    if (digits == 0 || (seenPoint && scale == 0))
        return std::nullopt;
    return Decimal(mantissa, scale);
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parse(QString::number(value, 'f', QLocale::FloatingPointShortest));
}

std::optional<Decimal> Decimal::added(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto mine = scaledUp(m_mantissa, scale - m_scale);
    const auto theirs = scaledUp(other.m_mantissa, scale - other.m_scale);
    Int128 sum = 0;
    if (!mine || !theirs || __builtin_add_overflow(*mine, *theirs, &sum))
        return std::nullopt;
    return Decimal(sum, scale);
}

std::optional<Decimal> Decimal::subtracted(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto mine = scaledUp(m_mantissa, scale - m_scale);
    const auto theirs = scaledUp(other.m_mantissa, scale - other.m_scale);
    Int128 difference = 0;
    if (!mine || !theirs || __builtin_sub_overflow(*mine, *theirs, &difference))
        return std::nullopt;
    return Decimal(difference, scale);
}

std::optional<Decimal> Decimal::multiplied(const Decimal &other) const
{
    Int128 product = 0;
    if (__builtin_mul_overflow(m_mantissa, other.m_mantissa, &product))
        return std::nullopt;
    const int scale = m_scale + other.m_scale;
    if (scale > MaxScale)
        return Decimal(product, scale).rounded(MaxScale);
    return Decimal(product, scale);
}

namespace {

// numerator / denominator, rounded half away from zero; the denominator is not zero.
template<typename Int> Int dividedRounded(Int numerator, Int denominator)
{
    Int quotient = numerator / denominator;
    const Int remainder = numerator % denominator;
    const Int absRemainder = remainder < 0 ? -remainder : remainder;
    const Int absDenominator = denominator < 0 ? -denominator : denominator;
    if (absRemainder >= absDenominator - absRemainder)
        quotient += (numerator < 0) != (denominator < 0) ? -1 : 1;
    return quotient;
}

} // namespace

std::optional<Decimal> Decimal::divided(const Decimal &other, int places) const
{
    if (other.m_mantissa == 0 || places < 0 || places > MaxScale)
        return std::nullopt;
    // this / other * 10^places = mantissa * 10^exponent / other.mantissa
    const int exponent = places + other.m_scale - m_scale;
    Int128 numerator = m_mantissa;
    Int128 denominator = other.m_mantissa;
    if (exponent >= 0) {
        const auto scaled = scaledUp(numerator, exponent);
        if (!scaled)
            return std::nullopt;
        numerator = *scaled;
    } else {
        const auto scaled = scaledUp(denominator, -exponent);
        if (!scaled) // the quotient rounds to zero at this many places
            return Decimal(0, places);
        denominator = *scaled;
    }
    // The one quotient and the one magnitude 128 bits cannot hold.
    __extension__ typedef unsigned __int128 UInt128;
    const Int128 Lowest = Int128(UInt128(1) << 127);
    if (numerator == Lowest || denominator == Lowest)
        return std::nullopt;
    return Decimal(dividedRounded(numerator, denominator), places);
}

std::optional<Decimal> Decimal::rounded(int places) const
{
    if (places < 0 || places > MaxScale)
        return std::nullopt;
    if (places >= m_scale) {
        const auto scaled = scaledUp(m_mantissa, places - m_scale);
        if (!scaled)
            return std::nullopt;
        return Decimal(*scaled, places);
    }
    Int128 divisor = 1;
    for (int i = places; i < m_scale; ++i)
        divisor *= 10; // at most 10^30, well inside 128 bits
    return Decimal(dividedRounded(m_mantissa, divisor), places);
}

int Decimal::compare(const Decimal &other) const
{
    if (isNegative() != other.isNegative())
        return isNegative() ? -1 : 1;
    Int128 mine = m_mantissa;
    Int128 theirs = other.m_mantissa;
    // The one that cannot be brought to the other's scale is the larger in magnitude.
    const int sign = isNegative() ? -1 : 1;
    if (m_scale < other.m_scale) {
        const auto scaled = scaledUp(mine, other.m_scale - m_scale);
        if (!scaled)
            return sign;
        mine = *scaled;
    } else if (other.m_scale < m_scale) {
        const auto scaled = scaledUp(theirs, m_scale - other.m_scale);
        if (!scaled)
            return -sign;
        theirs = *scaled;
    }
    return mine < theirs ? -1 : (mine > theirs ? 1 : 0);
}

QString Decimal::toString(QChar mark) const
{
    // Digits from the magnitude as unsigned, which also holds the most negative mantissa.
    __extension__ typedef unsigned __int128 UInt128;
    UInt128 magnitude = m_mantissa < 0 ? UInt128(0) - UInt128(m_mantissa) : UInt128(m_mantissa);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + char16_t(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (digits.size() <= m_scale)
        digits.prepend(QString(m_scale - digits.size() + 1, QLatin1Char('0')));
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, mark);
    if (m_mantissa < 0)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

double Decimal::toDouble() const
{
    return toString().toDouble();
}
