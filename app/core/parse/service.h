// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// One service of a panel's price list. `price` is per 1000 units, in `currency`, as the panel
// sends it.
struct Service {
    // Panels use INT_MAX (and sometimes more) to mean "no upper limit".
    static constexpr qint64 UnlimitedMax = 2147483647;
    // The currency of the built-in panel, and of a service whose `currency` is empty.
    static inline const QString Rupiah = QStringLiteral("IDR");

    quint64 id = 0;
    QString panel;    // the name of the panel it came from; empty for the built-in panel
    QString currency; // ISO 4217 code of `price`; empty means rupiah
    QString name;
    QString note;
    QString category;
    QString type;
    double price = 0;
    // The price exactly as a standard-API panel wrote it ("0.0450"); display, export and
    // conversion use it instead of `price`, which is only for sorting and filtering. Empty when
    // `price` is the exact value (the built-in panel's JSON numbers).
    QString priceExact;
    QString priceText; // the panel's own `priceSatuan`, never used for arithmetic
    qint64 min = 0;
    qint64 max = 0;
    bool refill = false;
    bool cancel = false;   // standard-API panels only: an order may be cancelled
    bool dripfeed = false; // standard-API panels only: an order may be spread over time
    bool active = true;

    QString currencyCode() const { return currency.isEmpty() ? Rupiah : currency; }
    // The one rule for "no upper limit", wherever a max is shown.
    static constexpr bool isUnlimitedMax(qint64 max) { return max >= UnlimitedMax; }
    bool hasUnlimitedMax() const { return isUnlimitedMax(max); }
    // No quantity can be ordered; the panel's data is wrong, but the row is still shown.
    bool hasMinAboveMax() const { return !hasUnlimitedMax() && min > max; }
    double pricePerUnit() const { return price / 1000.0; }
    bool acceptsQuantity(qint64 quantity) const
    {
        return quantity >= min && (hasUnlimitedMax() || quantity <= max);
    }

    friend bool operator==(const Service &, const Service &) = default;
};
// A list of hundreds of thousands grows by moving its bytes (realloc), not by a move per service.
Q_DECLARE_TYPEINFO(Service, Q_RELOCATABLE_TYPE);

using ServiceList = QList<Service>;
