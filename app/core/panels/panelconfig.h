// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// One panel the app reads prices from: the built-in one (no key, its own read-only endpoints) or
// one the user added that speaks the standard reseller API ("v2") with a secret key. The key is
// never part of this: it lives in the system keychain, or in the environment variable `keyEnv`.
struct PanelConfig {
    enum class Style { Kratos, V2 };

    // The built-in panel's name, on the command line (--panel) and in the Panel column.
    static inline const QString BuiltInName = QStringLiteral("Kratos");

    QString name;
    Style style = Style::V2;
    QUrl url;         // a v2 panel's API address; for a Kratos-style panel its base (".../smm")
    QString currency; // ISO 4217 code of its prices, set by hand or read from `balance`; empty
                      // while unknown
    QString keyEnv;   // the environment variable holding the key; empty when it is in the keychain

    bool isBuiltIn() const { return name == BuiltInName; }
    bool needsKey() const { return style == Style::V2; }

    // "v2" and "kratos", as --api-style and the settings spell them.
    static QString styleKey(Style style)
    {
        return style == Style::V2 ? QStringLiteral("v2") : QStringLiteral("kratos");
    }
    static std::optional<Style> styleFromKey(QStringView key)
    {
        if (key.compare(u"v2", Qt::CaseInsensitive) == 0)
            return Style::V2;
        if (key.compare(u"kratos", Qt::CaseInsensitive) == 0)
            return Style::Kratos;
        return std::nullopt;
    }

    friend bool operator==(const PanelConfig &, const PanelConfig &) = default;
};
