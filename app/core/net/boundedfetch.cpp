// SPDX-License-Identifier: MIT
#include "boundedfetch.h"

#include "apiaddress.h"
#include "responseparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace {

// QNetworkAccessManager's own buffer may not grow past this between two reads of ours.
constexpr qint64 ReadBufferBytes = 4 * 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

FetchResult::Failure failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return FetchResult::Failure::Unreachable;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return FetchResult::Failure::Permanent;
    default:
        return FetchResult::Failure::Transient;
    }
}

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'f',
                              QLocale::FloatingPointShortest);
}

} // namespace

void BoundedFetch::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxResponseBytes) {
        abortReply(AbortReason::TooLarge);
    } else if (length.isValid() && length.toLongLong() > 0 && m_body.isEmpty()) {
        // Grown once instead of by doubling, with the room the parser reads past the end.
        m_body.reserve(qsizetype(length.toLongLong()) + ResponseParser::ReadPastEnd);
    }
}

void BoundedFetch::onReadyRead()
{
    // Straight into the body: read(qint64) would allocate a buffer of the whole limit each time.
    const qsizetype size = m_body.size();
    const qint64 wanted =
        std::min(m_reply->bytesAvailable(), m_limits.maxResponseBytes + 1 - qint64(size));
    if (wanted <= 0)
        return;
    m_body.resize(size + qsizetype(wanted));
    const qint64 read = m_reply->read(m_body.data() + size, wanted);
    m_body.resize(size + qsizetype(std::max<qint64>(read, 0)));
    if (m_body.size() > m_limits.maxResponseBytes)
        abortReply(AbortReason::TooLarge);
}

bool BoundedFetch::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status >= 400 || target.isEmpty())
        return false;

    const QUrl from = m_reply->url();
    const QUrl to = from.resolved(target);
    if (!m_form.isEmpty()) {
        m_redirectError =
            tr("The panel redirected the request to %1 instead of answering. "
               "Requests that carry an API key are not redirected: check the "
               "panel's API address.")
                .arg(to.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toDisplayString());
        return false;
    }
    QString problem = ApiAddress::problemWith(to);
    if (problem.isEmpty() && from.scheme() == QLatin1String("https")
        && to.scheme() != QLatin1String("https"))
        problem = tr("it would leave the encrypted connection");
    if (!problem.isEmpty()) {
        m_redirectError = tr("The panel redirected to an address that is not allowed (%1): %2")
                              .arg(to.toDisplayString(), problem);
        return false;
    }
    if (++m_redirects > MaxRedirects) {
        m_redirectError = tr("The panel redirected too many times.");
        return false;
    }
    releaseReply();
    startRequest(to);
    return true;
}

void BoundedFetch::abortReply(AbortReason reason)
{
    m_abortReason = reason;
    m_reply->abort();
}

