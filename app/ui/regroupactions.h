// SPDX-License-Identifier: MIT
#pragma once

#include "servicegrouping.h"
#include "servicekey.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class GroupOverrides;
class QMenu;
class QWidget;

// The user's regrouping, from the Compare view and the services table alike: moving services to
// another group (chosen from a searchable list), splitting them into a new group, merging,
// renaming and resetting groups. Each change is written to the overrides file at once and
// announced with changed(), after which the groups are built again.
class RegroupActions final : public QObject
{
    Q_OBJECT

public:
    RegroupActions(const QString &overridesFile, QWidget *dialogParent);
    ~RegroupActions() override;

    // The groups that choices are made from and services are found in.
    void setGrouping(std::shared_ptr<const ServiceGrouping> grouping);

    // "Move to Group…", "Split Into New Group", "Reset to Automatic" for these services.
    void addServiceActions(QMenu *menu, const QList<ServiceKey> &services);
    // "Merge Into…", "Rename Group…", "Reset to Automatic" for a group (an index into groups()).
    void addGroupActions(QMenu *menu, qsizetype group);

    // Each asks what it needs (a group, a name) and answers false when the user cancelled.
    bool moveToGroup(const QList<ServiceKey> &services);
    void splitIntoNewGroup(const QList<ServiceKey> &services);
    void resetServices(const QList<ServiceKey> &services);
    bool mergeInto(qsizetype group);
    bool renameGroup(qsizetype group);
    void resetGroup(qsizetype group);

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<GroupOverrides> m_overrides;
    std::shared_ptr<const ServiceGrouping> m_grouping;
    QWidget *m_dialogParent;
};
