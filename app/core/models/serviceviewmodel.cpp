// SPDX-License-Identifier: MIT
#include "serviceviewmodel.h"

#include "collationranks.h"
#include "hugepages.h"
#include "servicetablemodel.h"

#include <QLocale>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace {

std::shared_ptr<const std::vector<int>> shared(std::vector<int> rows)
{
    return std::make_shared<const std::vector<int>>(std::move(rows));
}

// Lists of at least this many rows are sorted in one piece per core, then merged.
constexpr size_t ParallelSortRows = 1 << 16;

// Sorts `keyed` by `before`, on all cores when it is long.
template<typename Keyed, typename Before> void sortOnCores(std::vector<Keyed> &keyed, Before before)
{
    const qsizetype pieces =
        keyed.size() >= ParallelSortRows ? std::max(QThread::idealThreadCount(), 1) : 1;
    if (pieces == 1) {
        std::sort(keyed.begin(), keyed.end(), before);
        return;
    }
    const auto at = [&](qsizetype piece) {
        return keyed.begin() + qsizetype(keyed.size() * size_t(piece) / size_t(pieces));
    };
    QList<qsizetype> pieceList(pieces);
    std::iota(pieceList.begin(), pieceList.end(), 0);
    QtConcurrent::blockingMap(
        pieceList, [&](qsizetype piece) { std::sort(at(piece), at(piece + 1), before); });
    for (qsizetype width = 1; width < pieces; width *= 2) {
        for (qsizetype piece = 0; piece + width < pieces; piece += 2 * width)
            std::inplace_merge(at(piece), at(piece + width),
                               at(std::min(piece + 2 * width, pieces)), before);
    }
}

