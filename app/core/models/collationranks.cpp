// SPDX-License-Identifier: MIT
#include "collationranks.h"

#include "pausegate.h"
#include "serviceformatter.h"
#include "servicetablemodel.h"

#include <QHash>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <numeric>

#include <unicode/ucol.h>

namespace {

// How many keys a thread makes, or rows a merge takes, between looks at whether the ranks were
// cancelled or are to wait: about a tenth of a millisecond.
constexpr int RowsBetweenChecks = 128;

// Rows in collation order, each marked when it collates equal to the one before it.
struct CollatedRun {
    std::vector<int> rows;
    std::vector<char> tied;

    // Merges two runs; `compare` is a three-way comparison of two rows' texts. Whether a row
    // ties with the one before it comes from the comparisons the merge makes anyway. Gives up,
    // returning nothing, once `cancelled` says so (a merge of a million rows takes a while).
    template<typename Compare, typename Cancelled>
    static CollatedRun merge(CollatedRun &a, CollatedRun &b, Compare compare, Cancelled cancelled)
    {
        CollatedRun out;
        out.rows.reserve(a.rows.size() + b.rows.size());
        out.tied.reserve(out.rows.capacity());
        size_t i = 0;
        size_t j = 0;
        enum { None, FromA, FromB } last = None;
        bool lastTiesNextB = false; // the last row taken from a collates equal to b.rows[j]
        const auto tiedWithB = [&] {
            return last == FromB ? bool(b.tied[j]) : last == FromA && lastTiesNextB;
        };
        while (i < a.rows.size() && j < b.rows.size()) {
            if ((i + j) % RowsBetweenChecks == 0 && cancelled())
                return {};
            const int order = compare(a.rows[i], b.rows[j]);
            if (order <= 0) {
                // A row taken from b before was greater than a.rows[i], never equal to it.
                out.tied.push_back(last == FromA && a.tied[i]);
                out.rows.push_back(a.rows[i++]);
                last = FromA;
                lastTiesNextB = order == 0;
            } else {
                out.tied.push_back(tiedWithB());
                out.rows.push_back(b.rows[j++]);
                last = FromB;
            }
        }
        if (i < a.rows.size()) {
            out.tied.push_back(last == FromA && a.tied[i]);
            out.rows.push_back(a.rows[i++]);
        } else if (j < b.rows.size()) {
            out.tied.push_back(tiedWithB());
            out.rows.push_back(b.rows[j++]);
        }
        out.rows.insert(out.rows.end(), a.rows.begin() + qsizetype(i), a.rows.end());
        out.tied.insert(out.tied.end(), a.tied.begin() + qsizetype(i), a.tied.end());
        out.rows.insert(out.rows.end(), b.rows.begin() + qsizetype(j), b.rows.end());
        out.tied.insert(out.tied.end(), b.tied.begin() + qsizetype(j), b.tied.end());
        a = {};
        b = {};
        return out;
    }
};

// An ICU collator set up the way QCollator sets up its own (qcollator_icu.cpp): its sort keys
// order texts as QCollator::compare does. QCollator's own sortKey() computes most keys twice
// (its first guess at their size is short) and allocates each on its own.
class IcuCollator
{
public:
    explicit IcuCollator(const QCollator &collator)
    {
        if (collator.locale().language() == QLocale::C)
            return; // QCollator compares UTF-16 then, without ICU
        UErrorCode status = U_ZERO_ERROR;
        const QByteArray name = collator.locale().bcp47Name().replace(u'-', u'_').toLatin1();
        m_collator = ucol_open(name.constData(), &status);
        if (U_FAILURE(status)) {
            close();
            return;
        }
        const auto set = [&](UColAttribute attribute, UColAttributeValue value) {
            status = U_ZERO_ERROR;
            ucol_setAttribute(m_collator, attribute, value, &status);
        };
        set(UCOL_NORMALIZATION_MODE, UCOL_ON);
        set(UCOL_STRENGTH, collator.caseSensitivity() == Qt::CaseSensitive ? UCOL_DEFAULT_STRENGTH
                                                                           : UCOL_SECONDARY);
        set(UCOL_NUMERIC_COLLATION, collator.numericMode() ? UCOL_ON : UCOL_OFF);
        set(UCOL_ALTERNATE_HANDLING,
            collator.ignorePunctuation() ? UCOL_SHIFTED : UCOL_NON_IGNORABLE);
    }
    ~IcuCollator() { close(); }
    IcuCollator(const IcuCollator &) = delete;
    IcuCollator &operator=(const IcuCollator &) = delete;

    bool isValid() const { return m_collator != nullptr; }

