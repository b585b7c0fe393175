// SPDX-License-Identifier: MIT
#include "pricingsettingspage.h"

#include "moneyformat.h"
#include "plaindoublespinbox.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

PricingSettingsPage::PricingSettingsPage(const ResellerPricing &pricing, QWidget *parent)
    : QWidget(parent)
    , m_markup(new PlainDoubleSpinBox(this))
    , m_step(new QDoubleSpinBox(this))
    , m_categories(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("pricingPage"));
    m_markup->setObjectName(QStringLiteral("markupBox"));
    m_markup->setRange(-100, 10000);
    m_markup->setDecimals(2);
    m_markup->setSuffix(QStringLiteral(" %"));
    m_markup->setValue(pricing.markupPercent);
    m_markup->setToolTip(tr("Added to the panel's price in the My price column"));
    m_step->setObjectName(QStringLiteral("roundingStepBox"));
    m_step->setRange(0, 1000000);
    m_step->setDecimals(0);
    m_step->setGroupSeparatorShown(true);
    m_step->setPrefix(MoneyFormat::prefix());
    m_step->setSuffix(MoneyFormat::suffix());
    m_step->setValue(pricing.roundingStep);
    m_step->setToolTip(tr("My price is rounded up to a multiple of this; 0 does not round"));

    m_categories->setObjectName(QStringLiteral("categoryMarkupTable"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Markup %")});
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->verticalHeader()->hide();
    for (auto it = pricing.categoryMarkupPercent.cbegin();
         it != pricing.categoryMarkupPercent.cend(); ++it)
        addCategoryRow(it.key(), it.value());
    m_categories->sortItems(0);
    auto *add = new QPushButton(tr("Add Category"), this);
    auto *remove = new QPushButton(tr("Remove Category"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addCategoryRow(QString(), m_markup->value());
        m_categories->editItem(m_categories->item(m_categories->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_categories->removeRow(m_categories->currentRow()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Markup:"), m_markup);
    form->addRow(tr("Round up to:"), m_step);
    auto *note = new QLabel(tr("Categories with their own markup (exact panel names):"), this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_categories);
    form->addRow(buttons);
}

void PricingSettingsPage::addCategoryRow(const QString &category, double markup)
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    m_categories->setItem(row, 0, new QTableWidgetItem(category));
    auto *percent = new QTableWidgetItem;
    percent->setData(Qt::EditRole, markup);
    m_categories->setItem(row, 1, percent);
}

ResellerPricing PricingSettingsPage::pricing() const
{
    ResellerPricing pricing;
    pricing.markupPercent = m_markup->value();
    pricing.roundingStep = m_step->value();
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QTableWidgetItem *category = m_categories->item(row, 0);
        const QTableWidgetItem *markup = m_categories->item(row, 1);
        bool ok = false;
        const double percent = markup ? markup->data(Qt::EditRole).toDouble(&ok) : 0;
        // Names are exact: kept as typed, spaces included.
        if (category && !category->text().isEmpty() && ok && percent >= -100 && percent <= 10000)
            pricing.categoryMarkupPercent.insert(category->text(), percent);
    }
    return pricing;
}
