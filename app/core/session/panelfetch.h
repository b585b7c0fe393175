// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "fetchresult.h"
#include "panelconfig.h"
#include "pricerequest.h"
#include "v2parser.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// Fetches the services of several panels at once, each with a client of its own: the built-in
// panel and other Kratos-style ones through PriceClient, standard-API panels through V2Client
// (asking for the balance first when the panel's currency is not known yet). Every service comes
// back tagged with its panel ("" for the built-in one) and currency. A failing or slow panel never
// holds up the others. The window and the command line share this for "All panels".
class PanelFetch final : public QObject
{
    Q_OBJECT

public:
    struct Panel {
        PanelConfig config;
        QString key; // empty for a Kratos-style panel
    };

    explicit PanelFetch(QObject *parent = nullptr);
    ~PanelFetch() override;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    // What Kratos-style panels are asked for: the whole catalog unless told otherwise.
    // Standard-API panels have no smaller request and always send every service.
    void setKratosRequest(const PriceRequest &request) { m_kratosRequest = request; }
    // Standard-API panels whose balance is asked for on every start() (an alert rule watches
    // it), not only while their currency is unknown; reported by balanceReported().
    void setBalancePanels(const QStringList &names) { m_balancePanels = names; }

    // Starts fetching every panel; a fetch still running is dropped unreported. allFinished()
    // follows once every panel has reported, at once for an empty list.
    void start(const QList<Panel> &panels);
    // Ends every panel still running; each reports as cancelled.
    void cancel();
    bool isBusy() const { return m_running > 0; }
    // Whose services those of `panel` are: its name ("" for the built-in one) and currency (empty
    // for rupiah).
    static V2Parser::Origin originOf(const PanelConfig &panel);
    // Tags services as this class does those of `panel`.
    static void tag(ServiceList &services, const PanelConfig &panel);

Q_SIGNALS:
    void panelStarted(const QString &panel);
    // `total` is -1 while the size is unknown.
    void panelProgress(const QString &panel, qint64 received, qint64 total);
    // The currency a standard-API panel's balance named, for the caller to keep.
    void currencyLearned(const QString &panel, const QString &currency);
    // A standard-API panel's balance, as the panel wrote it, in `currency`.
    void balanceReported(const QString &panel, const QString &amount, const QString &currency);
    void panelFinished(const QString &panel, const FetchResult &result);
    void allFinished();

private:
    struct Job;

    void startKratos(Job &job);
    void startV2(Job &job);
    void finish(Job &job, FetchResult result);
    void dropJobs();

    FetchLimits m_limits;
    PriceRequest m_kratosRequest = PriceRequest::catalog();
    QStringList m_balancePanels;
    QList<Job *> m_jobs;
    int m_running = 0;
};
