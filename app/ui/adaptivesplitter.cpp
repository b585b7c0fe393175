// SPDX-License-Identifier: MIT
#include "adaptivesplitter.h"

#include <QEvent>
#include <QResizeEvent>

#include <algorithm>

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{}

bool AdaptiveSplitter::isPaneCollapsed() const
{
    return sizes().value(1) == 0;
}

int AdaptiveSplitter::besideFromWidth() const
{
    const QWidget *pane = widget(1);
    return widget(0)->sizeHint().width() + handleWidth()
           + std::max(pane->minimumWidth(), pane->minimumSizeHint().width());
}

void AdaptiveSplitter::revealPane()
{
    if (count() < 2)
        return;
    // A quarter of the room; beside the main widget, what it leaves, and enough to read.
    int pane = orientation() == Qt::Horizontal ? width() / 4 : height() / 4;
    if (orientation() == Qt::Horizontal) {
        const int minimum = std::max(widget(1)->minimumWidth(), 1);
        pane = std::max(std::min(pane, width() - widget(0)->sizeHint().width()), minimum);
    }
    const int room = orientation() == Qt::Horizontal ? width() : height();
    setSizes({std::max(room - pane, 1), pane});
}

bool AdaptiveSplitter::event(QEvent *event)
{
    const bool handled = QSplitter::event(event);
    // A child's size hint changed: the main widget may want more or less room now.
    if (event->type() == QEvent::LayoutRequest)
        placePane();
    return handled;
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    placePane();
}

void AdaptiveSplitter::placePane()
{
    if (count() < 2 || !isVisible())
        return;
    const Qt::Orientation wanted = width() >= besideFromWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation()) {
        // Beside a main widget that asks for more room, the pane gives up what it can spare.
        if (wanted == Qt::Horizontal && !isPaneCollapsed()
            && sizes().value(0) < widget(0)->sizeHint().width())
            revealPane();
        return;
    }
    const bool collapsed = isPaneCollapsed();
    setOrientation(wanted);
    if (collapsed)
        setSizes({1, 0});
    else
        revealPane();
}
