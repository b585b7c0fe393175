// SPDX-License-Identifier: MIT
#include "deferrediconstyle.h"

#include "standardiconengine.h"

#include <QApplication>
#include <QImageReader>
#include <QPixmap>
#include <QStyleOption>

namespace {

bool themeHasClearIcon()
{
    // The names QCommonStyle looks for in the desktop's theme.
    return QGuiApplication::desktopSettingsAware() && !QIcon::themeName().isEmpty()
           && (QIcon::hasThemeIcon(QStringLiteral("edit-clear-locationbar-ltr"))
               || QIcon::hasThemeIcon(QStringLiteral("edit-clear-locationbar-rtl"))
               || QIcon::hasThemeIcon(QStringLiteral("edit-clear")));
}

QIcon qtClearIcon()
{
    // The one file QCommonStyle of Qt 6.4 makes the icon of.
    QImageReader reader(
        QStringLiteral(":/qt-project.org/styles/commonstyle/images/cleartext-16.png"),
        QByteArrayLiteral("png"));
    // Told the format and not to guess, the reader asks no plugin.
    reader.setAutoDetectImageFormat(false);
    return QIcon(QPixmap::fromImage(reader.read()));
}

} // namespace

DeferredIconStyle::DeferredIconStyle()
    : QProxyStyle(QApplication::style()->name())
{}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    if (standardIcon == SP_LineEditClearButton && !themeHasClearIcon())
        return qtClearIcon();
    const Qt::LayoutDirection direction = option   ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : QGuiApplication::layoutDirection();
    return QIcon(new StandardIconEngine(baseStyle(), standardIcon, direction));
}
