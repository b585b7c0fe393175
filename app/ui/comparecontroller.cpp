// SPDX-License-Identifier: MIT
#include "comparecontroller.h"

#include "appsettings.h"
#include "comparepane.h"
#include "groupcolumns.h"
#include "groupcomparisonfilter.h"
#include "groupcomparisonmodel.h"
#include "groupingbuilder.h"
#include "marginplannerdialog.h"
#include "regroupactions.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QTreeView>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

std::optional<Decimal> rupiahCost(const ServiceGrouping &grouping, qsizetype service)
{
    const std::optional<double> price = grouping.price(service);
    if (!price)
        return std::nullopt;
    const Service &s = grouping.services().at(service);
    // A rupiah price exactly as the panel wrote it; a converted one is to the cent already.
    if (s.currencyCode() == Service::Rupiah && !s.priceExact.isEmpty())
        if (const std::optional<Decimal> exact = Decimal::parse(s.priceExact))
            return exact;
    return Decimal::fromDouble(*price);
}

} // namespace

CompareController::CompareController(AppSettings &settings, ServiceTableModel *model,
                                     ServiceViewModel *view, ServiceTableView *table,
                                     QWidget *tableArea, QMainWindow *window,
                                     const QString &overridesFile)
    : QObject(window)
    , m_settings(settings)
    , m_model(model)
    , m_view(view)
    , m_table(table)
    , m_window(window)
    , m_builder(new GroupingBuilder(overridesFile, this))
    , m_regroup(new RegroupActions(overridesFile, window))
    , m_pane(new ComparePane(m_regroup, window))
    , m_tableArea(tableArea)
    , m_tabs(new QTabWidget(window))
{
    m_tabs->setObjectName(u"tableTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(tableArea, tr("Services"));
    m_tabs->addTab(m_pane, tr("Compare"));

    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(u"compareAction"_s);
    m_compareAction->setCheckable(true);
    m_compareAction->setText(tr("Compar&e Panels"));
    m_compareAction->setToolTip(tr("The same offer on every panel: cheapest, runner-up, spread"));
    m_compareAction->setShortcut(Qt::CTRL | Qt::Key_G);
    connect(m_compareAction, &QAction::toggled, m_tabs, [this](bool shown) {
        m_tabs->setCurrentWidget(shown ? static_cast<QWidget *>(m_pane) : m_tableArea);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_compareAction->setChecked(m_tabs->currentWidget() == m_pane);
        Q_EMIT currentServiceChanged();
    });
    connect(m_pane, &ComparePane::currentRowChanged, this,
            &CompareController::currentServiceChanged);
    connect(m_pane->model(), &QAbstractItemModel::modelReset, this,
            &CompareController::currentServiceChanged);

    m_planAction = new QAction(tr("P&lan Selling Prices…"), this);
    m_planAction->setObjectName(u"planPricesAction"_s);
    m_planAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    m_planAction->setToolTip(tr("A selling price per 1000 for the selected services from a "
                                "margin or a competitor's price"));
    connect(m_planAction, &QAction::triggered, this, &CompareController::planForTableSelection);

    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareController::rebuildAfterLoad);
    connect(m_view, &ServiceViewModel::filteringChanged, this, [this](bool filtering) {
        if (!filtering && std::exchange(m_rebuildAfterLoad, false))
            rebuild();
    });
    connect(m_view, &ServiceViewModel::visibleRowsChanged, m_pane,
            [this] { m_pane->setSearchTerms(m_view->filter().terms); });
    connect(m_regroup, &RegroupActions::changed, this, [this] {
        m_pane->setBuilding(true);
        m_builder->rebuild();
    });
    connect(m_builder, &GroupingBuilder::built, this, [this] {
        const std::shared_ptr<const ServiceGrouping> grouping = m_builder->grouping();
        m_regroup->setGrouping(grouping);
        m_pane->setGrouping(grouping);
        m_pane->setBuilding(isBuilding());
        Q_EMIT groupingChanged();
    });
    connect(m_pane, &ComparePane::serviceActivated, this, &CompareController::selectInTable);
    connect(m_pane, &ComparePane::planGroupRequested, this, &CompareController::planForGroup);
    connect(m_pane, &ComparePane::planServicesRequested, this, &CompareController::planForServices);
    addTableActions();
    // After the Compare tab's connections: the columns take the same result.
    new GroupColumns(model, view, table, m_builder, this);
}

CompareController::~CompareController() = default;

std::shared_ptr<const ServiceGrouping> CompareController::grouping() const
{
    return m_builder->grouping();
}

bool CompareController::isBuilding() const
{
    return m_rebuildAfterLoad || m_builder->isBuilding();
}

const Service *CompareController::currentService() const
{
    if (m_tabs->currentWidget() != m_pane || !m_pane->tree())
        return nullptr;
    const QModelIndex current = m_pane->filter()->mapToSource(m_pane->tree()->currentIndex());
    qsizetype service = m_pane->model()->serviceAt(current);
    if (service < 0 && m_pane->model()->groupAt(current) >= 0)
        service =
            m_pane->model()->grouping().groups().at(m_pane->model()->groupAt(current)).cheapest;
    return service >= 0 ? &m_pane->model()->grouping().services().at(service) : nullptr;
}

