// SPDX-License-Identifier: MIT
#include "servicetablemodel.h"

#include "moneyformat.h"
#include "panelconfig.h"
#include "serviceformatter.h"

#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr std::array<const char *, ServiceTableModel::ColumnCount> ColumnKeys = {
    "id",       "name",  "category", "type",      "price", "unit_price", "cost",
    "min",      "max",   "refill",   "status",    "note",  "price_text", "change",
    "my_price", "panel", "currency", "price_idr", "group", "cheapest"};

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServiceTableModel::setServices(ServiceList services, PriceComparison changes)
{
    beginResetModel();
    m_services = std::move(services);
    m_changes = std::move(changes);
    m_groups.reset();
    m_cheapest.clear();
    m_rupiahOfRow.clear();
    endResetModel();
}

void ServiceTableModel::setGroups(std::shared_ptr<const ServiceGroups> groups,
                                  bool pricedWithTheseRates)
{
    if (groups && groups->groupOfRow.size() != std::size_t(m_services.size()))
        return;
    m_groups = std::move(groups);
    m_groupsPriced = pricedWithTheseRates && m_groups && !m_groups->rupiahOfRow.empty();
    m_cheapest.assign(m_groups ? std::size_t(m_services.size()) : 0, false);
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, GroupColumn), index(rowCount() - 1, CheapestColumn));
}

void ServiceTableModel::ensureGroups()
{
    if (!m_groups)
        setGroups(std::make_shared<const ServiceGroups>(ServiceGroups::of(m_services, m_rates)));
}

QVariant ServiceTableModel::groupData(int row, Column column) const
{
    if (!m_groups)
        return {};
    if (column == GroupColumn)
        return m_groups->keyOf(row);
    return isCheapest(row);
}

bool ServiceTableModel::needsGroups(const QList<int> &columns)
{
    return columns.contains(GroupColumn) || columns.contains(CheapestColumn);
}

std::vector<int> ServiceTableModel::cheapestRows(const std::vector<int> &rows) const
{
    if (!m_groups)
        return {};
    struct Best {
        int row = -1;
        double price = 0;
    };
    std::vector<Best> best(std::size_t(m_groups->keys.size()));
    // Prices converted on the grouping's worker, while the rates they were converted with hold.
    const bool converted = m_groupsPriced;
    if (!converted && m_rupiahOfRow.empty())
        m_rupiahOfRow.assign(std::size_t(m_services.size()),
                             -std::numeric_limits<double>::infinity());
    for (const int row : rows) {
        const int group = m_groups->groupOfRow.at(std::size_t(row));
        if (group < 0)
            continue;
        double price = 0;
        if (converted) {
            price = m_groups->rupiahOfRow[std::size_t(row)];
        } else {
            double &known = m_rupiahOfRow[std::size_t(row)];
            if (known == -std::numeric_limits<double>::infinity())
                known = rupiahPrice(m_services.at(row))
                            .value_or(std::numeric_limits<double>::quiet_NaN());
            price = known;
        }
        if (std::isnan(price))
            continue;
        Best &current = best[std::size_t(group)];
        if (current.row < 0 || price < current.price
            || (price == current.price
                && m_groups->tieRankOfRow[std::size_t(row)]
                       < m_groups->tieRankOfRow[std::size_t(current.row)]))
            current = {row, price};
    }
    std::vector<int> cheapest;
    for (const int row : rows) {
        const int group = m_groups->groupOfRow.at(std::size_t(row));
        if (group >= 0 && best[std::size_t(group)].row == row)
            cheapest.push_back(row);
    }
    return cheapest;
}

void ServiceTableModel::setCheapestAmong(const std::vector<int> &rows)
{
    if (!m_groups)
        return;
    std::vector<bool> cheapest(std::size_t(m_services.size()), false);
    for (const int row : cheapestRows(rows))
        cheapest[std::size_t(row)] = true;
    if (cheapest == m_cheapest)
        return;
    m_cheapest = std::move(cheapest);
    Q_EMIT dataChanged(index(0, CheapestColumn), index(rowCount() - 1, CheapestColumn));
}

void ServiceTableModel::setResellerPricing(const ResellerPricing &pricing)
{
    if (pricing == m_pricing)
        return;
    m_pricing = pricing;
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, MyPriceColumn), index(rowCount() - 1, MyPriceColumn));
}

void ServiceTableModel::setExchangeRates(const ExchangeRates &rates)
{
    m_rates = rates;
    m_rupiahOfRow.clear();
    m_groupsPriced = false; // until groups priced with these rates come
    Q_EMIT headerDataChanged(Qt::Horizontal, PriceIdrColumn, PriceIdrColumn);
    // The unit price, cost and My price of other currencies are converted too.
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ServiceTableModel::setOrderQuantity(std::optional<qint64> quantity)
{
    if (quantity == m_orderQuantity)
        return;
    m_orderQuantity = quantity;
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, CostColumn), index(rowCount() - 1, CostColumn));
}

