// SPDX-License-Identifier: MIT
#include "moneyformat.h"

#include <cmath>

namespace {

QString number(double amount, int decimals, const QLocale &locale)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(amount * scale) / scale;
    if (rounded == 0) // -0.4 rounds to -0, which reads as "-0"
        rounded = 0;
    return locale.toString(rounded, 'f', decimals);
}

// A translation without the number's place would drop the amount, so it counts as missing.
QString translatedPattern(const char *source)
{
    const QString translated = MoneyFormat::tr(source);
    return translated.contains(QLatin1String("%1")) ? translated : QString::fromUtf8(source);
}

QString rupiahPattern()
{
    return translatedPattern(QT_TRANSLATE_NOOP("MoneyFormat", "Rp %1"));
}

} // namespace

QString MoneyFormat::rupiah(double amount, const QLocale &locale)
{
    return rupiahPattern().arg(number(amount, 0, locale));
}

QString MoneyFormat::rupiah(const Decimal &amount, const QLocale &locale)
{
    QString text = amount.toString();
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(text.size() - point - 1);
    return rupiahPattern().arg(number(text.toDouble(), decimals, locale));
}

QString MoneyFormat::unitPrice(double amount, const QLocale &locale)
{
    return translatedPattern(QT_TRANSLATE_NOOP("MoneyFormat", "Rp %1 / unit"))
        .arg(number(amount, 2, locale));
}

QString MoneyFormat::amount(const Decimal &amount, const QString &currency, const QLocale &locale)
{
    const QString mark = locale.decimalPoint();
    QString number = amount.toString(mark.size() == 1 ? mark.front() : QLatin1Char('.'));
    if (amount.isNegative())
        number.replace(0, 1, locale.negativeSign());
    return tr("%1 %2", "currency code, then amount").arg(currency, number);
}

QString MoneyFormat::prefix()
{
    const QString pattern = rupiahPattern();
    return pattern.left(pattern.indexOf(QLatin1String("%1")));
}

QString MoneyFormat::suffix()
{
    const QString pattern = rupiahPattern();
    return pattern.mid(pattern.indexOf(QLatin1String("%1")) + 2);
}
