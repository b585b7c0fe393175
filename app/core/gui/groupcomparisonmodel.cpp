// SPDX-License-Identifier: MIT
#include "groupcomparisonmodel.h"

#include "moneyformat.h"
#include "panelconfig.h"
#include "searchtext.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Top rows have internal id 0; a member's row has its group's index + 1.
constexpr quintptr TopRow = 0;

std::optional<double> percentAbove(std::optional<double> price, std::optional<double> base)
{
    if (!price || !base || *base <= 0)
        return std::nullopt;
    return (*price - *base) * 100.0 / *base;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1) + u" %"_s;
}

QVariant optionalNumber(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

GroupComparisonModel::GroupComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_grouping(std::make_shared<const ServiceGrouping>())
{}

void GroupComparisonModel::setGrouping(std::shared_ptr<const ServiceGrouping> grouping)
{
    beginResetModel();
    m_grouping = grouping ? std::move(grouping) : std::make_shared<const ServiceGrouping>();
    m_groupSearch.clear();
    m_serviceSearch.clear();
    m_groupSearch.reserve(m_grouping->groups().size());
    for (const ServiceGrouping::Group &group : m_grouping->groups())
        m_groupSearch.append(SearchText::fold(group.label));
    m_serviceSearch.reserve(m_grouping->services().size());
    for (const Service &service : m_grouping->services())
        m_serviceSearch.append(SearchText::fold(
            QString(service.name + u' ' + service.panel + u' ' + QString::number(service.id))));
    endResetModel();
}

QModelIndex GroupComparisonModel::groupIndex(qsizetype group, int column) const
{
    if (group < 0 || group >= m_grouping->groups().size())
        return {};
    return createIndex(int(group), column, TopRow);
}

QModelIndex GroupComparisonModel::serviceIndex(qsizetype service, int column) const
{
    if (service < 0 || service >= m_grouping->services().size())
        return {};
    const qsizetype group = m_grouping->groupOf(service);
    const qsizetype row = m_grouping->groups().at(group).members.indexOf(service);
    return createIndex(int(row), column, quintptr(group) + 1);
}

qsizetype GroupComparisonModel::serviceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TopRow)
        return -1;
    return m_grouping->groups().at(qsizetype(index.internalId() - 1)).members.at(index.row());
}

qsizetype GroupComparisonModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == TopRow ? index.row() : qsizetype(index.internalId() - 1);
}

QModelIndex GroupComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_grouping->groups().size() ? createIndex(row, column, TopRow) : QModelIndex();
    if (parent.internalId() != TopRow || parent.column() != 0)
        return {};
    if (row >= m_grouping->groups().at(parent.row()).members.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GroupComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopRow);
}

int GroupComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_grouping->groups().size());
    if (parent.internalId() != TopRow || parent.column() != 0)
        return 0;
    return int(m_grouping->groups().at(parent.row()).members.size());
}

int GroupComparisonModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QString GroupComparisonModel::panelName(qsizetype service) const
{
    if (service < 0)
        return {};
    const QString &panel = m_grouping->services().at(service).panel;
    return panel.isEmpty() ? PanelConfig::BuiltInName : panel;
}

QString GroupComparisonModel::detail(const ServiceAttributes &attributes)
{
    QStringList parts;
    if (attributes.refill != ServiceAttributes::Refill::Unknown)
        parts << ServiceAttributes::refillName(attributes.refill, attributes.refillDays);
    if (attributes.speedPerDay > 0)
        parts << tr("%1 a day").arg(QLocale().toString(attributes.speedPerDay));
    if (attributes.startMinutes == 0)
        parts << tr("instant start");
    if (!attributes.quality.isEmpty())
        parts << attributes.quality.join(u", "_s);
    return parts.join(u" · "_s);
}

QVariant GroupComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const qsizetype group = groupAt(index);
    const ServiceGrouping::Group &g = m_grouping->groups().at(group);
    if (role == GroupIndexRole)
        return group;
    if (index.internalId() == TopRow) {
        if (role == ServiceIndexRole)
            return g.cheapest;
        if (role == SearchRole)
            return m_groupSearch.at(group);
        return groupData(g, index.column(), role);
    }
    const qsizetype service = g.members.at(index.row());
    if (role == ServiceIndexRole)
        return service;
    if (role == SearchRole)
        return m_serviceSearch.at(service);
    return memberData(g, service, index.column(), role);
}

