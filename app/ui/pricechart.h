// SPDX-License-Identifier: MIT
#pragma once

#include "storedfetch.h"
#include "timeaxis.h"

#include <QWidget>

// A line chart of one service's stored prices over time, drawn with QPainter, with the lowest
// and highest price marked.
class PriceChart final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceChart(QWidget *parent = nullptr);

    void setSeries(const QList<PricePoint> &points);
    const QList<PricePoint> &series() const { return m_points; }
    // Indexes into series() of the lowest and highest price (the earliest of equals); -1 if none.
    int minimumIndex() const { return m_minimum; }
    int maximumIndex() const { return m_maximum; }
    // The time axis as last painted, left to right.
    const QList<TimeAxis::Tick> &timeTicks() const { return m_ticks; }

    // A point's price in its own currency, as the panel wrote it.
    static QString pointLabel(const PricePoint &point);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString axisLabel(double value) const;

    QList<PricePoint> m_points;
    int m_minimum = -1;
    int m_maximum = -1;
    QList<TimeAxis::Tick> m_ticks;
};
