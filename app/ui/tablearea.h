// SPDX-License-Identifier: MIT
#pragma once

#include "sessionview.h"

#include <QWidget>

class EmptyState;
class QStackedWidget;
class ServiceTableView;
class ServiceViewModel;
class ViewTitle;

// The table under a title that says what it holds, or, when no row is visible, an empty state
// that says why and what to do.
class TableArea final : public QWidget
{
    Q_OBJECT

public:
    TableArea(ServiceTableView *table, ServiceViewModel *view, QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }
    void showView(const SessionView &view);
    // While a last view is still being restored, the first-start help would only flash.
    void setAwaitingView(bool awaiting);

private:
    void updatePage();

    ViewTitle *m_title;
    QStackedWidget *m_stack;
    ServiceTableView *m_table;
    ServiceViewModel *m_view;
    EmptyState *m_empty;
    SessionView::Source m_source = SessionView::Source::None;
    QString m_name;
    bool m_awaiting = false;
};
