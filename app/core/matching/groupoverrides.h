// SPDX-License-Identifier: MIT
#pragma once

#include "servicekey.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

class LockedSettings;

// The user's regrouping, which wins over the automatic groups: services moved to another group,
// groups split off by hand, groups merged into others. Every change is written at once, one
// settings key per service or group, so a restart keeps it and two processes changing different
// services both keep their changes (QSettings merges per key, under a lock of ours:
// LockedSettings). Group keys are ServiceAttributes::groupKey() values or keys made by splitOff()
// ("user:…").
class GroupOverrides
{
    Q_DECLARE_TR_FUNCTIONS(GroupOverrides)

public:
    // The file the window uses: group-overrides.ini in the application's config folder.
    static QString defaultFileName();
    static bool isUserGroup(const QString &groupKey);

    explicit GroupOverrides(const QString &fileName = defaultFileName());
    ~GroupOverrides();
    GroupOverrides(const GroupOverrides &) = delete;
    GroupOverrides &operator=(const GroupOverrides &) = delete;

    // The group the service belongs to, given its automatic group: a move wins, then merges are
    // followed (a cycle stops where it would repeat).
    QString groupFor(const ServiceKey &service, const QString &automaticGroup) const;
    // Where merges send a group; the group itself when none does.
    QString resolveGroup(const QString &groupKey) const;
    // The group the user moved the service to, if any.
    std::optional<QString> movedTo(const ServiceKey &service) const;
    // The name given to a user's group; empty for none.
    QString groupName(const QString &groupKey) const;

    void moveService(const ServiceKey &service, const QString &groupKey);
    // Moves the services to a new group of their own and answers its key.
    QString splitOff(const QList<ServiceKey> &services, const QString &name = QString());
    // Every service of `from` now belongs to `into` (`into` itself is resolved first).
    void mergeGroup(const QString &from, const QString &into);
    void setGroupName(const QString &groupKey, const QString &name);
    // Back to the automatic group: of one service, or of a merged group.
    void resetService(const ServiceKey &service);
    void resetGroup(const QString &groupKey);
    void resetAll();
    // A panel was renamed: its services' moves, and the groups of one service of it (named,
    // merged or moved to), now go by its new name. Written at once, in one write of the file,
    // and not undone by undo(). Reads other processes' changes first.
    void renamePanel(const QString &from, const QString &to);
    // Undoes the last change made through this object (any number of times); false when none.
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool undo();

    // Reads changes other processes made since.
    void reload();
    bool isEmpty() const;
    // QSettings::NoError, or why the file could not be read or written.
    QSettings::Status status() const;

private:
    struct Change {
        QString key;
        std::optional<QString> before;
    };
    void write(const QString &key, const std::optional<QString> &value, QList<Change> &undo);
    void commit(QList<Change> undo);
    void readAll();

    std::unique_ptr<LockedSettings> m_settings;
    QHash<ServiceKey, QString> m_moves;
    QHash<QString, QString> m_merges;
    QHash<QString, QString> m_names;
    QList<QList<Change>> m_undo;
};
