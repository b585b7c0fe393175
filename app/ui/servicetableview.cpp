// SPDX-License-Identifier: MIT
#include "servicetableview.h"

#include "servicetabledelegate.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsOpacityEffect>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

ServiceTableView::ServiceTableView(ServiceTableModel *model, ServiceViewModel *view,
                                   QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_view(view)
    , m_dimEffect(new QGraphicsOpacityEffect(this))
    , m_columnsMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("serviceTable"));
    setAccessibleName(tr("Services"));
    setModel(m_view);
    setItemDelegate(new ServiceTableDelegate(this));
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setGraphicsEffect(m_dimEffect);
    m_dimEffect->setEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setUpHeader();
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_columnsMenu, &QMenu::aboutToShow, this, &ServiceTableView::populateColumnsMenu);
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &ServiceTableView::keepSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_selectedSourceRow = m_view->sourceRow(current.row());
                    m_selectedId = m_model->service(int(m_selectedSourceRow)).id;
                    m_hasSelection = true;
                }
                Q_EMIT currentServiceChanged();
            });
}

void ServiceTableView::setUpHeader()
{
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const std::pair<ServiceTableModel::Column, int> widths[] = {
        {ServiceTableModel::IdColumn, 60},        {ServiceTableModel::NameColumn, 320},
        {ServiceTableModel::CategoryColumn, 240}, {ServiceTableModel::TypeColumn, 85},
        {ServiceTableModel::PriceColumn, 100},    {ServiceTableModel::MinColumn, 65},
        {ServiceTableModel::MaxColumn, 105},      {ServiceTableModel::RefillColumn, 50},
        {ServiceTableModel::StatusColumn, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    for (const auto column : {ServiceTableModel::CategoryColumn, ServiceTableModel::UnitPriceColumn,
                              ServiceTableModel::CostColumn, ServiceTableModel::NoteColumn,
                              ServiceTableModel::PriceTextColumn, ServiceTableModel::ChangeColumn,
                              ServiceTableModel::MyPriceColumn})
        header->hideSection(column);
    // Change and My price belong beside the panel's price, not past the last column.
    header->moveSection(header->visualIndex(ServiceTableModel::ChangeColumn),
                        header->visualIndex(ServiceTableModel::PriceColumn) + 1);
    header->moveSection(header->visualIndex(ServiceTableModel::MyPriceColumn),
                        header->visualIndex(ServiceTableModel::ChangeColumn) + 1);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        populateColumnsMenu();
        m_columnsMenu->popup(horizontalHeader()->mapToGlobal(position));
    });
}

void ServiceTableView::keepSelection()
{
    if (!m_hasSelection)
        return;
    // The remembered row is checked first; only new data needs a search by id.
    const ServiceList &services = m_model->services();
    if (m_selectedSourceRow >= services.size()
        || services.at(m_selectedSourceRow).id != m_selectedId) {
        const auto found = std::find_if(services.cbegin(), services.cend(),
                                        [this](const Service &s) { return s.id == m_selectedId; });
        m_selectedSourceRow =
            found == services.cend() ? services.size() : found - services.cbegin();
    }
    const QModelIndex visible =
        m_selectedSourceRow < services.size()
            ? m_view->mapFromSource(m_model->index(int(m_selectedSourceRow), 0))
            : QModelIndex();
    if (!visible.isValid()) {
        Q_EMIT currentServiceChanged();
        return;
    }
    selectionModel()->setCurrentIndex(m_view->index(visible.row(), ServiceTableModel::NameColumn),
                                      QItemSelectionModel::ClearAndSelect
                                          | QItemSelectionModel::Rows);
    scrollTo(currentIndex());
}

const Service *ServiceTableView::currentService() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? &m_model->service(m_view->sourceRow(current.row())) : nullptr;
}

void ServiceTableView::setDimmed(bool dimmed)
{
    m_dimEffect->setOpacity(0.45);
    m_dimEffect->setEnabled(dimmed);
}

bool ServiceTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    const QHeaderView *restored = horizontalHeader();
    m_view->sort(restored->sortIndicatorSection(), restored->sortIndicatorOrder());
    return true;
}

QByteArray ServiceTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

qsizetype ServiceTableView::copySelection() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    QList<int> sortedRows;
    for (const QModelIndex &index : rows)
        sortedRows.append(index.row());
    std::sort(sortedRows.begin(), sortedRows.end());

    const QList<int> columns = visibleColumns();
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList cells;
    for (const int column : columns)
        cells.append(clean(m_view->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(u'\t'));
    for (const int row : sortedRows) {
        cells.clear();
        for (const int column : columns)
            cells.append(clean(m_view->index(row, column).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    return sortedRows.size();
}

void ServiceTableView::populateColumnsMenu()
{
    m_columnsMenu->clear();
    const QHeaderView *header = horizontalHeader();
    for (int column = 0; column < m_view->columnCount(); ++column) {
        QAction *action =
            m_columnsMenu->addAction(m_view->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool visible) { setColumnVisible(column, visible); });
    }
}

void ServiceTableView::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = horizontalHeader();
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(column, !visible);
}

QList<int> ServiceTableView::visibleColumns() const
{
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}
