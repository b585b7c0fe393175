// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "fetchresult.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// Fetches price lists from the panel, one request at a time: a new request supersedes the one in
// flight, whose result is then never reported. Every response is bounded in size and time.
class PriceClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;

    explicit PriceClient(QObject *parent = nullptr);
    ~PriceClient() override;

    // The base must pass ApiAddress::problemWith(); an unusable one makes every fetch fail.
    void setApiBase(const QUrl &base);
    QUrl apiBase() const { return m_apiBase; }
    // Each limit is raised to at least 1.
    void setLimits(const FetchLimits &limits);
    const FetchLimits &limits() const { return m_limits; }

    QUrl urlFor(const PriceRequest &request) const;

    void fetch(const PriceRequest &request);
    // Ends the request in flight; it is reported as cancelled, not as an error.
    void cancel();
    bool isBusy() const { return m_reply != nullptr || m_parsing; }
    PriceRequest currentRequest() const { return m_request; }

Q_SIGNALS:
    void started(const PriceRequest &request);
    // `total` is -1 while the size is unknown.
    void progressChanged(qint64 received, qint64 total);
    void finished(const FetchResult &result);

private:
    enum class AbortReason { None, Cancelled, TooLarge, DeadlinePassed };

    void onMetaDataChanged();
    void onReadyRead();
    void startRequest(const QUrl &url);
    bool followRedirect();
    void onFinished();
    void abortReply(AbortReason reason);
    void releaseReply();
    QString networkErrorText(QNetworkReply::NetworkError error) const;
    QString currentHost() const;
    bool headerArrived() const;
    QString noHeaderText(std::chrono::milliseconds waited) const;
    QString deadlineText() const;
    QString httpErrorText(int status, const QString &reason, const QByteArray &body) const;
    void parseAndReport(FetchResult result, QByteArray body);
    void report(FetchResult result);

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    FetchLimits m_limits;
    QTimer *m_deadlineTimer;

    QPointer<QNetworkReply> m_reply;
    PriceRequest m_request;
    QByteArray m_body;
    AbortReason m_abortReason = AbortReason::None;
    QString m_redirectError;
    QString m_tlsError;
    int m_redirects = 0;
    int m_generation = 0;
    bool m_parsing = false;
};
