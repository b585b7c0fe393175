// SPDX-License-Identifier: MIT
#include "servicegrouping.h"

#include "attributereader.h"
#include "exchangerates.h"
#include "groupoverrides.h"
#include "servicekey.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <tuple>

namespace {

// Groupings run on workers of the global pool; reading there too, two groupings at once would
// hold every thread of a two-core pool while waiting for their reading, which would never start.
Q_GLOBAL_STATIC(QThreadPool, attributeReaders)

QString singleKey(const Service &service)
{
    return QStringLiteral("single|") + service.panel + u'|' + QString::number(service.id);
}

} // namespace

std::optional<double> ServiceGrouping::Group::spread() const
{
    if (runnerUp < 0 || !cheapestPrice || !highestPrice)
        return std::nullopt;
    return *highestPrice - *cheapestPrice;
}

ServiceGrouping::RupiahPrice ServiceGrouping::rupiahOnly()
{
    return [](const Service &service) -> std::optional<double> {
        if (service.currencyCode() == Service::Rupiah)
            return service.price;
        return std::nullopt;
    };
}

ServiceGrouping::RupiahPrice ServiceGrouping::rupiahWith(const ExchangeRates &rates)
{
    return [rates](const Service &service) {
        return rates.rupiahForComparing(service);
    };
}

std::vector<int> ServiceGrouping::tieRanks(const ServiceList &services,
                                           const QList<ServiceAttributes> &attributes)
{
    // Sorting plain numbers: panels by the rank of their name, as few as there are panels.
    QList<QString> panels;
    for (const Service &service : services) {
        if (panels.isEmpty() || panels.constLast() != service.panel)
            panels.append(service.panel);
    }
    std::sort(panels.begin(), panels.end());
    panels.erase(std::unique(panels.begin(), panels.end()), panels.end());
    struct Key {
        qint64 speed;
        qsizetype quality;
        qsizetype panel;
        quint64 id;
        int index;
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(services.size()));
    qsizetype panel = 0;
    for (int i = 0; i < int(services.size()); ++i) {
        const Service &service = services.at(i);
        if (panels.at(panel) != service.panel)
            panel =
                std::lower_bound(panels.cbegin(), panels.cend(), service.panel) - panels.cbegin();
        const ServiceAttributes &a = attributes.at(i);
        keys.push_back({-a.speedPerDay, -a.quality.size(), panel, service.id, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.speed, a.quality, a.panel, a.id, a.index)
               < std::tie(b.speed, b.quality, b.panel, b.id, b.index);
    });
    std::vector<int> ranks(keys.size());
    for (std::size_t rank = 0; rank < keys.size(); ++rank)
        ranks[std::size_t(keys[rank].index)] = int(rank);
    return ranks;
}

ServiceGrouping::ServiceGrouping(const ServiceList &services, const RupiahPrice &rupiahPrice,
                                 const GroupOverrides *overrides)
    : m_services(services)
{
    const qsizetype count = m_services.size();
    // Reading is most of the work and each service stands alone.
    if (count >= 20'000) {
        m_attributes = QtConcurrent::blockingMapped<QList<ServiceAttributes>>(
            attributeReaders(), m_services,
            [](const Service &service) { return AttributeReader::read(service); });
    } else {
        m_attributes.reserve(count);
        for (const Service &service : std::as_const(m_services))
            m_attributes.append(AttributeReader::read(service));
    }
    m_tieRanks = tieRanks(m_services, m_attributes);
    price(rupiahPrice);
    group(overrides);
}

ServiceGrouping ServiceGrouping::regrouped(const GroupOverrides *overrides) const
{
    ServiceGrouping grouping;
    grouping.m_services = m_services;
    grouping.m_attributes = m_attributes;
    grouping.m_tieRanks = m_tieRanks;
    grouping.m_prices = m_prices;
    grouping.group(overrides);
    return grouping;
}

ServiceGrouping ServiceGrouping::repriced(const RupiahPrice &rupiahPrice,
                                          const GroupOverrides *overrides) const
{
    ServiceGrouping grouping;
    grouping.m_services = m_services;
    grouping.m_attributes = m_attributes;
    grouping.m_tieRanks = m_tieRanks;
    grouping.price(rupiahPrice);
    grouping.group(overrides);
    return grouping;
}

void ServiceGrouping::price(const RupiahPrice &rupiahPrice)
{
    m_prices.clear();
    m_prices.reserve(m_services.size());
    for (const Service &service : std::as_const(m_services))
        m_prices.append(rupiahPrice ? rupiahPrice(service) : std::nullopt);
}

void ServiceGrouping::group(const GroupOverrides *overrides)
{
    const qsizetype count = m_services.size();
    m_groupOf.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Service &service = m_services.at(i);
        const ServiceAttributes &attributes = m_attributes.at(i);
        const QString automatic =
            attributes.isComplete() ? attributes.groupKey() : singleKey(service);
        QString key = automatic;
        if (overrides && !overrides->isEmpty())
            key = overrides->groupFor(ServiceKey::of(service), automatic);
        auto found = m_byKey.constFind(key);
        if (found == m_byKey.cend()) {
            Group group;
            group.key = key;
            group.attributes = attributes;
            found = m_byKey.insert(key, m_groups.size());
            m_groups.append(std::move(group));
        }
        Group &group = m_groups[*found];
        // A merged group is described by a service that belongs to it without the user's help.
        if (key == automatic && group.attributes.groupKey() != key)
            group.attributes = attributes;
        group.members.append(i);
        group.byUser = group.byUser || key != automatic;
        m_groupOf[i] = *found;
    }

    for (Group &group : m_groups) {
        std::sort(group.members.begin(), group.members.end(), [this](qsizetype a, qsizetype b) {
            const std::optional<double> &pa = m_prices.at(a);
            const std::optional<double> &pb = m_prices.at(b);
            if (pa.has_value() != pb.has_value())
                return pa.has_value();
            if (pa && *pa != *pb)
                return *pa < *pb;
            return m_tieRanks[std::size_t(a)] < m_tieRanks[std::size_t(b)];
        });
        for (const qsizetype member : std::as_const(group.members)) {
            const std::optional<double> &price = m_prices.at(member);
            if (!price)
                break;
            if (group.cheapest < 0) {
                group.cheapest = member;
                group.cheapestPrice = price;
            } else if (group.runnerUp < 0) {
                group.runnerUp = member;
                group.runnerUpPrice = price;
            }
            group.highestPrice = price;
        }
        if (overrides) {
            const QString name = overrides->groupName(group.key);
            if (!name.isEmpty())
                group.label = name;
        }
        if (group.label.isEmpty()) {
            group.label = group.attributes.label();
            if (GroupOverrides::isUserGroup(group.key))
                //: A group the user made by hand, named after its first service's group.
                group.label = tr("%1 (your group)").arg(group.label);
            else if (!group.attributes.isComplete() && !group.members.isEmpty())
                group.label = m_services.at(group.members.constFirst()).name;
        }
    }
}

const ServiceAttributes &ServiceGrouping::attributes(qsizetype serviceIndex) const
{
    return m_attributes.at(serviceIndex);
}

const ServiceGrouping::Group &ServiceGrouping::groupOfService(qsizetype serviceIndex) const
{
    return m_groups.at(m_groupOf.at(serviceIndex));
}

bool ServiceGrouping::isCheapest(qsizetype serviceIndex) const
{
    return groupOfService(serviceIndex).cheapest == serviceIndex;
}
