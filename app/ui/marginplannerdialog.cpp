// SPDX-License-Identifier: MIT
#include "marginplannerdialog.h"

#include "moneyformat.h"
#include "plaindoublespinbox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPrice = 1'000'000'000;

// Whole rupiah like everywhere else; cents only when a step of less than a rupiah made them.
QString rupiahText(const Decimal &amount)
{
    const std::optional<Decimal> whole = amount.rounded(0);
    if (whole && *whole == amount)
        return MoneyFormat::rupiah(amount.toDouble());
    return MoneyFormat::prefix() + QLocale().toString(amount.toDouble(), 'f', 2)
           + MoneyFormat::suffix();
}

Decimal decimalOf(double value)
{
    return Decimal::fromDouble(value).value_or(Decimal());
}

} // namespace

MarginPlannerDialog::MarginPlannerDialog(QWidget *parent)
    : QDialog(parent)
    , m_marginChoice(new QRadioButton(tr("Target &margin:"), this))
    , m_undercutChoice(new QRadioButton(tr("&Undercut a competitor at:"), this))
    , m_margin(new PlainDoubleSpinBox(this))
    , m_competitor(new PlainDoubleSpinBox(this))
    , m_undercut(new PlainDoubleSpinBox(this))
    , m_undercutUnit(new QComboBox(this))
    , m_quantity(new QSpinBox(this))
    , m_stepNote(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_warning(new QLabel(this))
{
    setObjectName(u"marginPlannerDialog"_s);
    setWindowTitle(tr("Plan Selling Prices"));

    m_marginChoice->setObjectName(u"marginChoice"_s);
    m_undercutChoice->setObjectName(u"undercutChoice"_s);
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_marginChoice);
    choices->addButton(m_undercutChoice);
    m_marginChoice->setChecked(true);

    m_margin->setObjectName(u"marginBox"_s);
    m_margin->setRange(0, MarginPlanner::MaxMarginPercent);
    m_margin->setDecimals(2);
    m_margin->setValue(20);
    m_margin->setSuffix(u" %"_s);
    m_margin->setToolTip(tr("The share of the selling price that is profit"));

    m_competitor->setObjectName(u"competitorPriceBox"_s);
    m_competitor->setRange(0, MaxPrice);
    m_competitor->setDecimals(2);
    m_competitor->setGroupSeparatorShown(true);
    m_competitor->setPrefix(MoneyFormat::prefix());
    m_competitor->setSuffix(MoneyFormat::suffix());
    m_competitor->setToolTip(tr("The competitor's price per 1000"));

    m_undercut->setObjectName(u"undercutBox"_s);
    m_undercut->setRange(0, MaxPrice);
    m_undercut->setDecimals(2);
    m_undercutUnit->setObjectName(u"undercutUnit"_s);
    m_undercutUnit->addItem(tr("rupiah less"), int(MarginPlanner::Goal::UndercutByAmount));
    m_undercutUnit->addItem(tr("% less"), int(MarginPlanner::Goal::UndercutByPercent));

    m_quantity->setObjectName(u"plannerQuantityBox"_s);
    m_quantity->setRange(1, std::numeric_limits<int>::max());
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setValue(1000);

    m_stepNote->setObjectName(u"stepNote"_s);
    m_stepNote->setWordWrap(true);

    m_table->setObjectName(u"plannerTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Service"), tr("Cost per 1K"), tr("Selling price per 1K"),
                              tr("Profit per 1K"), tr("Profit per order"), tr("Margin")});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    for (int column = CostColumn; column < ColumnCount; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_warning->setObjectName(u"plannerWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_warning->hide();

    auto *undercutRow = new QHBoxLayout;
    undercutRow->addWidget(m_competitor, 1);
    undercutRow->addWidget(m_undercut, 1);
    undercutRow->addWidget(m_undercutUnit);
    auto *form = new QFormLayout;
    form->addRow(m_marginChoice, m_margin);
    form->addRow(m_undercutChoice, undercutRow);
    form->addRow(tr("Profit for an order of:"), m_quantity);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_stepNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);

    const auto update = [this] {
        recalculate();
    };
    connect(m_marginChoice, &QRadioButton::toggled, this, update);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_competitor, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_undercut, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_undercutUnit, &QComboBox::currentIndexChanged, this, update);
    connect(m_quantity, &QSpinBox::valueChanged, this, update);
    // Typing in a field of a choice makes it the choice.
    connect(m_margin, &QDoubleSpinBox::valueChanged, m_marginChoice,
            [this] { m_marginChoice->setChecked(true); });
    for (QDoubleSpinBox *box : {m_undercut, m_competitor})
        connect(box, &QDoubleSpinBox::valueChanged, m_undercutChoice,
                [this] { m_undercutChoice->setChecked(true); });

    setRoundingStep(0);
    resize(720, 420);
}

