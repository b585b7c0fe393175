// SPDX-License-Identifier: MIT
#include "pricecomparison.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

QString PriceChange::text() const
{
    switch (kind) {
    case Kind::Unchanged:
        return {};
    case Kind::New:
        return PriceComparison::tr("new");
    case Kind::Changed:
        break;
    }
    // From a price of 0 any price is a rise, by no meaningful percentage.
    const bool up = percent ? *percent > 0 : true;
    const QString arrow = up ? QStringLiteral("▲") : QStringLiteral("▼");
    if (!percent)
        return arrow;
    // One decimal at most, none when it is a whole number: "+12.5%", "−3%".
    const QString sign = up ? QStringLiteral("+") : QStringLiteral("\u2212");
    const double rounded = std::round(std::fabs(*percent) * 10) / 10;
    if (rounded == 0) // a change all the same, too small for one decimal
        return arrow + u' ' + sign + u'<' + QLocale().toString(0.1, 'f', 1) + u'%';
    const int decimals = rounded == std::floor(rounded) ? 0 : 1;
    const QString number = QLocale().toString(rounded, 'f', decimals);
    return arrow + u' ' + sign + number + u'%';
}

PriceComparison PriceComparison::compare(const ServiceList &previous, const ServiceList &current)
{
    PriceComparison comparison;
    comparison.m_hasPrevious = true;
    QHash<Key, double> previousPrices;
    previousPrices.reserve(previous.size());
    for (const Service &service : previous)
        previousPrices.insert({service.panel, service.id}, service.price);

    QSet<Key> currentKeys;
    currentKeys.reserve(current.size());
    for (const Service &service : current) {
        const Key key{service.panel, service.id};
        currentKeys.insert(key);
        PriceChange change;
        const auto found = previousPrices.constFind(key);
        if (found == previousPrices.cend()) {
            change.kind = PriceChange::Kind::New;
            comparison.m_added.append(service);
        } else {
            change.previousPrice = *found;
            if (service.price != *found) {
                change.kind = PriceChange::Kind::Changed;
                if (*found != 0)
                    change.percent = (service.price - *found) / *found * 100.0;
            }
        }
        comparison.m_changes.insert(key, change);
    }
    for (const Service &service : previous) {
        if (!currentKeys.contains({service.panel, service.id}))
            comparison.m_removed.append(service);
    }
    return comparison;
}

PriceComparison PriceComparison::compare(const StoredFetch &previous, const ServiceList &current)
{
    return previous.isValid() ? compare(previous.services, current) : PriceComparison();
}

void PriceComparison::merge(const PriceComparison &other)
{
    m_hasPrevious = m_hasPrevious || other.m_hasPrevious;
    m_changes.insert(other.m_changes);
    m_added.append(other.m_added);
    m_removed.append(other.m_removed);
}

std::optional<PriceChange> PriceComparison::changeOf(quint64 serviceId, const QString &panel) const
{
    const auto found = m_changes.constFind({panel, serviceId});
    if (found == m_changes.cend())
        return std::nullopt;
    return *found;
}

bool PriceComparison::isChanged(quint64 serviceId, const QString &panel) const
{
    const auto found = m_changes.constFind({panel, serviceId});
    return found != m_changes.cend() && found->kind != PriceChange::Kind::Unchanged;
}

qsizetype PriceComparison::changedCount() const
{
    return std::count_if(m_changes.cbegin(), m_changes.cend(), [](const PriceChange &change) {
        return change.kind == PriceChange::Kind::Changed;
    });
}
