// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

class CategoryDirectory;
class QLabel;
class QPushButton;
class QVBoxLayout;

// What stands in place of the table when it has no row to show, and what to do about it: on a
// first start, how to get prices, with the catalog's largest categories a click away; when the
// filters hide every row, a button that clears them; when there is nothing to show, says so.
class EmptyState final : public QScrollArea
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Offers the catalog's largest categories on a first start.
    void setSuggestions(const CategoryDirectory &directory);
    void showFirstStart();
    void showEverythingFiltered(int hidden);
    void showNothing(const QString &heading, const QString &text);

Q_SIGNALS:
    void categoryChosen(const QString &name);
    void clearFiltersRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPage(const QString &heading, const QString &text, bool suggest, bool clear);
    void elideSuggestions();

    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_suggestionsLabel;
    QWidget *m_suggestions;
    QVBoxLayout *m_suggestionsLayout;
    QPushButton *m_clearButton;
    QStringList m_categories;
    QList<int> m_counts;
    bool m_suggesting = false;
};
