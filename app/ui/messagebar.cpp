// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Left to right after the text.
enum ButtonRank { DetailsRank, PreferencesRank, RetryRank };

} // namespace

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
    present(kind, text, offerRetry, SessionProblem::Limit::None, {});
}

void MessageBar::showProblem(const SessionProblem &problem)
{
    const Kind kind = problem.severity == SessionProblem::Severity::Error     ? Kind::Error
                      : problem.severity == SessionProblem::Severity::Warning ? Kind::Warning
                                                                              : Kind::Information;
    present(kind, problem.text, problem.retryable, problem.limit, problem.details);
}

QPushButton *MessageBar::button(QPushButton *&made, int rank, const QString &text, const char *name)
{
    if (made)
        return made;
    int position = layout()->indexOf(m_text) + 1;
    for (QPushButton *before : {m_detailsButton, m_preferences, m_retry}) {
        if (before && before->property("rank").toInt() < rank)
            ++position;
    }
    made = new QPushButton(text, this);
    made->setObjectName(QString::fromLatin1(name));
    made->setProperty("rank", rank);
    static_cast<QHBoxLayout *>(layout())->insertWidget(position, made);
    return made;
}

void MessageBar::present(Kind kind, const QString &text, bool offerRetry,
                         SessionProblem::Limit limit, const QStringList &details)
{
    m_kind = kind;
    m_limit = limit;
    m_details = details;
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);

    if (!details.isEmpty() && !m_detailsButton)
        connect(button(m_detailsButton, DetailsRank, tr("&Details"), "detailsButton"),
                &QPushButton::clicked, this, &MessageBar::showDetails);
    if (limit != SessionProblem::Limit::None && !m_preferences)
        connect(button(m_preferences, PreferencesRank, tr("&Open Preferences"),
                       "openPreferencesButton"),
                &QPushButton::clicked, this, [this] {
                    hide();
                    Q_EMIT preferencesRequested(m_limit);
                });
    if (offerRetry && !m_retry)
        connect(button(m_retry, RetryRank, tr("&Retry"), "retryButton"), &QPushButton::clicked,
                this, [this] {
                    hide();
                    Q_EMIT retryRequested();
                });
    if (m_detailsButton)
        m_detailsButton->setVisible(!details.isEmpty());
    if (m_preferences)
        m_preferences->setVisible(limit != SessionProblem::Limit::None);
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
    QFrame::show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showDetails()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("messageDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Details"));
    auto *summary = new QLabel(m_text->text(), dialog);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    auto *list = new QTextEdit(dialog);
    list->setObjectName(QStringLiteral("messageDetailsText"));
    list->setReadOnly(true);
    list->setPlainText(m_details.join(u'\n'));
    // A gap after each line keeps a wrapped one apart from the next.
    QTextCursor all(list->document());
    all.select(QTextCursor::Document);
    QTextBlockFormat spaced;
    spaced.setBottomMargin(list->fontMetrics().height() / 2.0);
    all.mergeBlockFormat(spaced);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
}