void BoundedFetch::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void BoundedFetch::onFinished()
{
    if (!m_reply)
        return;
    // A reply Qt ended itself (a transfer timeout, say) is closed; reading it would only warn.
    if (m_abortReason == AbortReason::None && m_reply->isReadable())
        onReadyRead();

    Reply result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QVariant contentLength = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const bool encoded = !m_reply->rawHeader("Content-Encoding").isEmpty()
                         && m_reply->rawHeader("Content-Encoding").toLower() != "identity";

    switch (m_abortReason) {
    case AbortReason::Cancelled:
        result.cancelled = true;
        break;
    case AbortReason::TooLarge:
        result.failure = FetchResult::Failure::TooLarge;
        result.error = tr("The response is larger than the limit of %1 MB and was stopped. "
                          "The limit can be raised in Settings.")
                           .arg(megabytes(m_limits.maxResponseBytes));
        break;
    case AbortReason::DeadlinePassed:
        // Nothing at all within the deadline is a panel that cannot be reached.
        result.failure =
            headerArrived() ? FetchResult::Failure::TooSlow : FetchResult::Failure::Unreachable;
        result.error = deadlineText();
        break;
    case AbortReason::None:
        if (followRedirect())
            return;
        if (!m_redirectError.isEmpty()) {
            result.failure = FetchResult::Failure::Permanent;
            result.error = m_redirectError;
        } else if (result.httpStatus >= 400) {
            // A client error is the same next time, unless it says to wait (408, 429).
            result.failure =
                result.httpStatus < 500 && result.httpStatus != 408 && result.httpStatus != 429
                    ? FetchResult::Failure::Permanent
                    : FetchResult::Failure::Transient;
            result.error = httpErrorText(result.httpStatus, reason, m_body);
        } else if (error != QNetworkReply::NoError) {
            result.failure = failureOf(error);
            // A transfer timeout before any header: nothing came back at all.
            if ((error == QNetworkReply::TimeoutError
                 || error == QNetworkReply::OperationCanceledError)
                && !headerArrived())
                result.failure = FetchResult::Failure::Unreachable;
            result.error = networkErrorText(error);
        } else if (result.httpStatus >= 300 || (result.httpStatus > 0 && result.httpStatus < 200)) {
            result.failure = FetchResult::Failure::Transient;
            result.error = tr("The panel answered HTTP %1 %2 instead of price data.")
                               .arg(result.httpStatus)
                               .arg(reason);
        } else if (!encoded && contentLength.isValid()
                   && m_body.size() < contentLength.toLongLong()) {
            result.failure = FetchResult::Failure::Transient;
            result.error = tr("The connection closed early: only %1 of %2 bytes arrived.")
                               .arg(m_body.size())
                               .arg(contentLength.toLongLong());
        } else {
            result.body = std::exchange(m_body, QByteArray());
        }
        break;
    }

    m_body = QByteArray();
    releaseReply();
    report(std::move(result));
}

QString BoundedFetch::networkErrorText(QNetworkReply::NetworkError error) const
{
    const QString host = currentHost();
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot find the panel's server “%1”. Check your internet connection and the "
                  "API address.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The panel's server “%1” refused the connection. It may be down; try again "
                  "later.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The connection closed before the whole response arrived.");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Not cancelled by us, so it was the transfer timeout. Qt 6.4 neither limits a header's
        // size nor counts its bytes as progress, so an endless header ends up here too.
        if (!headerArrived())
            return noHeaderText(m_limits.timeout);
        return tr("The panel stopped answering: nothing arrived for %1 seconds.")
            .arg(seconds(m_limits.timeout));
    case QNetworkReply::SslHandshakeFailedError:
        return m_tlsError.isEmpty()
                   ? tr("The secure connection to “%1” failed.").arg(host)
                   : tr("The secure connection to “%1” failed: %2").arg(host, m_tlsError);
    case QNetworkReply::TooManyRedirectsError:
        return tr("The panel redirected too many times.");
    case QNetworkReply::InsecureRedirectError:
        return tr("The panel redirected to an address that is not encrypted.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("No network connection. Check your internet connection and try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The network proxy could not be used.");
    case QNetworkReply::UnknownContentError: {
        // What Qt reports, with the reason "Decompression failed: ", for a damaged body.
        const QByteArray encoding =
            m_reply ? m_reply->rawHeader("Content-Encoding").trimmed() : QByteArray();
        if (!encoding.isEmpty())
            return tr("The panel's response could not be unpacked: it is marked as compressed "
                      "(%1) but is damaged.")
                .arg(QString::fromLatin1(encoding));
        break;
    }
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("The panel redirected to an address that is not allowed.");
    default:
        break;
    }
    // Qt's text may be empty or end in ": " with nothing after it.
    QString detail = m_reply ? m_reply->errorString().trimmed() : QString();
    while (detail.endsWith(u':'))
        detail = detail.chopped(1).trimmed();
    if (detail.isEmpty())
        return tr("The request failed (network error %1).").arg(int(error));
    return tr("The request failed: %1").arg(detail);
}

bool BoundedFetch::headerArrived() const
{
    return m_reply && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
}

