// SPDX-License-Identifier: MIT
#include "alertfiltermodel.h"

#include "alertlistmodel.h"
#include "searchtext.h"

AlertFilterModel::AlertFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::SortRole);
    // An alert acknowledged while unacknowledged ones are shown leaves the list.
    setDynamicSortFilter(true);
}

void AlertFilterModel::setKind(std::optional<Alert::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void AlertFilterModel::setPanel(const std::optional<QString> &panel)
{
    if (panel == m_panel)
        return;
    m_panel = panel;
    invalidateFilter();
}

void AlertFilterModel::setUnacknowledgedOnly(bool only)
{
    if (only == m_unacknowledgedOnly)
        return;
    m_unacknowledgedOnly = only;
    invalidateFilter();
}

void AlertFilterModel::setSearchText(const QString &text)
{
    const QStringList terms = SearchText::terms(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

QList<int> AlertFilterModel::sourceRows(const QModelIndexList &rows) const
{
    QList<int> source;
    for (const QModelIndex &row : rows)
        source.append(mapToSource(row).row());
    return source;
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unacknowledgedOnly && index.data(AlertListModel::AcknowledgedRole).toBool())
        return false;
    if (m_kind && index.data(AlertListModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_panel && index.data(AlertListModel::PanelRole).toString() != *m_panel)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString text = SearchText::fold(index.data(AlertListModel::SearchRole).toString());
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&text](const QString &term) { return text.contains(term); });
}
