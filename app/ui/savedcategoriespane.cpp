// SPDX-License-Identifier: MIT
#include "savedcategoriespane.h"

#include "itemactivation.h"
#include "savedcategories.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

SavedCategoriesPane::SavedCategoriesPane(SavedCategories *saved, QWidget *parent)
    : QWidget(parent)
    , m_saved(saved)
    , m_list(new QTreeView(this))
    , m_refreshAll(new QPushButton(tr("Refresh All"), this))
    , m_showAll(new QPushButton(tr("Show All"), this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("savedCategoriesPane"));
    auto *title = new QLabel(tr("Saved categories"), this);
    m_list->setObjectName(QStringLiteral("savedCategoryList"));
    m_list->setAccessibleName(tr("Saved categories"));
    m_list->setModel(m_saved);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    // Long names are cut at the end, whole on hover (the model's tool tip); never scrolled.
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_refreshAll->setObjectName(QStringLiteral("refreshAllButton"));
    m_refreshAll->setToolTip(tr("Fetch every saved category again and show them together"));
    m_showAll->setObjectName(QStringLiteral("showAllSavedButton"));
    m_showAll->setToolTip(tr("Show the stored prices of every saved category together"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeSavedButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshAll);
    buttons->addWidget(m_showAll);
    buttons->addStretch();
    auto *order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    order->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(order);
    layout->addLayout(buttons);

    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT categoryActivated(m_saved->names().at(index.row()));
    };
    connectItemActivation(m_list, this, activate);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &SavedCategoriesPane::showContextMenu);
    connect(m_refreshAll, &QPushButton::clicked, this, &SavedCategoriesPane::refreshAllRequested);
    connect(m_showAll, &QPushButton::clicked, this, &SavedCategoriesPane::showAllRequested);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QToolButton::clicked, this, &SavedCategoriesPane::removeCurrent);
    connect(m_saved, &SavedCategories::namesChanged, this, &SavedCategoriesPane::updateButtons);
    connect(m_saved, &QAbstractItemModel::modelReset, this, &SavedCategoriesPane::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedCategoriesPane::updateButtons);
    updateButtons();
}

void SavedCategoriesPane::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_refreshAll->setText(refreshing ? tr("Refreshing…") : tr("Refresh All"));
    updateButtons();
}

int SavedCategoriesPane::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SavedCategoriesPane::moveCurrent(int offset)
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_saved->move(row, row + offset);
    m_list->setCurrentIndex(m_saved->index(std::clamp(row + offset, 0, m_saved->rowCount() - 1)));
}

void SavedCategoriesPane::removeCurrent()
{
    m_saved->remove(currentRow());
}

void SavedCategoriesPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Show"), this,
                   [this, index] { Q_EMIT categoryActivated(m_saved->names().at(index.row())); });
    menu.addAction(tr("Markup for This Category…"), this,
                   [this, index] { Q_EMIT markupRequested(m_saved->names().at(index.row())); });
    menu.addAction(tr("Move Up"), this, [this] { moveCurrent(-1); });
    menu.addAction(tr("Move Down"), this, [this] { moveCurrent(1); });
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, &SavedCategoriesPane::removeCurrent);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void SavedCategoriesPane::updateButtons()
{
    const int row = currentRow();
    const bool any = !m_saved->names().isEmpty();
    m_refreshAll->setEnabled(any && !m_refreshing);
    m_showAll->setEnabled(any);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_saved->rowCount());
    m_remove->setEnabled(row >= 0);
}
