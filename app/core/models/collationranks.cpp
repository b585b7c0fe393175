// SPDX-License-Identifier: MIT
#include "collationranks.h"

#include "serviceformatter.h"
#include "servicetablemodel.h"

#include <QHash>
#include <QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace {

// Rows in collation order, each marked when it collates equal to the one before it.
struct CollatedRun {
    std::vector<int> rows;
    std::vector<char> tied;

    // Merges two runs; `compare` is a three-way comparison of two rows' texts. Whether a row
    // ties with the one before it comes from the comparisons the merge makes anyway.
    template<typename Compare>
    static CollatedRun merge(CollatedRun &a, CollatedRun &b, Compare compare)
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

} // namespace

CollationRanks::CollationRanks(const QCollator &collator, int blockRows)
    : m_collator(collator)
    , m_blockRows(std::max(blockRows, 1))
{}

std::vector<int> CollationRanks::of(const ServiceList &services, int column) const
{
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
    // their texts.
    const int rowCount = int(services.size());
    QList<int> blockStarts;
    for (int start = 0; start < rowCount; start += m_blockRows)
        blockStarts.append(start);
    std::vector<CollatedRun> runs(size_t(blockStarts.size()));
    const auto sortBlock = [&](int start, const QCollator &collator) {
        const int end = std::min(start + m_blockRows, rowCount);
        CollatedRun &run = runs[size_t(start / m_blockRows)];
        run.rows.resize(size_t(end - start));
        std::iota(run.rows.begin(), run.rows.end(), start);
        run.tied.resize(run.rows.size());
        const auto sortBy = [&run](auto compare) {
            std::sort(run.rows.begin(), run.rows.end(),
                      [&compare](int a, int b) { return compare(a, b) < 0; });
            for (size_t i = 1; i < run.rows.size(); ++i)
                run.tied[i] = compare(run.rows[i - 1], run.rows[i]) == 0;
        };
        // A key costs several comparisons to make: worth it only for more rows than this.
        constexpr int FewRows = 2048;
        if (end - start <= FewRows) {
            sortBy([&](int a, int b) { return collator.compare(text(a), text(b)); });
            return;
        }
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(end - start));
        for (int row = start; row < end; ++row)
            keys.push_back(collator.sortKey(text(row)));
        sortBy(
            [&](int a, int b) { return keys[size_t(a - start)].compare(keys[size_t(b - start)]); });
    };
    if (blockStarts.size() == 1) {
        sortBlock(0, m_collator); // making a collator costs more than sorting a small catalog
    } else {
        QtConcurrent::blockingMap(blockStarts, [&](int start) {
            QCollator collator(m_collator.locale());
            collator.setCaseSensitivity(m_collator.caseSensitivity());
            collator.setNumericMode(m_collator.numericMode());
            collator.setIgnorePunctuation(m_collator.ignorePunctuation());
            sortBlock(start, collator);
        });
    }
    const auto compare = [&](int a, int b) {
        return m_collator.compare(text(a), text(b));
    };
    while (runs.size() > 1) {
        std::vector<CollatedRun> merged((runs.size() + 1) / 2);
        for (size_t i = 0; i + 1 < runs.size(); i += 2)
            merged[i / 2] = CollatedRun::merge(runs[i], runs[i + 1], compare);
        if (runs.size() % 2)
            merged.back() = std::move(runs.back());
        runs = std::move(merged);
    }

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
