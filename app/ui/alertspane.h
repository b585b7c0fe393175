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
// service. Its title and a status bar button count the alerts not seen yet. The list and its
// filters are built when the pane is first shown: most windows never show it, and building them
// before the window's first paint made the start slower.
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
    void setVisible(bool visible) override;

Q_SIGNALS:
    void alertActivated(const Alert &alert);
    void rulesRequested();

private:
    void buildContents();
    void acknowledgeSelected();
    void acknowledgeAll();
    void updatePanels();
    void updateCount(int unseen);
    void updateState();

    AlertListModel *m_model;
    AlertFilterModel *m_filter;
    QToolButton *m_badge;
    // The contents: null until the pane is first shown.
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_panel = nullptr;
    QCheckBox *m_unseenOnly = nullptr;
    QStackedWidget *m_stack = nullptr; // the list, or what stands for it when empty
    QTreeView *m_list = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_rules = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QLabel *m_error = nullptr;
};
