// SPDX-License-Identifier: MIT
#include "groupcolumns.h"

#include "groupingbuilder.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"

#include <QHeaderView>

GroupColumns::GroupColumns(ServiceTableModel *model, ServiceViewModel *view,
                           ServiceTableView *table, GroupingBuilder *builder, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_table(table)
    , m_builder(builder)
{
    // Showing or hiding a column resizes its section.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ServiceTableModel::GroupColumn || column == ServiceTableModel::CheapestColumn)
            update();
    });
    connect(m_builder, &GroupingBuilder::built, this, &GroupColumns::update);
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &GroupColumns::markCheapest);
    // New rates change the prices in rupiah the cheapest is chosen by. Queued: when the rates
    // are grouped with again, that build has started by then, and converts them on its worker.
    connect(
        m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft) {
            if (topLeft.column() < ServiceTableModel::GroupColumn && !m_builder->isBuilding())
                markCheapest();
        },
        Qt::QueuedConnection);
}

bool GroupColumns::isWanted() const
{
    return !m_table->isColumnHidden(ServiceTableModel::GroupColumn)
           || !m_table->isColumnHidden(ServiceTableModel::CheapestColumn);
}

void GroupColumns::update()
{
    // While a build runs, the last result may be of other services, rates or regrouping.
    if (!isWanted() || m_builder->isBuilding() || m_model->services().isEmpty()
        || m_model->groups() == m_builder->groups())
        return;
    // The same list (shared, never changed in place) is still shown: its groups are good.
    if (m_builder->grouping()->services().constData() != m_model->services().constData())
        return;
    m_model->setGroups(m_builder->groups());
    markCheapest();
}

void GroupColumns::markCheapest()
{
    // Hidden, the column is brought up to date when shown again.
    if (!m_model->groups() || m_table->isColumnHidden(ServiceTableModel::CheapestColumn))
        return;
    std::vector<int> shown(std::size_t(m_view->rowCount()));
    for (int row = 0; row < m_view->rowCount(); ++row)
        shown[std::size_t(row)] = m_view->sourceRow(row);
    m_model->setCheapestAmong(shown);
}
