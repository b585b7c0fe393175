// SPDX-License-Identifier: MIT
#include "refreshscheduler.h"

#include "pricesession.h"

#include <QTimer>

#include <algorithm>
#include <ctime>

using std::chrono::milliseconds;

RefreshScheduler::RefreshScheduler(PriceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_checkTimer(new QTimer(this))
{
    m_checkTimer->setInterval(DefaultCheckPeriod);
    connect(m_checkTimer, &QTimer::timeout, this, &RefreshScheduler::check);
    connect(m_session, &PriceSession::finished, this, &RefreshScheduler::onSessionFinished);
    m_lastStart = m_clock();
}

void RefreshScheduler::setCategories(const QStringList &categories)
{
    m_categories = categories;
    m_session->setSavedCategories(categories);
}

void RefreshScheduler::setPanels(const QList<PanelConfig> &panels)
{
    m_panels.clear();
    std::copy_if(panels.cbegin(), panels.cend(), std::back_inserter(m_panels),
                 [](const PanelConfig &panel) { return !panel.isBuiltIn(); });
}

milliseconds RefreshScheduler::effectiveInterval(milliseconds requested) const
{
    return requested.count() <= 0 ? milliseconds(0) : std::max(requested, m_floor);
}

void RefreshScheduler::setInterval(milliseconds interval)
{
    const milliseconds effective = effectiveInterval(interval);
    if (effective == m_interval)
        return;
    m_interval = effective;
    if (!m_running)
        m_lastStart = m_clock();
    if (isEnabled())
        m_checkTimer->start();
    else
        m_checkTimer->stop();
}

void RefreshScheduler::setCheckPeriod(milliseconds period)
{
    m_checkTimer->setInterval(period);
}

void RefreshScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastStart = m_clock();
}

milliseconds RefreshScheduler::bootClock()
{
#ifdef CLOCK_BOOTTIME
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return std::chrono::duration_cast<milliseconds>(std::chrono::seconds(now.tv_sec)
                                                        + std::chrono::nanoseconds(now.tv_nsec));
#endif
    return std::chrono::duration_cast<milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

void RefreshScheduler::check()
{
    if (!isEnabled() || m_clock() - m_lastStart < m_interval)
        return;
    if (m_running) {
        m_lastStart = m_clock(); // this turn is given up, not queued
        Q_EMIT runSkipped();
        return;
    }
    runNow();
}

bool RefreshScheduler::runNow()
{
    if (m_running)
        return false;
    m_running = true;
    m_lastStart = m_clock();
    m_categoriesDone = m_categories.isEmpty();
    m_nextPanel = 0;
    Q_EMIT runStarted();
    nextStep();
    return true;
}

void RefreshScheduler::nextStep()
{
    m_awaiting = true; // before the call, which may report at once
    if (!m_categoriesDone) {
        m_categoriesDone = true;
        m_session->refreshAll(m_categories);
        return;
    }
    if (m_nextPanel < m_panels.size()) {
        m_session->fetchPanels({m_panels.at(m_nextPanel++)});
        return;
    }
    m_awaiting = false;
    m_running = false;
    Q_EMIT runFinished();
}

void RefreshScheduler::onSessionFinished()
{
    if (!m_awaiting)
        return;
    m_awaiting = false;
    // What the step brought (its view, problems, alerts) is reported after finished(); the next
    // step must not supersede it.
    const bool last = m_nextPanel >= m_panels.size();
    QTimer::singleShot(last ? milliseconds(0) : m_spacing, this, &RefreshScheduler::nextStep);
}
