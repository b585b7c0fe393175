// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"
#include "servicegrouping.h"

#include <QObject>
#include <QString>

#include <memory>

// Builds the groups of a list of services on a worker thread, so a catalog of a hundred
// thousand services never freezes the window; a newer request wins over one still running.
// Each build reads the user's regrouping from the overrides file afresh, so a change made
// through another GroupOverrides object is in the next build. Workers use copies only, so one
// may outlive this object.
class GroupingBuilder final : public QObject
{
    Q_OBJECT

public:
    explicit GroupingBuilder(const QString &overridesFile, QObject *parent = nullptr);

    // Prices in another currency are converted with `rates`; without a rate they have none.
    void build(const ServiceList &services, const ExchangeRates &rates);
    // The last services and rates again, after the regrouping changed.
    void rebuild();
    bool isBuilding() const { return m_running > 0; }
    std::shared_ptr<const ServiceGrouping> grouping() const { return m_grouping; }
    const QString &overridesFile() const { return m_overridesFile; }

    static ServiceGrouping::RupiahPrice rupiahPrice(const ExchangeRates &rates);

Q_SIGNALS:
    // The newest build is done; grouping() is its result.
    void built();

private:
    QString m_overridesFile;
    ServiceList m_services;
    ExchangeRates m_rates;
    std::shared_ptr<const ServiceGrouping> m_grouping;
    int m_generation = 0;
    int m_running = 0;
};
