// SPDX-License-Identifier: MIT
#include "alertspane.h"

#include "alertfiltermodel.h"
#include "alertlistmodel.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

AlertsPane::AlertsPane(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new AlertListModel(this))
    , m_filter(new AlertFilterModel(this))
    , m_badge(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertsDock"));
    setWindowTitle(tr("Alerts"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                | QDockWidget::DockWidgetFloatable);
    m_filter->setSourceModel(m_model);

    m_badge->setObjectName(QStringLiteral("alertBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setToolTip(tr("Show the Alerts pane"));
    m_badge->hide();

    connect(m_badge, &QToolButton::clicked, this, &AlertsPane::showList);
    // With the alerts of the scheduled command line and other windows too.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_model->reload();
    });
    connect(m_model, &AlertListModel::panelsChanged, this, &AlertsPane::updatePanels);
    connect(m_model, &AlertListModel::unacknowledgedCountChanged, this, &AlertsPane::updateCount);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AlertsPane::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlertsPane::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AlertsPane::updateState);
    updateCount(0);
}

void AlertsPane::setVisible(bool visible)
{
    if (visible && !m_list)
        buildContents();
    QDockWidget::setVisible(visible);
}

void AlertsPane::buildContents()
{
    m_search = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_panel = new QComboBox(this);
    m_unseenOnly = new QCheckBox(tr("&New only"), this);
    m_stack = new QStackedWidget(this);
    m_list = new QTreeView(this);
    m_emptyText = new QLabel(this);
    m_rules = new QPushButton(tr("Alert R&ules…"), this);
    m_acknowledge = new QPushButton(tr("Acknowle&dge"), this);
    m_acknowledgeAll = new QPushButton(tr("Ackno&wledge All"), this);
    m_error = new QLabel(this);

    m_search->setObjectName(QStringLiteral("alertSearch"));
    m_search->setPlaceholderText(tr("Search service, ID, category…"));
    m_search->setAccessibleName(tr("Search alerts"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("alertKindBox"));
    m_kind->setAccessibleName(tr("Kind of alert"));
    m_kind->addItem(tr("All kinds"));
    for (const Alert::Kind kind : Alert::allKinds())
        m_kind->addItem(Alert::kindName(kind), int(kind));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_panel->setObjectName(QStringLiteral("alertPanelBox"));
    m_panel->setAccessibleName(tr("Panel"));
    m_panel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unseenOnly->setObjectName(QStringLiteral("alertNewOnlyBox"));
    m_unseenOnly->setToolTip(tr("Show only the alerts not acknowledged yet"));
    m_unseenOnly->setChecked(m_filter->unacknowledgedOnly());

    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setAccessibleName(tr("Alerts"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder); // newest first, as the log lists them
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("Double-click or press Enter to show the service in the table"));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlertListModel::ServiceColumn, QHeaderView::Stretch);
    const int chars = fontMetrics().averageCharWidth();
    header->resizeSection(AlertListModel::TimeColumn, chars * 16);
    header->resizeSection(AlertListModel::KindColumn, chars * 18);
    // Room for a price move of two large prices, with its percentage.
    header->resizeSection(AlertListModel::ChangeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("Rp 10,000,000 → Rp "
                                                                         "10,000,000 (+100.0%)"))
                              + chars * 2);
    header->resizeSection(AlertListModel::CategoryColumn, chars * 26);
    header->resizeSection(AlertListModel::PanelColumn, chars * 14);
    header->resizeSection(AlertListModel::StateColumn, chars * 8);

    m_emptyText->setObjectName(QStringLiteral("alertEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setMargin(12);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyText);

    m_rules->setObjectName(QStringLiteral("alertRulesButton"));
    m_rules->setToolTip(tr("Choose what the alerts watch for (Settings ▸ Alerts)"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_acknowledge->setToolTip(tr("Mark the selected alerts as seen"));
    m_acknowledgeAll->setObjectName(QStringLiteral("acknowledgeAllAlertsButton"));
    m_error->setObjectName(QStringLiteral("alertError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_panel);
    filters->addWidget(m_unseenOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rules);
    buttons->addStretch();
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_acknowledgeAll);
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setWidget(contents);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AlertFilterModel::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(Alert::Kind(kind.toInt())) : std::nullopt);
    });
    connect(m_panel, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant panel = m_panel->currentData();
        m_filter->setPanel(panel.isValid() ? std::optional(panel.toString()) : std::nullopt);
    });
    connect(m_unseenOnly, &QCheckBox::toggled, m_filter, &AlertFilterModel::setUnacknowledgedOnly);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT alertActivated(m_model->alert(m_filter->mapToSource(index).row()));
    });
    connect(m_rules, &QPushButton::clicked, this, &AlertsPane::rulesRequested);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPane::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &AlertsPane::acknowledgeAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPane::updateState);
    placeInTabOrderAt(this, {m_search, m_kind, m_panel, m_unseenOnly, m_list, m_rules,
                             m_acknowledge, m_acknowledgeAll});
    updatePanels();
    updateState();
}

void AlertsPane::showList()
{
    show();
    raise();
    m_list->setFocus(Qt::OtherFocusReason);
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

void AlertsPane::acknowledgeSelected()
{
    const bool done =
        m_model->acknowledge(m_filter->sourceRows(m_list->selectionModel()->selectedRows()));
    m_error->setText(
        done ? QString()
             : tr("The alerts could not be marked as seen: %1").arg(m_model->lastError()));
    m_error->setVisible(!done);
}

void AlertsPane::acknowledgeAll()
{
    const bool done = m_model->acknowledgeAll();
    m_error->setText(
        done ? QString()
             : tr("The alerts could not be marked as seen: %1").arg(m_model->lastError()));
    m_error->setVisible(!done);
}

void AlertsPane::updatePanels()
{
    if (!m_panel)
        return;
    const QStringList panels = m_model->panels();
    const QVariant chosen = m_panel->currentData();
    const QSignalBlocker blocker(m_panel);
    m_panel->clear();
    m_panel->addItem(tr("All panels"));
    for (const QString &panel : panels)
        m_panel->addItem(AlertListModel::panelName(panel), panel);
    m_panel->setCurrentIndex(std::max(0, m_panel->findData(chosen)));
    // One panel is no choice; a panel chosen before stays choosable.
    m_panel->setVisible(panels.size() > 1 || m_panel->currentIndex() > 0);
}

void AlertsPane::updateCount(int unseen)
{
    setWindowTitle(unseen > 0 ? tr("Alerts (%n new)", nullptr, unseen) : tr("Alerts"));
    m_badge->setText(tr("%n new alert(s)", nullptr, unseen));
    m_badge->setVisible(unseen > 0);
    updateState();
}

void AlertsPane::updateState()
{
    if (!m_list)
        return;
    const bool any = m_filter->rowCount() > 0;
    if (!any) {
        if (m_model->rowCount() == 0)
            m_emptyText->setText(
                tr("No alerts. Alerts appear here when a refresh finds a price change, a removed "
                   "service or another change your alert rules watch for."));
        else if (m_filter->unacknowledgedOnly() && m_model->unacknowledgedCount() == 0)
            m_emptyText->setText(tr("No new alerts. Clear “New only” to see the ones already "
                                    "acknowledged."));
        else
            m_emptyText->setText(tr("No alerts match the filters."));
    }
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_list) : m_emptyText);
    m_acknowledge->setEnabled(m_list->selectionModel()->hasSelection());
    m_acknowledgeAll->setEnabled(m_model->unacknowledgedCount() > 0);
}
