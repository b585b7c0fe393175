// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "fetchresult.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

// One HTTP request at a time with every bound of FetchLimits on it (size, deadline, the wait for
// bytes), and the failure a person can act on when it goes wrong. The clients of each API style
// build their requests and read the bodies; this part is the same for all of them.
class BoundedFetch final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;

    // How a request ended: cancelled, failed with a reason, or with a body to read.
    struct Reply {
        bool cancelled = false;
        FetchResult::Failure failure = FetchResult::Failure::None;
        QString error; // set with `failure`
        int httpStatus = 0;
        QByteArray body; // set when neither cancelled nor failed
    };

    explicit BoundedFetch(QObject *parent = nullptr);
    ~BoundedFetch() override;

    // Each limit is raised to at least 1.
    void setLimits(const FetchLimits &limits);
    const FetchLimits &limits() const { return m_limits; }

    // Without `form`, GETs `url` and follows redirects that ApiAddress allows. With it, POSTs the
    // form-encoded `form` and refuses redirects: the form may hold a secret that must not be sent
    // to another address. A request still in flight is dropped unreported.
    void start(const QUrl &url, const QByteArray &form = {});
    // Drops the request in flight; it is never reported.
    void abandon();
    // Ends the request in flight; it is reported as cancelled.
    void cancel();
    bool isBusy() const { return m_reply != nullptr; }

Q_SIGNALS:
    // `total` is -1 while the size is unknown.
    void progressChanged(qint64 received, qint64 total);
    void finished(const BoundedFetch::Reply &reply);

private:
    enum class AbortReason { None, Cancelled, TooLarge, DeadlinePassed };

    void startRequest(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
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
    void report(Reply reply);

    QNetworkAccessManager *m_network;
    FetchLimits m_limits;
    QTimer *m_deadlineTimer;

    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QByteArray m_form;
    QByteArray m_body;
    AbortReason m_abortReason = AbortReason::None;
    QString m_redirectError;
    QString m_tlsError;
    int m_redirects = 0;
};
