// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class DesktopNotifier;
class QTimer;

// One desktop notification per batch of alerts: alerts raised close together (a refresh raises
// them category by category) are gathered for a moment and shown as one, and a batch that follows
// the last one quickly, while it is still open, updates it rather than piling up another.
class AlertNotifier final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultGathering{1500};
    static constexpr std::chrono::minutes DefaultFollowUp{5};
    static constexpr int DefaultMaxLines = 5;

    explicit AlertNotifier(QObject *parent = nullptr);

    // How long after the last alert raised the batch is shown, and within how long of the last
    // notification a new batch updates it.
    void setGathering(std::chrono::milliseconds gathering);
    void setFollowUp(std::chrono::milliseconds followUp) { m_followUp = followUp; }

    // Adds alerts to the batch being gathered.
    void add(const AlertList &alerts);
    // The notification shown last is still open: the next batch may update it.
    bool isShowing() const;

    // "3 prices changed in [IG] Instagram Likes", "2 alert(s) in several categories", …
    static QString summaryOf(const AlertList &alerts);
    // One line per alert, at most `maxLines`, then how many more.
    static QString bodyOf(const AlertList &alerts, int maxLines = DefaultMaxLines);

Q_SIGNALS:
    // The user clicked the notification: show the alerts.
    void activated();

private:
    void show();

    DesktopNotifier *m_notifier;
    QTimer *m_gathering;
    std::chrono::milliseconds m_followUp = DefaultFollowUp;
    AlertList m_batch;
    AlertList m_shown; // of the notification shown last
    QElapsedTimer m_shownAt;
};
