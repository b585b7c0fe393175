// SPDX-License-Identifier: MIT
#include "groupcomparisonfilter.h"

#include "groupcomparisonmodel.h"

GroupComparisonFilter::GroupComparisonFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GroupComparisonModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void GroupComparisonFilter::setTerms(const QStringList &terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

bool GroupComparisonFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(GroupComparisonModel::SearchRole)
                             .toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

bool GroupComparisonFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Without a value last, whichever way the column is sorted.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid())
        return a.isValid() != b.isValid() && (a.isValid() != descending);
    if (a.typeId() == QMetaType::QString)
        return QSortFilterProxyModel::lessThan(left, right);
    return a.toDouble() < b.toDouble();
}
