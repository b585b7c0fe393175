// SPDX-License-Identifier: MIT
#include "categorybrowser.h"

#include "categorydirectory.h"
#include "itemactivation.h"
#include "serviceformatter.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum Role { CategoryNameRole = Qt::UserRole + 1, IsAllServicesRole, PanelNameRole };

} // namespace

CategoryBrowser::CategoryBrowser(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("categoryBrowser"));
    m_filter->setObjectName(QStringLiteral("categoryFilterEdit"));
    m_filter->setPlaceholderText(tr("Find a category"));
    m_filter->setAccessibleName(tr("Find a category"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(CategoryNameRole);

    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Names are cut at the end, the full one on hover; the count has a column of its own so a
    // long name never hides it.
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connectItemActivation(m_tree, this, [this](const QModelIndex &index) { activate(index); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CategoryBrowser::showContextMenu);
}

void CategoryBrowser::showContextMenu(const QPoint &position)
{
    const QString name =
        m_tree->indexAt(position).siblingAtColumn(0).data(CategoryNameRole).toString();
    if (name.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Pin to Saved Categories"), this,
                   [this, name] { Q_EMIT pinRequested(name); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void CategoryBrowser::setDirectory(const CategoryDirectory &directory)
{
    m_directory = directory;
    rebuild();
}

void CategoryBrowser::setPanels(const QList<PanelCategories> &panels)
{
    m_panels = panels;
    rebuild();
}

void CategoryBrowser::rebuild()
{
    m_model->clear();
    auto *all = new QStandardItem(tr("All services"));
    all->setData(true, IsAllServicesRole);
    all->setToolTip(tr("Every service of the panel's catalog"));
    QFont bold = all->font();
    bold.setBold(true);
    all->setFont(bold);
    m_model->appendRow(all);

    // Groups and categories alike count services; without a catalog there is nothing to count.
    const auto countItem = [](int services) {
        auto *item =
            new QStandardItem(services > 0 ? ServiceFormatter::quantity(services) : QString());
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(services > 0 ? tr("%n service(s)", nullptr, services) : QString());
        return item;
    };
    for (const PanelCategories &panel : std::as_const(m_panels)) {
        auto *group = new QStandardItem(panel.panel);
        group->setToolTip(tr("The categories of the panel “%1”").arg(panel.panel));
        group->setSelectable(false);
        group->setFont(bold);
        int services = 0;
        for (const QString &name : panel.directory.names()) {
            auto *item = new QStandardItem(name);
            item->setData(name, CategoryNameRole);
            item->setData(panel.panel, PanelNameRole);
            item->setToolTip(name);
            const int count = panel.directory.serviceCount(name);
            services += count;
            group->appendRow({item, countItem(count)});
        }
        QStandardItem *groupCount = countItem(services);
        groupCount->setSelectable(false);
        m_model->appendRow({group, groupCount});
    }
    const QList<CategoryDirectory::Platform> platforms =
        m_panels.isEmpty() ? m_directory.platforms() : QList<CategoryDirectory::Platform>();
    for (const CategoryDirectory::Platform &platform : platforms) {
        auto *group = new QStandardItem(tr("%1 %2").arg(platform.prefix, platform.title));
        group->setToolTip(group->text());
        group->setSelectable(false);
        for (const QString &name : platform.categories) {
            auto *item = new QStandardItem(name);
            item->setData(name, CategoryNameRole);
            item->setToolTip(name);
            group->appendRow({item, countItem(m_directory.serviceCount(name))});
        }
        QStandardItem *groupCount = countItem(platform.serviceCount);
        groupCount->setSelectable(false);
        m_model->appendRow({group, groupCount});
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    setCurrent(m_current, m_currentIsAll);
}

void CategoryBrowser::setCurrent(const QString &category, bool allServices)
{
    m_current = category;
    m_currentIsAll = allServices;
    QModelIndex found;
    if (allServices) {
        found = m_model->index(0, 0);
    } else if (!category.isEmpty()) {
        for (int row = 1; row < m_model->rowCount() && !found.isValid(); ++row) {
            const QStandardItem *group = m_model->item(row);
            for (int leaf = 0; leaf < group->rowCount(); ++leaf) {
                if (group->child(leaf)->data(CategoryNameRole).toString() == category) {
                    found = group->child(leaf)->index();
                    break;
                }
            }
        }
    }
    const QModelIndex shown = m_proxy->mapFromSource(found);
    if (!shown.isValid()) {
        m_tree->selectionModel()->clear();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_tree->scrollTo(shown);
}

void CategoryBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
}

void CategoryBrowser::activate(const QModelIndex &clicked)
{
    const QModelIndex index = clicked.siblingAtColumn(0);
    if (index.data(IsAllServicesRole).toBool()) {
        Q_EMIT allServicesActivated();
        return;
    }
    const QString name = index.data(CategoryNameRole).toString();
    if (name.isEmpty())
        return;
    if (const QString panel = index.data(PanelNameRole).toString(); !panel.isEmpty())
        Q_EMIT panelCategoryActivated(panel, name);
    else
        Q_EMIT categoryActivated(name);
}
