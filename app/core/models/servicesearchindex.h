// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <atomic>
#include <optional>
#include <string_view>
#include <vector>

class PriceComparison;
struct ServiceFilter;

// The folded search text of every service of one list, and the filter passes over it. Built once
// per load and only read after that, so several threads may filter with it at once.
class ServiceSearchIndex
{
public:
    // The pairs of ASCII letters and digits next to each other in a text, two bits each of 256,
    // from two hashes: a term with a pair the text lacks cannot be in it. A name sets a fifth of
    // the bits, so about one name in twenty-five that lacks a pair is searched in vain (one in
    // three with one bit each of 64).
    struct NamePairs {
        std::array<quint64, 4> words = {};

        bool mayHave(const NamePairs &pairs) const
        {
            quint64 lacking = 0;
            for (size_t i = 0; i < words.size(); ++i)
                lacking |= pairs.words[i] & ~words[i];
            return lacking == 0;
        }
    };

    // Folds every service's name, category, type and the start of its note, on all cores.
    explicit ServiceSearchIndex(const ServiceList &services);

    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    // Of `candidates` (distinct rows of the list the index was built from), in their order, those
    // whose service `filter` accepts; nothing when `cancelled` is set before the pass is done.
    // Checks blocks of rows on all cores.
    std::optional<std::vector<int>> filter(const ServiceFilter &filter,
                                           const std::vector<int> &candidates,
                                           const ServiceList &services,
                                           const PriceComparison &changes,
                                           const std::atomic_bool *cancelled = nullptr) const;

private:
    // One bit for each row of the 64 from `word * 64` with every one of `characters`.
    quint64 rowsWithCharacters(size_t word, quint64 characters) const;
    // The folded text of the name of `row`.
    std::string_view nameOf(size_t row) const;

    // Names are folded into one buffer per block of rows (a million small allocations cost more
    // than the text), blocks in parallel, each row's name up to where the next one's starts.
    // Categories, types and notes are shared by many rows, and so are their combinations: rows
    // point into m_partSets, and those into m_parts.
    static constexpr int NameBlock = 16384;
    struct PartSet {
        int category = 0;
        int type = 0;
        int note = 0;

        friend bool operator==(const PartSet &, const PartSet &) = default;
        friend size_t qHash(const PartSet &parts, size_t seed = 0)
        {
            return qHashMulti(seed, parts.category, parts.type, parts.note);
        }
    };
    // The bits of a row's entry in m_rows below this are its characters, the 28 above them its
    // part set: a catalog has fewer part sets than rows, and none that fits in memory has 2^28
    // rows.
    static constexpr int CharacterBits = 36;
    static int partSetOf(quint64 row) { return int(row >> CharacterBits); }

    // Per row: the ASCII letters and digits anywhere in its folded text, one bit each (a term
    // with one the row lacks cannot be in it, and most rows are turned down by this alone), and
    // above them its part set. One word, so that turning a row down or finding its part set
    // reads 8 bytes.
    std::vector<quint64> m_rows;
    // Where each row's name starts in m_names[row / NameBlock].
    std::vector<int> m_nameStarts;
    // The pairs of each row's folded name: most names that would be searched in vain are not
    // read at all.
    std::vector<NamePairs> m_namePairs;
    std::vector<QByteArray> m_names; // UTF-8
    std::vector<PartSet> m_partSets;
    std::vector<QString> m_parts;
};
