// SPDX-License-Identifier: MIT
// What the Group and Cheapest columns cost on large lists: grouping (the matching's attribute
// reader over every service, the user's regrouping applied) and choosing the cheapest of each
// group among the rows shown, which the window redoes whenever those rows change.
// usage: smm-bench-grouping [SERVICES]   (default 500,000: 10 panels of 50,000)
#include "servicegroups.h"
#include "servicetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no regrouping of the user's
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 500000;
    ServiceTableModel model;
    model.setServices(makeServices(count));
    ExchangeRates rates;
    rates.setRateForThisRun(QStringLiteral("USD"), *Decimal::parse(u"16250.5"));
    model.setExchangeRates(rates);

    QElapsedTimer timer;
    timer.start();
    auto groups = std::make_shared<const ServiceGroups>(ServiceGroups::of(model.services()));
    const double grouping = double(timer.nsecsElapsed()) / 1e6;
    model.setGroups(groups);

    std::vector<int> rows(static_cast<std::size_t>(count));
    std::iota(rows.begin(), rows.end(), 0);
    timer.restart();
    model.setCheapestAmong(rows);
    const double cheapestAll = double(timer.nsecsElapsed()) / 1e6;
    rows.resize(rows.size() / 2);
    timer.restart();
    model.setCheapestAmong(rows);
    const double cheapestHalf = double(timer.nsecsElapsed()) / 1e6;

    std::printf("%d services, %lld groups\n", count, qlonglong(groups->keys.size()));
    std::printf("  grouping (worker):          %9.1f ms  (%.2f us a service)\n", grouping,
                grouping * 1000 / count);
    std::printf("  cheapest among all rows:    %9.1f ms\n", cheapestAll);
    std::printf("  cheapest among half:        %9.1f ms\n", cheapestHalf);
    return 0;
}
