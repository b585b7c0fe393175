// SPDX-License-Identifier: MIT
#include "priceclient.h"

#include "apiaddress.h"
#include "responseparser.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace {

QByteArray percentEncoded(const QString &text)
{
    // Everything outside the unreserved set is encoded, `+` included: QUrlQuery would leave it,
    // and a form-decoding server would read it as a space.
    return QUrl::toPercentEncoding(text);
}

} // namespace

PriceClient::PriceClient(QObject *parent)
    : QObject(parent)
    , m_fetch(new BoundedFetch(this))
    , m_apiBase(ApiAddress::defaultBase())
{
    connect(m_fetch, &BoundedFetch::progressChanged, this, &PriceClient::progressChanged);
    connect(m_fetch, &BoundedFetch::finished, this, &PriceClient::onFetched);
}

void PriceClient::setApiBase(const QUrl &base)
{
    m_apiBase = base.adjusted(QUrl::StripTrailingSlash);
}

void PriceClient::setLimits(const FetchLimits &limits)
{
    m_fetch->setLimits(limits);
}

QUrl PriceClient::urlFor(const PriceRequest &request) const
{
    QByteArray target = m_apiBase.toEncoded();
    switch (request.kind) {
    case PriceRequest::Kind::Category:
        target += "/category?name=" + percentEncoded(request.name);
        break;
    case PriceRequest::Kind::Catalog:
        target += "/getallprice";
        break;
    case PriceRequest::Kind::Platform:
        target += "/type?name=" + percentEncoded(request.name);
        break;
    }
    return QUrl::fromEncoded(target, QUrl::StrictMode);
}

void PriceClient::fetch(const PriceRequest &request)
{
    m_fetch->abandon();
    ++m_generation;
    m_parsing = false;
    m_request = request;
    Q_EMIT started(request);

    FetchResult refused;
    refused.request = request;
    refused.finishedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = ApiAddress::problemWith(m_apiBase); !problem.isEmpty()) {
        refused.failure = FetchResult::Failure::Permanent;
        refused.error = tr("The API address cannot be used: %1").arg(problem);
        report(std::move(refused));
        return;
    }
    if (request.kind != PriceRequest::Kind::Catalog && request.name.isEmpty()) {
        refused.failure = FetchResult::Failure::Permanent;
        refused.error = request.kind == PriceRequest::Kind::Category
                            ? tr("Type a category name first.")
                            : tr("Type a platform name first.");
        report(std::move(refused));
        return;
    }

    m_fetch->start(urlFor(request));
}

void PriceClient::cancel()
{
    if (m_fetch->isBusy()) {
        m_fetch->cancel();
    } else if (m_parsing) {
        ++m_generation; // the parse still running is never reported
        m_parsing = false;
        FetchResult cancelled;
        cancelled.request = m_request;
        cancelled.outcome = FetchResult::Outcome::Cancelled;
        cancelled.finishedAt = QDateTime::currentDateTimeUtc();
        report(std::move(cancelled));
    }
}

void PriceClient::parseAndReport(FetchResult result, QByteArray body)
{
    const auto finish = [this](FetchResult result, QByteArray body, ParseResult parsed) {
        result.parsed = std::move(parsed);
        if (result.parsed.isError()) {
            result.error = result.parsed.error;
            // A panel that says why ("Kategori tidak ditemukan") answers the same again.
            result.failure = result.parsed.panelMessage.isEmpty() ? FetchResult::Failure::Transient
                                                                  : FetchResult::Failure::Permanent;
        } else {
            result.outcome = FetchResult::Outcome::Succeeded;
            result.body = std::move(body);
        }
        report(std::move(result));
    };
    // Small answers are parsed at once; a large catalog would freeze the window for a moment,
    // so it is parsed on a worker thread and reported only if nothing superseded it meanwhile.
    constexpr qsizetype ThreadFromBytes = 512 * 1024;
    if (body.size() < ThreadFromBytes) {
        ParseResult parsed = ResponseParser::parse(body, m_fetch->limits().parse);
        finish(std::move(result), std::move(body), std::move(parsed));
        return;
    }
    m_parsing = true;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<ParseResult>(this);
    connect(watcher, &QFutureWatcher<ParseResult>::finished, this,
            [this, watcher, generation, finish, result, body]() mutable {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_parsing = false;
                finish(std::move(result), std::move(body), watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        [body, limits = m_fetch->limits().parse] { return ResponseParser::parse(body, limits); }));
}

void PriceClient::onFetched(const BoundedFetch::Reply &reply)
{
    FetchResult result;
    result.request = m_request;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.httpStatus = reply.httpStatus;
    if (reply.cancelled) {
        result.outcome = FetchResult::Outcome::Cancelled;
    } else if (reply.failure != FetchResult::Failure::None) {
        result.failure = reply.failure;
        result.error = reply.error;
    } else {
        parseAndReport(std::move(result), reply.body);
        return;
    }
    report(std::move(result));
}

void PriceClient::report(FetchResult result)
{
    Q_EMIT finished(result);
}
