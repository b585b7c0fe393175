// SPDX-License-Identifier: MIT
#include "servicetableview.h"

#include "moneyformat.h"
#include "serviceformatter.h"
#include "servicetabledelegate.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QGraphicsOpacityEffect>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <iterator>

ServiceTableView::ServiceTableView(ServiceTableModel *model, ServiceViewModel *view,
                                   QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_view(view)
    , m_dimEffect(new QGraphicsOpacityEffect(this))
    , m_columnsMenu(new QMenu(this))
    , m_fitNumbers(new QTimer(this))
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
    // New rows or costs may hold longer numbers than the columns were sized for.
    m_fitNumbers->setSingleShot(true);
    m_fitNumbers->setInterval(0);
    connect(m_fitNumbers, &QTimer::timeout, this, &ServiceTableView::fitNumbers);
    connect(m_model, &QAbstractItemModel::modelReset, m_fitNumbers, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_fitNumbers, qOverload<>(&QTimer::start));
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &ServiceTableView::keepSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_selectedSourceRow = m_view->sourceRow(current.row());
                    m_selectedId = m_model->service(int(m_selectedSourceRow)).id;
                    m_selectedPanel = m_model->service(int(m_selectedSourceRow)).panel;
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
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The Service column, which gives up room to the others, keeps its title readable; on a
    // crowded screen the table scrolls sideways instead.
    header->setMinimumSectionSize(
        header->fontMetrics().horizontalAdvance(
            m_view->headerData(ServiceTableModel::NameColumn, Qt::Horizontal).toString())
        + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this)
        + fontMetrics().averageCharWidth());
    header->setResizeContentsPrecision(500);
    applyDefaultLayout();
    // Shown, hidden or resized columns change the room the table asks for.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ServiceTableModel::NameColumn)
            fitNameColumn();
        updateGeometry();
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        populateColumnsMenu();
        m_columnsMenu->popup(horizontalHeader()->mapToGlobal(position));
    });
}

int ServiceTableView::defaultWidth(int column) const
{
    // Wide enough for the title with its sort arrow and for a large value, in this language
    // and font; the Service column takes what is left.
    const QString sample = [column] {
        switch (ServiceTableModel::Column(column)) {
        case ServiceTableModel::IdColumn:
            return QStringLiteral("000000");
        case ServiceTableModel::PriceColumn:
        case ServiceTableModel::CostColumn:
        case ServiceTableModel::MyPriceColumn:
        case ServiceTableModel::PriceIdrColumn:
            return MoneyFormat::rupiah(9999999);
        case ServiceTableModel::CurrencyColumn:
            return QStringLiteral("IDR");
        case ServiceTableModel::UnitPriceColumn:
            return MoneyFormat::unitPrice(9999.99);
        case ServiceTableModel::MinColumn:
            return ServiceFormatter::quantity(100000);
        case ServiceTableModel::MaxColumn:
            return ServiceFormatter::quantity(100000000);
        case ServiceTableModel::StatusColumn:
            return ServiceFormatter::status(false).size() > ServiceFormatter::status(true).size()
                       ? ServiceFormatter::status(false)
                       : ServiceFormatter::status(true);
        case ServiceTableModel::ChangeColumn:
            return QStringLiteral("+100.0%");
        case ServiceTableModel::TypeColumn:
            return QStringLiteral("Default");
        case ServiceTableModel::CategoryColumn:
        case ServiceTableModel::NoteColumn:
        case ServiceTableModel::PriceTextColumn:
            return QStringLiteral("[IG] Instagram");
        case ServiceTableModel::PanelColumn:
            return QStringLiteral("Panel Murah");
        case ServiceTableModel::GroupColumn:
            return QStringLiteral("Instagram likes · Indonesia");
        case ServiceTableModel::NameColumn:
        case ServiceTableModel::RefillColumn:
        case ServiceTableModel::CheapestColumn:
        case ServiceTableModel::ColumnCount:
            break;
        }
        return QString();
    }();
    const QFontMetrics metrics = fontMetrics();
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1)
                        + metrics.averageCharWidth();
    const int title = horizontalHeader()->fontMetrics().horizontalAdvance(
                          m_view->headerData(column, Qt::Horizontal).toString())
                      + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this)
                      + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return std::max(title, metrics.horizontalAdvance(sample) + margins);
}

void ServiceTableView::applyDefaultLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
        if (column == ServiceTableModel::NameColumn)
            continue;
        header->resizeSection(column, defaultWidth(column));
        m_fittedWidths.insert(column, header->sectionSize(column));
    }
    header->setSectionResizeMode(ServiceTableModel::NameColumn, QHeaderView::Stretch);
    for (const auto column : {ServiceTableModel::CategoryColumn, ServiceTableModel::UnitPriceColumn,
                              ServiceTableModel::CostColumn, ServiceTableModel::NoteColumn,
                              ServiceTableModel::PriceTextColumn, ServiceTableModel::ChangeColumn,
                              ServiceTableModel::MyPriceColumn, ServiceTableModel::PanelColumn,
                              ServiceTableModel::CurrencyColumn, ServiceTableModel::PriceIdrColumn,
                              ServiceTableModel::GroupColumn, ServiceTableModel::CheapestColumn})
        header->hideSection(column);
    // The columns a reseller decides with come first after the name, the rarely needed ones
    // last. The model's order, which the headless export uses, stays as it is.
    const ServiceTableModel::Column order[] = {
        ServiceTableModel::IdColumn,       ServiceTableModel::NameColumn,
        ServiceTableModel::PanelColumn,    ServiceTableModel::PriceColumn,
        ServiceTableModel::CurrencyColumn, ServiceTableModel::PriceIdrColumn,
        ServiceTableModel::CostColumn,     ServiceTableModel::MyPriceColumn,
        ServiceTableModel::ChangeColumn,   ServiceTableModel::MinColumn,
        ServiceTableModel::MaxColumn,      ServiceTableModel::RefillColumn,
        ServiceTableModel::StatusColumn,   ServiceTableModel::CategoryColumn,
        ServiceTableModel::TypeColumn,     ServiceTableModel::UnitPriceColumn,
        ServiceTableModel::NoteColumn,     ServiceTableModel::PriceTextColumn,
        ServiceTableModel::GroupColumn,    ServiceTableModel::CheapestColumn};
    static_assert(std::size(order) == ServiceTableModel::ColumnCount);
    {
        // Each move would lay the table out again, measuring every header title: a tenth of
        // the window's construction.
        const QScopedValueRollback guard(m_movingColumns, true);
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }
    updateGeometries();
}

