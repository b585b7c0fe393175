// SPDX-License-Identifier: MIT
#include "servicetabledelegate.h"

#include <QPalette>

QColor ServiceTableDelegate::colourOf(ServiceTableModel::Tone tone, const QPalette &palette)
{
    using Tone = ServiceTableModel::Tone;
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case Tone::Plain:
        return {};
    case Tone::Inactive:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Tone::New:
        return darkBase ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xb8);
    case Tone::PriceRose:
        return darkBase ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::PriceFell:
        return darkBase ? QColor(0x81, 0xc9, 0x95) : QColor(0x13, 0x73, 0x33);
    }
    return {};
}

void ServiceTableDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto tone = index.data(ServiceTableModel::ToneRole).value<ServiceTableModel::Tone>();
    if (const QColor colour = colourOf(tone, option->palette); colour.isValid())
        option->palette.setColor(QPalette::Text, colour);
}