// Sorts `rows` by `key(row)`; ties keep the panel's order in both directions.
template<typename Key> void sortByKey(std::vector<int> &rows, bool ascending, Key key)
{
    // Keys are gathered next to their rows first: comparing scattered Service records is
    // several times slower for large catalogs. `key` may fill caches of its own: one thread.
    using Keyed = std::pair<decltype(key(0)), int>;
    std::vector<Keyed> keyed;
    HugePages::reserve(keyed, rows.size());
    for (const int row : rows)
        keyed.emplace_back(key(row), row);
    // A total order, so sorting in pieces and merging them gives the one result.
    sortOnCores(keyed, [ascending](const Keyed &a, const Keyed &b) {
        if (a.first != b.first)
            return ascending ? a.first < b.first : b.first < a.first;
        return a.second < b.second;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
}

// Every row of `services` in the order of a column whose key is the service's own, or its
// change: what needs nothing else of the table, so a load pass sorts it on the worker. Nothing
// for the other columns.
std::optional<std::vector<int>> sortedByService(const ServiceList &services,
                                                const PriceComparison &changes, int column,
                                                Qt::SortOrder order)
{
    std::vector<int> sorted(size_t(services.size()));
    std::iota(sorted.begin(), sorted.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    const auto byServices = [&](auto key) {
        sortByKey(sorted, ascending, [&](int row) { return key(services[row]); });
    };
    switch (column) {
    case -1:
        break;
    case ServiceTableModel::IdColumn:
        byServices([](const Service &s) { return s.id; });
        break;
    case ServiceTableModel::PriceColumn:
        byServices([](const Service &s) { return s.price; });
        break;
    case ServiceTableModel::MinColumn:
        byServices([](const Service &s) { return s.min; });
        break;
    case ServiceTableModel::MaxColumn:
        byServices([](const Service &s) { return s.max; });
        break;
    case ServiceTableModel::RefillColumn:
        byServices([](const Service &s) { return s.refill; });
        break;
    case ServiceTableModel::StatusColumn:
        byServices([](const Service &s) { return s.active; });
        break;
    case ServiceTableModel::ChangeColumn:
        // Ascending: unknown, falls, unchanged, rises, then new services.
        byServices([&changes](const Service &s) {
            constexpr double infinity = std::numeric_limits<double>::infinity();
            const std::optional<PriceChange> change = changes.changeOf(s.id, s.panel);
            if (!change)
                return -infinity;
            if (change->kind == PriceChange::Kind::Unchanged)
                return 0.0;
            return change->percent.value_or(infinity);
        });
        break;
    case ServiceTableModel::CurrencyColumn:
        byServices([](const Service &s) { return s.currencyCode(); });
        break;
    default:
        return std::nullopt;
    }
    return sorted;
}

} // namespace

ServiceViewModel::ServiceViewModel(QObject *parent)
    : QAbstractProxyModel(parent)
    // The C locale collates byte by byte, ignoring case and numbers: no use to people.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_sortRanks.resize(ServiceTableModel::ColumnCount);
    m_filterPool.setMaxThreadCount(1);
}

ServiceViewModel::~ServiceViewModel()
{
    cancelIndexBuild();
    stopFilterPass();
}

void ServiceViewModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *services = qobject_cast<ServiceTableModel *>(sourceModel);
    Q_ASSERT_X(services || !sourceModel, "ServiceViewModel", "needs a ServiceTableModel");
    beginResetModel();
    if (m_services)
        m_services->disconnect(this);
    m_services = services;
    QAbstractProxyModel::setSourceModel(services);
    if (m_services) {
        connect(m_services, &QAbstractItemModel::modelAboutToBeReset, this,
                &ServiceViewModel::beginResetModel);
        connect(m_services, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
            setFiltering(m_loading);
            Q_EMIT visibleRowsChanged();
        });
        connect(m_services, &QAbstractItemModel::dataChanged, this,
                &ServiceViewModel::onSourceDataChanged);
        connect(m_services, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
    setFiltering(m_loading);
    Q_EMIT visibleRowsChanged();
}

void ServiceViewModel::rebuild()
{
    // A pass in flight holds its own copies of what it reads: dropped, not waited for.
    cancelFilterPass();
    cancelIndexBuild();
    m_nameRanksBuild.cancel();
    ++m_loadGeneration;
    m_loading = false;
    m_index.reset();
    for (auto &ranks : m_sortRanks)
        ranks.clear();
    if (totalCount() >= std::max(m_backgroundLoadThreshold, 1)) {
        startLoadPass();
        return;
    }
    if (!m_searchIndexOnDemand || !m_filter.isEmpty())
        buildSearchIndex();
    sortAll();
    applyFilterNow(*m_sorted);
    startNameRanksBuild(CollationRanksBuild::Urgency::Later);
}

void ServiceViewModel::startNameRanksBuild(CollationRanksBuild::Urgency urgency)
{
    // Started last, so that it does not slow the load down.
    if (m_services && !m_searchIndexOnDemand && m_services->rowCount() > 0
        && m_sortRanks[ServiceTableModel::NameColumn].empty()
        && m_nameRanksBuild.column() != ServiceTableModel::NameColumn)
        m_nameRanksBuild.start(m_collator, m_sortBlockRows, m_services->services(),
                               ServiceTableModel::NameColumn, urgency);
}

void ServiceViewModel::buildSearchIndex()
{
    if (m_index || !m_services)
        return;
    if (m_indexBuild.valid()) {
        m_index = m_indexBuild.get(); // waits for the worker
        m_indexBuild = {};
        return;
    }
    m_index = std::make_shared<const ServiceSearchIndex>(m_services->services());
}

void ServiceViewModel::startIndexBuild()
{
    auto built = std::make_shared<std::promise<std::shared_ptr<const ServiceSearchIndex>>>();
    m_indexBuild = built->get_future().share();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelIndexBuild = cancelled;
    // The names wait to be ranked until the search text is folded, and then while filter
    // passes run: the user is typing, and a click on the Service header may never come.
    m_filterPool.start([this, built, cancelled, services = m_services->services(),
                        loadGeneration = m_loadGeneration,
                        hold = std::make_shared<PauseGate::Hold>(m_nameRanksBuild.holdBack())] {
        std::shared_ptr<const ServiceSearchIndex> index;
        if (!cancelled->load(std::memory_order_relaxed))
            index = std::make_shared<const ServiceSearchIndex>(services);
        built->set_value(index);
        QMetaObject::invokeMethod(
            this,
            [this, index, loadGeneration] {
                if (loadGeneration != m_loadGeneration || !m_indexBuild.valid())
                    return;
                m_index = index;
                m_indexBuild = {};
            },
            Qt::QueuedConnection);
    });
}

void ServiceViewModel::cancelIndexBuild()
{
    if (m_cancelIndexBuild) {
        m_cancelIndexBuild->store(true, std::memory_order_relaxed);
        m_cancelIndexBuild.reset();
    }
    m_indexBuild = {};
}

void ServiceViewModel::startLoadPass()
{
    m_loading = true;
    m_sorted = std::make_shared<const std::vector<int>>();
    m_visible = m_sorted;
    m_proxyRowOf.assign(size_t(totalCount()), -1);
    m_shownFilter = ServiceFilter();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelFilterPass = cancelled;
    m_filterPool.start([this, filter = m_filter, services = m_services->services(),
                        changes = m_services->changes(), column = m_sortColumn, order = m_sortOrder,
                        cancelled, loadGeneration = m_loadGeneration,
                        sortGeneration = m_sortGeneration] {
        // Without a filter the rows need no index: it is folded after they are shown.
        std::shared_ptr<const ServiceSearchIndex> index;
        if (!filter.isEmpty())
            index = std::make_shared<const ServiceSearchIndex>(services);
        if (cancelled->load(std::memory_order_relaxed))
            return;
        // A column sorted by what only the table knows (rates, pricing, collation, groups) is
        // sorted when the rows arrive; the rows found are then put in its order.
        std::vector<int> sorted =
            sortedByService(services, changes, column, order).value_or(std::vector<int>());
        if (cancelled->load(std::memory_order_relaxed))
            return;
        std::optional<std::vector<int>> visible;
        if (filter.isEmpty()) {
            visible.emplace();
        } else if (sorted.empty()) {
            std::vector<int> all(size_t(services.size()));
            std::iota(all.begin(), all.end(), 0);
            visible = index->filter(filter, all, services, changes, cancelled.get());
        } else {
            visible = index->filter(filter, sorted, services, changes, cancelled.get());
        }
        if (!visible)
            return;
        auto result = std::make_shared<std::pair<std::vector<int>, std::vector<int>>>(
            std::move(sorted), std::move(*visible));
        QMetaObject::invokeMethod(
            this,
            [this, index, result, filter, loadGeneration, sortGeneration] {
                showLoadPass(index, std::move(result->first), std::move(result->second), filter,
                             loadGeneration, sortGeneration);
            },
            Qt::QueuedConnection);
    });
    // Sorted by name, the rows need the ranks the moment they arrive: made alongside.
    if (m_sortColumn == ServiceTableModel::NameColumn)
        startNameRanksBuild(CollationRanksBuild::Urgency::Soon);
}

void ServiceViewModel::showLoadPass(std::shared_ptr<const ServiceSearchIndex> index,
                                    std::vector<int> sorted, std::vector<int> visible,
                                    const ServiceFilter &filter, int loadGeneration,
                                    int sortGeneration)
{
    if (loadGeneration != m_loadGeneration || !m_loading)
        return;
    m_loading = false;
    m_cancelFilterPass.reset();
    m_index = std::move(index);
    beginResetModel();
    const bool sortedHere = sortGeneration != m_sortGeneration || sorted.empty();
    if (sortedHere) {
        // The user sorted meanwhile, or the column needs the table: sorted now, and the rows the
        // worker found put in the new order.
        sortAll();
        m_shownFilter = filter;
        if (filter.isEmpty()) {
            m_visible = m_sorted;
        } else {
            std::vector<char> found(size_t(totalCount()), 0);
            for (const int row : visible)
                found[size_t(row)] = 1;
            std::vector<int> rows;
            rows.reserve(visible.size());
            for (const int row : *m_sorted) {
                if (found[size_t(row)])
                    rows.push_back(row);
            }
            m_visible = shared(std::move(rows));
        }
    } else {
        m_sorted = shared(std::move(sorted));
        m_shownFilter = filter;
        m_visible = filter.isEmpty() ? m_sorted : shared(std::move(visible));
    }
    updateInverse();
    endResetModel();
    if (!m_index && !m_searchIndexOnDemand)
        startIndexBuild();
    startNameRanksBuild(CollationRanksBuild::Urgency::Later);
    if (m_filter == m_shownFilter) {
        setFiltering(false);
        Q_EMIT visibleRowsChanged();
        return;
    }
    // Typed while the load ran: filtered as any other change of the filter.
    Q_EMIT visibleRowsChanged();
    const ServiceFilter typed = std::exchange(m_filter, m_shownFilter);
    setFilter(typed);
}

int ServiceViewModel::totalCount() const
{
    return m_services ? m_services->rowCount() : 0;
}

void ServiceViewModel::setFilter(const ServiceFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_loading)
        return; // the load pass filters when it is done
    cancelFilterPass();
    // A pass over many rows runs on the worker, after the index being folded there if any.
    const bool onWorker = totalCount() >= std::max(m_backgroundFilterThreshold, 0);
    if (!m_filter.isEmpty() && !(onWorker && m_indexBuild.valid()))
        buildSearchIndex();
    if (m_filter == m_shownFilter) {
        // Back to the rows on show before the dropped pass, say after typing and erasing a letter.
        setFiltering(false);
        return;
    }
    // m_visible holds the rows of the last filter shown, not of a pass that was dropped.
    const Rows &candidates = m_filter.narrows(m_shownFilter) ? m_visible : m_sorted;
    // A pass costs in proportion to the catalog as well as to the candidates (the scan in memory
    // order, the map from source rows), so the catalog's size decides.
    if (onWorker) {
        startFilterPass(candidates);
        setFiltering(true);
        return;
    }
    beginResetModel();
    applyFilterNow(*candidates);
    endResetModel();
    setFiltering(false);
    Q_EMIT visibleRowsChanged();
}

