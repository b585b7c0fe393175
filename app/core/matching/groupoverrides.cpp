// SPDX-License-Identifier: MIT
#include "groupoverrides.h"

#include "lockedsettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {

const QString MovePrefix = QStringLiteral("move/");
const QString MergePrefix = QStringLiteral("merge/");
const QString NamePrefix = QStringLiteral("name/");
const QString UserPrefix = QStringLiteral("user:");
// ServiceGrouping's key of a service in a group of its own: "single|<panel>|<id>".
const QString SinglePrefix = QStringLiteral("single|");

// Keys hold panel names and group keys, which may contain '/', the settings' group separator.
QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toLatin1());
}

QString moveKey(const ServiceKey &service)
{
    return MovePrefix + encode(service.panel.isEmpty() ? QStringLiteral("-") : u'p' + service.panel)
           + u'/' + QString::number(service.id);
}

} // namespace

QString GroupOverrides::defaultFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("group-overrides.ini"));
}

bool GroupOverrides::isUserGroup(const QString &groupKey)
{
    return groupKey.startsWith(UserPrefix);
}

GroupOverrides::GroupOverrides(const QString &fileName)
    : m_settings(std::make_unique<LockedSettings>(fileName, QSettings::IniFormat))
{
    readAll();
}

GroupOverrides::~GroupOverrides() = default;

void GroupOverrides::readAll()
{
    m_moves.clear();
    m_merges.clear();
    m_names.clear();
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys) {
        const QString value = m_settings->value(key).toString();
        if (value.isEmpty())
            continue;
        const QStringList parts = key.split(u'/');
        if (parts.size() == 3 && parts[0] + u'/' == MovePrefix) {
            const QString panel = decode(parts[1]);
            bool ok = false;
            const quint64 id = parts[2].toULongLong(&ok);
            if (!ok || panel.isEmpty())
                continue;
            m_moves.insert({panel == u"-" ? QString() : panel.mid(1), id}, value);
        } else if (parts.size() == 2 && parts[0] + u'/' == MergePrefix) {
            m_merges.insert(decode(parts[1]), value);
        } else if (parts.size() == 2 && parts[0] + u'/' == NamePrefix) {
            m_names.insert(decode(parts[1]), value);
        }
    }
}

QString GroupOverrides::resolveGroup(const QString &groupKey) const
{
    QString key = groupKey;
    // A cycle of merges (a into b, b into a) stops where it would come back.
    for (qsizetype steps = 0; steps <= m_merges.size(); ++steps) {
        const auto next = m_merges.constFind(key);
        if (next == m_merges.cend() || *next == groupKey)
            break;
        key = *next;
    }
    return key;
}

QString GroupOverrides::groupFor(const ServiceKey &service, const QString &automaticGroup) const
{
    return resolveGroup(m_moves.value(service, automaticGroup));
}

std::optional<QString> GroupOverrides::movedTo(const ServiceKey &service) const
{
    const auto found = m_moves.constFind(service);
    if (found == m_moves.cend())
        return std::nullopt;
    return *found;
}

QString GroupOverrides::groupName(const QString &groupKey) const
{
    return m_names.value(groupKey);
}

void GroupOverrides::write(const QString &key, const std::optional<QString> &value,
                           QList<Change> &undo)
{
    const QVariant before = m_settings->value(key);
    undo.append({key, before.isValid() ? std::optional<QString>(before.toString()) : std::nullopt});
    if (value)
        m_settings->setValue(key, *value);
    else
        m_settings->remove(key);
}

void GroupOverrides::commit(QList<Change> undo)
{
    m_settings->sync();
    readAll();
    if (!undo.isEmpty())
        m_undo.append(std::move(undo));
}

void GroupOverrides::moveService(const ServiceKey &service, const QString &groupKey)
{
    QList<Change> undo;
    write(moveKey(service), groupKey, undo);
    commit(std::move(undo));
}

