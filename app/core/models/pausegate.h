// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

// Lets work in the background step aside while the user waits for other work: the waited-for
// work holds the gate, and the background work, at each of its checkpoints, waits until nobody
// does. On two cores even an idle-priority thread slows a filter pass down (the cores share
// caches and memory, and a virtual machine's cores may be one core's two threads).
class PauseGate
{
public:
    // Keeps the gate held until destroyed; movable, so that it can go with the work to a worker.
    class Hold
    {
    public:
        Hold() = default;
        explicit Hold(std::shared_ptr<PauseGate> gate);
        Hold(Hold &&other) noexcept = default;
        Hold &operator=(Hold &&other) noexcept;
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        ~Hold();

    private:
        void release();

        std::shared_ptr<PauseGate> m_gate;
    };

    // Returns at once unless held; then when the last hold is let go. Holds are meant to last as
    // long as a piece of work the user waits for, never longer.
    void pass() const;

private:
    mutable std::atomic<int> m_holds = 0;
};
