// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QHash>
#include <QString>

// A service across panels and runs: the panel's name ("" for the built-in panel) and its id.
struct ServiceKey {
    QString panel;
    quint64 id = 0;

    static ServiceKey of(const Service &service) { return {service.panel, service.id}; }

    friend bool operator==(const ServiceKey &, const ServiceKey &) = default;
    friend size_t qHash(const ServiceKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.panel, key.id);
    }
};
