// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QFontMetrics;
class QLocale;

// The ticks of a time axis: at round times (every 5 minutes, every 6 hours, every day, every
// month), as many as fit side by side, each with a label no other tick has. A span under a day
// is labelled with times (midnight with its date), a longer one with dates.
class TimeAxis
{
public:
    struct Tick {
        QDateTime at; // local time
        QString label;
    };

    static QList<Tick> ticks(const QDateTime &first, const QDateTime &last, double width,
                             const QFontMetrics &metrics, const QLocale &locale);
};
