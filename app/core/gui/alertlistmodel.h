// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QAbstractTableModel>

#include <memory>

class AlertLog;
class PriceHistory;

// The alerts kept in the alert log as a table, newest first: when, what kind, which service, its
// old and new value, where, and whether the user has seen it. Acknowledging goes to the log at
// once, so every window and process sees it. Unacknowledged alerts are bold.
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        ServiceColumn,
        ChangeColumn,
        CategoryColumn,
        PanelColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: time, kind, id, percent, text
        KindRole,                    // int(Alert::Kind)
        PanelRole,                   // as Service::panel names it: "" is the built-in panel
        AcknowledgedRole,
        SearchRole, // what the search box looks in: service, id, category, panel, kind
    };

    // The newest alerts listed; the count of unseen ones covers them all.
    static constexpr int MaxListed = 10000;

    explicit AlertListModel(QObject *parent = nullptr);
    ~AlertListModel() override;

    // Reads (and acknowledges in) the alert log of `history`, which must outlive this model or the
    // next call; nullptr empties the list.
    void setHistory(PriceHistory *history);
    // Reads the log again, for alerts another process raised (the pane does when shown).
    void reload();
    // Alerts just raised (stored, with ids), listed on top; ones already listed are skipped.
    void addAlerts(const AlertList &alerts);

    const Alert &alert(int row) const { return m_alerts.at(row); }
    int unacknowledgedCount() const { return m_unacknowledged; }
    // Every panel an alert came from, in the order first listed.
    QStringList panels() const;
    // Marks the alerts of `rows` seen, in the log first; false (with lastError()) when the log
    // could not be written, in which case they stay unseen.
    bool acknowledge(const QList<int> &rows);
    bool acknowledgeAll();
    QString lastError() const { return m_lastError; }

    // The built-in panel's name for "", else the name.
    static QString panelName(const QString &panel);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unacknowledgedCountChanged(int count);
    void panelsChanged();

private:
    QVariant display(const Alert &alert, int column) const;
    QVariant sortValue(const Alert &alert, int column) const;
    void setUnacknowledged(int count);
    void markSeen(int row);

    std::unique_ptr<AlertLog> m_log;
    AlertList m_alerts;
    int m_unacknowledged = 0;
    QString m_lastError;
};
