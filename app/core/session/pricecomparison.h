// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"
#include "storedfetch.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <utility>

// How one service's price moved since the previous fetch of its category.
struct PriceChange {
    enum class Kind { Unchanged, Changed, New };

    Kind kind = Kind::Unchanged;
    double previousPrice = 0;
    std::optional<double> percent; // unset for new services and for a previous price of 0

    // "▲ +12.5%", "▼ −3%", "new", or empty when unchanged.
    QString text() const;
};

// A fetch compared with the previous fetch of the same category: per-service changes and the
// services that appeared or disappeared. Empty (no previous fetch) means nothing is known.
// Services are told apart by panel and id: two panels may use the same ids.
class PriceComparison
{
    Q_DECLARE_TR_FUNCTIONS(PriceComparison)

public:
    static PriceComparison compare(const ServiceList &previous, const ServiceList &current);
    // Against what the history stored last; empty when nothing was (`previous` is invalid).
    static PriceComparison compare(const StoredFetch &previous, const ServiceList &current);
    // Several categories shown together; each comparison keeps its own services.
    void merge(const PriceComparison &other);

    bool hasPrevious() const { return m_hasPrevious; }
    // `panel` as Service::panel names it: empty for the built-in panel.
    std::optional<PriceChange> changeOf(quint64 serviceId, const QString &panel = {}) const;
    bool isChanged(quint64 serviceId, const QString &panel = {}) const;
    const ServiceList &added() const { return m_added; }
    const ServiceList &removed() const { return m_removed; }
    qsizetype changedCount() const;

private:
    using Key = std::pair<QString, quint64>; // panel, service id

    bool m_hasPrevious = false;
    QHash<Key, PriceChange> m_changes;
    ServiceList m_added;
    ServiceList m_removed;
};
