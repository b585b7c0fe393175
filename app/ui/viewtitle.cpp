// SPDX-License-Identifier: MIT
#include "viewtitle.h"

#include "sessionview.h"
#include "viewheading.h"

ViewTitle::ViewTitle(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("viewTitle"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont heading = font();
    heading.setBold(true);
    if (heading.pointSizeF() > 0)
        heading.setPointSizeF(heading.pointSizeF() * 1.15);
    setFont(heading);
    hide();
}

void ViewTitle::showView(const SessionView &view)
{
    const QString heading = ViewHeading::of(view);
    setText(heading);
    setAccessibleName(heading);
    setVisible(!heading.isEmpty());
}
