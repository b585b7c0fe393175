// SPDX-License-Identifier: MIT
#include "collationranksbuild.h"

#include "collationranks.h"

CollationRanksBuild::CollationRanksBuild()
{
    m_pool.setMaxThreadCount(1);
    m_idlePool.setMaxThreadCount(1);
    // On Linux an idle-priority thread runs (SCHED_IDLE) only on a core nobody else wants.
    m_idlePool.setThreadPriority(QThread::IdlePriority);
}

CollationRanksBuild::~CollationRanksBuild()
{
    cancel();
}

void CollationRanksBuild::start(const QCollator &collator, int blockRows,
                                const ServiceList &services, int column, Urgency urgency)
{
    cancel();
    auto state = std::make_shared<State>();
    m_state = state;
    m_column = column;
    m_urgency = urgency;
    const CollationRanks::Threads threads = urgency == Urgency::Soon
                                                ? CollationRanks::Threads::AllCores
                                                : CollationRanks::Threads::Caller;
    QThreadPool &pool = urgency == Urgency::Soon ? m_pool : m_idlePool;
    std::shared_ptr<const PauseGate> gate;
    if (urgency == Urgency::Later)
        gate = m_laterGate;
    pool.start([state, locale = collator.locale(), caseSensitivity = collator.caseSensitivity(),
                numeric = collator.numericMode(), ignorePunctuation = collator.ignorePunctuation(),
                blockRows, services, column, threads, gate] {
        // A collator of its own: a copy would share the ICU collator with the UI thread's.
        QCollator collator(locale);
        collator.setCaseSensitivity(caseSensitivity);
        collator.setNumericMode(numeric);
        collator.setIgnorePunctuation(ignorePunctuation);
        state->ranks = CollationRanks(collator, blockRows, threads)
                           .of(services, column, &state->cancelled, gate.get());
        state->done.store(true, std::memory_order_release);
    });
}

void CollationRanksBuild::cancel()
{
    if (m_state)
        m_state->cancelled.store(true, std::memory_order_relaxed);
    m_state.reset();
}

bool CollationRanksBuild::isRunning() const
{
    return m_state && !m_state->done.load(std::memory_order_acquire);
}

std::vector<int> CollationRanksBuild::take()
{
    if (!m_state)
        return {};
    if (!m_state->done.load(std::memory_order_acquire)) {
        if (m_urgency == Urgency::Later) {
            cancel();
            return {};
        }
        m_pool.waitForDone();
    }
    std::vector<int> ranks = std::move(m_state->ranks);
    m_state.reset();
    return ranks;
}
