// SPDX-License-Identifier: MIT
#pragma once

#include "panelconfig.h"

#include <QComboBox>
#include <QList>

class AppSettings;

// Which panel the window shows: the built-in one, one the user added, or "All panels" together.
// The choice is kept in the settings by name; a panel no longer there falls back to the built-in
// one.
class PanelChooser final : public QComboBox
{
    Q_OBJECT

public:
    PanelChooser(AppSettings &settings, QWidget *parent = nullptr);

    // The built-in panel first, then the added ones; keeps the choice when its panel is still
    // there.
    void setPanels(const QList<PanelConfig> &panels);
    // There is more than the built-in panel to choose from.
    bool hasChoice() const { return m_panels.size() > 1; }
    // What the choice stands for: one panel, or every panel for "All panels".
    QList<PanelConfig> chosenPanels() const;
    // The built-in panel alone: the window behaves as it did before panels could be added.
    bool isBuiltInChosen() const;

Q_SIGNALS:
    void chosenChanged();

private:
    void remember();

    AppSettings &m_settings;
    QList<PanelConfig> m_panels;
};
