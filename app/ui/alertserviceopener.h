// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"

#include <QObject>

#include <optional>

class FilterBar;
class PriceSession;
class QStatusBar;
class ServiceTableModel;
class ServiceTableView;
class ServiceViewModel;

// Opens the service of an alert in the table: selects its row when the table lists it, else loads
// its panel's category (the stored prices when the panel cannot be reached) and selects it when
// it comes; filters that hide it are cleared once. Says so in the status bar when the service is
// not listed any more.
class AlertServiceOpener final : public QObject
{
    Q_OBJECT

public:
    AlertServiceOpener(PriceSession *session, ServiceTableModel *model, ServiceViewModel *view,
                       ServiceTableView *table, FilterBar *filters, QStatusBar *status,
                       QObject *parent = nullptr);

    void open(const Alert &alert);

Q_SIGNALS:
    // The row is selected and in view.
    void serviceShown();

private:
    bool isListed(const Alert &alert) const;
    void reveal();

    PriceSession *m_session;
    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    ServiceTableView *m_table;
    FilterBar *m_filters;
    QStatusBar *m_status;
    std::optional<Alert> m_pending;
    bool m_awaitingView = false;
    bool m_filtersCleared = false;
};