QVariant GroupComparisonModel::groupData(const ServiceGrouping::Group &group, int column,
                                         int role) const
{
    const Service *cheapest =
        group.cheapest >= 0 ? &m_grouping->services().at(group.cheapest) : nullptr;
    const std::optional<double> spreadPercent =
        percentAbove(group.highestPrice, group.cheapestPrice);
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case NameColumn:
            return group.label;
        case CheapestColumn:
            return cheapest ? cheapest->name : tr("no price in rupiah");
        case PanelColumn:
            return panelName(group.cheapest);
        case IdColumn:
            return cheapest ? QVariant(QString::number(cheapest->id)) : QVariant();
        case PriceColumn:
            return group.cheapestPrice ? MoneyFormat::rupiah(*group.cheapestPrice) : QString();
        case RunnerUpColumn:
            if (group.runnerUp < 0 || !group.runnerUpPrice)
                return QString();
            //: The runner-up of a group: its panel, then its price.
            return tr("%1 · %2").arg(panelName(group.runnerUp),
                                     MoneyFormat::rupiah(*group.runnerUpPrice));
        case SpreadColumn:
            return group.spread() ? MoneyFormat::rupiah(*group.spread()) : QString();
        case SpreadPercentColumn:
            return spreadPercent && group.spread() ? percentText(*spreadPercent) : QString();
        case CountColumn:
            return QLocale().toString(group.count());
        case DetailColumn:
            return cheapest ? detail(m_grouping->attributes(group.cheapest)) : QString();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case PriceColumn:
            return optionalNumber(group.cheapestPrice);
        case RunnerUpColumn:
            return optionalNumber(group.runnerUpPrice);
        case SpreadColumn:
            return optionalNumber(group.spread());
        case SpreadPercentColumn:
            return group.spread() ? optionalNumber(spreadPercent) : QVariant();
        case CountColumn:
            return group.count();
        case IdColumn:
            return cheapest ? QVariant(cheapest->id) : QVariant();
        default:
            return groupData(group, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column >= IdColumn && column <= CountColumn
        && column != RunnerUpColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return group.byUser ? tr("%1\nRegrouped by you").arg(group.label) : group.label;
    if (role == Qt::ToolTipRole && column == CheapestColumn && cheapest)
        return cheapest->name;
    if (role == Qt::FontRole && column == NameColumn && group.byUser) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant GroupComparisonModel::memberData(const ServiceGrouping::Group &group, qsizetype service,
                                          int column, int role) const
{
    const Service &s = m_grouping->services().at(service);
    const std::optional<double> price = m_grouping->price(service);
    const std::optional<double> above = percentAbove(price, group.cheapestPrice);
    const bool isCheapest = group.cheapest == service;
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case NameColumn:
            return s.name;
        case CheapestColumn:
            return isCheapest ? tr("cheapest") : QString();
        case PanelColumn:
            return panelName(service);
        case IdColumn:
            return QString::number(s.id);
        case PriceColumn:
            return price ? MoneyFormat::rupiah(*price) : tr("no rate");
        case SpreadColumn:
            return price && group.cheapestPrice && !isCheapest
                       ? u"+"_s + MoneyFormat::rupiah(*price - *group.cheapestPrice)
                       : QString();
        case SpreadPercentColumn:
            return above && !isCheapest ? u"+"_s + percentText(*above) : QString();
        case DetailColumn:
            return detail(m_grouping->attributes(service));
        case RunnerUpColumn:
        case CountColumn:
        case ColumnCount:
            break;
        }
        return QString();
    }
    if (role == SortRole) {
        switch (Column(column)) {
        case PriceColumn:
            return optionalNumber(price);
        case SpreadColumn:
            return price && group.cheapestPrice ? QVariant(*price - *group.cheapestPrice)
                                                : QVariant();
        case SpreadPercentColumn:
            return optionalNumber(above);
        case IdColumn:
            return s.id;
        case CountColumn:
        case RunnerUpColumn:
            return optionalNumber(price); // members keep their cheapest-first order
        default:
            return memberData(group, service, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column >= IdColumn && column <= CountColumn
        && column != RunnerUpColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return s.name;
    if (role == Qt::FontRole && isCheapest) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant GroupComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Group / service");
    case CheapestColumn:
        return tr("Cheapest");
    case PanelColumn:
        return tr("Panel");
    case IdColumn:
        return tr("ID");
    case PriceColumn:
        return tr("Price per 1K");
    case RunnerUpColumn:
        return tr("Runner-up");
    case SpreadColumn:
        return tr("Spread");
    case SpreadPercentColumn:
        return tr("Spread %");
    case CountColumn:
        return tr("Services");
    case DetailColumn:
        return tr("Refill, speed, quality");
    case ColumnCount:
        break;
    }
    return {};
}
