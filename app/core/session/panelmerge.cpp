// SPDX-License-Identifier: MIT
#include "panelmerge.h"

#include "hugepages.h"

#include <QtConcurrentMap>

PanelMerge PanelMerge::of(QList<Panel> panels)
{
    PanelMerge merged;
    // The categories on all cores first: the moves below are memory-bound, one core does them.
    merged.categories = QtConcurrent::blockingMapped<QList<CategoryDirectory>>(
        std::as_const(panels), [](const Panel &panel) {
            CategoryDirectory categories;
            categories.setCatalog(panel.services);
            return categories;
        });
    qsizetype total = 0;
    for (const Panel &panel : std::as_const(panels))
        total += panel.services.size();
    // Only set aside: each panel's list is given back to the system as soon as it is moved,
    // and the next panel's part of the merged list is then mostly handed those same pages.
    // Pages the system has had no use for cost far more to hand over in a virtual machine
    // (50-280 ms against 35-70 ms for 500,000 services, a populate of the whole list first).
    HugePages::reserve(merged.services, total);
    for (Panel &panel : panels) {
        merged.services.append(std::move(panel.services));
        panel.services = {};
        HugePages::releaseFreed();
        merged.changes.merge(panel.changes);
    }
    return merged;
}