QString BoundedFetch::currentHost() const
{
    // After a redirect the server that failed is the current hop's, not the configured one.
    return m_reply ? m_reply->url().host() : m_url.host();
}

QString BoundedFetch::noHeaderText(std::chrono::milliseconds waited) const
{
    return tr("No complete response header arrived from “%1” within %2 seconds: the panel sent "
              "nothing, or header lines that never ended.")
        .arg(currentHost(), seconds(waited));
}

QString BoundedFetch::deadlineText() const
{
    if (!headerArrived())
        return noHeaderText(m_limits.deadline);
    return tr("The panel was too slow: the whole response did not arrive within %1 seconds. "
              "The limit can be raised in Settings.")
        .arg(seconds(m_limits.deadline));
}

QString BoundedFetch::httpErrorText(int status, const QString &reason, const QByteArray &body) const
{
    const QString statusText =
        reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    // The built-in panel says why in `message`, standard-API panels in `error`.
    QString message = json.value(QLatin1String("message")).toString().trimmed();
    if (message.isEmpty())
        message = json.value(QLatin1String("error")).toString().trimmed();
    if (!message.isEmpty())
        return tr("The panel reported an error: %1 (HTTP %2)").arg(message, statusText);
    if (body.left(512).trimmed().startsWith('<'))
        return tr("The panel answered with an error page instead of price data (HTTP %1).")
            .arg(statusText);
    return tr("The panel answered with an error (HTTP %1).").arg(statusText);
}

BoundedFetch::BoundedFetch(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_deadlineTimer->setSingleShot(true);
    // A coarse timer may fire 5 % early: a deadline in the settings is not ended before it.
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        if (m_reply)
            abortReply(AbortReason::DeadlinePassed);
    });
    // Redirects are followed here, checked hop by hop (Qt 6.4's user-verified policy
    // mishandles some of them).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

BoundedFetch::~BoundedFetch()
{
    releaseReply();
}

void BoundedFetch::setLimits(const FetchLimits &limits)
{
    m_limits = limits;
    m_limits.timeout = std::max(limits.timeout, std::chrono::milliseconds(1));
    m_limits.deadline = std::max(limits.deadline, std::chrono::milliseconds(1));
    m_limits.maxResponseBytes = std::max<qint64>(limits.maxResponseBytes, 1);
    m_limits.parse.maxRows = std::max<qsizetype>(limits.parse.maxRows, 1);
}

void BoundedFetch::start(const QUrl &url, const QByteArray &form)
{
    abandon();
    m_url = url;
    m_form = form;
    m_abortReason = AbortReason::None;
    m_redirectError.clear();
    m_tlsError.clear();
    m_redirects = 0;
    m_deadlineTimer->start(m_limits.deadline);
    startRequest(url);
}

void BoundedFetch::startRequest(const QUrl &url)
{
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QStringLiteral("smm-price-browser/" SMM_VERSION));
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setTransferTimeout(int(m_limits.timeout.count()));
    // Qt's own check refuses a large body that inflates at a high ratio, with an empty reason, and
    // a catalog of near-identical services can inflate 90:1. The size cap on the inflated bytes
    // is the only rule.
    networkRequest.setDecompressedSafetyCheckThreshold(-1);

    m_body.clear();
    if (m_form.isEmpty()) {
        m_reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QStringLiteral("application/x-www-form-urlencoded"));
        m_reply = m_network->post(networkRequest, m_form);
    }
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BoundedFetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &BoundedFetch::progressChanged);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsError = errors.first().errorString();
    });
    connect(m_reply, &QNetworkReply::finished, this, &BoundedFetch::onFinished);
}

void BoundedFetch::abandon()
{
    m_deadlineTimer->stop();
    releaseReply();
}

void BoundedFetch::cancel()
{
    if (m_reply)
        abortReply(AbortReason::Cancelled);
}

void BoundedFetch::report(Reply reply)
{
    m_deadlineTimer->stop();
    Q_EMIT finished(reply);
}
