// SPDX-License-Identifier: MIT
#include "hugepages.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <thread>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace {

// Resident bytes of this process, from /proc/self/statm.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() < 2 ? -1 : fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

private slots:
    void populateKeepsWhatTheBlockAndItsNeighboursHold();
    void populateHandsOverTheBlocksPages();
    void workersKeepTheirDataAfterAdvisingTheirHeaps();
};

void TestHugePages::populateKeepsWhatTheBlockAndItsNeighboursHold()
{
    // A block that starts and ends inside pages its neighbours also use.
    std::vector<quint32> memory(6u << 20);
    std::iota(memory.begin(), memory.end(), 7u);
    HugePages::populate(memory.data() + 1001, (memory.size() - 2002) * sizeof(quint32));
    for (std::size_t i = 0; i < memory.size(); ++i) {
        if (memory[i] != quint32(i + 7))
            QFAIL(qPrintable(QStringLiteral("word %1 changed").arg(i)));
    }
}

void TestHugePages::populateHandsOverTheBlocksPages()
{
    constexpr std::size_t Bytes = 32u << 20;
    void *const block =
        mmap(nullptr, Bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(block != MAP_FAILED);
    const qint64 before = residentBytes();
    QVERIFY(before > 0);
    HugePages::populate(block, Bytes);
    const qint64 after = residentBytes();
    const auto *const bytes = static_cast<const unsigned char *>(block);
    const bool zero = std::all_of(bytes, bytes + Bytes, [](unsigned char c) { return c == 0; });
    munmap(block, Bytes);
    QVERIFY(zero);
    // On one core nothing is done: the thread that fills the block faults it in as before.
    if (std::thread::hardware_concurrency() >= 2)
        QVERIFY2(after - before >= qint64(Bytes) * 9 / 10,
                 qPrintable(QStringLiteral("%1 bytes became resident").arg(after - before)));
}

void TestHugePages::workersKeepTheirDataAfterAdvisingTheirHeaps()
{
    // The advice rounds a block's address down to its heap: it must only ever be advice.
    std::vector<std::vector<std::vector<int>>> kept(4);
    std::vector<std::thread> workers;
    for (std::size_t worker = 0; worker < kept.size(); ++worker) {
        workers.emplace_back([&kept, worker] {
            for (int round = 0; round < 200; ++round) {
                HugePages::preferForThisThread();
                std::vector<int> values(std::size_t(1000 + round));
                std::iota(values.begin(), values.end(), int(worker) * 100000 + round);
                kept[worker].push_back(std::move(values));
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (std::size_t worker = 0; worker < kept.size(); ++worker) {
        QCOMPARE(kept[worker].size(), std::size_t(200));
        for (int round = 0; round < 200; ++round) {
            const std::vector<int> &values = kept[worker][std::size_t(round)];
            QCOMPARE(values.size(), std::size_t(1000 + round));
            QCOMPARE(values.front(), int(worker) * 100000 + round);
            QCOMPARE(values.back(), int(worker) * 100000 + round + 999 + round);
        }
    }
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "test_hugepages.moc"
