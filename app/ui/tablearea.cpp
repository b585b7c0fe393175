// SPDX-License-Identifier: MIT
#include "tablearea.h"

#include "emptystate.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "viewtitle.h"

#include <QStackedWidget>
#include <QVBoxLayout>

TableArea::TableArea(ServiceTableView *table, ServiceViewModel *view, QWidget *parent)
    : QWidget(parent)
    , m_title(new ViewTitle(this))
    , m_stack(new QStackedWidget(this))
    , m_table(table)
    , m_view(view)
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("tableArea"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &TableArea::updatePage);
    connect(m_view, &QAbstractItemModel::modelReset, this, &TableArea::updatePage);
    updatePage();
}

void TableArea::showView(const SessionView &view)
{
    m_source = view.source;
    m_name = view.title.trimmed();
    m_title->showView(view);
    updatePage();
}

void TableArea::setAwaitingView(bool awaiting)
{
    m_awaiting = awaiting;
    updatePage();
}

void TableArea::updatePage()
{
    if (m_view->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_source == SessionView::Source::None && m_awaiting) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_stack->setCurrentWidget(m_empty);
    if (const int total = m_view->totalCount(); total > 0) {
        m_empty->showEverythingFiltered(total);
        return;
    }
    switch (m_source) {
    case SessionView::Source::None:
        m_empty->showFirstStart();
        return;
    case SessionView::Source::Category:
        m_empty->showNothing(tr("No services in “%1”").arg(m_name),
                             tr("The panel lists none in this category. Check the name: it must "
                                "match the panel's category exactly."));
        return;
    case SessionView::Source::AllServices:
        m_empty->showNothing(tr("The panel's catalog is empty"), {});
        return;
    case SessionView::Source::Saved:
        m_empty->showNothing(tr("No prices of saved categories yet"),
                             tr("Pin categories to the saved list, then refresh them all to "
                                "fetch their prices."));
        return;
    case SessionView::Source::File:
        m_empty->showNothing(tr("“%1” lists no services").arg(m_name), {});
        return;
    }
}
