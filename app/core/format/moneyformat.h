// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Money as a person reads it, the same way everywhere it is shown: whole rupiah for prices per
// 1000 units, costs, my price and chart axes; two decimals and the unit for a price of one unit,
// so the two can never be taken for one another. Marks follow the locale.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    // Rounded to whole rupiah: 24865.6 -> "Rp 24,866" (English), "Rp 24.866" (Indonesian).
    static QString rupiah(double amount, const QLocale &locale = QLocale());
    // Exactly as written, its decimals kept but trailing zeros dropped: "12.50" -> "Rp 12.5"
    // (English), "Rp 12,5" (Indonesian); "25000.00" -> "Rp 25,000".
    static QString rupiah(const Decimal &amount, const QLocale &locale = QLocale());
    // 24.8656 -> "Rp 24.87 / unit" (English), "Rp 24,87 / unit" (Indonesian).
    static QString unitPrice(double amount, const QLocale &locale = QLocale());
    // An exact amount in another currency, every place kept, the locale's decimal mark:
    // "USD 0.0450" (English), "USD 0,0450" (Indonesian).
    static QString amount(const Decimal &amount, const QString &currency,
                          const QLocale &locale = QLocale());
    // What rupiah() writes before and after the number, for a spin box that edits an amount.
    static QString prefix();
    static QString suffix();
};
