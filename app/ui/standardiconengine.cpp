// SPDX-License-Identifier: MIT
#include "standardiconengine.h"

#include <QStyleOption>

StandardIconEngine::StandardIconEngine(QStyle *style, QStyle::StandardPixmap which,
                                       Qt::LayoutDirection direction)
    : m_style(style)
    , m_which(which)
    , m_direction(direction)
{}

QIcon &StandardIconEngine::icon()
{
    if (!m_icon) {
        QStyleOption option;
        option.direction = m_direction;
        m_icon = m_style ? m_style->standardIcon(m_which, &option) : QIcon();
    }
    return *m_icon;
}

void StandardIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                               QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap StandardIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap StandardIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                         qreal scale)
{
    // `size` is in device pixels already (QIcon::pixmap() multiplies it by the scale).
    const qreal ratio = scale > 0 ? scale : 1.0;
    return icon().pixmap(QSize(qRound(size.width() / ratio), qRound(size.height() / ratio)), ratio,
                         mode, state);
}

QSize StandardIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QList<QSize> StandardIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

void StandardIconEngine::addPixmap(const QPixmap &pixmap, QIcon::Mode mode, QIcon::State state)
{
    icon().addPixmap(pixmap, mode, state);
}

void StandardIconEngine::addFile(const QString &fileName, const QSize &size, QIcon::Mode mode,
                                 QIcon::State state)
{
    icon().addFile(fileName, size, mode, state);
}

QString StandardIconEngine::iconName()
{
    return icon().name();
}

bool StandardIconEngine::isNull()
{
    return icon().isNull();
}

QString StandardIconEngine::key() const
{
    return QStringLiteral("StandardIconEngine");
}

QIconEngine *StandardIconEngine::clone() const
{
    auto *copy = new StandardIconEngine(m_style, m_which, m_direction);
    copy->m_icon = m_icon;
    return copy;
}