void CompareController::rebuild()
{
    m_rebuildAfterLoad = false;
    m_pane->setBuilding(true);
    m_builder->build(m_model->services(), m_model->exchangeRates());
}

void CompareController::rebuildAfterLoad()
{
    // The view, connected to the reset first, is now sorting a large list on a worker: the
    // grouping, which would compete with it for the cores, waits until its rows are shown.
    m_rebuildAfterLoad = m_view->isFiltering();
    if (m_rebuildAfterLoad)
        m_pane->setBuilding(true);
    else
        rebuild();
}

QString CompareController::groupLabel(const Service &service) const
{
    const std::shared_ptr<const ServiceGrouping> grouping = m_builder->grouping();
    const qsizetype index = m_builder->serviceIndex()->value(ServiceKey::of(service), -1);
    if (index < 0 || index >= grouping->services().size())
        return {};
    return grouping->groupOfService(index).label;
}

void CompareController::addTableActions()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *move = new QAction(tr("&Move to Group…"), this);
    move->setObjectName(u"tableMoveToGroupAction"_s);
    connect(move, &QAction::triggered, this, [this] { m_regroup->moveToGroup(tableSelection()); });
    auto *split = new QAction(tr("&Split Into New Group"), this);
    split->setObjectName(u"tableSplitGroupAction"_s);
    connect(split, &QAction::triggered, this,
            [this] { m_regroup->splitIntoNewGroup(tableSelection()); });
    auto *reset = new QAction(tr("Reset Service to &Automatic Group"), this);
    reset->setObjectName(u"tableResetGroupAction"_s);
    connect(reset, &QAction::triggered, this,
            [this] { m_regroup->resetServices(tableSelection()); });
    m_table->addActions({separator, m_planAction, move, split, reset});
}

QList<ServiceKey> CompareController::tableSelection() const
{
    QList<ServiceKey> keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        keys.append(ServiceKey::of(m_model->service(m_view->sourceRow(row.row()))));
    if (keys.isEmpty())
        if (const Service *current = m_table->currentService())
            keys.append(ServiceKey::of(*current));
    return keys;
}

bool CompareController::selectInTable(const ServiceKey &service)
{
    const ServiceList &services = m_model->services();
    for (qsizetype row = 0; row < services.size(); ++row) {
        if (ServiceKey::of(services.at(row)) != service)
            continue;
        const QModelIndex shown =
            m_view->mapFromSource(m_model->index(int(row), ServiceTableModel::NameColumn));
        if (!shown.isValid())
            break;
        m_tabs->setCurrentWidget(m_tableArea);
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        m_table->scrollTo(shown);
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    Q_EMIT message(tr("Service %1 is not in the table: the filters hide it.").arg(service.id));
    return false;
}

void CompareController::planForTableSelection()
{
    QList<qsizetype> services;
    const std::shared_ptr<const GroupingBuilder::ServiceIndex> serviceIndex =
        m_builder->serviceIndex();
    for (const ServiceKey &key : tableSelection()) {
        const qsizetype index = serviceIndex->value(key, -1);
        if (index >= 0)
            services.append(index);
    }
    if (services.isEmpty()) {
        Q_EMIT message(tr("Select services to plan their selling prices."));
        return;
    }
    planForServices(services);
}

void CompareController::planForGroup(qsizetype group)
{
    const std::shared_ptr<const ServiceGrouping> grouping = m_builder->grouping();
    if (group < 0 || group >= grouping->groups().size())
        return;
    const ServiceGrouping::Group &g = grouping->groups().at(group);
    MarginPlannerDialog dialog(m_window);
    dialog.setRoundingStep(m_settings.resellerPricing().roundingStep);
    QString label = g.label;
    if (g.cheapest >= 0) {
        const Service &cheapest = grouping->services().at(g.cheapest);
        //: A group in the margin planner, then the service its cost comes from.
        label = tr("%1 — cheapest: %2").arg(g.label, cheapest.name);
        dialog.setQuantity(m_model->orderQuantity().value_or(cheapest.min));
    }
    if (g.runnerUpPrice)
        dialog.setCompetitorPrice(*g.runnerUpPrice);
    dialog.setItems({{label, g.cheapest >= 0 ? rupiahCost(*grouping, g.cheapest) : std::nullopt}});
    dialog.exec();
}

void CompareController::planForServices(const QList<qsizetype> &services)
{
    const std::shared_ptr<const ServiceGrouping> grouping = m_builder->grouping();
    QList<MarginPlannerDialog::Item> items;
    qint64 quantity = 0;
    for (const qsizetype service : services) {
        if (service < 0 || service >= grouping->services().size())
            continue;
        const Service &s = grouping->services().at(service);
        items.append({s.name, rupiahCost(*grouping, service)});
        quantity = std::max(quantity, s.min);
    }
    MarginPlannerDialog dialog(m_window);
    dialog.setRoundingStep(m_settings.resellerPricing().roundingStep);
    dialog.setQuantity(m_model->orderQuantity().value_or(quantity));
    dialog.setItems(items);
    dialog.exec();
}
