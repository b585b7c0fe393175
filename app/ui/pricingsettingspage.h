// SPDX-License-Identifier: MIT
#pragma once

#include "resellerpricing.h"

#include <QWidget>

class QDoubleSpinBox;
class QTableWidget;

// Settings ▸ Pricing: the markup of the My price column, globally and per category, and the
// step it is rounded up to.
class PricingSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PricingSettingsPage(const ResellerPricing &pricing, QWidget *parent = nullptr);

    ResellerPricing pricing() const;

private:
    void addCategoryRow(const QString &category, double markup);

    QDoubleSpinBox *m_markup;
    QDoubleSpinBox *m_step;
    QTableWidget *m_categories;
};
