// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

// Runs numbered blocks of work on all cores and returns once every block is done. The calling
// thread starts on the first block at once and the pool's threads join as they wake, each taking
// the next block nobody has taken. QtConcurrent::blockingMap leaves the work to the pool instead,
// and in a virtual machine a pool thread woken on an idle core may take milliseconds to run: the
// caller waited that long doing nothing before a keystroke's filter pass began.
namespace BlockRunner {
// Calls `work` once with each of 0 to count - 1, on this thread and on pool threads at once.
void run(int count, const std::function<void(int)> &work);
} // namespace BlockRunner
