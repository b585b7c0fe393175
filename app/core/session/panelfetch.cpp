// SPDX-License-Identifier: MIT
#include "panelfetch.h"

#include "apiaddress.h"
#include "priceclient.h"
#include "v2client.h"

struct PanelFetch::Job {
    Panel panel;
    QObject *client = nullptr; // a PriceClient or a V2Client
    bool running = false;

    QString name() const { return panel.config.name; }
};

PanelFetch::PanelFetch(QObject *parent)
    : QObject(parent)
{}

PanelFetch::~PanelFetch()
{
    dropJobs();
}

void PanelFetch::dropJobs()
{
    for (Job *job : std::as_const(m_jobs)) {
        // Later: this may run inside a signal of that very client.
        if (job->client) {
            job->client->disconnect(this);
            job->client->deleteLater();
        }
        delete job;
    }
    m_jobs.clear();
    m_running = 0;
}

void PanelFetch::start(const QList<Panel> &panels)
{
    dropJobs();
    for (const Panel &panel : panels)
        m_jobs.append(new Job{panel});
    m_running = int(m_jobs.size());
    // A copy: a panel that fails at once may not change the list being walked.
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        job->running = true;
        Q_EMIT panelStarted(job->name());
        if (job->panel.config.style == PanelConfig::Style::V2)
            startV2(*job);
        else
            startKratos(*job);
    }
    if (m_jobs.isEmpty())
        Q_EMIT allFinished();
}

void PanelFetch::cancel()
{
    const QList<Job *> jobs = m_jobs;
    for (Job *job : jobs) {
        if (!job->running)
            continue;
        if (auto *client = qobject_cast<PriceClient *>(job->client))
            client->cancel();
        else if (auto *client = qobject_cast<V2Client *>(job->client))
            client->cancel();
    }
}

void PanelFetch::startKratos(Job &job)
{
    auto *client = new PriceClient;
    job.client = client;
    client->setLimits(m_limits);
    client->setApiBase(job.panel.config.url.isEmpty() ? ApiAddress::defaultBase()
                                                      : job.panel.config.url);
    connect(client, &PriceClient::progressChanged, this,
            [this, &job](qint64 received, qint64 total) {
                Q_EMIT panelProgress(job.name(), received, total);
            });
    connect(client, &PriceClient::finished, this, [this, &job](FetchResult result) {
        tag(result.parsed.services, job.panel.config);
        finish(job, std::move(result));
    });
    client->fetch(m_kratosRequest);
}

void PanelFetch::startV2(Job &job)
{
    auto *client = new V2Client;
    job.client = client;
    client->setLimits(m_limits);
    client->setApiUrl(job.panel.config.url);
    client->setKey(job.panel.key);
    connect(client, &V2Client::progressChanged, this, [this, &job](qint64 received, qint64 total) {
        Q_EMIT panelProgress(job.name(), received, total);
    });
    connect(client, &V2Client::balanceFinished, this,
            [this, &job, client](FetchResult result, const V2Parser::Balance &balance) {
                const bool currencyKnown = !job.panel.config.currency.isEmpty();
                if (!result.succeeded()) {
                    // Asked for an alert rule only: the services may still come.
                    if (currencyKnown)
                        client->fetchServices(originOf(job.panel.config));
                    else
                        finish(job, std::move(result));
                    return;
                }
                if (!balance.amount.isEmpty())
                    Q_EMIT balanceReported(job.name(), balance.amount,
                                           currencyKnown ? job.panel.config.currency
                                                         : balance.currency);
                if (currencyKnown) {
                    client->fetchServices(originOf(job.panel.config));
                    return;
                }
                if (balance.currency.isEmpty()) {
                    result.outcome = FetchResult::Outcome::Failed;
                    result.failure = FetchResult::Failure::Permanent;
                    result.error = tr("The panel did not say which currency its prices are in. "
                                      "Set the currency in the panel's settings.");
                    result.body.clear();
                    finish(job, std::move(result));
                    return;
                }
                job.panel.config.currency = balance.currency;
                Q_EMIT currencyLearned(job.name(), balance.currency);
                client->fetchServices(originOf(job.panel.config));
            });
    connect(client, &V2Client::servicesFinished, this,
            [this, &job](const FetchResult &result) { finish(job, result); });
    if (job.panel.config.currency.isEmpty() || m_balancePanels.contains(job.name()))
        client->fetchBalance();
    else
        client->fetchServices(originOf(job.panel.config));
}

V2Parser::Origin PanelFetch::originOf(const PanelConfig &panel)
{
    // Rupiah stays empty, as the built-in panel's single fetches leave it.
    return {panel.isBuiltIn() ? QString() : panel.name,
            panel.currency == Service::Rupiah ? QString() : panel.currency};
}

void PanelFetch::tag(ServiceList &services, const PanelConfig &panel)
{
    const V2Parser::Origin origin = originOf(panel);
    for (Service &service : services) {
        service.panel = origin.panel;
        service.currency = origin.currency;
    }
}

void PanelFetch::finish(Job &job, FetchResult result)
{
    if (!job.running)
        return;
    job.running = false;
    --m_running;
    Q_EMIT panelFinished(job.name(), result);
    if (m_running == 0)
        Q_EMIT allFinished();
}
