// SPDX-License-Identifier: MIT
#include "panelchooser.h"

#include "appsettings.h"

namespace {

const QString ChosenKey = QStringLiteral("window/panel");
// What ChosenKey holds: "panel:" and a panel's name, or "all".
const QByteArray PanelPrefix("panel:");
const QByteArray AllPanels("all");

} // namespace

PanelChooser::PanelChooser(AppSettings &settings, QWidget *parent)
    : QComboBox(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("panelChooser"));
    setAccessibleName(tr("Panel"));
    setToolTip(tr("The panel whose prices are shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this] {
        remember();
        Q_EMIT chosenChanged();
    });
}

void PanelChooser::setPanels(const QList<PanelConfig> &panels)
{
    const QByteArray stored = m_settings.value(ChosenKey);
    const QSignalBlocker blocker(this);
    m_panels = panels;
    clear();
    for (const PanelConfig &panel : panels)
        addItem(panel.name, panel.name);
    if (panels.size() > 1)
        addItem(tr("All panels")); // no data: not a panel's name
    const int found = stored == AllPanels ? count() - 1
                      : stored.startsWith(PanelPrefix)
                          ? findData(QString::fromUtf8(stored.mid(PanelPrefix.size())))
                          : -1;
    setCurrentIndex(found >= 0 && panels.size() > 1 ? found : 0);
}

QList<PanelConfig> PanelChooser::chosenPanels() const
{
    if (!currentData().isValid())
        return m_panels;
    const QString chosen = currentData().toString();
    for (const PanelConfig &panel : m_panels) {
        if (panel.name == chosen)
            return {panel};
    }
    return {};
}

bool PanelChooser::isBuiltInChosen() const
{
    return currentIndex() <= 0;
}

void PanelChooser::remember()
{
    m_settings.setValue(ChosenKey, currentData().isValid()
                                       ? PanelPrefix + currentData().toString().toUtf8()
                                       : AllPanels);
}
