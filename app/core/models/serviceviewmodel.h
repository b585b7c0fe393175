// SPDX-License-Identifier: MIT
#pragma once

#include "collationranksbuild.h"
#include "servicefilter.h"
#include "servicesearchindex.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QThreadPool>

#include <atomic>
#include <future>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class PriceComparison;
class ServiceTableModel;

// The rows the user sees: a sorted, filtered view of a ServiceTableModel, built for large
// catalogs. Sorting and filtering read the services directly (no QVariant per comparison),
// search text is folded once per load, the sort order is kept across filter changes, and a
// filter that only narrows the previous one scans just the rows that were visible. A filter pass
// over many rows runs on a worker thread and its rows are swapped in when it is done; a newer
// filter drops the pass in flight. A large load is sorted and filtered on that worker too, showing
// no rows meanwhile; a newer load drops it. Its search text is folded there as well: before the
// rows when a filter is set, after them when none is (the rows need no index until a filter).
class ServiceViewModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ServiceViewModel(QObject *parent = nullptr);
    ~ServiceViewModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    ServiceTableModel *serviceModel() const { return m_services; }

    void setFilter(const ServiceFilter &filter);
    const ServiceFilter &filter() const { return m_filter; }
    // In catalogs of at least this many rows filter passes run on a worker thread; in smaller
    // ones they run before setFilter returns. During a load on the worker (see below), the filter
    // is applied when the load lands.
    void setBackgroundFilterThreshold(int rows) { m_backgroundFilterThreshold = rows; }
    int backgroundFilterThreshold() const { return m_backgroundFilterThreshold; }
    // Loads of at least this many rows are folded, sorted and filtered on the worker: until they
    // are done the view shows no rows and isFiltering() is true. Never unless set (a one-off
    // export wants its rows at once).
    void setBackgroundLoadThreshold(int rows) { m_backgroundLoadThreshold = rows; }
    // Folds the search text on the first filter, and ranks the names on the first sort by name,
    // rather than on every load (the ranks on a worker thread after it): for a one-off export,
    // which mostly has no filter and no sort by name. A window would pay for them on the first
    // keystroke and the first click.
    void setSearchIndexOnDemand(bool onDemand) { m_searchIndexOnDemand = onDemand; }
    // True while a filter pass runs on the worker (the visible rows are still the previous
    // filter's) or a load does (no rows are visible).
    bool isFiltering() const { return m_filtering; }
    // True while the search text of a large load is folded on the worker after its rows are
    // shown; a filter set meanwhile is applied once it is done.
    bool isIndexing() const { return m_indexBuild.valid(); }
    // True while the names are ranked on a worker after a load (on one thread, when a core is
    // idle); a sort by name meanwhile waits for them.
    bool isRankingNames() const { return m_nameRanksBuild.isRunning(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Text columns sort with this collator (natural numbers, case-insensitive by default).
    void setCollator(const QCollator &collator);
    // Text columns sort a block of this many rows at a time by collation key, and merge the
    // blocks: the keys of one block are held in memory together.
    void setSortBlockRows(int rows);

    int sourceRow(int row) const { return m_visible->at(row); }
    int totalCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

Q_SIGNALS:
    // After every change of the visible rows: filter, sort or new data.
    void visibleRowsChanged();
    void filteringChanged(bool filtering);

private:
    // Rows shared with the filter pass in flight, so replaced, never changed in place.
    using Rows = std::shared_ptr<const std::vector<int>>;

    void rebuild();
    void buildSearchIndex();
    void startIndexBuild();
    void cancelIndexBuild();
    void sortAll();
    void startLoadPass();
    void showLoadPass(std::shared_ptr<const ServiceSearchIndex> index, std::vector<int> sorted,
                      std::vector<int> visible, const ServiceFilter &filter, int loadGeneration,
                      int sortGeneration);
    void applyFilterNow(const std::vector<int> &candidates);
    void startFilterPass(Rows candidates);
    void showFilterPass(std::vector<int> visible, int sortGeneration);
    void cancelFilterPass();
    void stopFilterPass();
    void setFiltering(bool filtering);
    void updateInverse();
    const std::vector<int> &sortRanks(int column);
    void startNameRanksBuild(CollationRanksBuild::Urgency urgency);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    ServiceTableModel *m_services = nullptr;
    ServiceFilter m_filter;
    ServiceFilter m_shownFilter; // the filter whose rows m_visible holds
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;

    // Null until built: at load (on the worker after a large load's rows, see m_indexBuild), or
    // on the first filter when built on demand. Shared with the passes on the worker, so
    // replaced, never changed.
    std::shared_ptr<const ServiceSearchIndex> m_index;
    // The index being folded on the worker after a load's rows are shown; not valid otherwise.
    // The worker runs its tasks in order, so a filter pass started after the build finds the
    // index there.
    std::shared_future<std::shared_ptr<const ServiceSearchIndex>> m_indexBuild;
    std::shared_ptr<std::atomic_bool> m_cancelIndexBuild;
    bool m_searchIndexOnDemand = false;
    Rows m_sorted = std::make_shared<const std::vector<int>>();  // every source row, in sort order
    Rows m_visible = std::make_shared<const std::vector<int>>(); // the accepted rows of m_sorted
    std::vector<int> m_proxyRowOf;                               // source row -> visible row, or -1
    // Per text column, built on demand: each row's place in collation order, equal texts
    // equal. A rank takes 4 bytes where a collator key takes a hundred or more.
    std::vector<std::vector<int>> m_sortRanks;
    // Makes m_sortRanks[NameColumn] after a load. Holds its own reference to the services.
    CollationRanksBuild m_nameRanksBuild;
    int m_sortGeneration = 0; // counts sortAll() calls

    // A pass over every row took about 30 ns a row on the 2-core machine it was measured on, and
    // twice that when the machine was busy: 150,000 rows take 5 to 9 ms, about half a frame.
    int m_backgroundFilterThreshold = 150'000;
    int m_backgroundLoadThreshold = std::numeric_limits<int>::max();
    int m_sortBlockRows = 1 << 17;
    bool m_filtering = false;
    bool m_loading = false;     // a load pass runs: no rows are shown until it is done
    int m_loadGeneration = 0;   // a load pass's result is shown only if no load came after it
    int m_filterGeneration = 0; // a pass's result is shown only if no filter came after it
    std::shared_ptr<std::atomic_bool> m_cancelFilterPass;
    // One worker, so waiting for the pool waits for every pass, including cancelled ones still
    // winding down. Passes hold their own references to everything they read. Every task is
    // started at the same priority, so they run in the order started (m_indexBuild relies on it).
    QThreadPool m_filterPool;
};
