// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QCollator>

#include <atomic>
#include <vector>

class PauseGate;

// Each row's place in the collation order of a text column, equal texts equal: what sorting a
// text column compares. A rank takes 4 bytes where a collator key takes a hundred or more.
class CollationRanks
{
public:
    enum class Threads { AllCores, Caller };

    // Sorts blocks of `blockRows` rows at a time by collation key, and merges the blocks: the
    // keys of one block are held in memory together. The keys are made on all cores, or only
    // on the calling thread (work in the background that must leave the cores to the user's).
    CollationRanks(const QCollator &collator, int blockRows, Threads threads = Threads::AllCores);

    // The ranks of `column` (a ServiceTableModel::Column holding text), indexed by row; none
    // when `cancelled` is set before they are done. Waits at `gate` whenever it looks at
    // `cancelled`, about every tenth of a millisecond.
    std::vector<int> of(const ServiceList &services, int column,
                        const std::atomic_bool *cancelled = nullptr,
                        const PauseGate *gate = nullptr) const;

private:
    QCollator m_collator;
    int m_blockRows;
    Threads m_threads;
};
