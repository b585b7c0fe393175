// SPDX-License-Identifier: MIT
#pragma once

#include "categorydirectory.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// The side panel: every category of the catalog grouped by platform, with service counts and
// its own filter box. Activating a category asks for it; "All services" asks for the catalog.
// While other panels are shown, their categories are grouped by panel instead.
class CategoryBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryBrowser(QWidget *parent = nullptr);

    struct PanelCategories {
        QString panel; // PanelConfig::name
        CategoryDirectory directory;
    };

    void setDirectory(const CategoryDirectory &directory);
    // One group per panel, each with the categories of the services it sent, in place of the
    // catalog's platforms; an empty list shows the catalog again.
    void setPanels(const QList<PanelCategories> &panels);
    void focusFilter();
    // Highlights the category the table shows ("All services" when `allServices`), or nothing.
    void setCurrent(const QString &category, bool allServices = false);

Q_SIGNALS:
    void categoryActivated(const QString &name);
    // A category under a panel's group of setPanels().
    void panelCategoryActivated(const QString &panel, const QString &name);
    void allServicesActivated();
    void pinRequested(const QString &name);

private:
    void rebuild();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    QLineEdit *m_filter;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CategoryDirectory m_directory;
    QList<PanelCategories> m_panels;
    QString m_current;
    bool m_currentIsAll = false;
};
