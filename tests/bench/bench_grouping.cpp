// SPDX-License-Identifier: MIT
// What grouping costs the window on large lists: the Compare tab and the table's Group and
// Cheapest columns after a load, choosing the cheapest of each group among the rows shown (redone
// whenever those rows change), and a regrouping. Each is timed the way the window works now (one
// grouping for both, prices converted on its worker, a regrouping that reads no text again) and,
// in the same run, the way it worked before (a grouping each on two workers at once, the
// Cheapest column converting prices on the UI thread, a regrouping from scratch), as the median
// of several runs.
// usage: smm-bench-grouping [SERVICES [RUNS]]   (default 500,000: 10 panels of 50,000; 3 runs)
#include "groupingbuilder.h"
#include "groupoverrides.h"
#include "median.h"
#include "servicegroups.h"
#include "servicetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace {

ServiceList makeServices(int count)
{
    const char *const names[] = {
        "Instagram Likes | Real | R30 | 10K/day",
        "[IG] Likes Indonesia 𝗥𝗲𝗮𝗹 ♻️ Refill 30 Hari",
        "IG Likes - HQ - Garansi 30 Days - Max 50K",
        "TikTok Followers Indonesia [No Refill] 5K/day",
        "YouTube Views Worldwide | Lifetime Refill | 100K/day",
        "Telegram Members Global 🔥 BEST 🔥 R60",
        "Instagram Followers Indo Real Aktif Garansi 7 Hari",
        "Facebook Page Likes WW | No Refill | Instant",
    };
    ServiceList services;
    services.reserve(count);
    for (int i = 0; i < count; ++i) {
        Service service;
        service.id = quint64(i % 50000 + 1);
        service.panel = i < 50000 ? QString() : QStringLiteral("Panel %1").arg(i / 50000);
        service.name = QString::fromUtf8(names[i % 8]) + QStringLiteral(" #%1").arg(i % 977);
        service.category = QStringLiteral("Category %1").arg(i % 40);
        service.note = i % 3 ? QString() : QStringLiteral("<b>Start</b> 0-1 hour");
        service.price = 100 + (i * 7919) % 50000;
        // Every other panel sells in dollars, converted to rupiah with a rate.
        if (i / 50000 % 2) {
            service.currency = QStringLiteral("USD");
            service.priceExact = QString::number(service.price / 16000.0, 'f', 4);
            service.price = service.priceExact.toDouble();
        }
        service.min = 100;
        service.max = 100000;
        services.append(service);
    }
    return services;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The window's hash from a service to its index in the grouping, made after each build.
GroupingBuilder::ServiceIndex indexOf(const ServiceGrouping &grouping)
{
    GroupingBuilder::ServiceIndex index;
    index.reserve(grouping.services().size());
    for (qsizetype i = 0; i < grouping.services().size(); ++i)
        index.insert(ServiceKey::of(grouping.services().at(i)), i);
    return index;
}

// Runs the event loop until the builder's newest build is done.
void waitFor(GroupingBuilder &builder)
{
    QEventLoop loop;
    QObject::connect(&builder, &GroupingBuilder::built, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Timings {
    QList<double> worker, ui, firstCheapest, cheapestAll, cheapestHalf, regroup, tieRanks;
};

void print(const char *what, const QList<double> &before, const QList<double> &now)
{
    const double b = median(before);
    const double n = median(now);
    std::printf("  %-34s %9.1f ms %9.1f ms %7.2fx\n", what, b, n, n > 0 ? b / n : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no regrouping of the user's
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 500000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const ServiceList services = makeServices(count);
    ExchangeRates rates;
    rates.setRateForThisRun(QStringLiteral("USD"), *Decimal::parse(u"16250.5"));
    QTemporaryDir dir;
    const QString overridesFile = dir.filePath(QStringLiteral("group-overrides.ini"));
    {
        // One service moved by hand, so every grouping applies a regrouping.
        GroupOverrides overrides(overridesFile);
        overrides.splitOff({ServiceKey{QString(), 1}});
    }
    std::vector<int> all(static_cast<std::size_t>(count));
    std::iota(all.begin(), all.end(), 0);
    std::vector<int> half(all.begin(), all.begin() + count / 2);

    Timings before;
    Timings now;
    qsizetype groupCount = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        {
            // Before: the Compare tab's grouping and the columns' own grouping, on two workers
            // at once ...
            ServiceTableModel model;
            model.setServices(services);
            model.setExchangeRates(rates);
            timer.start();
            QFuture<std::shared_ptr<const ServiceGrouping>> compared =
                QtConcurrent::run([&]() -> std::shared_ptr<const ServiceGrouping> {
                    const GroupOverrides overrides(overridesFile);
                    return std::make_shared<const ServiceGrouping>(
                        services, ServiceGrouping::rupiahWith(rates), &overrides);
                });
            QFuture<ServiceGroups> columns = QtConcurrent::run([&] {
                const GroupOverrides overrides(overridesFile);
                return ServiceGroups::of(
                    ServiceGrouping(services, ServiceGrouping::rupiahOnly(), &overrides));
            });
            const std::shared_ptr<const ServiceGrouping> compareGrouping = compared.result();
            const ServiceGrouping &grouping = *compareGrouping;
            auto groups = std::make_shared<const ServiceGroups>(columns.result());
            before.worker.append(msSince(timer));
            // ... then on the UI thread the index, and the first Cheapest converting prices.
            timer.restart();
            const GroupingBuilder::ServiceIndex index = indexOf(grouping);
            model.setGroups(groups);
            model.setExchangeRates(rates); // the columns' groups had no converted prices
            const double applied = msSince(timer);
            timer.restart();
            model.setCheapestAmong(all);
            before.firstCheapest.append(msSince(timer));
            before.ui.append(applied + before.firstCheapest.constLast());
            timer.restart();
            model.setCheapestAmong(all);
            before.cheapestAll.append(msSince(timer));
            timer.restart();
            model.setCheapestAmong(half);
            before.cheapestHalf.append(msSince(timer));
            // A regrouping grouped both again from the text, on two workers at once.
            timer.restart();
            QFuture<void> regrouped = QtConcurrent::run([&] {
                const GroupOverrides again(overridesFile);
                const ServiceGrouping grouping(services, ServiceGrouping::rupiahWith(rates),
                                               &again);
            });
            QFuture<void> regroupedColumns = QtConcurrent::run([&] {
                const GroupOverrides again(overridesFile);
                ServiceGroups::of(ServiceGrouping(services, ServiceGrouping::rupiahOnly(), &again));
            });
            regrouped.waitForFinished();
            regroupedColumns.waitForFinished();
            before.regroup.append(msSince(timer));
            // The tie order the cheapest is chosen by, new in every grouping above: what it adds
            // to each (the code before did not rank).
            QList<ServiceAttributes> attributes;
            attributes.reserve(services.size());
            for (qsizetype i = 0; i < services.size(); ++i)
                attributes.append(grouping.attributes(i));
            timer.restart();
            const std::vector<int> ranks = ServiceGrouping::tieRanks(services, attributes);
            now.tieRanks.append(msSince(timer));
        }
        {
            // Now: one build on a worker, as the window runs it; the UI thread takes the result.
            ServiceTableModel model;
            model.setServices(services);
            model.setExchangeRates(rates);
            GroupingBuilder builder(overridesFile);
            timer.start();
            builder.build(model.services(), model.exchangeRates());
            waitFor(builder);
            now.worker.append(msSince(timer));
            timer.restart();
            model.setGroups(builder.groups());
            const double applied = msSince(timer);
            timer.restart();
            model.setCheapestAmong(all);
            now.firstCheapest.append(msSince(timer));
            now.ui.append(applied + now.firstCheapest.constLast());
            timer.restart();
            model.setCheapestAmong(all);
            now.cheapestAll.append(msSince(timer));
            timer.restart();
            model.setCheapestAmong(half);
            now.cheapestHalf.append(msSince(timer));
            timer.restart();
            builder.rebuild();
            waitFor(builder);
            now.regroup.append(msSince(timer));
            groupCount = builder.groups()->keys.size();
        }
    }

    std::printf("%d services, %lld groups, median of %d runs\n", count, qlonglong(groupCount),
                runs);
    std::printf("  %-34s %12s %12s %8s\n", "", "before", "now", "ratio");
    print("grouping after a load (workers)", before.worker, now.worker);
    print("UI thread after a load", before.ui, now.ui);
    print("  of it, the first cheapest", before.firstCheapest, now.firstCheapest);
    print("cheapest among all rows, again", before.cheapestAll, now.cheapestAll);
    print("cheapest among half", before.cheapestHalf, now.cheapestHalf);
    print("regrouping (workers)", before.regroup, now.regroup);
    std::printf("  tie ranks, in each grouping above: %9.1f ms\n", median(now.tieRanks));
    return 0;
}
