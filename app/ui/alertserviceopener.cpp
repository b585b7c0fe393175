// SPDX-License-Identifier: MIT
#include "alertserviceopener.h"

#include "filterbar.h"
#include "panelregistry.h"
#include "pricesession.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"

#include <QStatusBar>

AlertServiceOpener::AlertServiceOpener(PriceSession *session, ServiceTableModel *model,
                                       ServiceViewModel *view, ServiceTableView *table,
                                       FilterBar *filters, QStatusBar *status, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_view(view)
    , m_table(table)
    , m_filters(filters)
    , m_status(status)
{
    // Connected after the window's own handler, so the table already holds the new view.
    connect(m_session, &PriceSession::viewChanged, this, [this] {
        if (!std::exchange(m_awaitingView, false) || !m_pending)
            return;
        if (isListed(*m_pending)) {
            reveal();
        } else {
            m_status->showMessage(tr("Service %1 is not listed in %2 any more.")
                                      .arg(m_pending->serviceId)
                                      .arg(m_pending->category),
                                  8000);
            m_pending.reset();
        }
    });
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, [this] {
        if (!m_awaitingView)
            reveal();
    });
}

void AlertServiceOpener::open(const Alert &alert)
{
    m_pending = alert;
    m_filtersCleared = false;
    m_awaitingView = false;
    if (isListed(alert)) {
        reveal();
        return;
    }
    if (alert.category.isEmpty()) {
        m_pending.reset(); // a balance: no service to show
        return;
    }
    if (alert.panel.isEmpty()) {
        m_awaitingView = true;
        m_session->fetch(PriceRequest::category(alert.category));
        return;
    }
    if (const std::optional<PanelConfig> panel = PanelRegistry().find(alert.panel)) {
        m_awaitingView = true;
        m_session->fetchPanels({*panel}, alert.category);
        return;
    }
    m_pending.reset();
    m_status->showMessage(tr("The panel %1 is no longer set up.").arg(alert.panel), 8000);
}

bool AlertServiceOpener::isListed(const Alert &alert) const
{
    const ServiceList &services = m_model->services();
    return std::any_of(services.cbegin(), services.cend(), [&alert](const Service &service) {
        return service.id == alert.serviceId && service.panel == alert.panel;
    });
}

void AlertServiceOpener::reveal()
{
    if (!m_pending || m_view->isFiltering())
        return;
    if (m_table->selectService(m_pending->panel, m_pending->serviceId)) {
        m_pending.reset();
        m_table->setFocus(Qt::OtherFocusReason);
        Q_EMIT serviceShown();
        return;
    }
    if (isListed(*m_pending) && !std::exchange(m_filtersCleared, true)) {
        m_filters->showEverything(); // the new rows come with visibleRowsChanged()
        return;
    }
    m_pending.reset();
}
