// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What to ask the panel for: one category, the whole catalog, or one platform.
struct PriceRequest {
    enum class Kind { Category, Catalog, Platform };

    Kind kind = Kind::Category;
    QString name; // exact category or platform name; empty for the catalog

    static PriceRequest category(const QString &name) { return {Kind::Category, name}; }
    static PriceRequest catalog() { return {Kind::Catalog, {}}; }
    static PriceRequest platform(const QString &name) { return {Kind::Platform, name}; }

    friend bool operator==(const PriceRequest &, const PriceRequest &) = default;
};
