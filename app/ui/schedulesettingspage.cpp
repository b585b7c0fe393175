// SPDX-License-Identifier: MIT
#include "schedulesettingspage.h"

#include "appsettings.h"
#include "refreshscheduler.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

ScheduleSettingsPage::ScheduleSettingsPage(std::chrono::minutes interval, bool keepInTray,
                                           bool trayAvailable, QWidget *parent)
    : QWidget(parent)
    , m_enabled(
          new QCheckBox(tr("&Refresh the saved categories and the panels on a schedule"), this))
    , m_minutes(new QSpinBox(this))
    , m_tray(new QCheckBox(tr("&Keep running in the system tray when the window is closed"), this))
    , m_trayNote(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduleSettingsPage"));
    m_enabled->setObjectName(QStringLiteral("scheduleEnabledBox"));
    m_minutes->setObjectName(QStringLiteral("scheduleMinutesBox"));
    m_tray->setObjectName(QStringLiteral("keepInTrayBox"));
    m_trayNote->setObjectName(QStringLiteral("trayNote"));

    const auto floor = int(RefreshScheduler::MinimumInterval.count());
    m_minutes->setRange(floor, int(AppSettings::MaxRefreshInterval.count()));
    m_minutes->setSingleStep(5);
    m_minutes->setValue(interval.count() > 0
                            ? int(interval.count())
                            : int(std::chrono::minutes(RefreshScheduler::DefaultInterval).count()));
    m_enabled->setChecked(interval.count() > 0);
    m_tray->setChecked(trayAvailable && keepInTray);
    m_tray->setEnabled(trayAvailable);

    auto *explanation =
        new QLabel(tr("While the app runs, the saved categories and every other panel are "
                      "fetched again, and what changed raises alerts and a desktop notification. "
                      "Never more often than every %n minute(s), so the panels are not asked too "
                      "often.",
                      nullptr, floor),
                   this);
    explanation->setWordWrap(true);
    m_trayNote->setWordWrap(true);
    m_trayNote->setText(trayAvailable
                            ? tr("The schedule then keeps running with the window closed. "
                                 "Quit from the tray icon's menu.")
                            : tr("This desktop has no system tray: closing the window "
                                 "quits the app."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Every (&minutes):"), m_minutes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addSpacing(12);
    layout->addWidget(m_tray);
    layout->addWidget(m_trayNote);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleSettingsPage::updateEnabled);
    updateEnabled();
}

std::chrono::minutes ScheduleSettingsPage::interval() const
{
    return std::chrono::minutes(m_enabled->isChecked() ? m_minutes->value() : 0);
}

bool ScheduleSettingsPage::keepRunningInTray() const
{
    return m_tray->isEnabled() && m_tray->isChecked();
}

void ScheduleSettingsPage::updateEnabled()
{
    m_minutes->setEnabled(m_enabled->isChecked());
}
