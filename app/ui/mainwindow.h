// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class ServiceTableModel;

// The application window: category search, the services table and their notes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    ServiceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_categoryEdit;
    QTableView *m_table;
};
