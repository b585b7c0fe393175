// SPDX-License-Identifier: MIT
#include "elidedpathedit.h"

#include <QStyle>
#include <QStyleOptionFrame>

ElidedPathEdit::ElidedPathEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
}

void ElidedPathEdit::setPath(const QString &path)
{
    m_path = path;
    setToolTip(path);
    showPath();
}

void ElidedPathEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    showPath();
}

void ElidedPathEdit::focusInEvent(QFocusEvent *event)
{
    setText(m_path);
    QLineEdit::focusInEvent(event);
}

void ElidedPathEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    showPath();
}

void ElidedPathEdit::showPath()
{
    if (hasFocus()) {
        setText(m_path);
        return;
    }
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect contents = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    const QMargins margins = textMargins();
    // QLineEdit keeps a further 2 pixels clear on each side of its text.
    const int room = contents.width() - margins.left() - margins.right() - 4;
    setText(fontMetrics().elidedText(m_path, Qt::ElideMiddle, std::max(room, 0)));
    setCursorPosition(0);
}
