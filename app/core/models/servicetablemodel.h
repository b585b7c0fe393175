// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"
#include "pricecomparison.h"
#include "resellerpricing.h"
#include "service.h"
#include "servicegroups.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

// The services of the current view as a table. Display text is formatted for people; SortRole
// gives the exact raw value that sorting and exports use: quint64 id, double prices, qint64
// quantities, bool flags, QString text; the change as a percentage (empty for new services and
// when there is no previous fetch). ExactRole gives a Decimal where a double would not be exact:
// price when the panel wrote it as text (Service::priceExact), and price_idr (to the cent).
// Price filters and the price sort keep using each service's own `price`, in its own currency.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        CategoryColumn,
        TypeColumn,
        PriceColumn,
        UnitPriceColumn,
        CostColumn,
        MinColumn,
        MaxColumn,
        RefillColumn,
        StatusColumn,
        NoteColumn,
        PriceTextColumn,
        ChangeColumn,
        MyPriceColumn,
        // Appended, never inserted: saved header layouts are restored by position.
        PanelColumn,
        CurrencyColumn,
        PriceIdrColumn, // the price per 1000 in the display currency (rupiah unless chosen)
        GroupColumn,    // the group of the same offer on every panel (its key in SortRole); empty
                        // until computed
        CheapestColumn, // the cheapest in rupiah of its group among the rows shown or exported
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        ToneRole,  // a Tone: what the row or cell means, for the view to colour
        ExactRole, // a Decimal, or nothing where SortRole is exact
    };
    enum class Tone { Plain, Inactive, PriceRose, PriceFell, New };
    Q_ENUM(Tone)

    explicit ServiceTableModel(QObject *parent = nullptr);

    // Replaces every row in one model reset; `changes` compares them with the previous fetch.
    void setServices(ServiceList services, PriceComparison changes = {});
    const PriceComparison &changes() const { return m_changes; }
    const ServiceList &services() const { return m_services; }
    const Service &service(int row) const { return m_services.at(row); }

    // The quantity the user wants to order; the Cost column shows what it costs at each price.
    void setOrderQuantity(std::optional<qint64> quantity);
    std::optional<qint64> orderQuantity() const { return m_orderQuantity; }

    // The reseller's price of each service, in the My price column.
    void setResellerPricing(const ResellerPricing &pricing);
    const ResellerPricing &resellerPricing() const { return m_pricing; }

    // The rates PriceIdrColumn converts with, and its display currency.
    void setExchangeRates(const ExchangeRates &rates);
    const ExchangeRates &exchangeRates() const { return m_rates; }

    // The price per 1000 in rupiah: the panel's own, or converted with the rates; none without
    // a rate. The unit price, cost and My price columns start from it, whatever the currency.
    std::optional<double> rupiahPrice(const Service &service) const;
    std::optional<double> myPrice(const Service &service) const;

    // The group of each service, shared. Computing them takes a while in large lists, so they
    // are computed only when wanted: now with ensureGroups(), or on a worker and set here (ignored
    // unless they have a row for each service). Null until then; setServices() drops them. Their
    // prices in rupiah are taken as they are until setExchangeRates() (or unless
    // `pricedWithTheseRates` is false); then rows are converted again as needed.
    void setGroups(std::shared_ptr<const ServiceGroups> groups, bool pricedWithTheseRates = true);
    const std::shared_ptr<const ServiceGroups> &groups() const { return m_groups; }
    // Whether the groups' prices in rupiah are the ones of the rates set.
    bool groupsPriced() const { return m_groupsPriced; }
    void ensureGroups();
    // The group number of a row (see ServiceGroups), -1 without one; whether it is the cheapest.
    int groupOf(int row) const { return m_groups ? m_groups->groupOfRow[std::size_t(row)] : -1; }
    bool isCheapest(int row) const { return m_groups && m_cheapest[std::size_t(row)]; }
    // Whether exporting or showing `columns` needs the groups.
    static bool needsGroups(const QList<int> &columns);
    // Of `rows`, in their order, those whose service is the cheapest in rupiah of its group among
    // `rows`: the lower price wins, then ServiceGrouping::tieRanks()'s rule. A service without a
    // rupiah price (no exchange rate) or a group is never the cheapest. Needs groups.
    std::vector<int> cheapestRows(const std::vector<int> &rows) const;
    // CheapestColumn says which of `rows` cheapestRows() chose; the others are not the cheapest.
    void setCheapestAmong(const std::vector<int> &rows);

    static bool isNumeric(Column column);
    // A stable, untranslated key for each column ("id", "name", "price", ...), used in settings
    // and on the command line.
    static QString columnKey(Column column);
    static std::optional<Column> columnFromKey(QStringView key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Service &service, Column column) const;
    QVariant sortData(const Service &service, Column column) const;
    // The SortRole value of GroupColumn and CheapestColumn; nothing without groups.
    QVariant groupData(int row, Column column) const;
    std::optional<double> cost(const Service &service) const;
    Tone toneOf(const Service &service, Column column) const;

    ServiceList m_services;
    std::optional<qint64> m_orderQuantity;
    PriceComparison m_changes;
    ResellerPricing m_pricing;
    ExchangeRates m_rates;
    std::shared_ptr<const ServiceGroups> m_groups;
    std::vector<bool> m_cheapest; // per row, while there are groups
    bool m_groupsPriced = false;  // m_groups->rupiahOfRow holds with m_rates
    // The rupiah price of each row as cheapestRows() last converted it (NaN: none; -infinity:
    // not converted yet), so choosing again after a filter change converts nothing. Cleared
    // with new rows or rates.
    mutable std::vector<double> m_rupiahOfRow;
};
