// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// For SMM_EXIT_AFTER_FIRST_PAINT=1: prints "first paint" on stdout right after a top-level
// window's first paint and quits, so a benchmark can time start-up to the first painted window
// (tests/bench/).
class ExitAfterFirstPaint final : public QObject
{
    Q_OBJECT

public:
    // Whether SMM_EXIT_AFTER_FIRST_PAINT=1 is set.
    static bool isRequested();
    // Quits once `window` (not shown yet) has had its first paint event; the filter is its child.
    static void watch(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ExitAfterFirstPaint(QObject *window);
};
