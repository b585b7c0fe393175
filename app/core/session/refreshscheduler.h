// SPDX-License-Identifier: MIT
#pragma once

#include "panelconfig.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

class PriceSession;
class QTimer;

// Refreshes the saved categories and the other panels every so often while the app runs, through
// a PriceSession of the caller's that nothing else drives, so the window's table is never replaced
// under the user. A run is the saved categories together, then each other panel on its own, a
// spacing apart; the saved categories in each other panel's list are stored and raise alerts. A run
// that falls due while one is going is skipped. Time is read from a clock that counts suspend and
// ignores changes to the wall clock, checked often, so a run missed while the computer slept
// happens soon after it wakes, and setting the clock back never stalls the schedule.
class RefreshScheduler final : public QObject
{
    Q_OBJECT

public:
    // A run asks the panel once per saved category (up to SavedCategories::MaxCategories) and
    // each other panel for its whole list, megabytes; panels reprice a few times a day at most.
    static constexpr std::chrono::minutes MinimumInterval{15};
    static constexpr std::chrono::minutes DefaultInterval{60};
    static constexpr std::chrono::seconds DefaultPanelSpacing{10};
    static constexpr std::chrono::seconds DefaultCheckPeriod{30};
    using Clock = std::function<std::chrono::milliseconds()>;

    explicit RefreshScheduler(PriceSession *session, QObject *parent = nullptr);

    // Exact names of the saved categories: fetched one by one from the built-in panel, and
    // stored from the other panels' whole lists (PriceSession::setSavedCategories()).
    void setCategories(const QStringList &categories);
    // Every panel; the built-in one is refreshed through its saved categories, not its whole list.
    void setPanels(const QList<PanelConfig> &panels);
    // Zero turns the schedule off; anything shorter than the floor is raised to it. The next run
    // is one interval after this call or the last run, whichever is later.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isEnabled() const { return m_interval.count() > 0; }
    // The interval with the floor applied, as setInterval() would use it.
    std::chrono::milliseconds effectiveInterval(std::chrono::milliseconds requested) const;

    // For tests: a shorter floor, spacing and check period, and a clock to move by hand.
    void setFloor(std::chrono::milliseconds floor) { m_floor = floor; }
    void setPanelSpacing(std::chrono::milliseconds spacing) { m_spacing = spacing; }
    void setCheckPeriod(std::chrono::milliseconds period);
    void setClock(Clock clock);
    // Milliseconds since boot, suspend included; the default clock.
    static std::chrono::milliseconds bootClock();

    bool isRunning() const { return m_running; }
    // Starts a run unless one is going (false then); the next scheduled one is an interval later.
    bool runNow();

Q_SIGNALS:
    void runStarted();
    void runFinished();
    // A run fell due while the one before was still going.
    void runSkipped();

private:
    void check();
    void nextStep();
    void onSessionFinished();

    PriceSession *m_session;
    QTimer *m_checkTimer;
    Clock m_clock = &RefreshScheduler::bootClock;
    QStringList m_categories;
    QList<PanelConfig> m_panels; // without the built-in one
    std::chrono::milliseconds m_interval{0};
    std::chrono::milliseconds m_floor = MinimumInterval;
    std::chrono::milliseconds m_spacing = DefaultPanelSpacing;
    std::chrono::milliseconds m_lastStart{0};
    bool m_running = false;
    bool m_awaiting = false;   // the session's next finished() ends the current step
    qsizetype m_nextPanel = 0; // of the run in flight
    bool m_categoriesDone = false;
};
