// SPDX-License-Identifier: MIT
#include "comparepane.h"

#include "groupcomparisonfilter.h"
#include "groupcomparisonmodel.h"
#include "regroupactions.h"
#include "taborder.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

ComparePane::ComparePane(RegroupActions *regroup, QWidget *parent)
    : QWidget(parent)
    , m_regroup(regroup)
    , m_model(new GroupComparisonModel(this))
    , m_filter(new GroupComparisonFilter(this))
{
    setObjectName(u"comparePane"_s);
    m_filter->setSourceModel(m_model);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ComparePane::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ComparePane::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ComparePane::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ComparePane::updateSummary);
}

void ComparePane::setVisible(bool visible)
{
    if (visible && !m_tree)
        buildContents();
    QWidget::setVisible(visible);
}

void ComparePane::buildContents()
{
    m_summary = new QLabel(this);
    m_tree = new QTreeView(this);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);

    m_tree->setObjectName(u"compareTree"_s);
    m_tree->setAccessibleName(tr("Groups of the same offer"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->sortByColumn(GroupComparisonModel::SpreadColumn, Qt::DescendingOrder);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    // Room for a label and a name; the numbers as wide as they need to be, not wider.
    const QFontMetrics metrics = fontMetrics();
    const int digit = metrics.horizontalAdvance(u'0');
    header->resizeSection(GroupComparisonModel::NameColumn, 34 * digit);
    header->resizeSection(GroupComparisonModel::CheapestColumn, 22 * digit);
    header->resizeSection(GroupComparisonModel::PanelColumn, 11 * digit);
    header->resizeSection(GroupComparisonModel::IdColumn, 7 * digit);
    header->resizeSection(GroupComparisonModel::PriceColumn, 13 * digit);
    header->resizeSection(GroupComparisonModel::RunnerUpColumn, 20 * digit);
    header->resizeSection(GroupComparisonModel::SpreadColumn, 12 * digit);
    header->resizeSection(GroupComparisonModel::SpreadPercentColumn, 10 * digit);
    header->resizeSection(GroupComparisonModel::CountColumn, 8 * digit);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ComparePane::showContextMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const qsizetype service = m_model->serviceAt(m_filter->mapToSource(index));
        if (service >= 0)
            Q_EMIT serviceActivated(ServiceKey::of(m_model->grouping().services().at(service)));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComparePane::currentRowChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    placeInTabOrderAt(this, {m_tree});
    updateSummary();
}

void ComparePane::setGrouping(std::shared_ptr<const ServiceGrouping> grouping)
{
    if (!m_tree) {
        m_model->setGrouping(std::move(grouping));
        updateSummary();
        return;
    }
    // A regrouping rebuilds every row: the open groups and the current service stay.
    QStringList expanded;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex group = m_filter->index(row, 0);
        if (m_tree->isExpanded(group))
            expanded.append(m_model->grouping()
                                .groups()
                                .at(m_model->groupAt(m_filter->mapToSource(group)))
                                .key);
    }
    const qsizetype current = m_model->serviceAt(m_filter->mapToSource(m_tree->currentIndex()));
    const std::optional<ServiceKey> currentKey =
        current >= 0 ? std::optional(ServiceKey::of(m_model->grouping().services().at(current)))
                     : std::nullopt;

    m_model->setGrouping(std::move(grouping));
    const ServiceGrouping &now = m_model->grouping();
    for (const QString &key : std::as_const(expanded))
        m_tree->expand(m_filter->mapFromSource(m_model->groupIndex(now.groupIndex(key))));
    if (currentKey) {
        for (qsizetype i = 0; i < now.services().size(); ++i) {
            if (ServiceKey::of(now.services().at(i)) == *currentKey) {
                const QModelIndex shown = m_filter->mapFromSource(m_model->serviceIndex(i));
                m_tree->expand(shown.parent());
                m_tree->setCurrentIndex(shown);
                break;
            }
        }
    }
    updateSummary();
}

void ComparePane::setBuilding(bool building)
{
    m_building = building;
    updateSummary();
}

void ComparePane::setSearchTerms(const QStringList &terms)
{
    m_filter->setTerms(terms);
}

void ComparePane::updateSummary()
{
    if (!m_summary)
        return;
    const ServiceGrouping &grouping = m_model->grouping();
    const int groups = int(grouping.groups().size());
    const int services = int(grouping.services().size());
    QString text;
    if (services == 0) {
        text = tr("Load prices to compare the same offer across panels; with “All panels” "
                  "every panel's services are compared.");
    } else {
        const qsizetype shared =
            std::count_if(grouping.groups().cbegin(), grouping.groups().cend(),
                          [](const ServiceGrouping::Group &group) { return group.count() > 1; });
        text = tr("%Ln group(s) of the same offer", nullptr, groups) + u" · "_s
               + tr("%Ln with more than one service", nullptr, int(shared)) + u" · "_s
               + tr("%Ln service(s)", nullptr, services);
        if (m_filter->rowCount() != groups)
            text += u" · "_s + tr("%Ln shown", nullptr, m_filter->rowCount());
    }
    if (m_building)
        text += u" · "_s + tr("grouping…");
    m_summary->setText(text);
}

QList<qsizetype> ComparePane::selectedServices() const
{
    QList<qsizetype> services;
    if (!m_tree)
        return services;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = m_filter->mapToSource(row);
        qsizetype service = m_model->serviceAt(source);
        if (service < 0 && m_model->groupAt(source) >= 0)
            service = m_model->grouping().groups().at(m_model->groupAt(source)).cheapest;
        if (service >= 0 && !services.contains(service))
            services.append(service);
    }
    return services;
}

qsizetype ComparePane::currentGroup() const
{
    if (!m_tree)
        return -1;
    return m_model->groupAt(m_filter->mapToSource(m_tree->currentIndex()));
}

void ComparePane::showContextMenu(const QPoint &position)
{
    const QModelIndex source = m_filter->mapToSource(m_tree->indexAt(position));
    const qsizetype group = m_model->groupAt(source);
    if (group < 0)
        return;
    const qsizetype service = m_model->serviceAt(source);
    const ServiceGrouping &grouping = m_model->grouping();
    QMenu menu(this);
    if (service >= 0) {
        menu.addAction(tr("Show in &Table"), this,
                       [this, key = ServiceKey::of(grouping.services().at(service))] {
                           Q_EMIT serviceActivated(key);
                       });
        QList<ServiceKey> members;
        QList<qsizetype> selected = selectedServices();
        if (!selected.contains(service))
            selected = {service};
        for (const qsizetype index : std::as_const(selected))
            members.append(ServiceKey::of(grouping.services().at(index)));
        menu.addAction(tr("&Plan Selling Prices…"), this,
                       [this, selected] { Q_EMIT planServicesRequested(selected); });
        menu.addSeparator();
        m_regroup->addServiceActions(&menu, members);
    } else {
        menu.addAction(tr("&Plan Selling Prices…"), this,
                       [this, group] { Q_EMIT planGroupRequested(group); });
        menu.addSeparator();
        m_regroup->addGroupActions(&menu, group);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}
