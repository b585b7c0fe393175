// SPDX-License-Identifier: MIT
#include "servicetabledelegate.h"

#include "pricecomparison.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

namespace {

Service makeService(quint64 id, double price, bool active = true)
{
    Service service;
    service.id = id;
    service.name = QStringLiteral("Service %1").arg(id);
    service.price = price;
    service.active = active;
    return service;
}

// WCAG relative luminance and contrast ratio; 4.5 is the bar for normal text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
               + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

// Whether a pixel of the cell painted by `delegate` has about `colour`.
bool paintsIn(const QStyledItemDelegate &delegate, const QModelIndex &index, const QColor &colour)
{
    QImage image(240, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.font = QApplication::font();
    option.font.setPixelSize(28);
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Base, Qt::white);
    option.state = QStyle::State_Enabled;
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
    }
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue())
                < 24)
                return true;
        }
    }
    return false;
}

} // namespace

class TestServiceTableDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldColourEveryToneReadablyOnLightAndDarkBases_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x20, 0x20, 0x20);
    }

    void shouldColourEveryToneReadablyOnLightAndDarkBases()
    {
        QFETCH(QColor, base);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        using Tone = ServiceTableModel::Tone;
        QVERIFY(!ServiceTableDelegate::colourOf(Tone::Plain, palette).isValid());
        for (const Tone tone : {Tone::PriceRose, Tone::PriceFell, Tone::New}) {
            const QColor text = ServiceTableDelegate::colourOf(tone, palette);
            QVERIFY(text.isValid());
            QVERIFY2(contrast(text, base) >= 4.5, qPrintable(text.name()));
        }
        // Rises and falls never look alike.
        QVERIFY(ServiceTableDelegate::colourOf(Tone::PriceRose, palette)
                != ServiceTableDelegate::colourOf(Tone::PriceFell, palette));
    }

    void shouldPaintAChangeInTheColourOfItsTone()
    {
        ServiceTableModel model;
        const ServiceList now = {makeService(1, 1125), makeService(2, 970)};
        const ServiceList before = {makeService(1, 1000), makeService(2, 1000)};
        model.setServices(now, PriceComparison::compare(before, now));
        ServiceTableDelegate delegate;
        QPalette light = QApplication::palette();
        light.setColor(QPalette::Base, Qt::white);
        const QColor red =
            ServiceTableDelegate::colourOf(ServiceTableModel::Tone::PriceRose, light);
        const QColor green =
            ServiceTableDelegate::colourOf(ServiceTableModel::Tone::PriceFell, light);

        const QModelIndex rose = model.index(0, ServiceTableModel::ChangeColumn);
        const QModelIndex fell = model.index(1, ServiceTableModel::ChangeColumn);
        QVERIFY(paintsIn(delegate, rose, red));
        QVERIFY(!paintsIn(delegate, rose, green));
        QVERIFY(paintsIn(delegate, fell, green));
        QVERIFY(!paintsIn(delegate, model.index(0, ServiceTableModel::NameColumn), red));
    }
};

QTEST_MAIN(TestServiceTableDelegate)
#include "test_servicetabledelegate.moc"