void ServiceTableView::fitNumbers()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
        if (!ServiceTableModel::isNumeric(ServiceTableModel::Column(column))
            || header->isSectionHidden(column)
            || header->sectionSize(column) != m_fittedWidths.value(column))
            continue; // a width the user chose stays
        // A cut number reads as another number: the column is as wide as its numbers need.
        const int wanted = std::max(defaultWidth(column), sizeHintForColumn(column));
        m_fittedWidths.insert(column, wanted);
        header->resizeSection(column, wanted);
    }
}

QSize ServiceTableView::sizeHint() const
{
    const QHeaderView *header = horizontalHeader();
    int width = fontMetrics().averageCharWidth() * 25; // the Service column
    for (int column = 0; column < header->count(); ++column) {
        if (column != ServiceTableModel::NameColumn && !header->isSectionHidden(column))
            width += header->sectionSize(column);
    }
    width += verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    return {width, QTableView::sizeHint().height()};
}

int ServiceTableView::nameMinimumWidth() const
{
    return fontMetrics().averageCharWidth() * 22;
}

void ServiceTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitNameColumn();
}

void ServiceTableView::updateGeometries()
{
    if (m_movingColumns)
        return;
    QTableView::updateGeometries();
    fitNameColumn(); // the vertical scroll bar comes and goes with the rows
}

void ServiceTableView::fitNameColumn()
{
    // A hidden table has no size of its own yet; it is fitted when shown.
    if (m_fittingName || !isVisible())
        return;
    const QScopedValueRollback guard(m_fittingName, true);
    QHeaderView *header = horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ServiceTableModel::NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const bool roomy = viewport()->width() - others >= nameMinimumWidth();
    const QHeaderView::ResizeMode mode = roomy ? QHeaderView::Stretch : QHeaderView::Interactive;
    if (header->sectionResizeMode(ServiceTableModel::NameColumn) == mode)
        return;
    header->setSectionResizeMode(ServiceTableModel::NameColumn, mode);
    if (!roomy)
        header->resizeSection(ServiceTableModel::NameColumn, nameMinimumWidth());
}

void ServiceTableView::keepSelection()
{
    if (!m_hasSelection)
        return;
    // The remembered row is checked first; only new data needs a search by id.
    const ServiceList &services = m_model->services();
    const auto isSelected = [this](const Service &service) {
        return service.id == m_selectedId && service.panel == m_selectedPanel;
    };
    if (m_selectedSourceRow >= services.size() || !isSelected(services.at(m_selectedSourceRow))) {
        const auto found = std::find_if(services.cbegin(), services.cend(), isSelected);
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

bool ServiceTableView::selectService(const QString &panel, quint64 id)
{
    const ServiceList &services = m_model->services();
    const auto found = std::find_if(services.cbegin(), services.cend(), [&](const Service &s) {
        return s.id == id && s.panel == panel;
    });
    if (found == services.cend())
        return false;
    const QModelIndex visible =
        m_view->mapFromSource(m_model->index(int(found - services.cbegin()), 0));
    if (!visible.isValid())
        return false;
    selectionModel()->setCurrentIndex(m_view->index(visible.row(), ServiceTableModel::NameColumn),
                                      QItemSelectionModel::ClearAndSelect
                                          | QItemSelectionModel::Rows);
    scrollTo(currentIndex(), QAbstractItemView::PositionAtCenter);
    return true;
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

namespace {

// How many columns a saved header state knows: QHeaderView's state begins with a marker, a
// version, the orientation, the sort order, section and shown flag, then the visual index of
// every section (the list is empty only if no section was ever moved, which our default layout
// always does). 0 when the state does not read that way.
qsizetype savedColumnCount(const QByteArray &state)
{
    QDataStream in(state);
    int marker = 0;
    int version = 0;
    int orientation = 0;
    int order = 0;
    int sortSection = 0;
    bool sortShown = false;
    QList<int> visualIndices;
    in >> marker >> version >> orientation >> order >> sortSection >> sortShown >> visualIndices;
    return in.status() == QDataStream::Ok ? visualIndices.size() : 0;
}

} // namespace

bool ServiceTableView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *restored = horizontalHeader();
    if (state.isEmpty() || !restored->restoreState(state))
        return false;
    // Columns added since the state was saved start hidden, as in the default layout; Qt would
    // show them.
    const qsizetype known = savedColumnCount(state);
    for (qsizetype column = known; known > 0 && column < ServiceTableModel::ColumnCount; ++column)
        restored->hideSection(int(column));
    // The saved state may come from a version whose Service column had a fixed width.
    restored->setStretchLastSection(false);
    restored->setSectionResizeMode(QHeaderView::Interactive);
    restored->setSectionResizeMode(ServiceTableModel::NameColumn, QHeaderView::Stretch);
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
