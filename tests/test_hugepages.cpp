// SPDX-License-Identifier: MIT
#include "hugepages.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

#ifndef __has_feature
#define __has_feature(feature) 0
#endif

namespace {

const std::size_t PageSize = std::size_t(sysconf(_SC_PAGESIZE));

// Pages of a mapping that are in memory, as the kernel counts them for that mapping alone.
std::size_t residentPages(void *block, std::size_t bytes)
{
    std::vector<unsigned char> pages((bytes + PageSize - 1) / PageSize);
    if (mincore(block, bytes, pages.data()) != 0)
        return 0;
    return std::size_t(
        std::count_if(pages.begin(), pages.end(), [](unsigned char page) { return page & 1; }));
}

// The VmFlags line of the mapping holding `address`, from /proc/self/smaps.
QByteArray flagsOfMappingAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        bool startOk = false, endOk = false;
        if (dash > 0 && space > dash) {
            const std::uintptr_t start = line.left(dash).toULongLong(&startOk, 16);
            const std::uintptr_t end = line.mid(dash + 1, space - dash - 1).toULongLong(&endOk, 16);
            if (startOk && endOk) {
                inside = start <= at && at < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line;
    }
    return {};
}

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HugePages::growThreadHeapsWhole(); }
    void populateKeepsWhatTheBlocksNeighboursHold();
    void populateHandsOverTheBlocksPagesOnSeveralCores();
    void preferForThisThreadAdvisesAWorkersHeapOnly();
    void releaseFreedGivesBackWhatAWorkerFreed();
};

void TestHugePages::populateKeepsWhatTheBlocksNeighboursHold()
{
    constexpr std::size_t Bytes = 24u << 20;
    auto *const memory = static_cast<unsigned char *>(
        mmap(nullptr, Bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    QVERIFY(memory != MAP_FAILED);
    // A block that starts and ends inside pages its neighbours have written to.
    const std::size_t first = PageSize + 100;
    const std::size_t last = Bytes - PageSize - 100;
    for (std::size_t i = first - 100; i < first; ++i)
        memory[i] = 0xA5;
    for (std::size_t i = last; i < last + 100; ++i)
        memory[i] = 0x5A;
    HugePages::populate(memory + first, last - first);
    bool kept = true;
    for (std::size_t i = 0; i < Bytes; ++i) {
        const unsigned char expected =
            i >= first - 100 && i < first ? 0xA5 : (i >= last && i < last + 100 ? 0x5A : 0);
        kept = kept && memory[i] == expected;
    }
    munmap(memory, Bytes);
    QVERIFY(kept);
}

void TestHugePages::populateHandsOverTheBlocksPagesOnSeveralCores()
{
    constexpr std::size_t Bytes = 32u << 20;
    void *const block =
        mmap(nullptr, Bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(block != MAP_FAILED);
    const std::size_t before = residentPages(block, Bytes);
    HugePages::populate(block, Bytes);
    const std::size_t after = residentPages(block, Bytes);
    munmap(block, Bytes);
    QCOMPARE(before, std::size_t(0));
    // On one core it does nothing: the thread that fills the block faults it in as before.
    const std::size_t expected = QThread::idealThreadCount() >= 2 ? Bytes / PageSize : 0;
    QCOMPARE(after, expected);
}

void TestHugePages::preferForThisThreadAdvisesAWorkersHeapOnly()
{
    // The main thread allocates from the main heap: never advised this way.
    HugePages::preferForThisThread();
    void *const onMain = std::malloc(4096);
    const QByteArray mainFlags = flagsOfMappingAt(onMain);
    std::free(onMain);
    QVERIFY(mainFlags.startsWith("VmFlags:"));
    QVERIFY2(!mainFlags.contains(" hg"), mainFlags.constData());

    QByteArray workerFlags;
    std::thread worker([&workerFlags] {
        HugePages::preferForThisThread();
        void *const block = std::malloc(4096);
        workerFlags = flagsOfMappingAt(block);
        std::free(block);
    });
    worker.join();
    QVERIFY(workerFlags.startsWith("VmFlags:"));
#if defined(__GLIBC__) && UINTPTR_MAX > 0xFFFFFFFFu && !defined(__SANITIZE_ADDRESS__)              \
    && !__has_feature(address_sanitizer)
    QVERIFY2(workerFlags.contains(" hg"), workerFlags.constData());
#else
    // Another allocator than glibc's own (as under AddressSanitizer): the advice is not given.
    QVERIFY2(!workerFlags.contains(" hg"), workerFlags.constData());
#endif
}

void TestHugePages::releaseFreedGivesBackWhatAWorkerFreed()
{
    // A worker fills 16 MiB in blocks small enough to come from its own heap, between two it
    // keeps: freed, they are one free block in the middle of the heap, as the lists of merged
    // panels are amid their texts.
    std::vector<void *> blocks;
    void *before = nullptr;
    void *after = nullptr;
    std::thread worker([&] {
        HugePages::preferForThisThread();
        before = std::malloc(64);
        for (int i = 0; i < 256; ++i) {
            void *const block = std::malloc(64 << 10);
            std::memset(block, 1, 64 << 10);
            blocks.push_back(block);
        }
        // As large as the others: a small one could take a hole left before them.
        after = std::malloc(64 << 10);
    });
    worker.join();
    const auto first = std::min_element(blocks.begin(), blocks.end());
    const auto last = std::max_element(blocks.begin(), blocks.end());
    const auto start = reinterpret_cast<std::uintptr_t>(*first) & ~std::uintptr_t(PageSize - 1);
    const std::size_t bytes = reinterpret_cast<std::uintptr_t>(*last) + (64 << 10) - start;
    for (void *block : blocks)
        std::free(block);
    const std::size_t freed = residentPages(reinterpret_cast<void *>(start), bytes);
    HugePages::releaseFreed();
    const std::size_t released = residentPages(reinterpret_cast<void *>(start), bytes);
    std::free(before);
    std::free(after);
#if defined(__GLIBC__) && UINTPTR_MAX > 0xFFFFFFFFu && !defined(__SANITIZE_ADDRESS__)              \
    && !__has_feature(address_sanitizer)
    // Without it the heap keeps all it had, as M_TOP_PAD asks (set here as the app sets it).
    QVERIFY2(freed >= bytes / PageSize * 9 / 10, qPrintable(QString::number(freed)));
    QVERIFY2(released <= bytes / PageSize / 100,
             qPrintable(QStringLiteral("%1 of %2 pages still in memory").arg(released).arg(freed)));
#else
    QVERIFY(released <= freed);
#endif
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "test_hugepages.moc"
