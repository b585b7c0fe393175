// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QDockWidget>

class AlertFilterModel;
class AlertListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

// The Alerts dock: the alerts of the alert log, filtered by kind, panel, text and whether they
// were seen, acknowledged one by one or all at once. Opening one asks the window to show its
// service. Its title and a status bar button count the alerts not seen yet.
class AlertsPane final : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlertsPane(QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    AlertFilterModel *filter() const { return m_filter; }
    // "3 new alerts", for the status bar: hidden while there are none; a click shows the pane.
    QToolButton *statusBadge() const { return m_badge; }
    // Shows the dock in front, the list focused.
    void showList();

Q_SIGNALS:
    void alertActivated(const Alert &alert);
    void rulesRequested();

private:
    void acknowledgeSelected();
    void acknowledgeAll();
    void updatePanels();
    void updateCount(int unseen);
    void updateState();

    AlertListModel *m_model;
    AlertFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_panel;
    QCheckBox *m_unseenOnly;
    QStackedWidget *m_stack; // the list, or what stands for it when empty
    QTreeView *m_list;
    QLabel *m_emptyText;
    QPushButton *m_rules;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
    QLabel *m_error;
    QToolButton *m_badge;
};
