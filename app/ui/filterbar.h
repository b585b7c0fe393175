// SPDX-License-Identifier: MIT
#pragma once

#include "servicefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

// The row of filters above the table. Emits the whole filter whenever any part changes. On a
// narrow window the rarely used filters move behind a "More filters" button.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    ServiceFilter filter() const;
    std::optional<qint64> quantity() const;
    void focusSearch();
    void clear();
    // As clear(), with the inactive services shown too.
    void showEverything();
    QSize minimumSizeHint() const override;
    // Whether the rarely used filters are in the row rather than behind "More filters".
    bool showsAllFilters() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void filterChanged(const ServiceFilter &filter);

private:
    void reset(bool activeOnly);
    void emitFilter();
    // The row's width with the rare filters in it, or with the button that shows them.
    int rowWidth(bool withRareFilters) const;
    void placeRareFilters();
    void showRareFilters();
    void updateMoreButton();

    QLineEdit *m_search;
    QCheckBox *m_activeOnly;
    QSpinBox *m_quantity;
    QWidget *m_rare; // refill, "changed only" and the price range
    QComboBox *m_refill;
    QCheckBox *m_changedOnly;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QFrame *m_rarePopup; // holds m_rare when the row has no room for it
    QToolButton *m_more;
    QHBoxLayout *m_row;
};
