// SPDX-License-Identifier: MIT
#pragma once

#include "servicegrouping.h"
#include "servicekey.h"

#include <QWidget>

#include <memory>

class GroupComparisonFilter;
class GroupComparisonModel;
class QLabel;
class QTreeView;
class RegroupActions;

// The Compare view: the groups of the same offer among the loaded services, cheapest first in
// each, sortable by spread, price and count, narrowed by the filter bar's search words. A double
// click on a service asks for it in the table; the context menu regroups and plans prices. The
// tree and its summary are built when the pane is first shown, not before the window's first
// paint; until then the model and the filter follow the groups on their own.
class ComparePane final : public QWidget
{
    Q_OBJECT

public:
    ComparePane(RegroupActions *regroup, QWidget *parent = nullptr);

    void setGrouping(std::shared_ptr<const ServiceGrouping> grouping);
    // Says the groups are being built (the rows shown are the previous ones until then).
    void setBuilding(bool building);
    void setSearchTerms(const QStringList &terms);

    GroupComparisonModel *model() const { return m_model; }
    GroupComparisonFilter *filter() const { return m_filter; }
    // Null until the pane is first shown.
    QTreeView *tree() const { return m_tree; }
    // The selected members (indexes into grouping().services()), and for each selected group
    // its cheapest; in the order shown, without repeats.
    QList<qsizetype> selectedServices() const;
    // The group of the current row; -1 for none.
    qsizetype currentGroup() const;
    void setVisible(bool visible) override;

Q_SIGNALS:
    // The tree's current row changed.
    void currentRowChanged();
    void serviceActivated(const ServiceKey &service);
    // Plan prices for a group (from its cheapest) or for selected services.
    void planGroupRequested(qsizetype group);
    void planServicesRequested(const QList<qsizetype> &services);

private:
    void buildContents();
    void showContextMenu(const QPoint &position);
    void updateSummary();

    RegroupActions *m_regroup;
    GroupComparisonModel *m_model;
    GroupComparisonFilter *m_filter;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    bool m_building = false;
};
