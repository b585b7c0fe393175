// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"
#include "servicegrouping.h"
#include "servicegroups.h"
#include "servicekey.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

// Builds the groups of a list of services on a worker thread, so a catalog of a hundred
// thousand services never freezes the window; a newer request wins over one still running.
// One build serves the Compare tab and the table's Group and Cheapest columns: with the grouping
// come its numbered groups with their prices in rupiah and an index by service, all made on the
// worker. Each build reads the user's regrouping from the overrides file afresh, so a change
// made through another GroupOverrides object is in the next build; a build of the services
// already grouped reads their text no more. Workers use copies only, so one may outlive this
// object.
class GroupingBuilder final : public QObject
{
    Q_OBJECT

public:
    using ServiceIndex = QHash<ServiceKey, qsizetype>; // into grouping()->services()

    explicit GroupingBuilder(const QString &overridesFile, QObject *parent = nullptr);

    // Prices in another currency are converted with `rates`; without a rate they have none.
    void build(const ServiceList &services, const ExchangeRates &rates);
    // The last services and rates again, after the regrouping changed.
    void rebuild();
    // Until the newest build is done: older ones still running make no difference, their
    // results are dropped.
    bool isBuilding() const { return m_doneGeneration != m_generation; }
    std::shared_ptr<const ServiceGrouping> grouping() const { return m_result.grouping; }
    // grouping() numbered for ServiceTableModel::setGroups().
    std::shared_ptr<const ServiceGroups> groups() const { return m_result.groups; }
    std::shared_ptr<const ServiceIndex> serviceIndex() const { return m_result.index; }
    const QString &overridesFile() const { return m_overridesFile; }

Q_SIGNALS:
    // The newest build is done, whichever finished before it; grouping(), groups() and
    // serviceIndex() are its result.
    void built();

private:
    struct Result {
        std::shared_ptr<const ServiceGrouping> grouping;
        std::shared_ptr<const ServiceGroups> groups;
        std::shared_ptr<const ServiceIndex> index;
    };
    void start(bool pricesHold);

    QString m_overridesFile;
    ServiceList m_services;
    ExchangeRates m_rates;
    Result m_result;
    int m_generation = 0;
    int m_doneGeneration = 0;
};
