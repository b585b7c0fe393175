// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// An exact decimal number: a 128-bit integer mantissa and a count of decimal places. Prices and
// exchange rates go through it so that "0.0450" stays 0.0450 and never becomes a binary float.
// Every operation that could overflow answers std::nullopt instead.
class Decimal
{
public:
    // More places than any rate or price needs; keeps products of two such numbers in range.
    static constexpr int MaxScale = 30;

    Decimal() = default; // zero
    static Decimal fromInteger(qint64 value);
    // Strict: an optional '-', digits, optionally '.' and more digits ("0.0450", "-1",
    // "107800.88"). No exponent, no group separators, no spaces, no '+'.
    static std::optional<Decimal> parse(QStringView text);
    // Through the double's shortest round-trip text: 0.1 is 0.1, not 0.1000000000000000055...
    static std::optional<Decimal> fromDouble(double value);

    std::optional<Decimal> added(const Decimal &other) const;
    std::optional<Decimal> subtracted(const Decimal &other) const;
    std::optional<Decimal> multiplied(const Decimal &other) const;
    // this / other to `places` decimals, rounded half away from zero; nullopt dividing by zero.
    std::optional<Decimal> divided(const Decimal &other, int places) const;
    // Rounded half away from zero to exactly `places` decimals (padding with zeros if fewer).
    std::optional<Decimal> rounded(int places) const;

    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    // "107800.88", keeping every stored place; `mark` is the decimal mark.
    QString toString(QChar mark = QLatin1Char('.')) const;
    double toDouble() const;

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        return a.compare(b) <=> 0;
    }

private:
    __extension__ typedef __int128 Int128;

    Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {}
    int compare(const Decimal &other) const;
    static std::optional<Int128> scaledUp(Int128 value, int places);

    Int128 m_mantissa = 0;
    int m_scale = 0;
};