void ServiceViewModel::applyFilterNow(const std::vector<int> &candidates)
{
    if (m_filter.isEmpty() || !m_index) {
        m_visible = shared(candidates);
    } else {
        const PauseGate::Hold hold = m_nameRanksBuild.holdBack();
        const ServiceList services = m_services ? m_services->services() : ServiceList();
        const PriceComparison changes = m_services ? m_services->changes() : PriceComparison();
        m_visible = shared(*m_index->filter(m_filter, candidates, services, changes));
    }
    updateInverse();
    m_shownFilter = m_filter;
}

void ServiceViewModel::startFilterPass(Rows candidates)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelFilterPass = cancelled;
    // The worker gets its own references to the services and changes (cheap, implicitly
    // shared), so a new load replacing them in the table cannot pull them from under it.
    m_filterPool.start([this, index = m_index, indexBuild = m_indexBuild, filter = m_filter,
                        candidates = std::move(candidates),
                        services = m_services ? m_services->services() : ServiceList(),
                        changes = m_services ? m_services->changes() : PriceComparison(), cancelled,
                        generation = m_filterGeneration, sortGeneration = m_sortGeneration,
                        hold = std::make_shared<PauseGate::Hold>(m_nameRanksBuild.holdBack())] {
        std::optional<std::vector<int>> visible;
        if (filter.isEmpty()) {
            visible = *candidates;
        } else {
            // Built by the task before this one on the worker, when not built yet.
            const std::shared_ptr<const ServiceSearchIndex> searched =
                index || !indexBuild.valid() ? index : indexBuild.get();
            // Without one (no services, or a newer load dropped the build) nothing is found.
            visible =
                searched ? searched->filter(filter, *candidates, services, changes, cancelled.get())
                         : std::optional<std::vector<int>>(std::in_place);
        }
        if (!visible)
            return;
        auto rows = std::make_shared<std::vector<int>>(std::move(*visible));
        QMetaObject::invokeMethod(
            this,
            [this, rows, generation, sortGeneration] {
                if (generation == m_filterGeneration)
                    showFilterPass(std::move(*rows), sortGeneration);
            },
            Qt::QueuedConnection);
    });
}

