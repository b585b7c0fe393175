// SPDX-License-Identifier: MIT
#pragma once

#include "servicetablemodel.h"

#include <QStyledItemDelegate>

// Paints the service table's cells in the colour of what they mean (ServiceTableModel's
// ToneRole): rises red and falls green (bad and good news for a reseller), new services blue,
// inactive services greyed; darker shades on a light base, lighter ones on a dark base.
class ServiceTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text colour of a tone on `palette`; invalid for the plain tone.
    static QColor colourOf(ServiceTableModel::Tone tone, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
