// SPDX-License-Identifier: MIT
#include "panelkey.h"

#include <QTimer>

KeyStore::Result PanelKey::fromEnvironment(const PanelConfig &panel)
{
    const QByteArray variable = panel.keyEnv.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(variable.constData()))
        return {{},
                tr("Its key is read from the environment variable %1, which is not set.")
                    .arg(panel.keyEnv)};
    const QString key = qEnvironmentVariable(variable.constData());
    if (key.isEmpty())
        return {{},
                tr("Its key is read from the environment variable %1, which is empty.")
                    .arg(panel.keyEnv)};
    return {key, {}};
}

void PanelKey::resolve(const PanelConfig &panel, const QObject *context, KeyStore::Done done)
{
    if (!panel.needsKey()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    if (panel.keyEnv.isEmpty()) {
        KeyStore::read(panel.name, context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context, [result = fromEnvironment(panel), done] { done(result); });
}

KeyStore::Result PanelKey::resolveNow(const PanelConfig &panel, std::chrono::milliseconds timeout)
{
    if (!panel.needsKey())
        return {};
    if (panel.keyEnv.isEmpty())
        return KeyStore::readNow(panel.name, timeout);
    return fromEnvironment(panel);
}