QString GroupOverrides::splitOff(const QList<ServiceKey> &services, const QString &name)
{
    const QString key = UserPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<Change> undo;
    for (const ServiceKey &service : services)
        write(moveKey(service), key, undo);
    if (!name.isEmpty())
        write(NamePrefix + encode(key), name, undo);
    commit(std::move(undo));
    return key;
}

void GroupOverrides::mergeGroup(const QString &from, const QString &into)
{
    const QString target = resolveGroup(into);
    if (target == from || from.isEmpty() || target.isEmpty())
        return;
    QList<Change> undo;
    write(MergePrefix + encode(from), target, undo);
    commit(std::move(undo));
}

void GroupOverrides::setGroupName(const QString &groupKey, const QString &name)
{
    QList<Change> undo;
    write(NamePrefix + encode(groupKey),
          name.isEmpty() ? std::nullopt : std::optional<QString>(name), undo);
    commit(std::move(undo));
}

void GroupOverrides::resetService(const ServiceKey &service)
{
    QList<Change> undo;
    write(moveKey(service), std::nullopt, undo);
    commit(std::move(undo));
}

void GroupOverrides::resetGroup(const QString &groupKey)
{
    QList<Change> undo;
    write(MergePrefix + encode(groupKey), std::nullopt, undo);
    // Services moved into a group the user made go back to where they came from.
    if (isUserGroup(groupKey)) {
        for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
            if (*it == groupKey)
                write(moveKey(it.key()), std::nullopt, undo);
        }
        write(NamePrefix + encode(groupKey), std::nullopt, undo);
    }
    commit(std::move(undo));
}

void GroupOverrides::resetAll()
{
    QList<Change> undo;
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        write(key, std::nullopt, undo);
    commit(std::move(undo));
}

void GroupOverrides::renamePanel(const QString &from, const QString &to)
{
    if (from == to || from.isEmpty() || to.isEmpty())
        return;
    reload();
    const QString single = SinglePrefix + from + u'|';
    const auto renamed = [&](const QString &groupKey) -> QString {
        const QStringView id = QStringView(groupKey).mid(single.size());
        const bool isService =
            groupKey.startsWith(single) && !id.isEmpty()
            && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        return isService ? QString(SinglePrefix + to + u'|' + id.toString()) : groupKey;
    };
    // Old keys go first, so a new key that happens to equal one is never removed after it.
    QStringList removed;
    QList<std::pair<QString, QString>> written;
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
        if (it.key().panel == from) {
            removed.append(moveKey(it.key()));
            written.append({moveKey({to, it.key().id}), renamed(*it)});
        } else if (renamed(*it) != *it) {
            written.append({moveKey(it.key()), renamed(*it)});
        }
    }
    const auto carry = [&](const QString &prefix, const QHash<QString, QString> &entries,
                           bool renameValue) {
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const QString key = renamed(it.key());
            const QString value = renameValue ? renamed(*it) : *it;
            if (key != it.key())
                removed.append(prefix + encode(it.key()));
            if (key != it.key() || value != *it)
                written.append({prefix + encode(key), value});
        }
    };
    carry(MergePrefix, m_merges, true);
    carry(NamePrefix, m_names, false);
    for (const QString &key : std::as_const(removed))
        m_settings->remove(key);
    for (const auto &[key, value] : std::as_const(written))
        m_settings->setValue(key, value);
    m_settings->sync();
    readAll();
}

bool GroupOverrides::undo()
{
    if (m_undo.isEmpty())
        return false;
    const QList<Change> changes = m_undo.takeLast();
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->before)
            m_settings->setValue(it->key, *it->before);
        else
            m_settings->remove(it->key);
    }
    m_settings->sync();
    readAll();
    return true;
}

void GroupOverrides::reload()
{
    m_settings->sync();
    readAll();
}

bool GroupOverrides::isEmpty() const
{
    return m_moves.isEmpty() && m_merges.isEmpty() && m_names.isEmpty();
}

QSettings::Status GroupOverrides::status() const
{
    return m_settings->status();
}
