// SPDX-License-Identifier: MIT
#include "pricechart.h"

#include "decimal.h"
#include "serviceformatter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

PriceChart::PriceChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("priceChart"));
    setAccessibleName(tr("Price over time"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void PriceChart::setSeries(const QList<PricePoint> &points)
{
    m_points = points;
    m_minimum = m_maximum = m_points.isEmpty() ? -1 : 0;
    for (int i = 1; i < m_points.size(); ++i) {
        if (m_points[i].price < m_points[m_minimum].price)
            m_minimum = i;
        if (m_points[i].price > m_points[m_maximum].price)
            m_maximum = i;
    }
    update();
}

QString PriceChart::pointLabel(const PricePoint &point)
{
    return ServiceFormatter::price(point.price, point.priceExact, point.currency);
}

QString PriceChart::axisLabel(double value) const
{
    // The axis ends are not prices anyone wrote: rupiah rounds to whole rupiah, and another
    // currency gets the four decimals its prices usually have.
    const QString currency = m_points.isEmpty() ? QString() : m_points.last().currency;
    const std::optional<Decimal> amount = Decimal::fromDouble(value);
    const std::optional<Decimal> rounded = amount ? amount->rounded(4) : std::nullopt;
    return ServiceFormatter::price(value, rounded ? rounded->toString() : QString(), currency);
}

QSize PriceChart::sizeHint() const
{
    return {560, 300};
}

QSize PriceChart::minimumSizeHint() const
{
    return {240, 140};
}

void PriceChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QFontMetrics metrics = fontMetrics();
    m_ticks.clear();
    if (m_points.isEmpty()) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No stored prices for this service yet."));
        return;
    }

    const double low = m_points[m_minimum].price;
    const double high = m_points[m_maximum].price;
    // A flat series still gets some height, so its line sits in the middle.
    const double margin = high > low ? (high - low) * 0.1 : high > 0 ? high * 0.05 : 1.0;
    const double bottom = std::max(0.0, low - margin);
    const double top = high + margin;
    const qint64 first = m_points.first().fetchedAt.toMSecsSinceEpoch();
    const qint64 last = m_points.last().fetchedAt.toMSecsSinceEpoch();

    const QString topLabel = axisLabel(top);
    const int left = metrics.horizontalAdvance(topLabel) + 12;
    const QRectF plot(left, metrics.height(), width() - left - 16,
                      height() - 3 * metrics.height() - 8);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const auto pointAt = [&](int i) {
        const qint64 time = m_points[i].fetchedAt.toMSecsSinceEpoch();
        const double x =
            last > first ? plot.left() + plot.width() * double(time - first) / double(last - first)
                         : plot.center().x();
        const double y =
            plot.bottom() - plot.height() * (m_points[i].price - bottom) / (top - bottom);
        return QPointF(x, y);
    };

    // Axes and their labels.
    painter.setPen(colours.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.setPen(colours.color(QPalette::Text));
    painter.drawText(QRectF(0, plot.top() - metrics.height() / 2.0, left - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() / 2.0, left - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, axisLabel(bottom));
    m_ticks = TimeAxis::ticks(m_points.first().fetchedAt, m_points.last().fetchedAt, plot.width(),
                              metrics, QLocale());
    for (const TimeAxis::Tick &tick : std::as_const(m_ticks)) {
        const double x = last > first
                             ? plot.left()
                                   + plot.width() * double(tick.at.toMSecsSinceEpoch() - first)
                                         / double(last - first)
                             : plot.center().x();
        painter.setPen(colours.color(QPalette::Mid));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        // Centred on its tick, but kept inside the widget and clear of the price labels.
        const double textWidth = metrics.horizontalAdvance(tick.label);
        const double textLeft = std::clamp(x - textWidth / 2, plot.left() - 4,
                                           std::max(plot.left(), width() - textWidth - 2));
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(QRectF(textLeft, plot.bottom() + 4, textWidth + 1, metrics.height()),
                         Qt::AlignLeft, tick.label);
    }

    // The series: a step line, since a price holds until the next fetch sees another.
    QPainterPath path(pointAt(0));
    for (int i = 1; i < m_points.size(); ++i) {
        const QPointF next = pointAt(i);
        path.lineTo(next.x(), path.currentPosition().y());
        path.lineTo(next);
    }
    painter.setPen(QPen(colours.color(QPalette::Highlight), 2));
    painter.drawPath(path);
    painter.setBrush(colours.color(QPalette::Highlight));
    for (int i = 0; i < m_points.size(); ++i)
        painter.drawEllipse(pointAt(i), 2.5, 2.5);

    // Lowest and highest, each a ring with its price next to it.
    const auto mark = [&](int index, const QString &label) {
        const QPointF at = pointAt(index);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colours.color(QPalette::Text), 2));
        painter.drawEllipse(at, 6, 6);
        const QString text = label.arg(pointLabel(m_points[index]));
        // Beside the ring, inside the plot, clear of the axis labels.
        const int textWidth = metrics.horizontalAdvance(text);
        const double x =
            at.x() + 10 + textWidth <= plot.right() ? at.x() + 10 : at.x() - 10 - textWidth;
        const double y = std::clamp(at.y() + metrics.ascent() / 2.0 - 1,
                                    plot.top() + metrics.ascent(), plot.bottom() - 4);
        painter.drawText(QPointF(x, y), text);
    };
    mark(m_maximum, tr("max %1"));
    if (m_minimum != m_maximum)
        mark(m_minimum, tr("min %1"));
}
