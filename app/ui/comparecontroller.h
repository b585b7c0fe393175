// SPDX-License-Identifier: MIT
#pragma once

#include "servicegrouping.h"
#include "servicekey.h"

#include <QObject>

#include <memory>

class AppSettings;
class ComparePane;
class GroupingBuilder;
class QAction;
class QMainWindow;
class QTabWidget;
class RegroupActions;
class ServiceTableModel;
class ServiceTableView;
class ServiceViewModel;

// The window's side of matching: groups the loaded services in the background whenever they
// (or the rates, or the user's regrouping) change, shows them in a Compare tab beside the table
// and in the table's Group and Cheapest columns, regroups from there and from the table's
// context menu, and opens the margin planner for a group or the selected services. The window
// places widget() and adds the actions to menus.
class CompareController final : public QObject
{
    Q_OBJECT

public:
    // `tableArea` (the table under its title) becomes the first tab of widget().
    CompareController(AppSettings &settings, ServiceTableModel *model, ServiceViewModel *view,
                      ServiceTableView *table, QWidget *tableArea, QMainWindow *window,
                      const QString &overridesFile);
    ~CompareController() override;

    // The Services and Compare tabs.
    QTabWidget *widget() const { return m_tabs; }
    // View ▸ Compare Panels: checked while the Compare tab is shown.
    QAction *compareAction() const { return m_compareAction; }
    // Plans prices for the services selected in the table.
    QAction *planAction() const { return m_planAction; }
    ComparePane *pane() const { return m_pane; }
    RegroupActions *regroup() const { return m_regroup; }
    std::shared_ptr<const ServiceGrouping> grouping() const;
    bool isBuilding() const;
    // The service of the Compare tab's current row while that tab is shown; else nullptr.
    const Service *currentService() const;

    // The label of the service's group; empty before the groups are built.
    QString groupLabel(const Service &service) const;
    // Groups the model's services again, as after new rates.
    void rebuild();
    // Selects the service in the table; false (with message()) when it is not shown there.
    bool selectInTable(const ServiceKey &service);
    void planForTableSelection();
    void planForGroup(qsizetype group);
    void planForServices(const QList<qsizetype> &services);

Q_SIGNALS:
    void groupingChanged();
    // The Compare tab's current service changed, or the tab was shown or left.
    void currentServiceChanged();
    void message(const QString &text);

private:
    // Groups the model's new services once the view has shown them.
    void rebuildAfterLoad();
    QList<ServiceKey> tableSelection() const;
    void addTableActions();

    AppSettings &m_settings;
    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    ServiceTableView *m_table;
    QMainWindow *m_window;
    GroupingBuilder *m_builder;
    RegroupActions *m_regroup;
    ComparePane *m_pane;
    QWidget *m_tableArea;
    QTabWidget *m_tabs;
    QAction *m_compareAction;
    QAction *m_planAction;
    bool m_rebuildAfterLoad = false;
};
