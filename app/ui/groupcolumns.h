// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QObject>

class QFutureWatcherBase;
class ServiceTableModel;
class ServiceTableView;
class ServiceViewModel;

// Fills the table's Group and Cheapest columns while one of them is shown: the groups are
// computed on a worker (a large list takes a while), and the cheapest of each group is chosen
// among the rows shown whenever they, or the prices in rupiah, change. Hidden, they cost nothing.
class GroupColumns final : public QObject
{
    Q_OBJECT

public:
    GroupColumns(ServiceTableModel *model, ServiceViewModel *view, ServiceTableView *table,
                 QObject *parent = nullptr);
    ~GroupColumns() override;

    // The user regrouped services: the groups are worked out again.
    void regroup();

private:
    bool isWanted() const;
    void update();
    void markCheapest();

    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    ServiceTableView *m_table;
    QFutureWatcherBase *m_watcher = nullptr;
    ServiceList m_grouping; // the services being grouped, to tell whether they are still shown
    bool m_stale = false;   // the grouping in flight started before a regroup
};
