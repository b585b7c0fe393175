// SPDX-License-Identifier: MIT
#include "blockrunner.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <vector>

class TestBlockRunner : public QObject
{
    Q_OBJECT

private slots:
    void shouldRunEveryBlockOnceOnSeveralThreads();
    void shouldRunNothingForNoBlocks();
    void shouldRunOneBlockOnTheCallingThread();
    void shouldFinishOnTheCallingThreadWhenThePoolIsBusy();
    void shouldRunFromAPoolThread();
};

void TestBlockRunner::shouldRunEveryBlockOnceOnSeveralThreads()
{
    constexpr int Blocks = 64;
    std::vector<std::atomic<int>> runs(Blocks);
    std::vector<Qt::HANDLE> threadOf(Blocks);
    BlockRunner::run(Blocks, [&](int block) {
        runs[size_t(block)].fetch_add(1);
        threadOf[size_t(block)] = QThread::currentThreadId();
        // Long enough for the pool's threads to wake and take blocks of their own.
        QThread::usleep(2000);
    });
    for (int block = 0; block < Blocks; ++block)
        QCOMPARE(runs[size_t(block)].load(), 1);
    QVERIFY(std::find(threadOf.begin(), threadOf.end(), QThread::currentThreadId())
            != threadOf.end());
    if (QThread::idealThreadCount() > 1) {
        QVERIFY(std::any_of(threadOf.begin(), threadOf.end(), [](Qt::HANDLE thread) {
            return thread != QThread::currentThreadId();
        }));
    }
}

void TestBlockRunner::shouldRunNothingForNoBlocks()
{
    int runs = 0;
    BlockRunner::run(0, [&](int) { ++runs; });
    QCOMPARE(runs, 0);
}

void TestBlockRunner::shouldRunOneBlockOnTheCallingThread()
{
    Qt::HANDLE thread = nullptr;
    int block = -1;
    BlockRunner::run(1, [&](int only) {
        thread = QThread::currentThreadId();
        block = only;
    });
    QCOMPARE(block, 0);
    QCOMPARE(thread, QThread::currentThreadId());
}

void TestBlockRunner::shouldFinishOnTheCallingThreadWhenThePoolIsBusy()
{
    // Every pool thread kept busy: the helpers run() asks for wait in the pool's queue.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore release;
    QSemaphore busy;
    const int poolThreads = pool->maxThreadCount();
    for (int thread = 0; thread < poolThreads; ++thread) {
        pool->start([&] {
            busy.release();
            release.acquire();
        });
    }
    QVERIFY(busy.tryAcquire(poolThreads, 10000));

    constexpr int Blocks = 20;
    std::vector<std::atomic<int>> runs(Blocks);
    const Qt::HANDLE caller = QThread::currentThreadId();
    std::atomic<int> onOtherThreads = 0;
    BlockRunner::run(Blocks, [&](int block) {
        runs[size_t(block)].fetch_add(1);
        if (QThread::currentThreadId() != caller)
            onOtherThreads.fetch_add(1);
    });
    for (int block = 0; block < Blocks; ++block)
        QCOMPARE(runs[size_t(block)].load(), 1);
    QCOMPARE(onOtherThreads.load(), 0);

    // The helpers start once the pool is free, after run() returned: they must find nothing
    // left and leave the work alone (in the search index it is gone with the caller's stack).
    release.release(poolThreads);
    QVERIFY(pool->waitForDone(10000));
    for (int block = 0; block < Blocks; ++block)
        QCOMPARE(runs[size_t(block)].load(), 1);
}

void TestBlockRunner::shouldRunFromAPoolThread()
{
    // As the search index's filter pass does on a worker: every pool thread may be the caller.
    constexpr int Blocks = 32;
    std::vector<std::atomic<int>> runs(Blocks);
    QThreadPool *pool = QThreadPool::globalInstance();
    for (int caller = 0; caller < pool->maxThreadCount(); ++caller) {
        pool->start([&] { BlockRunner::run(Blocks, [&](int block) { runs[size_t(block)]++; }); });
    }
    QVERIFY(pool->waitForDone(10000));
    for (int block = 0; block < Blocks; ++block)
        QCOMPARE(runs[size_t(block)].load(), pool->maxThreadCount());
}

QTEST_GUILESS_MAIN(TestBlockRunner)
#include "test_blockrunner.moc"
