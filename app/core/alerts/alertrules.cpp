// SPDX-License-Identifier: MIT
#include "alertrules.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

const QString PriceUpKey = QStringLiteral("priceUpPercent");
const QString PriceDownKey = QStringLiteral("priceDownPercent");
const QString RemovedKey = QStringLiteral("removed");
const QString InactiveKey = QStringLiteral("inactive");
const QString MinMaxKey = QStringLiteral("minMaxChanged");
const QString RefillKey = QStringLiteral("refillChanged");
const QString NewServicesKey = QStringLiteral("newServices");
const QString BalanceKey = QStringLiteral("balanceBelow");

// null means off; absent, or a value that is no usable number, keeps the default.
std::optional<double> readOptional(const QJsonObject &object, const QString &key,
                                   std::optional<double> fallback, bool percent)
{
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    const bool usable =
        percent ? AlertRule::isUsablePercent(number) : std::isfinite(number) && number >= 0;
    return usable ? std::optional<double>(number) : fallback;
}

bool readBool(const QJsonObject &object, const QString &key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

QJsonValue optionalValue(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject ruleToJson(const AlertRule &rule)
{
    return QJsonObject{
        {PriceUpKey, optionalValue(rule.priceUpPercent)},
        {PriceDownKey, optionalValue(rule.priceDownPercent)},
        {RemovedKey, rule.removed},
        {InactiveKey, rule.inactive},
        {MinMaxKey, rule.minMaxChanged},
        {RefillKey, rule.refillChanged},
        {NewServicesKey, rule.newServices},
        {BalanceKey, optionalValue(rule.balanceBelow)},
    };
}

AlertRule ruleFromJson(const QJsonObject &object)
{
    AlertRule rule;
    rule.priceUpPercent = readOptional(object, PriceUpKey, rule.priceUpPercent, true);
    rule.priceDownPercent = readOptional(object, PriceDownKey, rule.priceDownPercent, true);
    rule.removed = readBool(object, RemovedKey, rule.removed);
    rule.inactive = readBool(object, InactiveKey, rule.inactive);
    rule.minMaxChanged = readBool(object, MinMaxKey, rule.minMaxChanged);
    rule.refillChanged = readBool(object, RefillKey, rule.refillChanged);
    rule.newServices = readBool(object, NewServicesKey, rule.newServices);
    rule.balanceBelow = readOptional(object, BalanceKey, rule.balanceBelow, false);
    return rule;
}

QJsonObject rulesToJson(const QHash<QString, AlertRule> &rules)
{
    QJsonObject object;
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        object.insert(it.key(), ruleToJson(it.value()));
    return object;
}

QHash<QString, AlertRule> rulesFromJson(const QJsonValue &value)
{
    QHash<QString, AlertRule> rules;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isObject())
            rules.insert(it.key(), ruleFromJson(it.value().toObject()));
    }
    return rules;
}

} // namespace

bool AlertRule::isUsablePercent(double percent)
{
    return std::isfinite(percent) && percent >= 0 && percent <= 1000;
}

AlertRule AlertRules::ruleFor(const QString &panel, const QString &category) const
{
    if (const auto it = categories.constFind(category); it != categories.cend())
        return it.value();
    return ruleForPanel(panel);
}

AlertRule AlertRules::ruleForPanel(const QString &panel) const
{
    return panels.value(panel, global);
}

QByteArray AlertRules::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("global"), ruleToJson(global)},
        {QStringLiteral("categories"), rulesToJson(categories)},
        {QStringLiteral("panels"), rulesToJson(panels)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AlertRules AlertRules::fromJson(const QByteArray &json)
{
    AlertRules rules;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(QStringLiteral("global")).isObject())
        rules.global = ruleFromJson(object.value(QStringLiteral("global")).toObject());
    rules.categories = rulesFromJson(object.value(QStringLiteral("categories")));
    rules.panels = rulesFromJson(object.value(QStringLiteral("panels")));
    return rules;
}
