// SPDX-License-Identifier: MIT
#include "tablesnapshot.h"

#include "serviceviewmodel.h"

TableSnapshot::Contents TableSnapshot::take(const ServiceViewModel &view)
{
    const auto *table = qobject_cast<const ServiceTableModel *>(view.sourceModel());
    Q_ASSERT(table);
    Contents contents{
        table->services(),      table->changes(), table->resellerPricing(), table->orderQuantity(),
        table->exchangeRates(), table->groups(),  table->groupsPriced(),    {}};
    contents.rows.reserve(std::size_t(view.rowCount()));
    for (int row = 0; row < view.rowCount(); ++row)
        contents.rows.push_back(view.sourceRow(row));
    return contents;
}

TableSnapshot::TableSnapshot(Contents contents, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(std::move(contents.rows))
{
    m_table.setServices(std::move(contents.services), std::move(contents.changes));
    m_table.setResellerPricing(contents.pricing);
    m_table.setOrderQuantity(contents.orderQuantity);
    m_table.setExchangeRates(contents.rates);
    if (contents.groups) {
        m_table.setGroups(std::move(contents.groups), contents.groupsPriced);
        m_table.setCheapestAmong(m_rows);
    }
}

void TableSnapshot::ensureGroups()
{
    if (m_table.groups())
        return;
    m_table.ensureGroups();
    m_table.setCheapestAmong(m_rows);
}

int TableSnapshot::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableSnapshot::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant TableSnapshot::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_table.data(m_table.index(m_rows[std::size_t(index.row())], index.column()), role);
}

QVariant TableSnapshot::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_table.headerData(section, orientation, role);
}
