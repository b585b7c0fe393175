// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeMessageButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);

    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, bool offerRetry)
{
    m_kind = kind;
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    // Made on first use, so a bar that never offers it adds no clashing &Retry to the window.
    if (offerRetry && !m_retry) {
        m_retry = new QPushButton(tr("&Retry"), this);
        m_retry->setObjectName(QStringLiteral("retryButton"));
        static_cast<QHBoxLayout *>(layout())->insertWidget(2, m_retry);
        connect(m_retry, &QPushButton::clicked, this, [this] {
            hide();
            Q_EMIT retryRequested();
        });
    }
    if (m_retry)
        m_retry->setVisible(offerRetry);
    // A tint of the palette's own colours keeps it readable in light and dark themes.
    QPalette tinted = palette();
    const QColor accent = kind == Kind::Error     ? QColor(0xd9, 0x3f, 0x3f)
                          : kind == Kind::Warning ? QColor(0xe0, 0x9b, 0x1a)
                                                  : QColor(0x3f, 0x7f, 0xd9);
    const QColor base = QPalette().color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8f + accent.redF() * 0.2f,
                  base.greenF() * 0.8f + accent.greenF() * 0.2f,
                  base.blueF() * 0.8f + accent.blueF() * 0.2f);
    tinted.setColor(QPalette::Window, mixed);
    setPalette(tinted);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}
