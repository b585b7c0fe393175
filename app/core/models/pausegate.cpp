// SPDX-License-Identifier: MIT
#include "pausegate.h"

#include <utility>

PauseGate::Hold::Hold(std::shared_ptr<PauseGate> gate)
    : m_gate(std::move(gate))
{
    if (m_gate)
        m_gate->m_holds.fetch_add(1, std::memory_order_acq_rel);
}

PauseGate::Hold &PauseGate::Hold::operator=(Hold &&other) noexcept
{
    if (this != &other) {
        release();
        m_gate = std::move(other.m_gate);
    }
    return *this;
}

PauseGate::Hold::~Hold()
{
    release();
}

void PauseGate::Hold::release()
{
    if (!m_gate)
        return;
    if (m_gate->m_holds.fetch_sub(1, std::memory_order_acq_rel) == 1)
        m_gate->m_holds.notify_all();
    m_gate.reset();
}

void PauseGate::pass() const
{
    for (int holds = m_holds.load(std::memory_order_acquire); holds > 0;
         holds = m_holds.load(std::memory_order_acquire))
        m_holds.wait(holds, std::memory_order_acquire);
}
