// SPDX-License-Identifier: MIT
#include "savedcategories.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QStringList cleaned(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names) {
        if (!name.isEmpty() && !result.contains(name)
            && result.size() < SavedCategories::MaxCategories)
            result.append(name);
    }
    return result;
}

} // namespace

SavedCategories::SavedCategories(QObject *parent)
    : QAbstractListModel(parent)
{}

void SavedCategories::setNames(const QStringList &names)
{
    const QStringList clean = cleaned(names);
    if (clean == m_names)
        return;
    beginResetModel();
    m_names = clean;
    endResetModel();
    Q_EMIT namesChanged(m_names);
}

bool SavedCategories::add(const QString &name)
{
    if (name.isEmpty() || m_names.contains(name) || m_names.size() >= MaxCategories)
        return false;
    beginInsertRows({}, int(m_names.size()), int(m_names.size()));
    m_names.append(name);
    endInsertRows();
    Q_EMIT namesChanged(m_names);
    return true;
}

void SavedCategories::remove(int row)
{
    if (row < 0 || row >= m_names.size())
        return;
    beginRemoveRows({}, row, row);
    m_names.removeAt(row);
    endRemoveRows();
    Q_EMIT namesChanged(m_names);
}

void SavedCategories::move(int from, int to)
{
    if (from < 0 || from >= m_names.size() || to < 0 || to >= m_names.size() || from == to)
        return;
    // beginMoveRows wants the row the item goes before, counted before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_names.move(from, to);
    endMoveRows();
    Q_EMIT namesChanged(m_names);
}

QStringList SavedCategories::merged(const QStringList &before, const QStringList &after,
                                    const QStringList &stored)
{
    QStringList result;
    for (const QString &name : after) {
        if (stored.contains(name) || !before.contains(name))
            result.append(name);
    }
    for (const QString &name : stored) {
        if (!before.contains(name))
            result.append(name);
    }
    return cleaned(result);
}

QString SavedCategories::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not open “%1” for writing: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(QJsonDocument(QJsonArray::fromStringList(m_names)).toJson());
    if (!file.commit())
        return tr("Could not save “%1”: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

int SavedCategories::importFrom(const QString &path, QString *error)
{
    constexpr qint64 MaxFileBytes = 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return -1;
    }
    if (file.size() > MaxFileBytes) {
        *error =
            tr("“%1” is too large for a list of categories.").arg(QDir::toNativeSeparators(path));
        return -1;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray()) {
        *error = tr("“%1” is not a list of saved categories.").arg(QDir::toNativeSeparators(path));
        return -1;
    }
    int added = 0;
    for (const QJsonValue &value : document.array()) {
        if (value.isString() && add(value.toString()))
            ++added;
    }
    return added;
}

int SavedCategories::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant SavedCategories::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Trailing and double spaces are part of the name; make them visible in the list.
        return name.trimmed() == name ? name : QStringLiteral("“%1”").arg(name);
    case Qt::ToolTipRole:
    case Qt::EditRole:
        return name;
    default:
        return {};
    }
}