    // Appends the sort key of `text` and its terminating 0 to `keys`; keys compare as C strings.
    // An empty text's key is the 0 alone: QCollator puts it before every other text, even one
    // of characters the collator ignores.
    void appendKey(QStringView text, std::vector<char> &keys) const
    {
        const size_t start = keys.size();
        if (text.isEmpty()) {
            keys.push_back(0);
            return;
        }
        const auto getKey = [&](size_t room) {
            keys.resize(start + room);
            return size_t(ucol_getSortKey(
                m_collator, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                reinterpret_cast<uint8_t *>(keys.data() + start), int32_t(room)));
        };
        const size_t room = 3 * size_t(text.size()) + 32;
        size_t size = getKey(room);
        if (size > room)
            size = getKey(size);
        keys.resize(start + size);
    }

private:
    void close()
    {
        if (m_collator)
            ucol_close(m_collator);
        m_collator = nullptr;
    }

    UCollator *m_collator = nullptr;
};

// Sorts rows by their sort keys, 8 bytes at a time: all rows by the first 8 bytes of their
// keys, then each group of rows that agree on those by the next 8, and so on. Comparing whole
// keys would read the same long shared beginnings ("Instagram Likes | ...") over and over.
class KeySort
{
public:
    struct Keyed {
        quint64 bytes; // 8 bytes of the key from `depth` on, big-endian
        int row;
    };

    explicit KeySort(const std::vector<const char *> &keyOf, int firstRow)
        : m_keyOf(keyOf)
        , m_firstRow(firstRow)
    {}

    // Sorts `items`, whose keys agree on their first `depth` bytes, and marks in `tied` (one
    // per item) the items whose key equals the one before it.
    void sort(Keyed *items, size_t count, size_t depth, char *tied) const
    {
        for (size_t i = 0; i < count; ++i)
            items[i].bytes = load(m_keyOf[size_t(items[i].row - m_firstRow)] + depth);
        std::sort(items, items + count,
                  [](const Keyed &a, const Keyed &b) { return a.bytes < b.bytes; });
        for (size_t begin = 0; begin < count;) {
            size_t end = begin + 1;
            while (end < count && items[end].bytes == items[begin].bytes)
                ++end;
            if (end - begin > 1) {
                if ((items[begin].bytes & 0xFF) == 0) // the keys end here: all equal
                    std::fill(tied + begin + 1, tied + end, 1);
                else
                    sort(items + begin, end - begin, depth + 8, tied + begin);
            }
            begin = end;
        }
    }

private:
    // The 8 bytes from `key` on, zeros after its terminating 0.
    static quint64 load(const char *key)
    {
        quint64 bytes = 0;
        int i = 0;
        for (; i < 8 && key[i]; ++i)
            bytes = bytes << 8 | quint8(key[i]);
        return i == 0 ? 0 : bytes << (8 * (8 - i));
    }

    const std::vector<const char *> &m_keyOf;
    int m_firstRow;
};

} // namespace

CollationRanks::CollationRanks(const QCollator &collator, int blockRows, Threads threads)
    : m_collator(collator)
    , m_blockRows(std::max(blockRows, 1))
    , m_threads(threads)
{}

