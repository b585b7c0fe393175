// SPDX-License-Identifier: MIT
#include "groupingbuilder.h"

#include "groupoverrides.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

GroupingBuilder::GroupingBuilder(const QString &overridesFile, QObject *parent)
    : QObject(parent)
    , m_overridesFile(overridesFile)
    , m_result{std::make_shared<const ServiceGrouping>(), std::make_shared<const ServiceGroups>(),
               std::make_shared<const ServiceIndex>()}
{}

void GroupingBuilder::build(const ServiceList &services, const ExchangeRates &rates)
{
    m_services = services;
    m_rates = rates;
    start(false);
}

void GroupingBuilder::rebuild()
{
    // Unless a build with other rates is still running, the last result has these prices.
    start(!isBuilding());
}

void GroupingBuilder::start(bool pricesHold)
{
    const int generation = ++m_generation;
    // The services grouped last, read already: only their prices and groups are worked out.
    std::shared_ptr<const ServiceGrouping> read;
    if (m_result.grouping->services().constData() == m_services.constData()
        && m_result.grouping->services().size() == m_services.size())
        read = m_result.grouping;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_doneGeneration = generation;
        m_result = watcher->result();
        Q_EMIT built();
    });
    watcher->setFuture(QtConcurrent::run([services = m_services, read, pricesHold,
                                          price = ServiceGrouping::rupiahWith(m_rates),
                                          file = m_overridesFile]() -> Result {
        const GroupOverrides overrides(file);
        auto grouping = std::make_shared<const ServiceGrouping>(
            !read        ? ServiceGrouping(services, price, &overrides)
            : pricesHold ? read->regrouped(&overrides)
                         : read->repriced(price, &overrides));
        auto index = std::make_shared<ServiceIndex>();
        index->reserve(grouping->services().size());
        for (qsizetype i = 0; i < grouping->services().size(); ++i)
            index->insert(ServiceKey::of(grouping->services().at(i)), i);
        return {grouping, std::make_shared<const ServiceGroups>(ServiceGroups::of(*grouping)),
                std::move(index)};
    }));
}
