// SPDX-License-Identifier: MIT
#include "pricechart.h"
#include "pricehistorydialog.h"

#include <QLabel>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestPriceChart : public QObject
{
    Q_OBJECT

private:
    // The chart of one fetch at each local time, painted at `width`; its time axis.
    static QList<TimeAxis::Tick> ticksOf(const QList<QDateTime> &times, int width = 560)
    {
        QList<PricePoint> points;
        for (qsizetype i = 0; i < times.size(); ++i)
            points.append({times.at(i).toUTC(), 1000.0 + double(i % 3) * 250, QString(), {}, {}});
        PriceChart chart;
        chart.resize(width, 300);
        chart.setSeries(points);
        chart.grab();
        return chart.timeTicks();
    }

    static QStringList labelsOf(const QList<TimeAxis::Tick> &ticks)
    {
        QStringList labels;
        for (const TimeAxis::Tick &tick : ticks)
            labels.append(tick.label);
        return labels;
    }

    static QDateTime at(int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second));
    }

    static void verifyDistinctAndInside(const QList<TimeAxis::Tick> &ticks,
                                        const QList<QDateTime> &times)
    {
        const QStringList labels = labelsOf(ticks);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        for (const TimeAxis::Tick &tick : ticks) {
            QVERIFY2(tick.at >= times.first() && tick.at <= times.last(), qPrintable(tick.label));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldLabelFetchesOfOneDayWithDistinctTimes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("timePattern");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("^\\d{1,2}:\\d\\d [AP]M$");
        QTest::newRow("Indonesian") << QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                    << QStringLiteral("^\\d\\d\\.\\d\\d$");
    }

    void shouldLabelFetchesOfOneDayWithDistinctTimes()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, timePattern);
        QLocale::setDefault(locale);
        const QList<QDateTime> times{at(30, 9, 5), at(30, 9, 40), at(30, 11, 15), at(30, 16, 50)};
        const QList<TimeAxis::Tick> ticks = ticksOf(times);
        QVERIFY2(ticks.size() >= 3, qPrintable(labelsOf(ticks).join(u'|')));
        verifyDistinctAndInside(ticks, times);
        const QRegularExpression time(timePattern);
        for (const TimeAxis::Tick &tick : ticks) {
            QVERIFY2(time.match(tick.label).hasMatch(), qPrintable(tick.label));
            QCOMPARE(tick.at.time().second(), 0);
            QCOMPARE(tick.at.time().minute() % 5, 0); // round times
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldLabelFetchesSecondsApartWithSeconds()
    {
        const QList<QDateTime> times{at(30, 10, 42, 1), at(30, 10, 42, 5), at(30, 10, 42, 20)};
        const QList<TimeAxis::Tick> ticks = ticksOf(times);
        QVERIFY2(ticks.size() >= 2, qPrintable(labelsOf(ticks).join(u'|')));
        verifyDistinctAndInside(ticks, times);
        const QRegularExpression time(QStringLiteral("^10:42:\\d\\d AM$"));
        for (const TimeAxis::Tick &tick : ticks)
            QVERIFY2(time.match(tick.label).hasMatch(), qPrintable(tick.label));
    }

    void shouldNameTheDateAtMidnightWithinADay()
    {
        const QList<QDateTime> times{at(29, 22, 10), at(29, 23, 30), at(30, 1, 0), at(30, 3, 20)};
        const QStringList labels = labelsOf(ticksOf(times));
        verifyDistinctAndInside(ticksOf(times), times);
        QVERIFY2(labels.contains(QStringLiteral("11/30/26")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u'|')));
    }

    void shouldLabelSeveralDaysWithDatesEachOnce_data()
    {
        QTest::addColumn<QList<QDateTime>>("times");
        QTest::addColumn<int>("width");
        QList<QDateTime> many;
        for (int day = 10; day <= 20; ++day) {
            for (int hour : {8, 8, 13, 19})
                many.append(at(day, hour, day));
        }
        QTest::newRow("ten days") << many << 560;
        // Room for a tick every 12 hours, whose times would repeat from day to day.
        QTest::newRow("three days, wide")
            << QList<QDateTime>{at(25, 9, 0), at(26, 14, 0), at(27, 21, 0), at(28, 2, 0)} << 1400;
    }

    void shouldLabelSeveralDaysWithDatesEachOnce()
    {
        QFETCH(QList<QDateTime>, times);
        QFETCH(int, width);
        const QList<TimeAxis::Tick> ticks = ticksOf(times, width);
        QVERIFY2(ticks.size() >= 3, qPrintable(labelsOf(ticks).join(u'|')));
        verifyDistinctAndInside(ticks, times);
        for (const TimeAxis::Tick &tick : ticks) {
            QCOMPARE(tick.at.time(), QTime(0, 0));
            QCOMPARE(tick.label, QLocale().toString(tick.at.date(), QLocale::ShortFormat));
        }
    }

    void shouldFitTheLabelsOfANarrowChart()
    {
        QList<QDateTime> times;
        for (int day = 1; day <= 30; ++day)
            times.append(at(day, 12, 0));
        const QList<TimeAxis::Tick> wide = ticksOf(times, 900);
        const QList<TimeAxis::Tick> narrow = ticksOf(times, 240);
        verifyDistinctAndInside(narrow, times);
        QVERIFY2(narrow.size() >= 1 && narrow.size() < wide.size(),
                 qPrintable(labelsOf(narrow).join(u'|') + u" / " + labelsOf(wide).join(u'|')));
        const QFontMetrics metrics(PriceChart().font());
        int needed = 0;
        for (const TimeAxis::Tick &tick : narrow)
            needed += metrics.horizontalAdvance(tick.label);
        QVERIFY2(needed < 240, qPrintable(labelsOf(narrow).join(u'|')));
    }

    void shouldSayWhenForOneFetch()
    {
        const QList<TimeAxis::Tick> ticks = ticksOf({at(30, 10, 42)});
        QCOMPARE(labelsOf(ticks), QStringList{QStringLiteral("11/30/26 10:42 AM")});
    }

    void shouldLabelPricesInTheServicesOwnCurrency()
    {
        Service service;
        service.id = 101;
        service.name = QStringLiteral("Instagram Likes");
        service.panel = QStringLiteral("Cheap USD");
        service.currency = QStringLiteral("USD");
        const QString category = QStringLiteral("Instagram Likes");
        const QList<PricePoint> points{
            {at(29, 10, 0).toUTC(), 0.045, category, service.currency, QStringLiteral("0.0450")},
            {at(30, 10, 0).toUTC(), 0.05, category, service.currency, QStringLiteral("0.0500")}};
        PriceHistoryDialog dialog(service, points);
        const QString summary =
            dialog.findChild<QLabel *>(QStringLiteral("priceHistorySummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("Lowest USD 0.0450"))
                     && summary.contains(QLatin1String("now USD 0.0500"))
                     && !summary.contains(QLatin1String("Rp")),
                 qPrintable(summary));
        QCOMPARE(PriceChart::pointLabel({at(30, 10, 0), 24865.6, category, {}, {}}),
                 QStringLiteral("Rp 24,866"));
    }
};

QTEST_MAIN(TestPriceChart)
#include "test_pricechart.moc"
