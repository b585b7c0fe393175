// SPDX-License-Identifier: MIT
#pragma once

#include "keystore.h"
#include "panelconfig.h"

#include <QCoreApplication>

// Where a panel's key comes from at run time: the environment variable the panel names, or else
// the keychain, under the panel's stored name. A panel that needs no key (a Kratos-style one)
// resolves to an empty key without an error. Errors name the variable, never its value.
class PanelKey
{
    Q_DECLARE_TR_FUNCTIONS(PanelKey)

public:
    static KeyStore::Result fromEnvironment(const PanelConfig &panel);
    // `done` runs from the event loop, unless `context` is destroyed first.
    static void resolve(const PanelConfig &panel, const QObject *context, KeyStore::Done done);
    static KeyStore::Result
    resolveNow(const PanelConfig &panel,
               std::chrono::milliseconds timeout = KeyStore::DefaultTimeout);
};
