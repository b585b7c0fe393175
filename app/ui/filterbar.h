// SPDX-License-Identifier: MIT
#pragma once

#include "servicefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// The row of filters above the table. Emits the whole filter whenever any part changes.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    ServiceFilter filter() const;
    std::optional<qint64> quantity() const;
    void focusSearch();
    void clear();

Q_SIGNALS:
    void filterChanged(const ServiceFilter &filter);

private:
    void emitFilter();

    QLineEdit *m_search;
    QComboBox *m_refill;
    QCheckBox *m_activeOnly;
    QCheckBox *m_changedOnly;
    QSpinBox *m_quantity;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
};
