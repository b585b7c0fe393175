// SPDX-License-Identifier: MIT
#include "hugepages.h"

#include <QList>
#include <QThread>
#include <QtConcurrentMap>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifdef __GLIBC__
#include <malloc.h>

#include <cstdlib>
#endif

#include <algorithm>
#include <cstdint>
#include <numeric>

#ifndef __has_feature
#define __has_feature(feature) 0
#endif

void HugePages::prefer(const void *block, std::size_t bytes)
{
#ifdef Q_OS_LINUX
    // Smaller blocks might not hold one huge page once aligned.
    constexpr std::size_t HugePage = std::size_t(2) << 20;
    if (bytes < 2 * HugePage)
        return;
    static const std::uintptr_t pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first = (start + pageSize - 1) / pageSize * pageSize;
    const std::uintptr_t end = (start + bytes) / pageSize * pageSize;
    madvise(reinterpret_cast<void *>(first), end - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(block);
    Q_UNUSED(bytes);
#endif
}

#if defined(Q_OS_LINUX) && defined(__GLIBC__) && UINTPTR_MAX > 0xFFFFFFFFu                         \
    && !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
// glibc's own malloc, on 64-bit, where HEAP_MAX_SIZE is 64 MiB: a thread arena's heaps are
// mapped at that size and aligned to it, so a block's heap is found by rounding its address down.
#define SMM_GLIBC_THREAD_HEAPS
constexpr std::uintptr_t ThreadHeap = std::uintptr_t(64) << 20;
#endif

void HugePages::growThreadHeapsWhole()
{
#ifdef SMM_GLIBC_THREAD_HEAPS
    mallopt(M_TOP_PAD, int(ThreadHeap));
    // Setting M_TOP_PAD stops glibc from raising these two as mapped blocks are freed; they
    // are set to the highest values that rule reaches.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

void HugePages::releaseFreed()
{
#ifdef SMM_GLIBC_THREAD_HEAPS
    malloc_trim(0);
#endif
}

void HugePages::preferForThisThread()
{
#ifdef SMM_GLIBC_THREAD_HEAPS
    thread_local std::uintptr_t advised = 0;
    // Larger than what glibc keeps in its per-thread cache, so it comes from the arena itself;
    // freed only after the advice, so that its heap cannot be unmapped meanwhile.
    void *const probe = std::malloc(4096);
    const auto address = reinterpret_cast<std::uintptr_t>(probe);
    const std::uintptr_t heap = address & ~(ThreadHeap - 1);
    // Below the program break lies the main heap, which is not aligned that way.
    if (heap != advised && address >= reinterpret_cast<std::uintptr_t>(sbrk(0))) {
        advised = heap;
        madvise(reinterpret_cast<void *>(heap), ThreadHeap, MADV_HUGEPAGE);
    }
    std::free(probe);
#endif
}

void HugePages::populate(void *block, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    // Smaller blocks are faulted in faster than the pool wakes up.
    constexpr std::uintptr_t Part = std::uintptr_t(2) << 20;
    const int cores = QThread::idealThreadCount();
    if (cores < 2 || bytes < 4 * Part)
        return;
    static const std::uintptr_t pageSize = std::uintptr_t(sysconf(_SC_PAGESIZE));
    // From the block's first page: populating never changes what a page holds, so a neighbour
    // sharing that page is safe.
    const std::uintptr_t first = reinterpret_cast<std::uintptr_t>(block) & ~(pageSize - 1);
    const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(block) + bytes;
    const std::uintptr_t share = ((end - first) / std::uintptr_t(cores) + Part - 1) & ~(Part - 1);
    QList<int> parts(cores);
    std::iota(parts.begin(), parts.end(), 0);
    QtConcurrent::blockingMap(parts, [&](int part) {
        const std::uintptr_t from = first + share * std::uintptr_t(part);
        if (from < end)
            madvise(reinterpret_cast<void *>(from), std::min(share, end - from),
                    MADV_POPULATE_WRITE);
    });
#else
    Q_UNUSED(block);
    Q_UNUSED(bytes);
#endif
}
