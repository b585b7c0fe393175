// SPDX-License-Identifier: MIT
#pragma once

#include "lockedsettings.h"
#include "panelconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// The panels the user added, in their order, kept in the app's settings (group "panels"). Holds
// names, addresses, currencies and environment variable names, never a key: keys belong to
// KeyStore. The built-in panel is never stored; allPanels() puts it first.
class PanelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PanelRegistry)

public:
    // The stored panels that still pass every rule; anything else in the file is skipped.
    QList<PanelConfig> list() const;
    // Case-insensitive, like the uniqueness rule.
    std::optional<PanelConfig> find(const QString &name) const;

    // The built-in panel on `apiBase`, then list().
    QList<PanelConfig> allPanels(const QUrl &apiBase) const;
    static PanelConfig builtIn(const QUrl &apiBase);

    // Each returns why the change was refused, or an empty string when it was made. The name is
    // trimmed and the currency upper-cased before the rules apply.
    QString add(const PanelConfig &panel);
    // Replaces the panel called `name` (which `panel` may rename).
    QString update(const QString &name, const PanelConfig &panel);
    QString rename(const QString &name, const QString &newName);
    QString remove(const QString &name);

    // Why `panel` may not be stored next to the others, or an empty string; `replacing` names
    // the stored panel it replaces, which its name may then match.
    QString problemWith(const PanelConfig &panel, const QString &replacing = {}) const;
    static PanelConfig normalized(PanelConfig panel);
    static bool isEnvironmentVariableName(const QString &name);

private:
    static QString checkAlone(const PanelConfig &panel);
    qsizetype indexOf(const QString &name, const QList<PanelConfig> &panels) const;
    // Applies `edit` to the stored list, and stores the result unless it returns why not (which
    // is then returned), holding the file's lock throughout.
    QString change(const std::function<QString(QList<PanelConfig> &)> &edit);

    mutable LockedSettings m_settings;
};
