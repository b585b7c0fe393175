// SPDX-License-Identifier: MIT
#pragma once

#include "alertrules.h"

#include <QWidget>

class AlertRuleEditor;
class QGroupBox;
class QListWidget;
class QMenu;
class QPushButton;

// Settings ▸ Alerts: the rule for every category and panel, and saved categories or panels with a
// rule of their own (stricter thresholds, or nothing watched: ignored). Changes are kept until the
// dialog is accepted: rules() then holds them.
class AlertsSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    AlertsSettingsPage(const AlertRules &rules, QWidget *parent = nullptr);

    AlertRules rules() const { return m_rules; }
    // The saved categories the Add menu offers; panels come from the panel registry.
    void setSavedCategories(const QStringList &names) { m_savedCategories = names; }
    // Gives a saved category ("category") or a panel ("panel", "" the built-in one) a rule of its
    // own, starting from the global one, and selects it.
    void addOwnRule(const QString &kind, const QString &key);
    // Selects the row of a rule: 0 is the global one.
    void selectRule(int row);
    void removeSelectedRule();
    // A panel was renamed: its own rule goes with it.
    void renamePanel(const QString &from, const QString &to);

private:
    void reloadList();
    void showSelected();
    void storeEdited();
    void fillAddMenu();
    void ignoreEverything();

    AlertRules m_rules;
    QStringList m_savedCategories;
    QListWidget *m_list;
    QPushButton *m_add;
    QMenu *m_addMenu;
    QPushButton *m_remove;
    QGroupBox *m_ruleBox;
    AlertRuleEditor *m_editor;
    QPushButton *m_ignore;
};
