// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

class PriceComparison;
struct ServiceFilter;

// The folded search text of every service of one list, and the filter passes over it. Built once
// per load and only read after that, so several threads may filter with it at once.
class ServiceSearchIndex
{
public:
    // Folds every service's name, category, type and the start of its note, on all cores.
    explicit ServiceSearchIndex(const ServiceList &services);

    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    // Of `candidates` (rows of the list the index was built from), in their order, those whose
    // service `filter` accepts; nothing when `cancelled` is set before the pass is done.
    std::optional<std::vector<int>> filter(const ServiceFilter &filter,
                                           const std::vector<int> &candidates,
                                           const ServiceList &services,
                                           const PriceComparison &changes,
                                           const std::atomic_bool *cancelled = nullptr) const;

private:
    // Names are folded into one buffer per block of rows (a million small allocations cost more
    // than the text), blocks in parallel; categories, types and notes are shared by many rows,
    // so rows point into m_parts for those.
    static constexpr int NameBlock = 16384;
    struct Row {
        int nameStart = 0; // in m_names[row / NameBlock]
        int nameLength = 0;
        int category = 0;
        int type = 0;
        int note = 0;
        // The ASCII letters and digits anywhere in the row's folded text, one bit each: a term
        // with one the row lacks cannot be in it, and most rows are turned down by this alone.
        quint64 characters = 0;
    };

    std::vector<Row> m_rows;
    std::vector<QByteArray> m_names; // UTF-8
    std::vector<QString> m_parts;
};
