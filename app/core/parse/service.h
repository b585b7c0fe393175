// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// One service of a panel's price list. `price` is rupiah per 1000 units, as the panel sends it.
struct Service {
    // Panels use INT_MAX (and sometimes more) to mean "no upper limit".
    static constexpr qint64 UnlimitedMax = 2147483647;

    quint64 id = 0;
    QString name;
    QString note;
    QString category;
    QString type;
    double price = 0;
    QString priceText; // the panel's own `priceSatuan`, never used for arithmetic
    qint64 min = 0;
    qint64 max = 0;
    bool refill = false;
    bool active = true;

    bool hasUnlimitedMax() const { return max >= UnlimitedMax; }
    // No quantity can be ordered; the panel's data is wrong, but the row is still shown.
    bool hasMinAboveMax() const { return !hasUnlimitedMax() && min > max; }
    double pricePerUnit() const { return price / 1000.0; }
    bool acceptsQuantity(qint64 quantity) const
    {
        return quantity >= min && (hasUnlimitedMax() || quantity <= max);
    }

    friend bool operator==(const Service &, const Service &) = default;
};

using ServiceList = QList<Service>;
