// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class GroupingBuilder;
class ServiceTableModel;
class ServiceTableView;
class ServiceViewModel;

// Fills the table's Group and Cheapest columns while one of them is shown, from the groups the
// Compare tab's builder made on its worker for the same list (with their prices in rupiah), and
// chooses the cheapest of each group among the rows shown whenever they, or the prices in rupiah,
// change. Hidden, they cost nothing.
class GroupColumns final : public QObject
{
    Q_OBJECT

public:
    GroupColumns(ServiceTableModel *model, ServiceViewModel *view, ServiceTableView *table,
                 GroupingBuilder *builder, QObject *parent = nullptr);

private:
    bool isWanted() const;
    void update();
    void markCheapest();

    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    ServiceTableView *m_table;
    GroupingBuilder *m_builder;
};
