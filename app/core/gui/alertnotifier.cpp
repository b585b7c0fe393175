// SPDX-License-Identifier: MIT
#include "alertnotifier.h"

#include "desktopnotifier.h"
#include "panelconfig.h"

#include <QGuiApplication>
#include <QTimer>

#include <algorithm>

namespace {

// The category and, for another panel than the built-in one, the panel.
QString placeOf(const Alert &alert)
{
    if (alert.category.isEmpty())
        return alert.panel.isEmpty() ? PanelConfig::BuiltInName : alert.panel;
    if (alert.panel.isEmpty())
        return alert.category;
    return AlertNotifier::tr("%1 (%2)").arg(alert.category, alert.panel);
}

bool isPriceMove(const Alert &alert)
{
    return alert.kind == Alert::Kind::PriceUp || alert.kind == Alert::Kind::PriceDown;
}

} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_notifier(new DesktopNotifier(this))
    , m_gathering(new QTimer(this))
{
    m_notifier->setAppName(QGuiApplication::applicationDisplayName());
    m_notifier->setIconName(QGuiApplication::desktopFileName());
    m_notifier->setActionLabel(tr("Show alerts"));
    m_gathering->setSingleShot(true);
    m_gathering->setInterval(DefaultGathering);
    connect(m_gathering, &QTimer::timeout, this, &AlertNotifier::show);
    connect(m_notifier, &DesktopNotifier::activated, this, &AlertNotifier::activated);
}

void AlertNotifier::setGathering(std::chrono::milliseconds gathering)
{
    m_gathering->setInterval(gathering);
}

void AlertNotifier::add(const AlertList &alerts)
{
    if (alerts.isEmpty())
        return;
    m_batch.append(alerts);
    m_gathering->start();
}

bool AlertNotifier::isShowing() const
{
    return m_notifier->isShowing();
}

void AlertNotifier::show()
{
    const bool follows = m_notifier->isShowing() && m_shownAt.isValid()
                         && std::chrono::milliseconds(m_shownAt.elapsed()) < m_followUp;
    if (follows)
        m_shown.append(std::exchange(m_batch, {}));
    else
        m_shown = std::exchange(m_batch, {});
    m_shownAt.start();
    m_notifier->notify(summaryOf(m_shown), bodyOf(m_shown), follows);
}

QString AlertNotifier::summaryOf(const AlertList &alerts)
{
    const int count = int(alerts.size());
    if (alerts.isEmpty())
        return {};
    const QString place = placeOf(alerts.constFirst());
    const bool onePlace = std::all_of(alerts.cbegin(), alerts.cend(), [&](const Alert &alert) {
        return alert.panel == alerts.constFirst().panel
               && alert.category == alerts.constFirst().category;
    });
    if (!onePlace)
        return tr("%n alert(s) in several categories", nullptr, count);
    if (std::all_of(alerts.cbegin(), alerts.cend(), isPriceMove))
        return tr("%n price(s) changed in %1", nullptr, count).arg(place);
    return tr("%n alert(s) in %1", nullptr, count).arg(place);
}

QString AlertNotifier::bodyOf(const AlertList &alerts, int maxLines)
{
    QStringList lines;
    for (const Alert &alert : alerts) {
        if (lines.size() == maxLines)
            break;
        QString service = alert.serviceName.isEmpty() && alert.serviceId != 0
                              ? tr("Service %1").arg(alert.serviceId)
                              : alert.serviceName;
        if (service.isEmpty())
            service = placeOf(alert);
        const QString kind = Alert::kindName(alert.kind);
        const QString oldText = alert.oldText();
        const QString newText = alert.newText();
        lines.append(oldText.isEmpty() || newText.isEmpty()
                         ? tr("%1: %2").arg(service, kind)
                         : tr("%1: %2, %3 → %4").arg(service, kind, oldText, newText));
    }
    if (const qsizetype more = alerts.size() - lines.size(); more > 0)
        lines.append(tr("…and %n more.", nullptr, int(more)));
    return lines.join(u'\n');
}
