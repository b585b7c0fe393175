// SPDX-License-Identifier: MIT
#include "alert.h"

#include "decimal.h"
#include "moneyformat.h"
#include "service.h"

#include <QStringList>

#include <array>

namespace {

struct KindInfo {
    Alert::Kind kind;
    const char *key;
};

constexpr std::array<KindInfo, Alert::KindCount> Kinds = {{
    {Alert::Kind::PriceUp, "price_up"},
    {Alert::Kind::PriceDown, "price_down"},
    {Alert::Kind::Removed, "removed"},
    {Alert::Kind::Inactive, "inactive"},
    {Alert::Kind::MinChanged, "min_changed"},
    {Alert::Kind::MaxChanged, "max_changed"},
    {Alert::Kind::RefillChanged, "refill_changed"},
    {Alert::Kind::NewService, "new_service"},
    {Alert::Kind::LowBalance, "low_balance"},
}};

QString tsvField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

} // namespace

QString Alert::kindKey(Kind kind)
{
    return QLatin1String(Kinds.at(std::size_t(kind)).key);
}

std::optional<Alert::Kind> Alert::kindFromKey(const QString &key)
{
    for (const KindInfo &info : Kinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QList<Alert::Kind> Alert::allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo &info : Kinds)
        kinds.append(info.kind);
    return kinds;
}

QString Alert::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PriceUp:
        return tr("Price up");
    case Kind::PriceDown:
        return tr("Price down");
    case Kind::Removed:
        return tr("Removed");
    case Kind::Inactive:
        return tr("Turned inactive");
    case Kind::MinChanged:
        return tr("Minimum changed");
    case Kind::MaxChanged:
        return tr("Maximum changed");
    case Kind::RefillChanged:
        return tr("Refill changed");
    case Kind::NewService:
        return tr("New service");
    case Kind::LowBalance:
        return tr("Low balance");
    }
    return {};
}

QString Alert::valueText(const QString &value, const QLocale &locale) const
{
    if (value.isEmpty())
        return {};
    switch (kind) {
    case Kind::PriceUp:
    case Kind::PriceDown:
    case Kind::Removed:
    case Kind::NewService:
    case Kind::LowBalance: {
        const std::optional<Decimal> amount = Decimal::parse(value);
        if (!amount)
            return value;
        if (currency.isEmpty() || currency == Service::Rupiah)
            return MoneyFormat::rupiah(amount->toDouble(), locale);
        return MoneyFormat::amount(*amount, currency, locale);
    }
    case Kind::Inactive:
        return value == QLatin1String("1") ? tr("active") : tr("inactive");
    case Kind::RefillChanged:
        return value == QLatin1String("1") ? tr("refill") : tr("no refill");
    case Kind::MinChanged:
    case Kind::MaxChanged: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return value;
        if (kind == Kind::MaxChanged && Service::isUnlimitedMax(number))
            return tr("unlimited");
        return locale.toString(number);
    }
    }
    return value;
}

QString Alert::oldText(const QLocale &locale) const
{
    return valueText(oldValue, locale);
}

QString Alert::newText(const QLocale &locale) const
{
    return valueText(newValue, locale);
}

QString Alert::toTsvLine() const
{
    return QStringList{time.toUTC().toString(Qt::ISODate),
                       tsvField(panel),
                       tsvField(category),
                       serviceId == 0 && kind == Kind::LowBalance ? QString()
                                                                  : QString::number(serviceId),
                       kindKey(kind),
                       tsvField(oldValue),
                       tsvField(newValue)}
        .join(u'\t');
}
