// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// With SMM_EXIT_AFTER_FIRST_PAINT=1, quits the application as soon as a top-level window has
// been painted for the first time, so a benchmark can time start-up to the first frame.
class ExitAfterFirstPaint final : public QObject
{
    Q_OBJECT

public:
    // Whether SMM_EXIT_AFTER_FIRST_PAINT=1 is set.
    static bool isRequested();
    // Watches `window` (not yet shown) and quits after its first paint event; owned by it.
    static void watch(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ExitAfterFirstPaint(QObject *window);
};
