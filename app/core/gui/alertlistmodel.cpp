// SPDX-License-Identifier: MIT
#include "alertlistmodel.h"

#include "alertlog.h"
#include "panelconfig.h"
#include "serviceformatter.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace {

// Within a day an alert reads best as "5 minutes ago"; older ones by their date and time.
constexpr qint64 RelativeSeconds = 86400;

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AlertListModel::~AlertListModel() = default;

void AlertListModel::setHistory(PriceHistory *history)
{
    m_log = history ? std::make_unique<AlertLog>(*history) : nullptr;
    reload();
}

void AlertListModel::reload()
{
    AlertLog::Filter newest;
    newest.limit = MaxListed;
    beginResetModel();
    m_alerts = m_log ? m_log->list(newest) : AlertList();
    endResetModel();
    setUnacknowledged(m_log ? m_log->unacknowledgedCount() : 0);
    Q_EMIT panelsChanged();
}

void AlertListModel::addAlerts(const AlertList &alerts)
{
    QSet<qint64> listed;
    for (const Alert &alert : std::as_const(m_alerts))
        listed.insert(alert.id);
    AlertList fresh;
    for (const Alert &alert : alerts) {
        if (alert.id == 0 || !listed.contains(alert.id))
            fresh.append(alert);
    }
    if (fresh.isEmpty())
        return;
    const QStringList panelsBefore = panels();
    // Newest first, as the log lists them.
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Alert &a, const Alert &b) { return a.time > b.time; });
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_alerts = fresh + m_alerts;
    endInsertRows();
    int unseen = m_unacknowledged;
    for (const Alert &alert : std::as_const(fresh))
        unseen += alert.acknowledged ? 0 : 1;
    setUnacknowledged(unseen);
    if (panels() != panelsBefore)
        Q_EMIT panelsChanged();
}

QStringList AlertListModel::panels() const
{
    QStringList panels;
    for (const Alert &alert : m_alerts) {
        if (!panels.contains(alert.panel))
            panels.append(alert.panel);
    }
    return panels;
}

bool AlertListModel::acknowledge(const QList<int> &rows)
{
    for (const int row : rows) {
        if (row < 0 || row >= m_alerts.size() || m_alerts.at(row).acknowledged)
            continue;
        if (m_log && m_alerts.at(row).id != 0 && !m_log->acknowledge(m_alerts.at(row).id)) {
            m_lastError = m_log->lastError();
            return false;
        }
        markSeen(row);
    }
    return true;
}

bool AlertListModel::acknowledgeAll()
{
    if (m_log && !m_log->acknowledgeAll()) {
        m_lastError = m_log->lastError();
        return false;
    }
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (!m_alerts.at(row).acknowledged)
            markSeen(row);
    }
    setUnacknowledged(0); // those past the newest listed too
    return true;
}

void AlertListModel::markSeen(int row)
{
    m_alerts[row].acknowledged = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    setUnacknowledged(m_unacknowledged - 1);
}

void AlertListModel::setUnacknowledged(int count)
{
    if (count == m_unacknowledged)
        return;
    m_unacknowledged = count;
    Q_EMIT unacknowledgedCountChanged(count);
}

QString AlertListModel::panelName(const QString &panel)
{
    return panel.isEmpty() ? PanelConfig::BuiltInName : panel;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(alert, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(alert.time.toLocalTime(), QLocale::LongFormat);
        return display(alert, index.column());
    case Qt::FontRole: {
        if (alert.acknowledged)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (alert.acknowledged)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(alert, index.column());
    case KindRole:
        return int(alert.kind);
    case PanelRole:
        return alert.panel;
    case AcknowledgedRole:
        return alert.acknowledged;
    case SearchRole:
        return QStringList{alert.serviceName, QString::number(alert.serviceId), alert.category,
                           panelName(alert.panel), Alert::kindName(alert.kind)}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant AlertListModel::display(const Alert &alert, int column) const
{
    const QLocale locale;
    switch (column) {
    case TimeColumn: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (alert.time.secsTo(now) < RelativeSeconds)
            return ServiceFormatter::timeAgo(alert.time, now);
        return locale.toString(alert.time.toLocalTime(), QLocale::ShortFormat);
    }
    case KindColumn:
        return Alert::kindName(alert.kind);
    case ServiceColumn:
        if (alert.kind == Alert::Kind::LowBalance)
            return tr("Balance");
        return tr("%1 · %2").arg(alert.serviceId).arg(alert.serviceName);
    case ChangeColumn: {
        const QString none = QStringLiteral("—");
        const QString oldText = alert.oldText(locale);
        const QString newText = alert.newText(locale);
        const QString from = oldText.isEmpty() ? none : oldText;
        const QString to = newText.isEmpty() ? none : newText;
        if (!alert.percent)
            return tr("%1 → %2").arg(from, to);
        const QString sign = *alert.percent > 0 ? QStringLiteral("+") : QString();
        //: a price change: old price → new price (change in percent, e.g. +12.5)
        return tr("%1 → %2 (%3%4%)").arg(from, to, sign, locale.toString(*alert.percent, 'f', 1));
    }
    case CategoryColumn:
        return alert.category;
    case PanelColumn:
        return panelName(alert.panel);
    case StateColumn:
        return alert.acknowledged ? tr("Seen") : tr("New");
    default:
        return {};
    }
}

QVariant AlertListModel::sortValue(const Alert &alert, int column) const
{
    switch (column) {
    case TimeColumn:
        return alert.time;
    case KindColumn:
        return int(alert.kind);
    case ServiceColumn:
        return alert.serviceId;
    case ChangeColumn:
        return alert.percent ? QVariant(*alert.percent) : QVariant(0.0);
    case CategoryColumn:
        return alert.category;
    case PanelColumn:
        return alert.panel;
    case StateColumn:
        return alert.acknowledged;
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case KindColumn:
        return tr("Alert");
    case ServiceColumn:
        return tr("Service");
    case ChangeColumn:
        return tr("Old → new");
    case CategoryColumn:
        return tr("Category");
    case PanelColumn:
        return tr("Panel");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