void ServiceViewModel::showFilterPass(std::vector<int> visible, int sortGeneration)
{
    beginResetModel();
    if (sortGeneration == m_sortGeneration) {
        m_visible = shared(std::move(visible));
    } else {
        // The user sorted while the pass ran: its rows, in the new order. m_proxyRowOf, about
        // to be rebuilt, marks them meanwhile.
        std::fill(m_proxyRowOf.begin(), m_proxyRowOf.end(), -1);
        for (const int row : visible)
            m_proxyRowOf[size_t(row)] = 0;
        std::vector<int> resorted;
        resorted.reserve(visible.size());
        for (const int row : *m_sorted) {
            if (m_proxyRowOf[size_t(row)] >= 0)
                resorted.push_back(row);
        }
        m_visible = shared(std::move(resorted));
    }
    // Here, not on the worker: a second map of every row would raise the peak memory.
    updateInverse();
    m_shownFilter = m_filter;
    endResetModel();
    setFiltering(false);
    Q_EMIT visibleRowsChanged();
}

void ServiceViewModel::cancelFilterPass()
{
    ++m_filterGeneration;
    if (m_cancelFilterPass) {
        m_cancelFilterPass->store(true, std::memory_order_relaxed);
        m_cancelFilterPass.reset();
    }
}

