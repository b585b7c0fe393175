// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include <QFontMetrics>
#include <QLocale>
#include <QSet>

#include <array>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// A tick every `seconds` (each divides a day), `days` or `months`.
struct Step {
    qint64 seconds = 0;
    int days = 0;
    int months = 0;
};

constexpr std::array Steps{
    Step{1},           Step{2},           Step{5},          Step{10},         Step{15},
    Step{30},          Step{Minute},      Step{2 * Minute}, Step{5 * Minute}, Step{10 * Minute},
    Step{15 * Minute}, Step{30 * Minute}, Step{Hour},       Step{2 * Hour},   Step{3 * Hour},
    Step{6 * Hour},    Step{12 * Hour},   Step{0, 1},       Step{0, 2},       Step{0, 7},
    Step{0, 14},       Step{0, 0, 1},     Step{0, 0, 3},    Step{0, 0, 6},    Step{0, 0, 12},
};

// The locale's short time with seconds after its minutes ("h:mm:ss AP", "HH.mm.ss").
QString timeFormat(const QLocale &locale, bool withSeconds)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (withSeconds && minutes > 0 && !format.contains(u's'))
        format.insert(minutes + 2, format.at(minutes - 1) + QStringLiteral("ss"));
    return format;
}

QList<QDateTime> timesOf(const Step &step, const QDateTime &first, const QDateTime &last)
{
    QList<QDateTime> times;
    if (step.seconds > 0) {
        const QDateTime midnight(first.date(), QTime(0, 0));
        const qint64 since = midnight.secsTo(first);
        QDateTime at = midnight.addSecs((since + step.seconds - 1) / step.seconds * step.seconds);
        for (; at <= last; at = at.addSecs(step.seconds))
            times.append(at);
    } else if (step.days > 0) {
        QDate day = first.time() == QTime(0, 0) ? first.date() : first.date().addDays(1);
        for (; QDateTime(day, QTime(0, 0)) <= last; day = day.addDays(step.days))
            times.append(QDateTime(day, QTime(0, 0)));
    } else {
        QDate month(first.date().year(), first.date().month(), 1);
        if (QDateTime(month, QTime(0, 0)) < first)
            month = month.addMonths(1);
        while ((month.month() - 1) % step.months != 0)
            month = month.addMonths(1);
        for (; QDateTime(month, QTime(0, 0)) <= last; month = month.addMonths(step.months))
            times.append(QDateTime(month, QTime(0, 0)));
    }
    return times;
}

} // namespace

QList<TimeAxis::Tick> TimeAxis::ticks(const QDateTime &firstTime, const QDateTime &lastTime,
                                      double width, const QFontMetrics &metrics,
                                      const QLocale &locale)
{
    const QDateTime first = firstTime.toLocalTime();
    const QDateTime last = lastTime.toLocalTime();
    const qint64 span = first.secsTo(last);
    const QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    const double gap = 2.0 * metrics.averageCharWidth();

    QList<Tick> ticks;
    for (const Step &step : Steps) {
        if (span <= 0)
            break;
        // Times of day repeat only across a day: a longer span gets dates.
        if (step.seconds > 0 && span >= Day)
            continue;
        const QString format = timeFormat(locale, step.seconds > 0 && step.seconds < Minute);
        const auto label = [&](const QDateTime &at) {
            return step.seconds > 0 && at.time() != QTime(0, 0) ? locale.toString(at, format)
                                                                : locale.toString(at, dateFormat);
        };
        const QList<QDateTime> times = timesOf(step, first, last);
        double widest = 0;
        for (const QDateTime &at : times)
            widest = std::max(widest, double(metrics.horizontalAdvance(label(at))));
        if (double(times.size()) * (widest + gap) > width && &step != &Steps.back())
            continue;
        QSet<QString> seen;
        for (const QDateTime &at : times) {
            const QString text = label(at);
            if (!seen.contains(text)) {
                seen.insert(text);
                ticks.append({at, text});
            }
        }
        break;
    }
    // One fetch, or fetches too close together for a round time between them: one label says
    // when.
    if (ticks.isEmpty())
        ticks.append({first, locale.toString(first, dateFormat) + u' '
                                 + locale.toString(first, timeFormat(locale, span > 0))});
    return ticks;
}
