// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"
#include "pricecomparison.h"
#include "resellerpricing.h"
#include "service.h"
#include "servicetablemodel.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

class ServiceViewModel;

// The rows a table shows, in their order, as a model of their own, for a worker to read while
// the table goes on changing. The Contents are taken on the table's thread (cheap: the services
// are shared, the order is a list of row numbers); the model is built on the thread that reads it.
class TableSnapshot final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Contents {
        ServiceList services;
        PriceComparison changes;
        ResellerPricing pricing;
        std::optional<qint64> orderQuantity;
        ExchangeRates rates;
        std::shared_ptr<const ServiceGroups> groups; // when the table has them already
        bool groupsPriced = false; // the groups' rupiah prices are those of `rates`
        std::vector<int> rows;     // rows of `services`, in the order shown
    };

    // The visible rows of `view`, whose source is a ServiceTableModel.
    static Contents take(const ServiceViewModel &view);

    explicit TableSnapshot(Contents contents, QObject *parent = nullptr);

    // Computes the groups unless the contents had them; the cheapest of each group is chosen
    // among the snapshot's rows.
    void ensureGroups();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ServiceTableModel &table() const { return m_table; }
    const std::vector<int> &sourceRows() const { return m_rows; }

private:
    ServiceTableModel m_table;
    std::vector<int> m_rows;
};
