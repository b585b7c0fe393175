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
    HugePages::reserve(merged.services, total);
    HugePages::populate(merged.services.data(), size_t(total) * sizeof(Service));
    for (Panel &panel : panels) {
        merged.services.append(std::move(panel.services));
        merged.changes.merge(panel.changes);
    }
    // The panels' lists are empty but still hold their memory, which the worker heaps would
    // keep (4-8 ms for 500,000 services).
    panels.clear();
    HugePages::releaseFreed();
    return merged;
}
