// SPDX-License-Identifier: MIT
#pragma once

#include "decimal.h"
#include "marginplanner.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class PlainDoubleSpinBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

// Plans selling prices: for each item (a group's cheapest service, or each selected service)
// the selling price per 1000 that a target margin or an undercut of a competitor gives, rounded
// up to the pricing step, and the profit per order. Says so when a price sells below cost.
class MarginPlannerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        ItemColumn,
        CostColumn,
        PriceColumn,
        ProfitColumn,
        OrderProfitColumn,
        MarginColumn,
        ColumnCount
    };

    struct Item {
        QString label;
        std::optional<Decimal> cost; // rupiah per 1000; none without an exchange rate
    };

    explicit MarginPlannerDialog(QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    // The step of Settings ▸ Pricing; 0 does not round.
    void setRoundingStep(double step);
    void setQuantity(qint64 quantity);
    // A price per 1000 to start the undercut from, such as a group's runner-up.
    void setCompetitorPrice(double price);

    // What the table shows, for tests: the plan of each item (nullopt where it has none).
    const QList<std::optional<MarginPlanner::Result>> &results() const { return m_results; }

private:
    void recalculate();
    MarginPlanner::Plan currentPlan() const;

    QList<Item> m_items;
    QList<std::optional<MarginPlanner::Result>> m_results;
    double m_step = 0;

    QRadioButton *m_marginChoice;
    QRadioButton *m_undercutChoice;
    PlainDoubleSpinBox *m_margin;
    PlainDoubleSpinBox *m_competitor;
    PlainDoubleSpinBox *m_undercut;
    QComboBox *m_undercutUnit;
    QSpinBox *m_quantity;
    QLabel *m_stepNote;
    QTreeWidget *m_table;
    QLabel *m_warning;
};
