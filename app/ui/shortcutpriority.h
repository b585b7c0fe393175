// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

// Gives a window's own command shortcuts priority over the text box that has the focus. On
// Linux a line edit claims Ctrl+E ("end of line", also End) and keys like it before any action
// sees them, so Export would never open from the category box. The text box keeps plain keys
// and the clipboard, undo and select-all keys.
class ShortcutPriority final : public QObject
{
    Q_OBJECT

public:
    ShortcutPriority(QWidget *window, const QList<QAction *> &actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followFocus(QWidget *old, QWidget *now);

    QWidget *m_window;
    QList<QAction *> m_actions;
};
