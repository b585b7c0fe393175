// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "servicetablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ServiceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_categoryEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("SMM Price Browser"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceTableModel::SortRole);

    m_categoryEdit->setObjectName(QStringLiteral("categoryEdit"));
    m_categoryEdit->setPlaceholderText(tr("Category, e.g. [IG] Instagram Likes Indonesia"));
    m_categoryEdit->setAccessibleName(tr("Category"));
    auto *toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->addWidget(m_categoryEdit);

    m_table->setObjectName(QStringLiteral("serviceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    setCentralWidget(m_table);
    statusBar()->showMessage(tr("Type a category and press Enter."));
    resize(1100, 700);
}
