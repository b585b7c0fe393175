// SPDX-License-Identifier: MIT
#include "serviceviewmodel.h"

#include "collationranks.h"
#include "searchtext.h"
#include "serviceformatter.h"
#include "servicetablemodel.h"

#include <QHash>
#include <QLocale>
#include <QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>

namespace {

// Notes can be megabytes; searching their start is what people expect and keeps folding cheap.
constexpr qsizetype FoldedNoteLength = 2000;

// How many rows a filter pass checks between looks at whether it was cancelled.
constexpr size_t RowsBetweenCancelChecks = 4096;

std::shared_ptr<const std::vector<int>> shared(std::vector<int> rows)
{
    return std::make_shared<const std::vector<int>>(std::move(rows));
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
            setFiltering(false);
            Q_EMIT visibleRowsChanged();
        });
        connect(m_services, &QAbstractItemModel::dataChanged, this,
                &ServiceViewModel::onSourceDataChanged);
        connect(m_services, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
    setFiltering(false);
    Q_EMIT visibleRowsChanged();
}

void ServiceViewModel::rebuild()
{
    stopFilterPass();
    m_nameRanksBuild.cancel();
    m_folded.clear();
    m_foldedNames.clear();
    m_foldedParts.clear();
    m_searchIndexed = false;
    for (auto &ranks : m_sortRanks)
        ranks.clear();
    if (m_services) {
        m_folded.resize(size_t(m_services->rowCount()));
        if (!m_searchIndexOnDemand || !m_filter.isEmpty())
            buildSearchIndex();
    }
    sortAll();
    applyFilterNow(*m_sorted);
    startNameRanksBuild();
}

void ServiceViewModel::startNameRanksBuild()
{
    // Started last, so that it does not slow the load down.
    if (m_services && !m_searchIndexOnDemand && m_services->rowCount() > 0
        && m_sortRanks[ServiceTableModel::NameColumn].empty())
        m_nameRanksBuild.start(m_collator, m_sortBlockRows, m_services->services(),
                               ServiceTableModel::NameColumn);
}

