// SPDX-License-Identifier: MIT
#include "exitafterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>

bool ExitAfterFirstPaint::isRequested()
{
    return qEnvironmentVariable("SMM_EXIT_AFTER_FIRST_PAINT") == u"1";
}

void ExitAfterFirstPaint::watch(QObject *window)
{
    window->installEventFilter(new ExitAfterFirstPaint(window));
}

ExitAfterFirstPaint::ExitAfterFirstPaint(QObject *window)
    : QObject(window)
{}

bool ExitAfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued, so the window's children are painted and the frame flushed first. The line
        // marks the moment for a benchmark; shutting down takes a while longer.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return false;
}
