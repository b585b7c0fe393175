// SPDX-License-Identifier: MIT
#include "blockrunner.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

// Shared with the pool's threads, which may start after run() has returned: they then find no
// block left and never call the work, which lives on the caller's stack.
struct Blocks {
    std::atomic<int> next = 0;
    std::atomic<int> done = 0;
    int count = 0;
    const std::function<void(int)> *work = nullptr;

    void takeUntilNoneLeft()
    {
        for (int block = next.fetch_add(1); block < count; block = next.fetch_add(1)) {
            (*work)(block);
            if (done.fetch_add(1) + 1 == count)
                done.notify_all();
        }
    }
};

} // namespace

void BlockRunner::run(int count, const std::function<void(int)> &work)
{
    if (count <= 1) {
        if (count == 1)
            work(0);
        return;
    }
    auto blocks = std::make_shared<Blocks>();
    blocks->count = count;
    blocks->work = &work;
    const int helpers = std::min(QThread::idealThreadCount() - 1, count - 1);
    for (int helper = 0; helper < helpers; ++helper)
        QThreadPool::globalInstance()->start([blocks] { blocks->takeUntilNoneLeft(); });
    blocks->takeUntilNoneLeft();
    for (int done = blocks->done.load(); done < count; done = blocks->done.load())
        blocks->done.wait(done);
}
