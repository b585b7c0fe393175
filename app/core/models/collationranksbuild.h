// SPDX-License-Identifier: MIT
#pragma once

#include "pausegate.h"
#include "service.h"

#include <QCollator>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

// A text column's CollationRanks made on a worker thread right after a load, so that a later sort
// by the column finds them ready. One build at a time: starting one cancels the last.
class CollationRanksBuild
{
public:
    CollationRanksBuild();
    ~CollationRanksBuild();
    CollationRanksBuild(const CollationRanksBuild &) = delete;
    CollationRanksBuild &operator=(const CollationRanksBuild &) = delete;

    enum class Urgency {
        // Wanted soon (rows are waiting to be sorted by the column): made on all cores.
        Soon,
        // For a click that may come: made on one thread that runs only when a core is idle, so
        // that it never slows down filtering or the UI (right after a load the user types).
        Later,
    };

    // The worker holds its own reference to `services` (implicitly shared): a load replacing
    // them cannot pull them from under it.
    void start(const QCollator &collator, int blockRows, const ServiceList &services, int column,
               Urgency urgency);
    // Keeps a Later build waiting, within a tenth of a millisecond, until the hold is let go:
    // for work the user waits for (a filter pass, the search index). A Soon build goes on.
    PauseGate::Hold holdBack() const { return PauseGate::Hold(m_laterGate); }
    // Drops the build in flight without waiting: its worker stops within a few hundred rows.
    void cancel();
    // The column of the build started last and not yet taken or cancelled, or -1.
    int column() const { return m_state ? m_column : -1; }
    bool isRunning() const;
    // The ranks of the build started last, waiting for it if it runs on all cores; none if it
    // was cancelled or taken already, or if it is a Later build still running (which is then
    // dropped: an idle-priority thread may wait long for a core, the caller ranks faster).
    std::vector<int> take();

private:
    struct State {
        std::atomic_bool cancelled = false;
        std::atomic_bool done = false;
        std::vector<int> ranks;
    };

    std::shared_ptr<State> m_state;
    int m_column = -1;
    Urgency m_urgency = Urgency::Soon;
    std::shared_ptr<PauseGate> m_laterGate = std::make_shared<PauseGate>();
    // One thread each; their destructors wait for every build, cancelled ones too.
    QThreadPool m_pool;
    QThreadPool m_idlePool;
};
