// SPDX-License-Identifier: MIT
#pragma once

#include <QSplitter>

// A splitter of a main widget (the first) and a pane (the second) that puts the pane beside the
// main widget while both have room there: the width the main widget asks for (its size hint)
// and the pane's minimum. Narrower, the pane goes below the main widget.
class AdaptiveSplitter final : public QSplitter
{
    Q_OBJECT

public:
    explicit AdaptiveSplitter(QWidget *parent = nullptr);

    // Gives a collapsed pane its default share of the room again.
    void revealPane();
    bool isPaneCollapsed() const;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placePane();
    // The width at which the pane fits beside the main widget.
    int besideFromWidth() const;
};
