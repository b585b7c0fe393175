// SPDX-License-Identifier: MIT
#include "serviceformatter.h"

QString ServiceFormatter::rupiah(double amount, const QLocale &locale) {
    return tr("Rp %1").arg(locale.toString(amount, 'f', QLocale::FloatingPointShortest));
}

QString ServiceFormatter::quantity(qint64 value, const QLocale &locale) {
    return locale.toString(value);
}

QString ServiceFormatter::maxQuantity(const Service &service, const QLocale &locale) {
    return service.hasUnlimitedMax() ? tr("Unlimited") : quantity(service.max, locale);
}

QString ServiceFormatter::refill(bool refill) {
    return refill ? QStringLiteral("✓") : QStringLiteral("—");
}

QString ServiceFormatter::status(bool active) {
    return active ? tr("Active") : tr("Inactive");
}

QString ServiceFormatter::plainNumber(double value) {
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}
