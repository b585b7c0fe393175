// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// "All panels" with many large panels: standard-API service lists parsed as replies would be
// (on worker threads), tagged, merged and shown the way PriceSession and the window do, then
// "views" typed one letter at a time with the view sorted by price: once the search text is
// folded (the names are then being ranked for sorting, in the background), and again once the
// names are ranked too.
class PanelsBenchmark
{
public:
    static constexpr double TargetLoadMs = 400;
    static constexpr double TargetKeystrokeMs = 5;
    static constexpr double TargetBlockedMs = 16;

    struct Result {
        int panels = 0;
        int servicesPerPanel = 0;
        int runs = 0;
        double loadMs = 0; // median: replies received -> rows shown
        // Medians of the load's parts: parsing the replies, merging them, the view's first pass.
        double parseMs = 0;
        double mergeMs = 0;
        double viewMs = 0;
        // Median: replies received -> search text folded (after the rows are shown). Keystrokes
        // are typed after it.
        double searchReadyMs = 0;
        double namesRankedMs = 0; // median: replies received -> names ranked for sorting
        double loadBlockedMs = 0; // median: the longest the UI thread was busy at once
        // Typed once the names are ranked: the median and the slowest.
        double keystrokeMs = 0;
        double keystrokeMaxMs = 0;
        // Typed as soon as the search text is folded, while the names are ranked.
        double keystrokeWhileRankingMs = 0;
        double keystrokeWhileRankingMaxMs = 0;
        double keystrokeBlockedMs = 0; // longest the UI thread was busy during any
        int rows = 0;

        QString table() const;
        QString summary() const;
    };

    static std::optional<Result> run(int panels, int servicesPerPanel, int runs);
};
