// SPDX-License-Identifier: MIT
#include "emptystate.h"

#include "categorydirectory.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A column narrow enough to read at a glance, centred in a wide window.
constexpr int ColumnWidth = 520;
constexpr int Suggestions = 5;
const char *const CategoryProperty = "category";

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QScrollArea(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_suggestionsLabel(new QLabel(tr("Or start with one of the largest categories:"), this))
    , m_suggestions(new QWidget(this))
    , m_suggestionsLayout(new QVBoxLayout(m_suggestions))
    // No accelerator of its own: the filter bar's Clear (Alt+L) does the same.
    , m_clearButton(new QPushButton(tr("Clear Filters"), this))
{
    setObjectName(QStringLiteral("emptyState"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    m_heading->setFont(big);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    for (QLabel *label : {m_heading, m_text, m_suggestionsLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignHCenter);
    }
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_suggestionsLayout->setContentsMargins(0, 0, 0, 0);
    m_clearButton->setObjectName(QStringLiteral("emptyClearFiltersButton"));
    connect(m_clearButton, &QPushButton::clicked, this, &EmptyState::clearFiltersRequested);

    auto *column = new QWidget(this);
    column->setMaximumWidth(ColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(column->fontMetrics().height() / 2);
    columnLayout->addWidget(m_suggestionsLabel);
    columnLayout->addWidget(m_suggestions);
    columnLayout->addWidget(m_clearButton, 0, Qt::AlignHCenter);

    auto *page = new QWidget(this);
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *pageLayout = new QHBoxLayout(page);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    pageLayout->addStretch(1);
    pageLayout->addLayout(middle, 100);
    pageLayout->addStretch(1);
    setWidget(page);
    showPage({}, {}, false, false);
}

void EmptyState::setSuggestions(const CategoryDirectory &directory)
{
    const QStringList categories = directory.largest(Suggestions);
    QList<int> counts;
    for (const QString &name : categories)
        counts.append(directory.serviceCount(name));
    if (categories == m_categories && counts == m_counts)
        return;
    m_categories = categories;
    m_counts = counts;
    while (QLayoutItem *item = m_suggestionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &name : categories) {
        auto *button = new QPushButton(m_suggestions);
        button->setObjectName(QStringLiteral("suggestionButton"));
        button->setProperty(CategoryProperty, name);
        button->setToolTip(name);
        button->setAccessibleName(name.trimmed());
        // The column decides the width; the name is shortened to fit it.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, name] { Q_EMIT categoryChosen(name); });
        m_suggestionsLayout->addWidget(button);
    }
    m_suggestionsLabel->setVisible(m_suggesting && !m_categories.isEmpty());
    m_suggestions->setVisible(m_suggesting && !m_categories.isEmpty());
    elideSuggestions();
}

void EmptyState::showFirstStart()
{
    showPage(
        tr("Which prices do you want to see?"),
        tr("Type a category name in the box above and press Enter, or pick a category from the "
           "list of categories."),
        true, false);
}

void EmptyState::showEverythingFiltered(int hidden)
{
    showPage(tr("No service matches the filters"),
             tr("The filters hide all %Ln service(s).", nullptr, hidden), false, true);
}

void EmptyState::showNothing(const QString &heading, const QString &text)
{
    showPage(heading, text, false, false);
}

void EmptyState::showPage(const QString &heading, const QString &text, bool suggest, bool clear)
{
    m_suggesting = suggest;
    m_heading->setText(heading);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_suggestionsLabel->setVisible(suggest && !m_categories.isEmpty());
    m_suggestions->setVisible(suggest && !m_categories.isEmpty());
    m_clearButton->setVisible(clear);
}

void EmptyState::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    elideSuggestions();
}

void EmptyState::elideSuggestions()
{
    const int width = std::min(viewport()->width(), ColumnWidth);
    for (int index = 0; index < m_suggestionsLayout->count(); ++index) {
        auto *button = qobject_cast<QPushButton *>(m_suggestionsLayout->itemAt(index)->widget());
        const QFontMetrics metrics = button->fontMetrics();
        // The count always shows; the name is shortened in the room left beside it and the
        // button's frame and padding.
        const QString count = QLocale().toString(m_counts.value(index));
        const int room = width - 4 * metrics.averageCharWidth()
                         - metrics.horizontalAdvance(tr("%1 (%2)").arg(QString(), count));
        const QString name = metrics.elidedText(
            button->property(CategoryProperty).toString().trimmed(), Qt::ElideMiddle, room);
        button->setText(tr("%1 (%2)").arg(name, count).replace(u'&', QStringLiteral("&&")));
    }
}
