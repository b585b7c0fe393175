// SPDX-License-Identifier: MIT
#include "plaindoublespinbox.h"

QString PlainDoubleSpinBox::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QString decimalPoint = locale().decimalPoint();
    if (!text.contains(decimalPoint))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(decimalPoint))
        text.chop(decimalPoint.size());
    return text;
}
