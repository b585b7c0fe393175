// SPDX-License-Identifier: MIT
#include "adaptivesplitter.h"

#include <QResizeEvent>

#include <algorithm>

AdaptiveSplitter::AdaptiveSplitter(int besideFromWidth, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_besideFromWidth(besideFromWidth)
{}

bool AdaptiveSplitter::isPaneCollapsed() const
{
    return sizes().value(1) == 0;
}

void AdaptiveSplitter::revealPane()
{
    const int room = orientation() == Qt::Horizontal ? width() : height();
    // A quarter of the room, and beside the table at least enough to read.
    const int pane = orientation() == Qt::Horizontal ? std::max(room / 4, 240) : room / 4;
    setSizes({std::max(room - pane, 1), pane});
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    placePane();
}

void AdaptiveSplitter::placePane()
{
    const Qt::Orientation wanted = width() >= m_besideFromWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation() || count() < 2)
        return;
    const bool collapsed = isPaneCollapsed();
    setOrientation(wanted);
    if (collapsed)
        setSizes({1, 0});
    else
        revealPane();
}
