// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTreeView;
class QPushButton;
class QToolButton;
class SavedCategories;

// The sidebar list of saved categories: open one, show all of them merged, refresh all, and
// reorder or remove them.
class SavedCategoriesPane final : public QWidget
{
    Q_OBJECT

public:
    explicit SavedCategoriesPane(SavedCategories *saved, QWidget *parent = nullptr);

    void setRefreshing(bool refreshing);

Q_SIGNALS:
    void categoryActivated(const QString &name);
    void showAllRequested();
    void refreshAllRequested();
    void markupRequested(const QString &name);

private:
    int currentRow() const;
    void moveCurrent(int offset);
    void removeCurrent();
    void showContextMenu(const QPoint &position);
    void updateButtons();

    SavedCategories *m_saved;
    QTreeView *m_list; // a one-column tree: its column is as wide as the pane
    QPushButton *m_refreshAll;
    QPushButton *m_showAll;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    bool m_refreshing = false;
};