void ServiceViewModel::buildSearchIndex()
{
    if (m_searchIndexed || !m_services)
        return;
    stopFilterPass();
    m_searchIndexed = true;
    const ServiceList &services = m_services->services();
    // The parser shares the text of repeated categories, types and notes, so the address of
    // the characters identifies a text: fold each once, without hashing its contents.
    QHash<const QChar *, int> partOf;
    const auto part = [&](const QString &text, auto fold) {
        auto found = partOf.constFind(text.constData());
        if (found == partOf.cend()) {
            found = partOf.insert(text.constData(), int(m_foldedParts.size()));
            m_foldedParts.push_back(fold(text));
        }
        return *found;
    };
    const auto foldText = [](const QString &text) {
        return SearchText::fold(text);
    };
    const auto foldNote = [](const QString &text) {
        return SearchText::fold(
            QStringView(ServiceFormatter::plainNote(text)).left(FoldedNoteLength));
    };
    const auto findParts = [&] {
        for (qsizetype row = 0; row < services.size(); ++row) {
            const Service &service = services.at(row);
            FoldedRow &folded = m_folded[size_t(row)];
            folded.category = part(service.category, foldText);
            folded.type = part(service.type, foldText);
            folded.note = part(service.note, foldNote);
        }
    };
    m_foldedNames.resize(size_t((services.size() + NameBlock - 1) / NameBlock));
    // The parts are found on one thread while the others fold the names.
    constexpr int FindParts = -1;
    QList<int> tasks(qsizetype(m_foldedNames.size()) + 1);
    std::iota(tasks.begin(), tasks.end(), FindParts);
    QtConcurrent::blockingMap(tasks, [&](int block) {
        if (block == FindParts) {
            findParts();
            return;
        }
        const qsizetype start = qsizetype(block) * NameBlock;
        const qsizetype end = std::min(start + NameBlock, services.size());
        qsizetype length = 0;
        for (qsizetype row = start; row < end; ++row)
            length += services.at(row).name.size();
        QByteArray &names = m_foldedNames[size_t(block)];
        names.reserve(length + length / 8);
        for (qsizetype row = start; row < end; ++row) {
            FoldedRow &folded = m_folded[size_t(row)];
            folded.nameStart = int(names.size());
            SearchText::appendFoldedUtf8(services.at(row).name, names);
            folded.nameLength = int(names.size()) - folded.nameStart;
        }
    });
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
    cancelFilterPass();
    if (!m_filter.isEmpty())
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
    if (m_folded.size() >= size_t(std::max(m_backgroundFilterThreshold, 0))) {
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
    const ServiceList services = m_services ? m_services->services() : ServiceList();
    const PriceComparison changes = m_services ? m_services->changes() : PriceComparison();
    m_visible = shared(*filterRows(m_filter, candidates, services, changes));
    updateInverse();
    m_shownFilter = m_filter;
}

void ServiceViewModel::startFilterPass(Rows candidates)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelFilterPass = cancelled;
    // The worker gets its own references to the services and changes (cheap, implicitly
    // shared), so a new load replacing them in the table cannot pull them from under it.
    m_filterPool.start([this, filter = m_filter, candidates = std::move(candidates),
                        services = m_services ? m_services->services() : ServiceList(),
                        changes = m_services ? m_services->changes() : PriceComparison(), cancelled,
                        generation = m_filterGeneration, sortGeneration = m_sortGeneration] {
        std::optional<std::vector<int>> visible =
            filterRows(filter, *candidates, services, changes, cancelled.get());
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

std::optional<std::vector<int>>
ServiceViewModel::filterRows(const ServiceFilter &filter, const std::vector<int> &candidates,
                             const ServiceList &services, const PriceComparison &changes,
                             const std::atomic_bool *cancelled) const
{
    const auto isCancelled = [cancelled](size_t checked) {
        return cancelled && checked % RowsBetweenCancelChecks == 0
               && cancelled->load(std::memory_order_relaxed);
    };
    std::vector<int> visible;
    if (filter.isEmpty()) {
        visible = candidates;
    } else {
        // Each term is looked for once in each shared text, on first need, and per row only
        // in the row's own name.
        struct Term {
            QString text;
            std::string utf8;
            std::vector<qint8> inPart; // -1 not looked at yet
        };
        std::vector<Term> terms;
        for (const QString &term : filter.terms)
            terms.push_back(
                {term, term.toStdString(), std::vector<qint8>(m_foldedParts.size(), -1)});
        const auto inPart = [this](Term &term, int part) {
            qint8 &found = term.inPart[size_t(part)];
            if (found < 0)
                found = m_foldedParts[size_t(part)].contains(term.text);
            return found == 1;
        };
        const bool checksValues = filter.hasValueConditions();
        const auto accepts = [&](int row) {
            // Most passes only look for words: then the services themselves stay untouched.
            if (checksValues
                && !filter.acceptsValues(
                    services.at(row),
                    filter.changedOnly
                        && changes.isChanged(services.at(row).id, services.at(row).panel)))
                return false;
            const FoldedRow &folded = m_folded[size_t(row)];
            // std::string_view::find looks for the first byte with memchr; QByteArrayView's
            // search costs several times more on short names.
            const std::string_view name(m_foldedNames[size_t(row / NameBlock)].constData()
                                            + folded.nameStart,
                                        size_t(folded.nameLength));
            return std::all_of(terms.begin(), terms.end(), [&](Term &term) {
                return inPart(term, folded.category) || inPart(term, folded.type)
                       || inPart(term, folded.note) || name.find(term.utf8) != name.npos;
            });
        };
        if (candidates.size() < m_folded.size() / 16) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (isCancelled(i))
                    return std::nullopt;
                if (accepts(candidates[i]))
                    visible.push_back(candidates[i]);
            }
        } else {
            // Candidates come in sort order, scattered over memory; checking the rows in
            // memory order and then picking the accepted ones out in sort order is several
            // times faster on large catalogs.
            std::vector<char> accepted(m_folded.size(), 0);
            for (const int row : candidates)
                accepted[size_t(row)] = 1;
            size_t acceptedCount = 0;
            for (size_t row = 0; row < accepted.size(); ++row) {
                if (isCancelled(row))
                    return std::nullopt;
                if (accepted[row]) {
                    accepted[row] = accepts(int(row));
                    acceptedCount += size_t(accepted[row]);
                }
            }
            visible.reserve(acceptedCount);
            for (const int row : candidates) {
                if (accepted[size_t(row)])
                    visible.push_back(row);
            }
        }
    }
    return visible;
}

void ServiceViewModel::updateInverse()
{
    m_proxyRowOf.assign(m_folded.size(), -1);
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
    startNameRanksBuild();
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
    std::vector<int> sorted(m_folded.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    if (!m_services || m_sortColumn < 0) {
        m_sorted = shared(std::move(sorted));
        return;
    }

    const ServiceList &services = m_services->services();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // Keys are gathered next to their rows first: comparing scattered Service records is
    // several times slower for large catalogs.
    const auto byRows = [&](auto key) {
        using Key = decltype(key(0));
        std::vector<std::pair<Key, int>> keyed;
        keyed.reserve(sorted.size());
        for (const int row : sorted)
            keyed.emplace_back(key(row), row);
        // Ties keep the panel's order in both directions.
        std::sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return ascending ? a.first < b.first : b.first < a.first;
            return a.second < b.second;
        });
        for (size_t i = 0; i < keyed.size(); ++i)
            sorted[i] = keyed[i].second;
    };
    const auto byServices = [&](auto key) {
        byRows([&](int row) { return key(services[row]); });
    };
    switch (ServiceTableModel::Column(m_sortColumn)) {
    case ServiceTableModel::IdColumn:
        byServices([](const Service &s) { return s.id; });
        break;
    case ServiceTableModel::PriceColumn:
        byServices([](const Service &s) { return s.price; });
        break;
    case ServiceTableModel::UnitPriceColumn:
    case ServiceTableModel::CostColumn: {
        // In rupiah, so services of other currencies sort among them; without a rate, last.
        const ServiceTableModel *model = m_services;
        byServices([model](const Service &s) {
            return model->rupiahPrice(s).value_or(std::numeric_limits<double>::infinity());
        });
        break;
    }
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
    case ServiceTableModel::ChangeColumn: {
        // Ascending: unknown, falls, unchanged, rises, then new services.
        const PriceComparison &changes = m_services->changes();
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
    case ServiceTableModel::CurrencyColumn:
        byServices([](const Service &s) { return s.currencyCode(); });
        break;
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
        byRows([model, column](int row) {
            if (!model->groups())
                return -1;
            return column == ServiceTableModel::GroupColumn ? model->groupOf(row)
                                                            : int(model->isCheapest(row));
        });
        break;
    }
    case ServiceTableModel::ColumnCount:
        break;
    }
    m_sorted = shared(std::move(sorted));
}

void ServiceViewModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
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