void MarginPlannerDialog::setItems(const QList<Item> &items)
{
    m_items = items;
    recalculate();
}

void MarginPlannerDialog::setRoundingStep(double step)
{
    m_step = step;
    m_stepNote->setText(step > 0 ? tr("Selling prices are rounded up to a multiple of %1 (Settings "
                                      "▸ Pricing).")
                                       .arg(rupiahText(decimalOf(step)))
                                 : tr("Selling prices are not rounded (Settings ▸ Pricing)."));
    recalculate();
}

void MarginPlannerDialog::setQuantity(qint64 quantity)
{
    m_quantity->setValue(int(std::clamp<qint64>(quantity, 1, m_quantity->maximum())));
}

void MarginPlannerDialog::setCompetitorPrice(double price)
{
    const QSignalBlocker blocker(m_competitor); // not a choice of the user's
    m_competitor->setValue(price);
    recalculate();
}

MarginPlanner::Plan MarginPlannerDialog::currentPlan() const
{
    MarginPlanner::Plan plan;
    plan.goal = m_marginChoice->isChecked()
                    ? MarginPlanner::Goal::TargetMargin
                    : MarginPlanner::Goal(m_undercutUnit->currentData().toInt());
    plan.marginPercent = decimalOf(m_margin->value());
    plan.competitorPrice = decimalOf(m_competitor->value());
    plan.undercut = decimalOf(m_undercut->value());
    plan.step = decimalOf(m_step);
    plan.quantity = m_quantity->value();
    return plan;
}

void MarginPlannerDialog::recalculate()
{
    const MarginPlanner::Plan plan = currentPlan();
    m_results.clear();
    m_table->clear();
    int belowCost = 0;
    int notUndercut = 0;
    int unpriced = 0;
    for (const Item &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(ItemColumn, item.label);
        row->setToolTip(ItemColumn, item.label);
        for (int column = CostColumn; column < ColumnCount; ++column)
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        const std::optional<MarginPlanner::Result> result =
            item.cost ? MarginPlanner::plan(*item.cost, plan) : std::nullopt;
        m_results.append(result);
        if (!item.cost) {
            row->setText(CostColumn, tr("no rate"));
            ++unpriced;
            continue;
        }
        row->setText(CostColumn, rupiahText(*item.cost));
        if (!result) {
            row->setText(PriceColumn, tr("no price"));
            ++unpriced;
            continue;
        }
        row->setText(PriceColumn, rupiahText(result->sellingPrice));
        row->setText(ProfitColumn, rupiahText(result->profitPer1000));
        row->setText(OrderProfitColumn, rupiahText(result->profitPerOrder));
        if (result->marginPercent)
            row->setText(MarginColumn,
                         QLocale().toString(result->marginPercent->toDouble(), 'f', 2) + u" %"_s);
        if (result->belowCost) {
            ++belowCost;
            for (int column = 0; column < ColumnCount; ++column)
                row->setForeground(column, QColor(0xb0, 0x00, 0x20));
        }
        if (result->notBelowCompetitor)
            ++notUndercut;
    }

    QStringList warnings;
    if (belowCost > 0)
        warnings << tr("Below cost: %n price(s) would sell for less than the service costs.",
                       nullptr, belowCost);
    if (notUndercut > 0)
        warnings << tr("Rounding up to the step takes %n price(s) to the competitor's price or "
                       "above it.",
                       nullptr, notUndercut);
    if (unpriced > 0)
        warnings << tr("%n service(s) have no price: no exchange rate, or a margin or undercut "
                       "that leaves nothing to sell for.",
                       nullptr, unpriced);
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}
