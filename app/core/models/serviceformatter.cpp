// SPDX-License-Identifier: MIT
#include "serviceformatter.h"

#include "decimal.h"
#include "moneyformat.h"
#include "notesanitizer.h"

QString ServiceFormatter::quantity(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString ServiceFormatter::maxQuantity(const Service &service, const QLocale &locale)
{
    return service.hasUnlimitedMax() ? tr("Unlimited") : quantity(service.max, locale);
}

QString ServiceFormatter::price(double price, const QString &exact, const QString &currency)
{
    const std::optional<Decimal> amount =
        exact.isEmpty() ? Decimal::fromDouble(price) : Decimal::parse(exact);
    if (currency.isEmpty() || currency == Service::Rupiah)
        return exact.isEmpty() || !amount ? MoneyFormat::rupiah(price)
                                          : MoneyFormat::rupiah(*amount);
    return amount ? MoneyFormat::amount(*amount, currency) : exact;
}

QString ServiceFormatter::price(const Service &service)
{
    return price(service.price, service.priceExact, service.currency);
}

QString ServiceFormatter::refill(bool refill)
{
    return refill ? QStringLiteral("✓") : QStringLiteral("—");
}

QString ServiceFormatter::status(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

QString ServiceFormatter::timeAgo(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    const QLocale locale;
    if (seconds < 60)
        return tr("just now");
    if (seconds < 120)
        return tr("a minute ago");
    if (seconds < 3600)
        return tr("%Ln minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 7200)
        return tr("an hour ago");
    if (seconds < 86400)
        return tr("%Ln hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 2 * 86400)
        return tr("a day ago");
    if (seconds < 31 * 86400)
        return tr("%Ln day(s) ago", nullptr, int(seconds / 86400));
    return locale.toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString ServiceFormatter::plainNumber(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString ServiceFormatter::plainNote(const QString &note)
{
    return NoteSanitizer::plainText(note);
}

QString ServiceFormatter::noteSummary(const QString &note, qsizetype maxLength)
{
    QString summary = plainNote(note).simplified();
    if (summary.size() > maxLength)
        summary = summary.left(maxLength - 1) + u'…';
    return summary;
}
