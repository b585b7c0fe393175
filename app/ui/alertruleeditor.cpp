// SPDX-License-Identifier: MIT
#include "alertruleeditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 1000);
    box->setDecimals(1);
    box->setSingleStep(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(AlertRule::DefaultPriceUpPercent);
    return box;
}

} // namespace

AlertRuleEditor::AlertRuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_priceUp(new QCheckBox(tr("Price &up by more than"), this))
    , m_priceUpPercent(percentBox(this, QStringLiteral("priceUpPercentBox")))
    , m_priceDown(new QCheckBox(tr("Price &down by more than"), this))
    , m_priceDownPercent(percentBox(this, QStringLiteral("priceDownPercentBox")))
    , m_removed(new QCheckBox(tr("Service &removed"), this))
    , m_inactive(new QCheckBox(tr("Service turned &inactive"), this))
    , m_minMax(new QCheckBox(tr("Minimum or ma&ximum order changed"), this))
    , m_refill(new QCheckBox(tr("Re&fill changed"), this))
    , m_newServices(new QCheckBox(tr("&New services"), this))
    , m_balance(new QCheckBox(tr("&Balance below"), this))
    , m_balanceAmount(new QDoubleSpinBox(this))
{
    m_priceUp->setObjectName(QStringLiteral("priceUpBox"));
    m_priceDown->setObjectName(QStringLiteral("priceDownBox"));
    m_removed->setObjectName(QStringLiteral("removedBox"));
    m_inactive->setObjectName(QStringLiteral("inactiveBox"));
    m_minMax->setObjectName(QStringLiteral("minMaxBox"));
    m_refill->setObjectName(QStringLiteral("refillChangedBox"));
    m_newServices->setObjectName(QStringLiteral("newServicesBox"));
    m_balance->setObjectName(QStringLiteral("balanceBox"));
    m_balance->setToolTip(tr("For panels with the standard reseller API, which report a balance; "
                             "in the panel's currency"));
    m_balanceAmount->setObjectName(QStringLiteral("balanceAmountBox"));
    m_balanceAmount->setRange(0, 1e12);
    m_balanceAmount->setDecimals(2);
    m_balanceAmount->setGroupSeparatorShown(true);
    m_balanceAmount->setValue(10);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_priceUp, 0, 0);
    grid->addWidget(m_priceUpPercent, 0, 1);
    grid->addWidget(m_priceDown, 1, 0);
    grid->addWidget(m_priceDownPercent, 1, 1);
    grid->addWidget(m_removed, 2, 0, 1, 2);
    grid->addWidget(m_inactive, 3, 0, 1, 2);
    grid->addWidget(m_minMax, 4, 0, 1, 2);
    grid->addWidget(m_refill, 5, 0, 1, 2);
    grid->addWidget(m_newServices, 6, 0, 1, 2);
    grid->addWidget(m_balance, 7, 0);
    grid->addWidget(m_balanceAmount, 7, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(8, 1);

    for (QCheckBox *box : {m_priceUp, m_priceDown, m_removed, m_inactive, m_minMax, m_refill,
                           m_newServices, m_balance}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    for (QDoubleSpinBox *box : {m_priceUpPercent, m_priceDownPercent, m_balanceAmount}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    updateEnabled();
}

void AlertRuleEditor::setRule(const AlertRule &rule, bool balanceApplies)
{
    m_loading = true;
    m_priceUp->setChecked(rule.priceUpPercent.has_value());
    if (rule.priceUpPercent)
        m_priceUpPercent->setValue(*rule.priceUpPercent);
    m_priceDown->setChecked(rule.priceDownPercent.has_value());
    if (rule.priceDownPercent)
        m_priceDownPercent->setValue(*rule.priceDownPercent);
    m_removed->setChecked(rule.removed);
    m_inactive->setChecked(rule.inactive);
    m_minMax->setChecked(rule.minMaxChanged);
    m_refill->setChecked(rule.refillChanged);
    m_newServices->setChecked(rule.newServices);
    m_balanceApplies = balanceApplies;
    m_hiddenBalance = rule.balanceBelow;
    m_balance->setChecked(rule.balanceBelow.has_value());
    if (rule.balanceBelow)
        m_balanceAmount->setValue(*rule.balanceBelow);
    m_balance->setVisible(balanceApplies);
    m_balanceAmount->setVisible(balanceApplies);
    m_loading = false;
    updateEnabled();
}

AlertRule AlertRuleEditor::rule() const
{
    AlertRule rule;
    rule.priceUpPercent =
        m_priceUp->isChecked() ? std::optional(m_priceUpPercent->value()) : std::nullopt;
    rule.priceDownPercent =
        m_priceDown->isChecked() ? std::optional(m_priceDownPercent->value()) : std::nullopt;
    rule.removed = m_removed->isChecked();
    rule.inactive = m_inactive->isChecked();
    rule.minMaxChanged = m_minMax->isChecked();
    rule.refillChanged = m_refill->isChecked();
    rule.newServices = m_newServices->isChecked();
    if (!m_balanceApplies)
        rule.balanceBelow = m_hiddenBalance;
    else if (m_balance->isChecked())
        rule.balanceBelow = m_balanceAmount->value();
    return rule;
}

void AlertRuleEditor::updateEnabled()
{
    m_priceUpPercent->setEnabled(m_priceUp->isChecked());
    m_priceDownPercent->setEnabled(m_priceDown->isChecked());
    m_balanceAmount->setEnabled(m_balance->isChecked());
}
