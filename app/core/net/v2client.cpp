// SPDX-License-Identifier: MIT
#include "v2client.h"

#include "apiaddress.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

V2Client::V2Client(QObject *parent)
    : QObject(parent)
    , m_fetch(new BoundedFetch(this))
{
    connect(m_fetch, &BoundedFetch::progressChanged, this, &V2Client::progressChanged);
    connect(m_fetch, &BoundedFetch::finished, this, &V2Client::onFetched);
}

void V2Client::fetchServices(const V2Parser::Origin &origin)
{
    m_origin = origin;
    start(Action::Services);
}

void V2Client::fetchBalance()
{
    start(Action::Balance);
}

void V2Client::cancel()
{
    if (m_fetch->isBusy()) {
        m_fetch->cancel();
    } else if (m_parsing) {
        ++m_generation; // the parse still running is never reported
        m_parsing = false;
        FetchResult cancelled;
        cancelled.request = PriceRequest::catalog();
        cancelled.outcome = FetchResult::Outcome::Cancelled;
        cancelled.finishedAt = QDateTime::currentDateTimeUtc();
        report(std::move(cancelled));
    }
}

void V2Client::start(Action action)
{
    m_fetch->abandon();
    ++m_generation;
    m_parsing = false;
    m_action = action;

    FetchResult refused;
    refused.request = PriceRequest::catalog();
    refused.finishedAt = QDateTime::currentDateTimeUtc();
    refused.failure = FetchResult::Failure::Permanent;
    if (const QString problem = ApiAddress::problemWith(m_url); !problem.isEmpty()) {
        refused.error = tr("The API address cannot be used: %1").arg(problem);
        report(std::move(refused));
        return;
    }
    if (m_key.isEmpty()) {
        refused.error = tr("No API key is set for this panel.");
        report(std::move(refused));
        return;
    }
    const QByteArray form = "key=" + QUrl::toPercentEncoding(m_key)
                            + "&action=" + (action == Action::Services ? "services" : "balance");
    m_fetch->start(m_url, form);
}

void V2Client::onFetched(const BoundedFetch::Reply &reply)
{
    FetchResult result;
    result.request = PriceRequest::catalog();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    result.httpStatus = reply.httpStatus;
    if (reply.cancelled) {
        result.outcome = FetchResult::Outcome::Cancelled;
        report(std::move(result));
        return;
    }
    if (reply.failure != FetchResult::Failure::None) {
        result.failure = reply.failure;
        result.error = reply.error;
        report(std::move(result));
        return;
    }

    if (m_action == Action::Balance) {
        const V2Parser::Balance balance = V2Parser::parseBalance(reply.body);
        result.parsed.error = balance.error;
        result.parsed.panelMessage = balance.panelMessage;
        reportParsed(std::move(result), reply.body, balance);
        return;
    }
    // A short list is parsed at once; a long one would freeze the window (ten panels of 50,000
    // services took most of a second), so it is parsed on a worker thread.
    constexpr qsizetype ThreadFromBytes = 512 * 1024;
    if (reply.body.size() < ThreadFromBytes) {
        result.parsed = V2Parser::parseServices(reply.body, m_fetch->limits().parse, m_origin);
        reportParsed(std::move(result), reply.body);
        return;
    }
    m_parsing = true;
    auto *watcher = new QFutureWatcher<ParseResult>(this);
    connect(watcher, &QFutureWatcher<ParseResult>::finished, this,
            [this, watcher, generation = m_generation, result, body = reply.body]() mutable {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_parsing = false;
                result.parsed = watcher->result();
                reportParsed(std::move(result), body);
            });
    watcher->setFuture(
        QtConcurrent::run([body = reply.body, limits = m_fetch->limits().parse, origin = m_origin] {
            return V2Parser::parseServices(body, limits, origin);
        }));
}

void V2Client::reportParsed(FetchResult result, const QByteArray &body, V2Parser::Balance balance)
{
    if (result.parsed.isError()) {
        result.error = result.parsed.error;
        // A panel that says why ("Incorrect API key") answers the same again.
        result.failure = result.parsed.panelMessage.isEmpty() ? FetchResult::Failure::Transient
                                                              : FetchResult::Failure::Permanent;
        balance = {};
    } else {
        result.outcome = FetchResult::Outcome::Succeeded;
        result.body = body;
    }
    report(std::move(result), balance);
}

QString V2Client::withoutKey(QString text) const
{
    if (m_key.isEmpty())
        return text;
    static const QString hidden = QStringLiteral("•••");
    text.replace(m_key, hidden);
    return text.replace(QString::fromLatin1(QUrl::toPercentEncoding(m_key)), hidden);
}

void V2Client::report(FetchResult result, const V2Parser::Balance &balance)
{
    result.error = withoutKey(result.error);
    result.parsed.error = withoutKey(result.parsed.error);
    result.parsed.panelMessage = withoutKey(result.parsed.panelMessage);
    for (SkippedRow &row : result.parsed.skippedRows)
        row.reason = withoutKey(row.reason);
    if (m_action == Action::Services)
        Q_EMIT servicesFinished(result);
    else
        Q_EMIT balanceFinished(result, balance);
}
