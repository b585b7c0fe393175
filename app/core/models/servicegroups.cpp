// SPDX-License-Identifier: MIT
#include "servicegroups.h"

#include "attributereader.h"
#include "groupoverrides.h"
#include "servicegrouping.h"

#include <QHash>

#include <algorithm>
#include <limits>

ServiceGroups ServiceGroups::fromKeys(const ServiceList &services, const QStringList &keyOfRow,
                                      const QStringList &nameOfRow)
{
    ServiceGroups groups;
    if (services.size() != keyOfRow.size())
        return groups;
    QList<ServiceAttributes> attributes;
    attributes.reserve(services.size());
    for (const Service &service : services)
        attributes.append(AttributeReader::read(service));
    groups.tieRankOfRow = ServiceGrouping::tieRanks(services, attributes);
    QHash<QString, int> ids;
    QHash<QString, QString> names;
    for (qsizetype row = 0; row < keyOfRow.size(); ++row) {
        const QString &key = keyOfRow.at(row);
        if (key.isEmpty() || ids.contains(key))
            continue;
        ids.insert(key, 0);
        const QString name = nameOfRow.value(row);
        names.insert(key, name.isEmpty() ? key : name);
    }
    groups.keys = ids.keys();
    std::sort(groups.keys.begin(), groups.keys.end());
    groups.names.reserve(groups.keys.size());
    for (int id = 0; id < groups.keys.size(); ++id) {
        ids[groups.keys.at(id)] = id;
        groups.names.append(names.value(groups.keys.at(id)));
    }
    groups.groupOfRow.reserve(std::size_t(keyOfRow.size()));
    for (const QString &key : keyOfRow)
        groups.groupOfRow.push_back(key.isEmpty() ? -1 : ids.value(key));
    return groups;
}

ServiceGroups ServiceGroups::of(const ServiceGrouping &grouping)
{
    const QList<ServiceGrouping::Group> &found = grouping.groups();
    // Sorted keys number the groups; names go with them.
    std::vector<int> order(std::size_t(found.size()));
    for (int i = 0; i < int(order.size()); ++i)
        order[std::size_t(i)] = i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return found.at(a).key < found.at(b).key; });
    ServiceGroups groups;
    std::vector<int> idOf(order.size());
    for (int id = 0; id < int(order.size()); ++id) {
        const ServiceGrouping::Group &group = found.at(order[std::size_t(id)]);
        idOf[std::size_t(order[std::size_t(id)])] = id;
        groups.keys.append(group.key);
        groups.names.append(group.label.isEmpty() ? group.key : group.label);
    }
    const qsizetype count = grouping.services().size();
    groups.groupOfRow.reserve(std::size_t(count));
    groups.tieRankOfRow.reserve(std::size_t(count));
    groups.rupiahOfRow.reserve(std::size_t(count));
    for (qsizetype row = 0; row < count; ++row) {
        const qsizetype group = grouping.groupOf(row);
        groups.groupOfRow.push_back(group < 0 ? -1 : idOf[std::size_t(group)]);
        groups.tieRankOfRow.push_back(grouping.tieRank(row));
        groups.rupiahOfRow.push_back(
            grouping.price(row).value_or(std::numeric_limits<double>::quiet_NaN()));
    }
    return groups;
}

ServiceGroups ServiceGroups::of(const ServiceList &services, const ExchangeRates &rates,
                                const QString &overridesFile)
{
    const GroupOverrides overrides(overridesFile.isEmpty() ? GroupOverrides::defaultFileName()
                                                           : overridesFile);
    return of(ServiceGrouping(services, ServiceGrouping::rupiahWith(rates), &overrides));
}

QString ServiceGroups::keyOf(qsizetype row) const
{
    if (row < 0 || std::size_t(row) >= groupOfRow.size() || groupOfRow[std::size_t(row)] < 0)
        return {};
    return keys.at(groupOfRow[std::size_t(row)]);
}

QString ServiceGroups::nameOf(qsizetype row) const
{
    if (row < 0 || std::size_t(row) >= groupOfRow.size() || groupOfRow[std::size_t(row)] < 0)
        return {};
    return names.at(groupOfRow[std::size_t(row)]);
}