void ServiceViewModel::stopFilterPass()
{
    cancelFilterPass();
    m_filterPool.waitForDone();
}

void ServiceViewModel::setFiltering(bool filtering)
{
    if (filtering == m_filtering)
        return;
    m_filtering = filtering;
    Q_EMIT filteringChanged(filtering);
}

void ServiceViewModel::updateInverse()
{
    m_proxyRowOf.assign(size_t(totalCount()), -1);
    const std::vector<int> &visible = *m_visible;
    for (int row = 0; row < int(visible.size()); ++row)
        m_proxyRowOf[size_t(visible[size_t(row)])] = row;
}

void ServiceViewModel::setCollator(const QCollator &collator)
{
    m_collator = collator;
    m_nameRanksBuild.cancel();
    for (auto &ranks : m_sortRanks)
        ranks.clear();
    if (m_sortColumn >= 0 && !ServiceTableModel::isNumeric(ServiceTableModel::Column(m_sortColumn)))
        sort(m_sortColumn, m_sortOrder);
    startNameRanksBuild(CollationRanksBuild::Urgency::Later);
}

void ServiceViewModel::setSortBlockRows(int rows)
{
    m_sortBlockRows = std::max(rows, 1);
    setCollator(m_collator);
}

const std::vector<int> &ServiceViewModel::sortRanks(int column)
{
    std::vector<int> &ranks = m_sortRanks.at(column);
    if (ranks.empty() && column == m_nameRanksBuild.column())
        ranks = m_nameRanksBuild.take();
    if (ranks.empty() && m_services)
        ranks = CollationRanks(m_collator, m_sortBlockRows).of(m_services->services(), column);
    return ranks;
}