std::optional<double> ServiceTableModel::rupiahPrice(const Service &service) const
{
    return m_rates.rupiahForComparing(service);
}

std::optional<double> ServiceTableModel::cost(const Service &service) const
{
    const std::optional<double> price = rupiahPrice(service);
    if (!m_orderQuantity || !price)
        return std::nullopt;
    return double(*m_orderQuantity) * *price / 1000.0;
}

std::optional<double> ServiceTableModel::myPrice(const Service &service) const
{
    if (service.currencyCode() == Service::Rupiah)
        return m_pricing.priceFor(service);
    const std::optional<double> price = rupiahPrice(service);
    if (!price)
        return std::nullopt;
    Service inRupiah = service;
    inRupiah.price = *price;
    inRupiah.currency.clear();
    inRupiah.priceExact.clear();
    return m_pricing.priceFor(inRupiah);
}

bool ServiceTableModel::isNumeric(Column column)
{
    switch (column) {
    case IdColumn:
    case PriceColumn:
    case UnitPriceColumn:
    case CostColumn:
    case MinColumn:
    case MaxColumn:
    case ChangeColumn:
    case MyPriceColumn:
    case PriceIdrColumn:
        return true;
    default:
        return false;
    }
}

QString ServiceTableModel::columnKey(Column column)
{
    return QString::fromLatin1(ColumnKeys.at(column));
}

