// SPDX-License-Identifier: MIT
#include "benchapplication.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

BenchApplication::BenchApplication(int &argc, char **argv)
    : QCoreApplication(argc, argv)
{}

BenchApplication *BenchApplication::instance()
{
    return static_cast<BenchApplication *>(QCoreApplication::instance());
}

double BenchApplication::runUntil(const std::function<bool()> &done)
{
    m_longestMs = 0;
    if (done())
        return 0;
    QEventLoop loop;
    m_loop = &loop;
    m_done = done;
    loop.exec();
    m_loop = nullptr;
    m_done = nullptr;
    return m_longestMs;
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // An event sent while another is handled is part of that one's time.
    if (m_depth > 0)
        return QCoreApplication::notify(receiver, event);
    ++m_depth;
    QElapsedTimer timer;
    timer.start();
    const bool handled = QCoreApplication::notify(receiver, event);
    m_longestMs = std::max(m_longestMs, double(timer.nsecsElapsed()) / 1e6);
    --m_depth;
    if (m_loop && m_done())
        m_loop->quit();
    return handled;
}
