// SPDX-License-Identifier: MIT
#include "ratefetcher.h"

#include "apiaddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

QUrl RateFetcher::defaultBase()
{
    return QUrl(QStringLiteral("https://api.frankfurter.dev/v1/"));
}

RateFetcher::RateFetcher(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

bool RateFetcher::setBaseUrl(const QUrl &base, QString *error)
{
    const QString problem = ApiAddress::problemWith(base);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_base = base;
    if (!m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
    return true;
}

void RateFetcher::fetch(const QStringList &currencies)
{
    if (isBusy())
        return;
    m_rates.clear();
    m_problems.clear();
    QStringList codes;
    for (const QString &currency : currencies) {
        const QString code = ExchangeRates::normalizedCode(currency);
        if (!code.isEmpty() && code != Service::Rupiah && !codes.contains(code))
            codes.append(code);
    }
    m_pending = int(codes.size());
    if (codes.isEmpty()) {
        QMetaObject::invokeMethod(this, &RateFetcher::done, Qt::QueuedConnection);
        return;
    }
    for (const QString &code : codes)
        start(code);
}

void RateFetcher::start(const QString &currency)
{
    QUrl url = m_base.resolved(QUrl(QStringLiteral("latest")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("base"), currency);
    query.addQueryItem(QStringLiteral("symbols"), Service::Rupiah);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_deadline.count()));
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        const QString problem = ApiAddress::problemWith(target);
        if (problem.isEmpty()) {
            Q_EMIT reply->redirectAllowed();
        } else {
            reply->setProperty("refusedRedirect", problem);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    QTimer::singleShot(m_deadline, reply, [reply] {
        reply->setProperty("tooSlow", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, currency] { settle(reply, currency); });
}

void RateFetcher::settle(QNetworkReply *reply, const QString &currency)
{
    reply->deleteLater();
    const QString service = m_base.host();
    if (reply->property("tooLarge").toBool()) {
        fail(tr("The rate of %1 from %2 was not read: the answer is larger than %3 KiB.")
                 .arg(currency, service)
                 .arg(MaxAnswerBytes / 1024));
        return;
    }
    if (const QString refused = reply->property("refusedRedirect").toString(); !refused.isEmpty()) {
        fail(tr("The rate of %1 from %2 was not read: it sent elsewhere. %3")
                 .arg(currency, service, refused));
        return;
    }
    if (reply->property("tooSlow").toBool()
        || reply->error() == QNetworkReply::OperationCanceledError) {
        fail(tr("The rate of %1 from %2 was not read: no answer in %n second(s).", nullptr,
                int(m_deadline.count() / 1000))
                 .arg(currency, service));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The rate of %1 from %2 was not read: %3")
                 .arg(currency, service, reply->errorString()));
        return;
    }
    const QByteArray body = reply->read(MaxAnswerBytes + 1);
    if (body.size() > MaxAnswerBytes) {
        fail(tr("The rate of %1 from %2 was not read: the answer is larger than %3 KiB.")
                 .arg(currency, service)
                 .arg(MaxAnswerBytes / 1024));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonValue rupiah =
        answer.value(QLatin1String("rates")).toObject().value(Service::Rupiah);
    const QDate date =
        QDate::fromString(answer.value(QLatin1String("date")).toString(), Qt::ISODate);
    const auto value = rupiah.isDouble() ? Decimal::fromDouble(rupiah.toDouble()) : std::nullopt;
    const QString base = answer.value(QLatin1String("base")).toString();
    if (!value || value->isNegative() || value->isZero() || !date.isValid()
        || (!base.isEmpty() && base.compare(currency, Qt::CaseInsensitive) != 0)) {
        fail(tr("The rate of %1 from %2 was not read: the answer is not a rate with its date.")
                 .arg(currency, service));
        return;
    }
    m_rates.insert(currency, ExchangeRates::Rate{*value, date, ExchangeRates::Source::Fetched});
    done();
}

void RateFetcher::fail(const QString &problem)
{
    m_problems.append(problem);
    done();
}

void RateFetcher::done()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0)
        Q_EMIT finished(m_rates, m_problems);
}
