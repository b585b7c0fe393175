// SPDX-License-Identifier: MIT
#include "groupcolumns.h"

#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QtConcurrentRun>

#include <utility>

GroupColumns::GroupColumns(ServiceTableModel *model, ServiceViewModel *view,
                           ServiceTableView *table, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_table(table)
{
    // Showing or hiding a column resizes its section.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ServiceTableModel::GroupColumn || column == ServiceTableModel::CheapestColumn)
            update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupColumns::update);
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &GroupColumns::markCheapest);
    // New rates change the prices in rupiah the cheapest is chosen by.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() < ServiceTableModel::GroupColumn)
            markCheapest();
    });
}

GroupColumns::~GroupColumns()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool GroupColumns::isWanted() const
{
    return !m_table->isColumnHidden(ServiceTableModel::GroupColumn)
           || !m_table->isColumnHidden(ServiceTableModel::CheapestColumn);
}

void GroupColumns::update()
{
    if (m_watcher || m_model->groups() || m_model->services().isEmpty() || !isWanted())
        return;
    m_grouping = m_model->services();
    auto *watcher = new QFutureWatcher<ServiceGroups>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        // The same list (shared, never changed in place) is still shown: its groups are good.
        if (!std::exchange(m_stale, false)
            && m_grouping.constData() == m_model->services().constData()) {
            m_model->setGroups(std::make_shared<const ServiceGroups>(watcher->result()));
            markCheapest();
        }
        m_grouping.clear();
        update();
    });
    watcher->setFuture(
        QtConcurrent::run([services = m_grouping] { return ServiceGroups::of(services); }));
}

void GroupColumns::regroup()
{
    m_stale = m_watcher != nullptr; // grouped before the change: worked out again when done
    m_model->setGroups(nullptr);
    update();
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
