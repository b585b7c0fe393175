// SPDX-License-Identifier: MIT
#pragma once

#include <QDoubleSpinBox>

// A spin box for a number with optional decimals: 10 reads "10", not "10.00"; 12.5 reads "12.5".
class PlainDoubleSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override;
};
