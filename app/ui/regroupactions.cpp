// SPDX-License-Identifier: MIT
#include "regroupactions.h"

#include "groupchooserdialog.h"
#include "groupoverrides.h"

#include <QInputDialog>
#include <QMenu>

namespace {

// The automatic group of a service, as ServiceGrouping makes it; a merge of it is undone by key.
QString automaticGroup(const ServiceGrouping &grouping, qsizetype service)
{
    const ServiceAttributes &attributes = grouping.attributes(service);
    if (attributes.isComplete())
        return attributes.groupKey();
    const Service &s = grouping.services().at(service);
    return QStringLiteral("single|") + s.panel + u'|' + QString::number(s.id);
}

QList<GroupChooserDialog::Choice> choices(const ServiceGrouping &grouping, qsizetype except)
{
    QList<GroupChooserDialog::Choice> result;
    for (qsizetype i = 0; i < grouping.groups().size(); ++i) {
        if (i == except)
            continue;
        const ServiceGrouping::Group &group = grouping.groups().at(i);
        result.append({group.key, group.label, group.count()});
    }
    return result;
}

} // namespace

RegroupActions::RegroupActions(const QString &overridesFile, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_overrides(std::make_unique<GroupOverrides>(overridesFile))
    , m_grouping(std::make_shared<const ServiceGrouping>())
    , m_dialogParent(dialogParent)
{}

RegroupActions::~RegroupActions() = default;

void RegroupActions::setGrouping(std::shared_ptr<const ServiceGrouping> grouping)
{
    m_grouping = std::move(grouping);
}

void RegroupActions::addServiceActions(QMenu *menu, const QList<ServiceKey> &services)
{
    const bool any = !services.isEmpty();
    QAction *move =
        menu->addAction(tr("&Move to Group…"), this, [this, services] { moveToGroup(services); });
    move->setObjectName(QStringLiteral("moveToGroupAction"));
    move->setEnabled(any && !m_grouping->groups().isEmpty());
    QAction *split = menu->addAction(tr("&Split Into New Group"), this,
                                     [this, services] { splitIntoNewGroup(services); });
    split->setObjectName(QStringLiteral("splitGroupAction"));
    split->setEnabled(any);
    QAction *reset = menu->addAction(tr("Reset Service to &Automatic Group"), this,
                                     [this, services] { resetServices(services); });
    reset->setObjectName(QStringLiteral("resetServiceGroupAction"));
    m_overrides->reload();
    reset->setEnabled(
        std::any_of(services.cbegin(), services.cend(), [this](const ServiceKey &key) {
            return m_overrides->movedTo(key).has_value();
        }));
}

void RegroupActions::addGroupActions(QMenu *menu, qsizetype group)
{
    const bool valid = group >= 0 && group < m_grouping->groups().size();
    QAction *merge = menu->addAction(tr("M&erge Into…"), this, [this, group] { mergeInto(group); });
    merge->setObjectName(QStringLiteral("mergeGroupAction"));
    merge->setEnabled(valid && m_grouping->groups().size() > 1);
    QAction *rename =
        menu->addAction(tr("&Rename Group…"), this, [this, group] { renameGroup(group); });
    rename->setObjectName(QStringLiteral("renameGroupAction"));
    rename->setEnabled(valid);
    QAction *reset = menu->addAction(tr("Reset Group to A&utomatic"), this,
                                     [this, group] { resetGroup(group); });
    reset->setObjectName(QStringLiteral("resetGroupAction"));
    reset->setEnabled(valid && m_grouping->groups().at(group).byUser);
}

bool RegroupActions::moveToGroup(const QList<ServiceKey> &services)
{
    if (services.isEmpty())
        return false;
    GroupChooserDialog dialog(tr("Move %n Service(s) to Group", nullptr, int(services.size())),
                              choices(*m_grouping, -1), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenKey().isEmpty())
        return false;
    const QString key = dialog.chosenKey();
    for (const ServiceKey &service : services)
        m_overrides->moveService(service, key);
    Q_EMIT changed();
    return true;
}

void RegroupActions::splitIntoNewGroup(const QList<ServiceKey> &services)
{
    if (services.isEmpty())
        return;
    m_overrides->splitOff(services);
    Q_EMIT changed();
}

void RegroupActions::resetServices(const QList<ServiceKey> &services)
{
    for (const ServiceKey &service : services)
        m_overrides->resetService(service);
    Q_EMIT changed();
}

bool RegroupActions::mergeInto(qsizetype group)
{
    // Held: a new grouping may arrive while the dialog is open.
    const std::shared_ptr<const ServiceGrouping> grouping = m_grouping;
    if (group < 0 || group >= grouping->groups().size())
        return false;
    const ServiceGrouping::Group &from = grouping->groups().at(group);
    GroupChooserDialog dialog(tr("Merge “%1” Into").arg(from.label), choices(*grouping, group),
                              m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenKey().isEmpty())
        return false;
    m_overrides->mergeGroup(from.key, dialog.chosenKey());
    Q_EMIT changed();
    return true;
}

bool RegroupActions::renameGroup(qsizetype group)
{
    const std::shared_ptr<const ServiceGrouping> grouping = m_grouping;
    if (group < 0 || group >= grouping->groups().size())
        return false;
    const ServiceGrouping::Group &g = grouping->groups().at(group);
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            m_dialogParent, tr("Rename Group"), tr("Name (empty for the automatic one):"),
            QLineEdit::Normal,
            m_overrides->groupName(g.key).isEmpty() ? g.label : m_overrides->groupName(g.key), &ok)
            .trimmed();
    if (!ok)
        return false;
    m_overrides->setGroupName(g.key, name);
    Q_EMIT changed();
    return true;
}

void RegroupActions::resetGroup(qsizetype group)
{
    if (group < 0 || group >= m_grouping->groups().size())
        return;
    const ServiceGrouping::Group &g = m_grouping->groups().at(group);
    // Every way the user shaped it: its own merge and name, its members' moves, and the merges
    // of the groups its members came from.
    QStringList keys{g.key};
    for (const qsizetype member : g.members) {
        m_overrides->resetService(ServiceKey::of(m_grouping->services().at(member)));
        const QString automatic = automaticGroup(*m_grouping, member);
        if (!keys.contains(automatic))
            keys.append(automatic);
    }
    for (const QString &key : std::as_const(keys)) {
        m_overrides->resetGroup(key);
        if (!m_overrides->groupName(key).isEmpty())
            m_overrides->setGroupName(key, QString());
    }
    Q_EMIT changed();
}
