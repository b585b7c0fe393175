// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemView>
#include <QStyle>

// Calls `handler` with the item a user opens in `view` with one click, as in a sidebar, or with
// Enter. Where the style already activates items on a single click (KDE), listening to clicks
// as well would call it twice.
template<typename Handler>
void connectItemActivation(QAbstractItemView *view, const QObject *context, Handler handler)
{
    QObject::connect(view, &QAbstractItemView::activated, context, handler);
    if (!view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, view))
        QObject::connect(view, &QAbstractItemView::clicked, context, handler);
}
