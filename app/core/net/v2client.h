// SPDX-License-Identifier: MIT
#pragma once

#include "boundedfetch.h"
#include "fetchlimits.h"
#include "fetchresult.h"
#include "v2parser.h"

#include <QObject>
#include <QString>
#include <QUrl>

// Reads the services and the balance of a panel that speaks the standard reseller API ("API
// v2"): every call is a POST with the key in its form-encoded body. One call at a time; a new one
// supersedes the one in flight, which is then never reported. A long list of services is parsed
// on a worker thread. The key never appears in a URL, a
// message or a result, even when the panel repeats it.
class V2Client final : public QObject
{
    Q_OBJECT

public:
    explicit V2Client(QObject *parent = nullptr);

    // The panel's one API address; it must pass ApiAddress::problemWith().
    void setApiUrl(const QUrl &url) { m_url = url; }
    QUrl apiUrl() const { return m_url; }
    void setKey(const QString &key) { m_key = key; }
    void setLimits(const FetchLimits &limits) { m_fetch->setLimits(limits); }
    const FetchLimits &limits() const { return m_fetch->limits(); }

    // action=services; reported by servicesFinished() with PriceRequest::catalog() as request,
    // each service set to come from `origin`.
    void fetchServices(const V2Parser::Origin &origin = {});
    // action=balance; reported by balanceFinished().
    void fetchBalance();
    // Ends the call in flight, or the parsing of its answer; it is reported as cancelled.
    void cancel();
    bool isBusy() const { return m_fetch->isBusy() || m_parsing; }

Q_SIGNALS:
    // `total` is -1 while the size is unknown.
    void progressChanged(qint64 received, qint64 total);
    void servicesFinished(const FetchResult &result);
    // `balance` is set when `result` succeeded; `result.parsed` holds no services.
    void balanceFinished(const FetchResult &result, const V2Parser::Balance &balance);

private:
    enum class Action { Services, Balance };

    void start(Action action);
    void onFetched(const BoundedFetch::Reply &reply);
    void reportParsed(FetchResult result, const QByteArray &body, V2Parser::Balance balance = {});
    // `text` with every copy of the key, as typed and as sent, blotted out.
    QString withoutKey(QString text) const;
    void report(FetchResult result, const V2Parser::Balance &balance = {});

    BoundedFetch *m_fetch;
    QUrl m_url;
    QString m_key;
    V2Parser::Origin m_origin;
    Action m_action = Action::Services;
    int m_generation = 0; // a parse on the worker is reported only if no call came after it
    bool m_parsing = false;
};
