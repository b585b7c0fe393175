// SPDX-License-Identifier: MIT
#pragma once

#include "alertrules.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

// The switches and thresholds of one alert rule: price up or down by more than a percentage,
// removed, inactive, min or max changed, refill changed, new services, and, for a panel or the
// global rule, a balance below an amount.
class AlertRuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertRuleEditor(QWidget *parent = nullptr);

    // Shows `rule`; the balance only where it applies (the global rule and a panel's).
    void setRule(const AlertRule &rule, bool balanceApplies);
    AlertRule rule() const;

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();

    QCheckBox *m_priceUp;
    QDoubleSpinBox *m_priceUpPercent;
    QCheckBox *m_priceDown;
    QDoubleSpinBox *m_priceDownPercent;
    QCheckBox *m_removed;
    QCheckBox *m_inactive;
    QCheckBox *m_minMax;
    QCheckBox *m_refill;
    QCheckBox *m_newServices;
    QCheckBox *m_balance;
    QDoubleSpinBox *m_balanceAmount;
    bool m_balanceApplies = true;
    std::optional<double> m_hiddenBalance; // kept as it was where it does not apply
    bool m_loading = false;
};
