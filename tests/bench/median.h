// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <algorithm>

// The middle of several timings: one slow run on a shared machine does not move it.
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