void ServiceViewModel::sortAll()
{
    ++m_sortGeneration;
    // Let go of the old order first: unless a filter pass holds it, the new one reuses its memory.
    m_sorted.reset();
    if (!m_services) {
        m_sorted = shared({});
        return;
    }
    const ServiceList &services = m_services->services();
    if (std::optional<std::vector<int>> sorted =
            sortedByService(services, m_services->changes(), m_sortColumn, m_sortOrder)) {
        m_sorted = shared(std::move(*sorted));
        return;
    }
    std::vector<int> sorted(size_t(services.size()));
    std::iota(sorted.begin(), sorted.end(), 0);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const auto byServices = [&](auto key) {
        sortByKey(sorted, ascending, [&](int row) { return key(services[row]); });
    };
    switch (ServiceTableModel::Column(m_sortColumn)) {
    case ServiceTableModel::UnitPriceColumn:
    case ServiceTableModel::CostColumn: {
        // In rupiah, so services of other currencies sort among them; without a rate, last.
        const ServiceTableModel *model = m_services;
        byServices([model](const Service &s) {
            return model->rupiahPrice(s).value_or(std::numeric_limits<double>::infinity());
        });
        break;
    }
    case ServiceTableModel::MyPriceColumn: {
        const ServiceTableModel *model = m_services;
        byServices([model](const Service &s) {
            return model->myPrice(s).value_or(std::numeric_limits<double>::infinity());
        });
        break;
    }
    case ServiceTableModel::PriceIdrColumn: {
        // Services without a rate come after every converted price, ascending.
        const ExchangeRates &rates = m_services->exchangeRates();
        byServices([&rates](const Service &s) {
            const std::optional<Decimal> price = rates.priceInDisplayCurrency(s);
            return price ? price->toDouble() : std::numeric_limits<double>::infinity();
        });
        break;
    }
    case ServiceTableModel::NameColumn:
    case ServiceTableModel::CategoryColumn:
    case ServiceTableModel::TypeColumn:
    case ServiceTableModel::NoteColumn:
    case ServiceTableModel::PriceTextColumn:
    case ServiceTableModel::PanelColumn: {
        // Ranks run from 0 to fewer than the rows: counted into place, rows of equal rank in
        // the panel's order, in one pass instead of a comparison sort.
        const std::vector<int> &ranks = sortRanks(m_sortColumn);
        const int rankCount = ranks.empty() ? 0 : *std::max_element(ranks.begin(), ranks.end()) + 1;
        std::vector<int> next(size_t(rankCount) + 1, 0);
        for (const int rank : ranks)
            ++next[size_t(ascending ? rank : rankCount - 1 - rank) + 1];
        std::partial_sum(next.begin(), next.end(), next.begin());
        for (int row = 0; row < int(ranks.size()); ++row) {
            const int rank = ranks[size_t(row)];
            sorted[size_t(next[size_t(ascending ? rank : rankCount - 1 - rank)]++)] = row;
        }
        break;
    }
    case ServiceTableModel::GroupColumn:
    case ServiceTableModel::CheapestColumn: {
        // Group labels are numbered in their order; rows in no group, or before the groups are
        // known, come first ascending.
        const ServiceTableModel *model = m_services;
        const int column = m_sortColumn;
        sortByKey(sorted, ascending, [model, column](int row) {
            if (!model->groups())
                return -1;
            return column == ServiceTableModel::GroupColumn ? model->groupOf(row)
                                                            : int(model->isCheapest(row));
        });
        break;
    }
    default:
        break;
    }
    m_sorted = shared(std::move(sorted));
}

void ServiceViewModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    if (m_loading) {
        // No rows yet: the load pass's order is replaced when it arrives.
        m_sortColumn = column;
        m_sortOrder = order;
        ++m_sortGeneration;
        if (column == ServiceTableModel::NameColumn)
            startNameRanksBuild(CollationRanksBuild::Urgency::Soon);
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentSourceRows;
    persistentSourceRows.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentSourceRows.push_back(m_visible->at(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    std::vector<int> reordered;
    reordered.reserve(m_visible->size());
    for (const int row : *m_sorted) {
        if (m_proxyRowOf[row] >= 0)
            reordered.push_back(row);
    }
    m_visible = shared(std::move(reordered));
    updateInverse();

    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved.append(index(m_proxyRowOf[persistentSourceRows[i]], persistent[i].column()));
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT visibleRowsChanged();
}

void ServiceViewModel::onSourceDataChanged(const QModelIndex &topLeft,
                                           const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Only whole-column changes happen (the cost column when the quantity changes, my price
    // when the pricing does).
    if (!m_visible->empty())
        Q_EMIT dataChanged(index(0, topLeft.column()),
                           index(int(m_visible->size()) - 1, bottomRight.column()), roles);
    // Cost follows the price order; my price can change order with per-category markups, the
    // converted price with the rates.
    if ((m_sortColumn == ServiceTableModel::MyPriceColumn
         || m_sortColumn == ServiceTableModel::PriceIdrColumn
         || m_sortColumn == ServiceTableModel::GroupColumn
         || m_sortColumn == ServiceTableModel::CheapestColumn)
        && topLeft.column() <= m_sortColumn && m_sortColumn <= bottomRight.column())
        sort(m_sortColumn, m_sortOrder);
}

QModelIndex ServiceViewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ServiceViewModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ServiceViewModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ServiceViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible->size());
}

int ServiceViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_services ? 0 : m_services->columnCount();
}

bool ServiceViewModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex ServiceViewModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_services || proxyIndex.model() != this)
        return {};
    return m_services->index(m_visible->at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ServiceViewModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return {};
    const int row = m_proxyRowOf[sourceIndex.row()];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
