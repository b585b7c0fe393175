// SPDX-License-Identifier: MIT
#include "servicegroups.h"

#include <QHash>

#include <algorithm>

ServiceGroups ServiceGroups::fromLabels(const QStringList &labelOfRow)
{
    ServiceGroups groups;
    QHash<QString, int> ids;
    for (const QString &label : labelOfRow) {
        if (!label.isEmpty() && !ids.contains(label))
            ids.insert(label, 0);
    }
    groups.labels = ids.keys();
    std::sort(groups.labels.begin(), groups.labels.end());
    for (int id = 0; id < groups.labels.size(); ++id)
        ids[groups.labels.at(id)] = id;
    groups.groupOfRow.reserve(std::size_t(labelOfRow.size()));
    for (const QString &label : labelOfRow)
        groups.groupOfRow.push_back(label.isEmpty() ? -1 : ids.value(label));
    return groups;
}

ServiceGroups ServiceGroups::of(const ServiceList &services)
{
    // Placeholder until the matching library lands: platform and category.
    QStringList labels;
    labels.reserve(services.size());
    for (const Service &service : services)
        labels.append(service.category.trimmed().toLower());
    return fromLabels(labels);
}

QString ServiceGroups::labelOf(qsizetype row) const
{
    if (row < 0 || std::size_t(row) >= groupOfRow.size() || groupOfRow[std::size_t(row)] < 0)
        return {};
    return labels.at(groupOfRow[std::size_t(row)]);
}
