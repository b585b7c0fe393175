// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One thing about a panel's catalog that a rule asked to be told about, found by AlertDetector
// from the price history and kept by AlertLog. Values are plain, locale-free text, the same on the
// command line and in the log: prices as the panel wrote them ("25947", "0.0450"), quantities
// ("100"), "1"/"0" for refill and active. Removed has no new value, NewService no old one;
// LowBalance has no category or service: its old value is the amount of the rule, its new value
// the balance. oldText() and newText() are what a person reads.
struct Alert {
    Q_DECLARE_TR_FUNCTIONS(Alert)

public:
    enum class Kind {
        PriceUp,
        PriceDown,
        Removed,
        Inactive,
        MinChanged,
        MaxChanged,
        RefillChanged,
        NewService,
        LowBalance,
    };
    static constexpr int KindCount = int(Kind::LowBalance) + 1;

    qint64 id = 0;    // 0 until AlertLog stored it
    QDateTime time;   // UTC: when the fetch that raised it was made
    QString panel;    // as Service::panel names it: "" is the built-in panel
    QString category; // the history key of the fetch: the category's exact name
    quint64 serviceId = 0;
    QString serviceName;
    Kind kind = Kind::PriceUp;
    QString oldValue;              // empty for NewService
    QString newValue;              // empty for Removed
    QString currency;              // of prices and balances; empty means rupiah
    std::optional<double> percent; // price moves from a price above 0
    bool acknowledged = false;

    // "price_up", "price_down", "removed", "inactive", "min_changed", "max_changed",
    // "refill_changed", "new_service", "low_balance": never translated, for scripts.
    static QString kindKey(Kind kind);
    // The kind of a key kindKey() writes; unset for anything else.
    static std::optional<Kind> kindFromKey(const QString &key);
    // "Price up", "Removed", …: translated.
    static QString kindName(Kind kind);
    static QList<Kind> allKinds();

    // oldValue and newValue as a person reads them in `locale` ("Rp 25.947", "USD 0,0450",
    // "refill", "inactive", "unlimited"); empty when the value is.
    QString oldText(const QLocale &locale = QLocale()) const;
    QString newText(const QLocale &locale = QLocale()) const;
    // The line of the command line's --alerts: time (ISO 8601 UTC), panel, category, service id,
    // kind key, old value, new value, tab-separated; tabs and line breaks inside a field become
    // spaces. No line break at the end.
    QString toTsvLine() const;

    friend bool operator==(const Alert &, const Alert &) = default;

private:
    QString valueText(const QString &value, const QLocale &locale) const;
};

using AlertList = QList<Alert>;
