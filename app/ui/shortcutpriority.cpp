// SPDX-License-Identifier: MIT
#include "shortcutpriority.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

ShortcutPriority::ShortcutPriority(QWidget *window, const QList<QAction *> &actions)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
{
    // Shortcut overrides go to the focus widget only, so that is the one watched.
    connect(qApp, &QApplication::focusChanged, this, &ShortcutPriority::followFocus);
    followFocus(nullptr, QApplication::focusWidget());
}

void ShortcutPriority::followFocus(QWidget *old, QWidget *now)
{
    if (old)
        old->removeEventFilter(this);
    if (now && now->window() == m_window)
        now->installEventFilter(this);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)
        || key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Undo)
        || key->matches(QKeySequence::Redo) || key->matches(QKeySequence::SelectAll))
        return QObject::eventFilter(watched, event);
    const QKeySequence sequence(key->keyCombination());
    for (const QAction *action : std::as_const(m_actions)) {
        if (action->isEnabled() && action->shortcuts().contains(sequence)) {
            // Not accepted: the shortcut map goes on to the action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