std::optional<ServiceTableModel::Column> ServiceTableModel::columnFromKey(QStringView key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (key.compare(QLatin1String(ColumnKeys.at(column)), Qt::CaseInsensitive) == 0)
            return Column(column);
    }
    return std::nullopt;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_services.at(index.row());
    const auto column = Column(index.column());

    const bool grouping = column == GroupColumn || column == CheapestColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == GroupColumn)
            return m_groups ? m_groups->nameOf(index.row()) : QString();
        if (column == CheapestColumn) {
            const QVariant cheapest = groupData(index.row(), column);
            return cheapest.isValid() ? ServiceFormatter::refill(cheapest.toBool()) : QString();
        }
        return displayData(service, column);
    case SortRole:
        return grouping ? groupData(index.row(), column) : sortData(service, column);
    case Qt::ToolTipRole:
        if ((column == MinColumn || column == MaxColumn) && service.hasMinAboveMax())
            return tr("The panel gives a minimum above the maximum: no quantity can be "
                      "ordered until it corrects them.");
        return service.name;
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ToneRole:
        return QVariant::fromValue(toneOf(service, column));
    case ExactRole: {
        std::optional<Decimal> exact;
        if (column == PriceColumn && !service.priceExact.isEmpty())
            exact = Decimal::parse(service.priceExact);
        else if (column == PriceIdrColumn)
            exact = m_rates.priceInDisplayCurrency(service);
        return exact ? QVariant::fromValue(*exact) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ServiceTableModel::displayData(const Service &service, Column column) const
{
    switch (column) {
    case IdColumn:
        return QString::number(service.id);
    case NameColumn:
        return service.name;
    case CategoryColumn:
        return service.category;
    case TypeColumn:
        return service.type;
    case PriceColumn:
        return ServiceFormatter::price(service);
    case UnitPriceColumn:
        if (const std::optional<double> price = rupiahPrice(service))
            return MoneyFormat::unitPrice(*price / 1000.0);
        return QString();
    case CostColumn:
        if (const std::optional<double> total = cost(service))
            return MoneyFormat::rupiah(*total);
        return QString();
    case MinColumn:
        return ServiceFormatter::quantity(service.min);
    case MaxColumn:
        return ServiceFormatter::maxQuantity(service);
    case RefillColumn:
        return ServiceFormatter::refill(service.refill);
    case StatusColumn:
        return ServiceFormatter::status(service.active);
    case NoteColumn:
        return ServiceFormatter::noteSummary(service.note);
    case PriceTextColumn:
        return service.priceText;
    case ChangeColumn:
        if (const std::optional<PriceChange> change = m_changes.changeOf(service.id, service.panel))
            return change->text();
        return QString();
    case MyPriceColumn:
        if (const std::optional<double> price = myPrice(service))
            return MoneyFormat::rupiah(*price);
        return QString();
    case PanelColumn:
        return service.panel.isEmpty() ? PanelConfig::BuiltInName : service.panel;
    case CurrencyColumn:
        return service.currencyCode();
    case PriceIdrColumn:
        if (const std::optional<Decimal> price = m_rates.priceInDisplayCurrency(service)) {
            if (m_rates.displayCurrency() == Service::Rupiah)
                return MoneyFormat::rupiah(price->toDouble());
            return MoneyFormat::amount(*price, m_rates.displayCurrency());
        }
        return QString();
    case GroupColumn:
    case CheapestColumn: // answered by data(): they depend on the row, not only the service
    case ColumnCount:
        break;
    }
    return {};
}

ServiceTableModel::Tone ServiceTableModel::toneOf(const Service &service, Column column) const
{
    if (!service.active)
        return Tone::Inactive;
    if (column != ChangeColumn)
        return Tone::Plain;
    const std::optional<PriceChange> change = m_changes.changeOf(service.id, service.panel);
    if (!change || change->kind == PriceChange::Kind::Unchanged)
        return Tone::Plain;
    if (change->kind == PriceChange::Kind::New)
        return Tone::New;
    return !change->percent || *change->percent > 0 ? Tone::PriceRose : Tone::PriceFell;
}

QVariant ServiceTableModel::sortData(const Service &service, Column column) const
{
    switch (column) {
    case IdColumn:
        return QVariant::fromValue(service.id);
    case NameColumn:
        return service.name;
    case CategoryColumn:
        return service.category;
    case TypeColumn:
        return service.type;
    case PriceColumn:
        return service.price;
    case UnitPriceColumn:
        if (const std::optional<double> price = rupiahPrice(service))
            return *price / 1000.0;
        return {};
    case CostColumn:
        if (const std::optional<double> total = cost(service))
            return *total;
        return {};
    case MinColumn:
        return service.min;
    case MaxColumn:
        return service.max;
    case RefillColumn:
        return service.refill;
    case StatusColumn:
        return service.active;
    case NoteColumn:
        return ServiceFormatter::plainNote(service.note);
    case PriceTextColumn:
        return service.priceText;
    case ChangeColumn:
        if (const std::optional<PriceChange> change =
                m_changes.changeOf(service.id, service.panel)) {
            if (change->kind == PriceChange::Kind::Unchanged)
                return 0.0;
            if (change->percent)
                return *change->percent;
        }
        return {};
    case MyPriceColumn:
        if (const std::optional<double> price = myPrice(service))
            return *price;
        return {};
    case PanelColumn:
        return service.panel.isEmpty() ? PanelConfig::BuiltInName : service.panel;
    case CurrencyColumn:
        return service.currencyCode();
    case PriceIdrColumn:
        if (const std::optional<Decimal> price = m_rates.priceInDisplayCurrency(service))
            return price->toDouble();
        return {};
    case GroupColumn:
    case CheapestColumn: // answered by data(): they depend on the row, not only the service
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case PriceColumn:
            return tr("Price per 1,000 units in the panel's currency (rupiah unless it says "
                      "another)");
        case UnitPriceColumn:
            return tr("Price in rupiah of one unit");
        case CostColumn:
            return tr("What the quantity you need costs at this price");
        case MinColumn:
            return tr("Smallest quantity you can order");
        case MaxColumn:
            return tr("Largest quantity you can order");
        case RefillColumn:
            return tr("Whether drops are refilled");
        case PriceTextColumn:
            return tr("The panel's own price text for one unit");
        case ChangeColumn:
            return tr("How the price changed since the previous fetch of this category");
        case MyPriceColumn:
            return tr("Your price per 1,000 units: the panel's price plus your markup, rounded "
                      "up");
        case PanelColumn:
            return tr("The panel the service is sold on");
        case CurrencyColumn:
            return tr("The currency of the panel's price");
        case PriceIdrColumn:
            return tr("Price per 1,000 units converted to %1 with the exchange rates; empty "
                      "where a rate is missing")
                .arg(m_rates.displayCurrency());
        case GroupColumn:
            return tr("The group of the same offer on every panel: same platform, kind, audience "
                      "and refill");
        case CheapestColumn:
            return tr("Whether this is the cheapest service in rupiah of its group among the rows "
                      "shown");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Service");
    case CategoryColumn:
        return tr("Category");
    case TypeColumn:
        return tr("Type");
    case PriceColumn:
        return tr("Price / 1K");
    case UnitPriceColumn:
        return tr("Price / unit");
    case CostColumn:
        return tr("Cost");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case RefillColumn:
        return tr("Refill");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case PriceTextColumn:
        return tr("Panel price");
    case ChangeColumn:
        return tr("Change");
    case MyPriceColumn:
        return tr("My price");
    case PanelColumn:
        return tr("Panel");
    case CurrencyColumn:
        return tr("Currency");
    case PriceIdrColumn:
        return tr("Price / 1K (%1)")
            .arg(m_rates.displayCurrency() == Service::Rupiah ? MoneyFormat::prefix().trimmed()
                                                              : m_rates.displayCurrency());
    case GroupColumn:
        return tr("Group");
    case CheapestColumn:
        return tr("Cheapest");
    case ColumnCount:
        break;
    }
    return {};
}
