// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "fetchresult.h"

#include "boundedfetch.h"

#include <QObject>
#include <QUrl>

// Fetches price lists from the panel, one request at a time: a new request supersedes the one in
// flight, whose result is then never reported. Every response is bounded in size and time.
class PriceClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = BoundedFetch::MaxRedirects;

    explicit PriceClient(QObject *parent = nullptr);

    // The base must pass ApiAddress::problemWith(); an unusable one makes every fetch fail.
    void setApiBase(const QUrl &base);
    QUrl apiBase() const { return m_apiBase; }
    // Each limit is raised to at least 1.
    void setLimits(const FetchLimits &limits);
    const FetchLimits &limits() const { return m_fetch->limits(); }

    QUrl urlFor(const PriceRequest &request) const;

    void fetch(const PriceRequest &request);
    // Ends the request in flight; it is reported as cancelled, not as an error.
    void cancel();
    bool isBusy() const { return m_fetch->isBusy() || m_parsing; }
    PriceRequest currentRequest() const { return m_request; }

Q_SIGNALS:
    void started(const PriceRequest &request);
    // `total` is -1 while the size is unknown.
    void progressChanged(qint64 received, qint64 total);
    void finished(const FetchResult &result);

private:
    void onFetched(const BoundedFetch::Reply &reply);
    void parseAndReport(FetchResult result, QByteArray body);
    void report(FetchResult result);

    BoundedFetch *m_fetch;
    QUrl m_apiBase;
    PriceRequest m_request;
    int m_generation = 0;
    bool m_parsing = false;
};
