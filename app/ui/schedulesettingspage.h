// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <chrono>

class QCheckBox;
class QLabel;
class QSpinBox;

// Settings ▸ Schedule: whether and how often the saved categories and panels are refreshed while
// the app runs, and whether closing the window leaves it running in the system tray (offered only
// where the desktop has one). Kept until the dialog is accepted.
class ScheduleSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    ScheduleSettingsPage(std::chrono::minutes interval, bool keepInTray, bool trayAvailable,
                         QWidget *parent = nullptr);

    // Zero when the schedule is off.
    std::chrono::minutes interval() const;
    bool keepRunningInTray() const;

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QSpinBox *m_minutes;
    QCheckBox *m_tray;
    QLabel *m_trayNote;
};
