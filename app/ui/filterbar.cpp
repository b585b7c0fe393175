// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "moneyformat.h"
#include "searchtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QToolButton>

namespace {

constexpr int RareFilterPosition = 4; // in the row: after the quantity, before the button

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
    , m_activeOnly(new QCheckBox(tr("&Active only"), this))
    , m_quantity(new QSpinBox(this))
    , m_rare(new QWidget(this))
    , m_refill(new QComboBox(m_rare))
    , m_changedOnly(new QCheckBox(tr("Changed only"), m_rare))
    , m_minPrice(makePriceBox(m_rare, QStringLiteral("minPriceBox"), tr("Lowest price")))
    , m_maxPrice(makePriceBox(m_rare, QStringLiteral("maxPriceBox"), tr("Highest price")))
    , m_rarePopup(new QFrame(this, Qt::Popup))
    , m_more(new QToolButton(this))
    , m_row(new QHBoxLayout(this))
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
    m_quantity->setMaximumWidth(120);

    auto *clearButton = new QPushButton(tr("C&lear"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    clearButton->setToolTip(tr("Clear every filter"));

    auto *quantityLabel = new QLabel(tr("&Quantity I need:"), this);
    quantityLabel->setBuddy(m_quantity);
    auto *priceLabel = new QLabel(tr("&Price / 1K:"), m_rare);
    priceLabel->setBuddy(m_minPrice);
    auto *toLabel = new QLabel(tr("to"), m_rare);
    auto *rareLayout = new QHBoxLayout(m_rare);
    rareLayout->setContentsMargins(0, 0, 0, 0);
    rareLayout->addWidget(m_refill);
    rareLayout->addWidget(m_changedOnly);
    rareLayout->addWidget(priceLabel);
    rareLayout->addWidget(m_minPrice, 1);
    rareLayout->addWidget(toLabel);
    rareLayout->addWidget(m_maxPrice, 1);

    m_rarePopup->setObjectName(QStringLiteral("moreFiltersPopup"));
    m_rarePopup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QHBoxLayout(m_rarePopup);
    popupLayout->setSizeConstraint(QLayout::SetFixedSize);

    m_more->setObjectName(QStringLiteral("moreFiltersButton"));
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::DownArrow);
    m_more->setToolTip(tr("The filters that do not fit in this window"));
    m_more->hide();

    // The row's minimum is the narrow one (see minimumSizeHint), so the window can shrink.
    m_row->setSizeConstraint(QLayout::SetNoConstraint);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(m_search, 3);
    m_row->addWidget(m_activeOnly);
    m_row->addWidget(quantityLabel);
    m_row->addWidget(m_quantity);
    m_row->insertWidget(RareFilterPosition, m_rare, 2);
    m_row->addWidget(m_more);
    m_row->addWidget(clearButton);
    updateMoreButton();

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
    connect(m_refill, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_activeOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_changedOnly, &QCheckBox::toggled, this, &FilterBar::emitFilter);
    connect(m_quantity, &QSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(m_minPrice, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(m_maxPrice, &QDoubleSpinBox::valueChanged, this, &FilterBar::emitFilter);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_more, &QToolButton::clicked, this, &FilterBar::showRareFilters);
}

bool FilterBar::showsAllFilters() const
{
    return m_rare->parentWidget() == this;
}

int FilterBar::rowWidth(bool withRareFilters) const
{
    // With the rare filters, the search box keeps room for its whole placeholder.
    const int search = withRareFilters
                           ? m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                                 + 2 * m_search->sizeHint().height()
                           : 0;
    int width = std::max(m_search->minimumSizeHint().width(), search);
    int items = 1;
    for (int i = 1; i < m_row->count(); ++i) {
        QWidget *widget = m_row->itemAt(i)->widget();
        if (!widget || widget == m_rare || widget == m_more)
            continue;
        width += widget->sizeHint().width();
        ++items;
    }
    width += withRareFilters ? m_rare->sizeHint().width() : m_more->sizeHint().width();
    const QMargins margins = m_row->contentsMargins();
    return width + items * m_row->spacing() + margins.left() + margins.right();
}

QSize FilterBar::minimumSizeHint() const
{
    return {rowWidth(false), QWidget::minimumSizeHint().height()};
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeRareFilters();
}

void FilterBar::placeRareFilters()
{
    const bool roomy = width() >= rowWidth(true);
    if (roomy == showsAllFilters())
        return;
    m_rarePopup->hide();
    if (roomy) {
        m_rarePopup->layout()->removeWidget(m_rare);
        m_rare->setParent(this);
        m_row->insertWidget(RareFilterPosition, m_rare, 2);
    } else {
        m_row->removeWidget(m_rare);
        m_rare->setParent(m_rarePopup);
        m_rarePopup->layout()->addWidget(m_rare);
    }
    m_rare->show();
    m_more->setVisible(!roomy);
}

void FilterBar::showRareFilters()
{
    m_rarePopup->adjustSize();
    m_rarePopup->move(
        m_more->mapToGlobal(QPoint(m_more->width() - m_rarePopup->width(), m_more->height())));
    m_rarePopup->show();
    m_refill->setFocus(Qt::PopupFocusReason);
}

void FilterBar::updateMoreButton()
{
    const int active = int(m_refill->currentIndex() > 0) + int(m_changedOnly->isChecked())
                       + int(m_minPrice->value() > 0 || m_maxPrice->value() > 0);
    m_more->setText(active > 0 ? tr("More filters (%n on)", nullptr, active) : tr("More filters"));
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

void FilterBar::showEverything()
{
    reset(false);
}

void FilterBar::clear()
{
    reset(true);
}

void FilterBar::reset(bool activeOnly)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_search),     QSignalBlocker(m_refill),
                                       QSignalBlocker(m_activeOnly), QSignalBlocker(m_changedOnly),
                                       QSignalBlocker(m_quantity),   QSignalBlocker(m_minPrice),
                                       QSignalBlocker(m_maxPrice)};
    m_search->clear();
    m_refill->setCurrentIndex(0);
    m_activeOnly->setChecked(activeOnly);
    m_changedOnly->setChecked(false);
    m_quantity->setValue(0);
    m_minPrice->setValue(0);
    m_maxPrice->setValue(0);
    emitFilter();
}

void FilterBar::emitFilter()
{
    updateMoreButton();
    Q_EMIT filterChanged(filter());
}