std::vector<int> CollationRanks::of(const ServiceList &services, int column,
                                    const std::atomic_bool *cancelled, const PauseGate *gate) const
{
    const auto isCancelled = [cancelled, gate] {
        if (gate)
            gate->pass();
        return cancelled && cancelled->load(std::memory_order_relaxed);
    };
    // Notes sort by their summary, made once per distinct note.
    QHash<const QChar *, QString> summaries;
    if (column == ServiceTableModel::NoteColumn) {
        for (const Service &service : services) {
            if (!summaries.contains(service.note.constData()))
                summaries.insert(service.note.constData(),
                                 ServiceFormatter::noteSummary(service.note));
        }
    }
    const auto text = [&](int row) -> const QString & {
        const Service &service = services[row];
        switch (column) {
        case ServiceTableModel::NameColumn:
            return service.name;
        case ServiceTableModel::CategoryColumn:
            return service.category;
        case ServiceTableModel::NoteColumn:
            return *summaries.constFind(service.note.constData());
        case ServiceTableModel::PriceTextColumn:
            return service.priceText;
        case ServiceTableModel::PanelColumn:
            return service.panel; // the built-in panel's is empty: it sorts first
        default:
            return service.type;
        }
    };

    // A collation key takes a hundred bytes or more, too much to hold for every row of a large
    // catalog at once. Blocks of rows are sorted by key instead, on all cores (each with its own
    // collator: an ICU collator is not to be shared between threads), and merged by comparing
    // their texts. A catalog of one block makes its keys on all cores.
    const int rowCount = int(services.size());
    QList<int> blockStarts;
    for (int start = 0; start < rowCount; start += m_blockRows)
        blockStarts.append(start);
    std::vector<CollatedRun> runs(size_t(blockStarts.size()));
    const auto sortBlock = [&](int start, const QCollator &collator, bool keysOnAllCores) {
        if (isCancelled())
            return;
        const int end = std::min(start + m_blockRows, rowCount);
        CollatedRun &run = runs[size_t(start / m_blockRows)];
        run.rows.resize(size_t(end - start));
        std::iota(run.rows.begin(), run.rows.end(), start);
        run.tied.assign(run.rows.size(), 0);
        // A key costs several comparisons to make: worth it only for more rows than this.
        constexpr int FewRows = 2048;
        if (end - start <= FewRows || !IcuCollator(collator).isValid()) {
            std::sort(run.rows.begin(), run.rows.end(),
                      [&](int a, int b) { return collator.compare(text(a), text(b)) < 0; });
            for (size_t i = 1; i < run.rows.size(); ++i)
                run.tied[i] = collator.compare(text(run.rows[i - 1]), text(run.rows[i])) == 0;
            return;
        }
        const int parts = keysOnAllCores ? std::max(QThread::idealThreadCount(), 1) : 1;
        std::vector<std::vector<char>> keys(static_cast<size_t>(parts));
        std::vector<const char *> keyOf(size_t(end - start));
        QList<int> partList(parts);
        std::iota(partList.begin(), partList.end(), 0);
        const auto makeKeys = [&](int part) {
            const int from = start + int(qint64(end - start) * part / parts);
            const int to = start + int(qint64(end - start) * (part + 1) / parts);
            const IcuCollator icu(collator);
            std::vector<char> &partKeys = keys[size_t(part)];
            std::vector<size_t> offsets;
            offsets.reserve(size_t(to - from));
            // Room for keys of 3 bytes a character, what IcuCollator::appendKey tries first:
            // growing the buffer would hold its old and new copies at once. Room never written
            // to takes no memory.
            size_t room = 0;
            for (int row = from; row < to; ++row)
                room += 3 * size_t(text(row).size()) + 32;
            partKeys.reserve(room);
            for (int row = from; row < to; ++row) {
                if ((row - from) % RowsBetweenChecks == 0 && isCancelled())
                    return;
                offsets.push_back(partKeys.size());
                icu.appendKey(text(row), partKeys);
            }
            for (int row = from; row < to; ++row)
                keyOf[size_t(row - start)] = partKeys.data() + offsets[size_t(row - from)];
        };
        if (parts > 1)
            QtConcurrent::blockingMap(partList, makeKeys);
        else
            makeKeys(0);
        if (isCancelled())
            return; // some keys were never made
        std::vector<KeySort::Keyed> items(run.rows.size());
        for (size_t i = 0; i < items.size(); ++i)
            items[i].row = run.rows[i];
        KeySort(keyOf, start).sort(items.data(), items.size(), 0, run.tied.data());
        for (size_t i = 0; i < items.size(); ++i)
            run.rows[i] = items[i].row;
    };
    if (m_threads == Threads::Caller) {
        for (const int start : std::as_const(blockStarts))
            sortBlock(start, m_collator, false);
    } else if (blockStarts.size() == 1) {
        sortBlock(0, m_collator, true);
    } else {
        QtConcurrent::blockingMap(blockStarts, [&](int start) {
            QCollator collator(m_collator.locale());
            collator.setCaseSensitivity(m_collator.caseSensitivity());
            collator.setNumericMode(m_collator.numericMode());
            collator.setIgnorePunctuation(m_collator.ignorePunctuation());
            sortBlock(start, collator, false);
        });
    }
    const auto compare = [&](int a, int b) {
        return m_collator.compare(text(a), text(b));
    };
    while (runs.size() > 1) {
        if (isCancelled())
            return {};
        std::vector<CollatedRun> merged((runs.size() + 1) / 2);
        for (size_t i = 0; i + 1 < runs.size(); i += 2)
            merged[i / 2] = CollatedRun::merge(runs[i], runs[i + 1], compare, isCancelled);
        if (runs.size() % 2)
            merged.back() = std::move(runs.back());
        runs = std::move(merged);
    }

    if (isCancelled())
        return {};
    std::vector<int> ranks(static_cast<size_t>(rowCount));
    if (!runs.empty()) {
        const CollatedRun &run = runs.front();
        int rank = 0;
        for (size_t i = 0; i < run.rows.size(); ++i) {
            rank += i > 0 && !run.tied[i];
            ranks[size_t(run.rows[i])] = rank;
        }
    }
    return ranks;
}
