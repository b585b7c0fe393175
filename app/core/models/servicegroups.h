// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QStringList>

#include <vector>

// Which group of the same offer each service of a list belongs to, as a number per row: an index
// into `keys`, which are sorted, so comparing numbers orders by key. A key is stable (the same
// service gets the same key in every run) and is what exports write; `names` are for people.
struct ServiceGroups {
    QStringList keys;
    QStringList names;           // per key
    std::vector<int> groupOfRow; // -1: in no group

    // From the key and the name of each row; an empty key is no group, an empty name the key.
    static ServiceGroups fromKeys(const QStringList &keyOfRow, const QStringList &nameOfRow = {});
    // The groups of `services` as the matching finds them, the user's regrouping (stored in
    // `overridesFile`, GroupOverrides::defaultFileName() when empty) winning.
    static ServiceGroups of(const ServiceList &services, const QString &overridesFile = {});

    QString keyOf(qsizetype row) const;
    QString nameOf(qsizetype row) const;
};
