// SPDX-License-Identifier: MIT
#pragma once

#include "fetchresult.h"
#include "responseparser.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QTimer;

// Fetches price lists from the panel, one request at a time: a new request supersedes the one in
// flight, whose result is then never reported. Every response is bounded in size and time.
class PriceClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxResponseBytes = 32 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};
    static constexpr std::chrono::milliseconds DefaultDeadline{120000};
    static constexpr int MaxRedirects = 5;

    explicit PriceClient(QObject *parent = nullptr);
    ~PriceClient() override;

    // The base must pass ApiAddress::problemWith(); an unusable one makes every fetch fail.
    void setApiBase(const QUrl &base);
    QUrl apiBase() const { return m_apiBase; }
    // No byte arriving for this long ends the request as timed out.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // A whole request, redirects included, taking longer than this ends as too slow, even while
    // bytes keep arriving.
    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    // Rows past this many are dropped and reported by the parser.
    void setMaxRows(qsizetype rows);
    const ResponseParser::Limits &parseLimits() const { return m_parseLimits; }

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
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    QTimer *m_deadlineTimer;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    ResponseParser::Limits m_parseLimits;

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
