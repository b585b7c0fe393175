// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include <functional>

class QEventLoop;

// The benchmark's application object. It waits for work on other threads the way the app's main
// thread does, asleep until an event arrives (a loop that polled would take a core's time from
// the workers it waits for), and times each event it delivers: how long the UI would be blocked.
class BenchApplication final : public QCoreApplication
{
public:
    BenchApplication(int &argc, char **argv);

    static BenchApplication *instance();
    // Runs the event loop until `done()` holds after an event; returns the longest one event took
    // meanwhile, in milliseconds. Work done on other threads has to reach this one as an event.
    double runUntil(const std::function<bool()> &done);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    int m_depth = 0;
    double m_longestMs = 0;
    QEventLoop *m_loop = nullptr;
    std::function<bool()> m_done;
};
