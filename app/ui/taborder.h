// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

// Puts `widgets`, made after the window's other widgets (which would leave them last in the Tab
// order), in that order where `container` stands in it: after the last widget before it that
// takes focus. QWidget::setTabOrder ignores a widget without focus, as a container usually is.
inline void placeInTabOrderAt(QWidget *container, const QList<QWidget *> &widgets)
{
    QWidget *previous = container->previousInFocusChain();
    while (previous != container && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous == container)
        return;
    for (QWidget *next : widgets) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
}
