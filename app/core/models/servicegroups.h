// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QStringList>

#include <vector>

// Which group of the same offer each service of a list belongs to, as a number per row (an index
// into `labels`, which are sorted, so comparing numbers orders by label). A label is stable: the
// same service gets the same label in every run.
struct ServiceGroups {
    QStringList labels;
    std::vector<int> groupOfRow; // -1: in no group

    // From the label of each row; an empty label is no group.
    static ServiceGroups fromLabels(const QStringList &labelOfRow);
    // The groups of `services` as the matching finds them, the user's regrouping included.
    static ServiceGroups of(const ServiceList &services);

    QString labelOf(qsizetype row) const;
};
