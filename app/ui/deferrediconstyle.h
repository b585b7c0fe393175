// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The application's style, whose standard icons are read when first drawn (StandardIconEngine):
// the tool bar's extension button, the menus' and the message bars' icons cost nothing before the
// window's first paint. The line edits' clear button, which is laid out at once, gets Qt's own
// icon read straight from its PNG file, unless the desktop's icon theme has one.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // A new instance of the style in use (the platform's, or -style); pass it to
    // QApplication::setStyle(), which deletes the one it replaces.
    DeferredIconStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
