// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QStringList>

// The categories the user pinned, in the user's order, by exact panel name (never trimmed or
// folded). Saved to and read from a JSON file for moving them between computers.
class SavedCategories final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int MaxCategories = 500;

    explicit SavedCategories(QObject *parent = nullptr);

    const QStringList &names() const { return m_names; }
    void setNames(const QStringList &names);
    bool contains(const QString &name) const { return m_names.contains(name); }
    // Appends a name not saved yet; false when it is empty, already saved, or the list is full.
    bool add(const QString &name);
    void remove(int row);
    // Moves one name to another position (the row it has afterwards).
    void move(int from, int to);

    // The list another process left stored (`stored`) with this one's change from `before` to
    // `after` made on it: `after`'s names in its order, but without those `before` had and
    // `stored` no longer has, then the names `stored` gained since `before`. A name this change
    // removed stays removed. At most MaxCategories, without duplicates.
    static QStringList merged(const QStringList &before, const QStringList &after,
                              const QStringList &stored);

    // Writes the names as a JSON array, atomically; returns an error message or an empty string.
    QString exportTo(const QString &path) const;
    // Adds the names of a file written by exportTo() that are not saved yet; returns how many,
    // or -1 with `error` set.
    int importFrom(const QString &path, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void namesChanged(const QStringList &names);

private:
    QStringList m_names;
};
