// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QSortFilterProxyModel>

#include <optional>

// The alerts the Alerts pane shows: of one kind or all, of one panel or all, only the ones not
// acknowledged yet (the default) or all, and those whose service, id, category or panel holds
// every word of the search text. Sorts on AlertListModel::SortRole; unsorted, newest first.
class AlertFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterModel(QObject *parent = nullptr);

    // Unset shows every kind.
    void setKind(std::optional<Alert::Kind> kind);
    // Unset shows every panel; "" is the built-in panel.
    void setPanel(const std::optional<QString> &panel);
    void setUnacknowledgedOnly(bool only);
    void setSearchText(const QString &text);

    std::optional<Alert::Kind> kind() const { return m_kind; }
    const std::optional<QString> &panel() const { return m_panel; }
    bool unacknowledgedOnly() const { return m_unacknowledgedOnly; }
    // The source rows of `rows` of this model.
    QList<int> sourceRows(const QModelIndexList &rows) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Alert::Kind> m_kind;
    std::optional<QString> m_panel;
    bool m_unacknowledgedOnly = true;
    QStringList m_terms; // folded words of the search text
};
