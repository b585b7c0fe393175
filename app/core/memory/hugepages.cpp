// SPDX-License-Identifier: MIT
#include "hugepages.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <cstdint>

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
