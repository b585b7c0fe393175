// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "moneyformat.h"
#include "searchtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

QDoubleSpinBox *makePriceBox(QWidget *parent, const QString &objectName, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(name);
    box->setRange(0, 1e12);
    box->setDecimals(0);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(FilterBar::tr("Any"));
    box->setPrefix(MoneyFormat::prefix());
    box->setSuffix(MoneyFormat::suffix());
    box->setToolTip(FilterBar::tr("Price per 1,000 units; leave at “Any” for no limit"));
    // Narrower than its widest value (Rp 1,000,000,000,000) so the bar fits a laptop screen.
    box->setMinimumWidth(90);
    box->setMaximumWidth(150);
    return box;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_refill(new QComboBox(this))
    , m_activeOnly(new QCheckBox(tr("&Active only"), this))
    , m_changedOnly(new QCheckBox(tr("Changed only"), this))
    , m_quantity(new QSpinBox(this))
    , m_minPrice(makePriceBox(this, QStringLiteral("minPriceBox"), tr("Lowest price")))
    , m_maxPrice(makePriceBox(this, QStringLiteral("maxPriceBox"), tr("Highest price")))
{
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("Filter by name, category, type or note"));
    m_search->setAccessibleName(tr("Filter"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);

    m_refill->setObjectName(QStringLiteral("refillBox"));
    m_refill->setAccessibleName(tr("Refill"));
    m_refill->addItem(tr("Refill: any"), int(ServiceFilter::Refill::Any));
    m_refill->addItem(tr("Refill: yes"), int(ServiceFilter::Refill::Yes));
    m_refill->addItem(tr("Refill: no"), int(ServiceFilter::Refill::No));

    m_activeOnly->setObjectName(QStringLiteral("activeOnlyBox"));
    m_activeOnly->setChecked(true);
    m_changedOnly->setObjectName(QStringLiteral("changedOnlyBox"));
    m_changedOnly->setToolTip(tr("Only services that are new or whose price changed since the "
                                 "previous fetch of their category"));

    m_quantity->setObjectName(QStringLiteral("quantityBox"));
    m_quantity->setAccessibleName(tr("Quantity I need"));
    m_quantity->setRange(0, std::numeric_limits<int>::max());
    m_quantity->setGroupSeparatorShown(true);
    m_quantity->setSpecialValueText(tr("Any"));
    m_quantity->setToolTip(tr("Show only services that accept this quantity, and what it costs"));
    m_quantity->setMinimumWidth(90);
    m_quantity->setMaximumWidth(150);

    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearButton->setToolTip(tr("Clear every filter"));

    auto *quantityLabel = new QLabel(tr("&Quantity I need:"), this);
    quantityLabel->setBuddy(m_quantity);
    auto *priceLabel = new QLabel(tr("&Price / 1K:"), this);
    priceLabel->setBuddy(m_minPrice);
    auto *toLabel = new QLabel(tr("to"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_refill);
    layout->addWidget(m_activeOnly);
    layout->addWidget(m_changedOnly);
    layout->addWidget(quantityLabel);
    layout->addWidget(m_quantity, 1);
    layout->addWidget(priceLabel);
    layout->addWidget(m_minPrice, 1);
    layout->addWidget(toLabel);
    layout->addWidget(m_maxPrice, 1);
    layout->addWidget(clearButton);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    connect(m_refill, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_activeOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_changedOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_quantity, &QSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(m_minPrice, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(m_maxPrice, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
}

std::optional<qint64> FilterBar::quantity() const
{
    if (m_quantity->value() <= 0)
        return std::nullopt;
    return m_quantity->value();
}

ServiceFilter FilterBar::filter() const
{
    ServiceFilter filter;
    filter.terms = SearchText::terms(m_search->text());
    filter.refill = ServiceFilter::Refill(m_refill->currentData().toInt());
    filter.activeOnly = m_activeOnly->isChecked();
    filter.changedOnly = m_changedOnly->isChecked();
    filter.quantity = quantity();
    if (m_minPrice->value() > 0)
        filter.minPrice = m_minPrice->value();
    if (m_maxPrice->value() > 0)
        filter.maxPrice = m_maxPrice->value();
    return filter;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_search),     QSignalBlocker(m_refill),
                                       QSignalBlocker(m_activeOnly), QSignalBlocker(m_changedOnly),
                                       QSignalBlocker(m_quantity),   QSignalBlocker(m_minPrice),
                                       QSignalBlocker(m_maxPrice)};
    m_search->clear();
    m_refill->setCurrentIndex(0);
    m_activeOnly->setChecked(true);
    m_changedOnly->setChecked(false);
    m_quantity->setValue(0);
    m_minPrice->setValue(0);
    m_maxPrice->setValue(0);
    emitFilter();
}

void FilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}
