// SPDX-License-Identifier: MIT
#pragma once

#include "servicegrouping.h"

#include <QAbstractItemModel>

#include <memory>

// The groups of the same offer side by side, as a tree: one top row per group with its cheapest
// panel and service, that price in rupiah, the runner-up, the spread between the cheapest and
// the dearest and how many services it has; its children are the members, cheapest first, with
// their panel, id, name, rupiah price and what sets them apart (refill, speed, quality).
// SortRole gives raw values (doubles for prices and spreads, counts, text) for a sorting proxy.
class GroupComparisonModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, // the group's label; a member's name
        CheapestColumn,
        PanelColumn,
        IdColumn,
        PriceColumn,
        RunnerUpColumn,
        SpreadColumn,
        SpreadPercentColumn,
        CountColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        GroupIndexRole,   // index into grouping().groups() (top rows and members)
        ServiceIndexRole, // index into grouping().services(): the member, or a group's cheapest
        SearchRole,       // folded text that the search terms are looked for in
    };

    explicit GroupComparisonModel(QObject *parent = nullptr);

    // Replaces every row in one model reset.
    void setGrouping(std::shared_ptr<const ServiceGrouping> grouping);
    const ServiceGrouping &grouping() const { return *m_grouping; }
    std::shared_ptr<const ServiceGrouping> sharedGrouping() const { return m_grouping; }

    QModelIndex groupIndex(qsizetype group, int column = NameColumn) const;
    // The member row of a service, by its index in grouping().services().
    QModelIndex serviceIndex(qsizetype service, int column = NameColumn) const;
    // A member's index in grouping().services(); -1 for a group's row or an invalid index.
    qsizetype serviceAt(const QModelIndex &index) const;
    // The group of a row, or of a member's row; -1 for an invalid index.
    qsizetype groupAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "refill 30 days · 10,000 a day · real, hq"
    static QString detail(const ServiceAttributes &attributes);

private:
    QVariant groupData(const ServiceGrouping::Group &group, int column, int role) const;
    QVariant memberData(const ServiceGrouping::Group &group, qsizetype service, int column,
                        int role) const;
    QString panelName(qsizetype service) const;

    std::shared_ptr<const ServiceGrouping> m_grouping;
    // Per group and per service, the folded label or name, panel and id.
    QStringList m_groupSearch;
    QStringList m_serviceSearch;
};
