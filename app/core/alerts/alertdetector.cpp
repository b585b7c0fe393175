// SPDX-License-Identifier: MIT
#include "alertdetector.h"

#include "decimal.h"

#include <QHash>

namespace {

QString priceValue(const Service &service)
{
    if (!service.priceExact.isEmpty())
        return service.priceExact;
    const std::optional<Decimal> price = Decimal::fromDouble(service.price);
    return price ? price->toString() : QString::number(service.price, 'g', 17);
}

QString flagValue(bool flag)
{
    return flag ? QStringLiteral("1") : QStringLiteral("0");
}

// A panel may repeat an id; its first row is the one compared, as PriceComparison does.
QHash<quint64, const Service *> byId(const ServiceList &services)
{
    QHash<quint64, const Service *> index;
    index.reserve(services.size());
    for (const Service &service : services)
        if (!index.contains(service.id))
            index.insert(service.id, &service);
    return index;
}

} // namespace

AlertList AlertDetector::detect(const StoredFetch &previous, const StoredFetch &current,
                                const AlertRule &rule)
{
    AlertList alerts;
    if (!previous.isValid() || !current.isValid())
        return alerts;
    const auto alertFor = [&current](const Service &service, Alert::Kind kind, QString oldValue,
                                     QString newValue) {
        Alert alert;
        alert.time = current.fetchedAt.toUTC();
        alert.panel = current.panel;
        alert.category = current.category;
        alert.serviceId = service.id;
        alert.serviceName = service.name;
        alert.kind = kind;
        alert.oldValue = std::move(oldValue);
        alert.newValue = std::move(newValue);
        alert.currency = service.currency;
        return alert;
    };
    const QHash<quint64, const Service *> before = byId(previous.services);
    const QHash<quint64, const Service *> now = byId(current.services);

    for (const Service &service : current.services) {
        if (now.value(service.id) != &service)
            continue;
        const Service *old = before.value(service.id);
        if (!old) {
            if (rule.newServices)
                alerts.append(alertFor(service, Alert::Kind::NewService, {}, priceValue(service)));
            continue;
        }
        if (old->currencyCode() == service.currencyCode() && old->price != service.price) {
            const bool up = service.price > old->price;
            std::optional<double> percent;
            if (old->price > 0)
                percent = (service.price - old->price) / old->price * 100.0;
            const std::optional<double> threshold =
                up ? rule.priceUpPercent : rule.priceDownPercent;
            // From a price of 0 any rise is more than every threshold.
            if (threshold && (!percent || std::abs(*percent) > *threshold)) {
                Alert alert = alertFor(service, up ? Alert::Kind::PriceUp : Alert::Kind::PriceDown,
                                       priceValue(*old), priceValue(service));
                alert.percent = percent;
                alerts.append(alert);
            }
        }
        if (rule.inactive && old->active && !service.active)
            alerts.append(
                alertFor(service, Alert::Kind::Inactive, flagValue(true), flagValue(false)));
        if (rule.minMaxChanged && old->min != service.min)
            alerts.append(alertFor(service, Alert::Kind::MinChanged, QString::number(old->min),
                                   QString::number(service.min)));
        if (rule.minMaxChanged && old->max != service.max
            && !(old->hasUnlimitedMax() && service.hasUnlimitedMax()))
            alerts.append(alertFor(service, Alert::Kind::MaxChanged, QString::number(old->max),
                                   QString::number(service.max)));
        if (rule.refillChanged && old->refill != service.refill)
            alerts.append(alertFor(service, Alert::Kind::RefillChanged, flagValue(old->refill),
                                   flagValue(service.refill)));
    }
    if (rule.removed) {
        for (const Service &service : previous.services) {
            if (before.value(service.id) == &service && !now.contains(service.id))
                alerts.append(alertFor(service, Alert::Kind::Removed, priceValue(service), {}));
        }
    }
    return alerts;
}

AlertList AlertDetector::detectBalance(const QString &panel, const QDateTime &time, double balance,
                                       const QString &currency, const AlertRule &rule,
                                       std::optional<double> previousBalance)
{
    if (!rule.balanceBelow || balance >= *rule.balanceBelow)
        return {};
    if (previousBalance && *previousBalance < *rule.balanceBelow)
        return {};
    Alert alert;
    alert.time = time.toUTC();
    alert.panel = panel;
    alert.kind = Alert::Kind::LowBalance;
    const auto text = [](double amount) {
        const std::optional<Decimal> exact = Decimal::fromDouble(amount);
        return exact ? exact->toString() : QString::number(amount, 'g', 17);
    };
    alert.oldValue = text(*rule.balanceBelow);
    alert.newValue = text(balance);
    alert.currency = currency;
    return {alert};
}
