// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// What the user wants to be told about. One AlertRule is global; a saved category or a panel may
// have a whole rule of its own instead (a category's wins over its panel's, a panel's over the
// global one). Defaults: a price up by more than 10 %, a service removed or turned inactive, min,
// max or refill changed; price drops, new services and low balances are off until asked for.
struct AlertRule {
    static constexpr double DefaultPriceUpPercent = 10;

    std::optional<double> priceUpPercent = DefaultPriceUpPercent; // unset: off; fires above it
    std::optional<double> priceDownPercent;                       // unset: off; fires above it
    bool removed = true;
    bool inactive = true;
    bool minMaxChanged = true;
    bool refillChanged = true;
    bool newServices = false; // "watch" the category for new services
    // Standard-API panels report a balance: fires when it falls below this, in the panel's
    // currency. Unset: off. Read from the panel's (or global) rule only.
    std::optional<double> balanceBelow;

    // A percentage a rule can hold: finite and from 0 to 1000.
    static bool isUsablePercent(double percent);
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

class AlertRules
{
public:
    AlertRule global;
    QHash<QString, AlertRule> categories; // by the category's exact name, whatever the panel
    QHash<QString, AlertRule> panels;     // by Service::panel naming: "" is the built-in panel

    // The rule that applies to a fetch of `category` from `panel`.
    AlertRule ruleFor(const QString &panel, const QString &category) const;
    // The rule for the balance of `panel`.
    AlertRule ruleForPanel(const QString &panel) const;

    // Stored in the settings as one JSON object (AppSettings::alertRules()). fromJson() takes
    // anything: fields absent, null or of the wrong type keep their defaults.
    QByteArray toJson() const;
    static AlertRules fromJson(const QByteArray &json);

    friend bool operator==(const AlertRules &, const AlertRules &) = default;
};
