// SPDX-License-Identifier: MIT
#pragma once

#include <QSplitter>

// A splitter of a main widget (the first) and a pane (the second) that puts the pane beside the
// main widget while there is room for both, and below it on a narrow window.
class AdaptiveSplitter final : public QSplitter
{
    Q_OBJECT

public:
    // Below `besideFromWidth` pixels of its own width the pane goes under the main widget.
    explicit AdaptiveSplitter(int besideFromWidth, QWidget *parent = nullptr);

    // Gives a collapsed pane its default share of the room again.
    void revealPane();
    bool isPaneCollapsed() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placePane();

    int m_besideFromWidth;
};
