// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class CategoryDirectory;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// The side panel: every category of the catalog grouped by platform, with service counts and
// its own filter box. Activating a category asks for it; "All services" asks for the catalog.
class CategoryBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryBrowser(QWidget *parent = nullptr);

    void setDirectory(const CategoryDirectory &directory);
    void focusFilter();
    // Highlights the category the table shows ("All services" when `allServices`), or nothing.
    void setCurrent(const QString &category, bool allServices = false);

Q_SIGNALS:
    void categoryActivated(const QString &name);
    void allServicesActivated();
    void pinRequested(const QString &name);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    QLineEdit *m_filter;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_current;
    bool m_currentIsAll = false;
};
