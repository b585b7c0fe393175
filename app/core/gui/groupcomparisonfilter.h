// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// The Compare view's rows in the order the user chose, narrowed to the search terms: a group
// shows when its label matches (then with every member) or when one of its members' name,
// panel or id does (then with those members). Sorts on GroupComparisonModel::SortRole; rows
// without a value (no price) sort last.
class GroupComparisonFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GroupComparisonFilter(QObject *parent = nullptr);

    // Folded words (SearchText::terms) that must all be found; empty shows every group.
    void setTerms(const QStringList &terms);
    const QStringList &terms() const { return m_terms; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
};
