// SPDX-License-Identifier: MIT
#include "alertssettingspage.h"

#include "alertlistmodel.h"
#include "alertruleeditor.h"
#include "panelregistry.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString GlobalKind = QStringLiteral("global");
const QString CategoryKind = QStringLiteral("category");
const QString PanelKind = QStringLiteral("panel");
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

AlertsSettingsPage::AlertsSettingsPage(const AlertRules &rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_addMenu(new QMenu(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_ruleBox(new QGroupBox(this))
    , m_editor(new AlertRuleEditor(this))
    , m_ignore(new QPushButton(tr("I&gnore Everything Here"), this))
{
    setObjectName(QStringLiteral("alertsSettingsPage"));
    auto *intro = new QLabel(tr("Each fetch is compared with the one before it; an alert is raised "
                                "for what is checked here. A saved category or a panel may have "
                                "rules of its own."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("alertRuleList"));
    m_list->setAccessibleName(tr("Rules for"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_add->setObjectName(QStringLiteral("addAlertRuleButton"));
    m_add->setToolTip(tr("Give a saved category or a panel rules of its own"));
    m_add->setMenu(m_addMenu);
    m_remove->setObjectName(QStringLiteral("removeAlertRuleButton"));
    m_remove->setToolTip(tr("Use the rules for everything again"));
    m_ruleBox->setObjectName(QStringLiteral("alertRuleBox"));
    m_ignore->setObjectName(QStringLiteral("ignoreAlertsButton"));
    m_ignore->setToolTip(tr("Raise no alerts for this category or panel"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Rules for:"), this));
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *boxLayout = new QVBoxLayout(m_ruleBox);
    boxLayout->addWidget(m_editor);
    auto *ignoreRow = new QHBoxLayout;
    ignoreRow->addWidget(m_ignore);
    ignoreRow->addStretch();
    boxLayout->addLayout(ignoreRow);
    boxLayout->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_ruleBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);

    connect(m_addMenu, &QMenu::aboutToShow, this, &AlertsSettingsPage::fillAddMenu);
    connect(m_remove, &QPushButton::clicked, this, &AlertsSettingsPage::removeSelectedRule);
    connect(m_ignore, &QPushButton::clicked, this, &AlertsSettingsPage::ignoreEverything);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertsSettingsPage::showSelected);
    connect(m_editor, &AlertRuleEditor::edited, this, &AlertsSettingsPage::storeEdited);
    reloadList();
    selectRule(0);
}

void AlertsSettingsPage::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *global = new QListWidgetItem(tr("Every category and panel"), m_list);
    global->setData(KindRole, GlobalKind);
    QStringList panels = m_rules.panels.keys();
    panels.sort(Qt::CaseInsensitive);
    for (const QString &panel : std::as_const(panels)) {
        auto *item =
            new QListWidgetItem(tr("Panel: %1").arg(AlertListModel::panelName(panel)), m_list);
        item->setData(KindRole, PanelKind);
        item->setData(KeyRole, panel);
    }
    QStringList categories = m_rules.categories.keys();
    categories.sort(Qt::CaseInsensitive);
    for (const QString &category : std::as_const(categories)) {
        auto *item = new QListWidgetItem(tr("Category: %1").arg(category), m_list);
        item->setData(KindRole, CategoryKind);
        item->setData(KeyRole, category);
        item->setToolTip(category);
    }
}

void AlertsSettingsPage::selectRule(int row)
{
    m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    showSelected();
}

void AlertsSettingsPage::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    const QString kind = item ? item->data(KindRole).toString() : GlobalKind;
    const QString key = item ? item->data(KeyRole).toString() : QString();
    if (kind == PanelKind)
        m_editor->setRule(m_rules.panels.value(key), true);
    else if (kind == CategoryKind)
        m_editor->setRule(m_rules.categories.value(key), false);
    else
        m_editor->setRule(m_rules.global, true);
    m_ruleBox->setTitle(item ? item->text() : QString());
    m_remove->setEnabled(kind != GlobalKind);
    m_ignore->setVisible(kind != GlobalKind);
}

void AlertsSettingsPage::storeEdited()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString kind = item->data(KindRole).toString();
    const QString key = item->data(KeyRole).toString();
    if (kind == PanelKind)
        m_rules.panels.insert(key, m_editor->rule());
    else if (kind == CategoryKind)
        m_rules.categories.insert(key, m_editor->rule());
    else
        m_rules.global = m_editor->rule();
}

void AlertsSettingsPage::addOwnRule(const QString &kind, const QString &key)
{
    QHash<QString, AlertRule> &rules = kind == PanelKind ? m_rules.panels : m_rules.categories;
    if (!rules.contains(key))
        rules.insert(key, m_rules.global);
    reloadList();
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(KindRole).toString() == kind && item->data(KeyRole).toString() == key) {
            selectRule(row);
            return;
        }
    }
}

void AlertsSettingsPage::removeSelectedRule()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int row = m_list->currentRow();
    const QString kind = item->data(KindRole).toString();
    const QString key = item->data(KeyRole).toString();
    if (kind == PanelKind)
        m_rules.panels.remove(key);
    else if (kind == CategoryKind)
        m_rules.categories.remove(key);
    else
        return;
    reloadList();
    selectRule(row - 1);
}

void AlertsSettingsPage::ignoreEverything()
{
    AlertRule nothing;
    nothing.priceUpPercent.reset();
    nothing.priceDownPercent.reset();
    nothing.removed = false;
    nothing.inactive = false;
    nothing.minMaxChanged = false;
    nothing.refillChanged = false;
    nothing.newServices = false;
    nothing.balanceBelow.reset();
    const QListWidgetItem *item = m_list->currentItem();
    m_editor->setRule(nothing, item && item->data(KindRole).toString() == PanelKind);
    storeEdited();
}

void AlertsSettingsPage::fillAddMenu()
{
    m_addMenu->clear();
    QMenu *categories = m_addMenu->addMenu(tr("Saved Category"));
    for (const QString &name : std::as_const(m_savedCategories)) {
        QAction *action =
            categories->addAction(name, this, [this, name] { addOwnRule(CategoryKind, name); });
        action->setEnabled(!m_rules.categories.contains(name));
    }
    categories->setEnabled(!m_savedCategories.isEmpty());
    QMenu *panels = m_addMenu->addMenu(tr("Panel"));
    for (const PanelConfig &panel : PanelRegistry().allPanels(QUrl())) {
        const QString key = panel.isBuiltIn() ? QString() : panel.name;
        QAction *action =
            panels->addAction(panel.name, this, [this, key] { addOwnRule(PanelKind, key); });
        action->setEnabled(!m_rules.panels.contains(key));
    }
}

void AlertsSettingsPage::renamePanel(const QString &from, const QString &to)
{
    storeEdited();
    if (!m_rules.panels.contains(from))
        return;
    m_rules.panels.insert(to, m_rules.panels.take(from));
    reloadList();
    selectRule(0);
}
