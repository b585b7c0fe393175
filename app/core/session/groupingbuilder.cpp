// SPDX-License-Identifier: MIT
#include "groupingbuilder.h"

#include "groupoverrides.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

GroupingBuilder::GroupingBuilder(const QString &overridesFile, QObject *parent)
    : QObject(parent)
    , m_overridesFile(overridesFile)
    , m_grouping(std::make_shared<const ServiceGrouping>())
{}

ServiceGrouping::RupiahPrice GroupingBuilder::rupiahPrice(const ExchangeRates &rates)
{
    return [rates](const Service &service) -> std::optional<double> {
        if (service.currencyCode() == Service::Rupiah)
            return service.price;
        if (const std::optional<Decimal> price = rates.priceIdr(service))
            return price->toDouble();
        return std::nullopt;
    };
}

void GroupingBuilder::build(const ServiceList &services, const ExchangeRates &rates)
{
    m_services = services;
    m_rates = rates;
    rebuild();
}

void GroupingBuilder::rebuild()
{
    const int generation = ++m_generation;
    ++m_running;
    using Result = std::shared_ptr<const ServiceGrouping>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation)
            return;
        m_grouping = watcher->result();
        Q_EMIT built();
    });
    watcher->setFuture(QtConcurrent::run(
        [services = m_services, price = rupiahPrice(m_rates), file = m_overridesFile]() -> Result {
            const GroupOverrides overrides(file);
            return std::make_shared<const ServiceGrouping>(services, price, &overrides);
        }));
}
