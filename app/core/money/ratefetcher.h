// SPDX-License-Identifier: MIT
#pragma once

#include "exchangerates.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkReply;

// Fetches rupiah per one unit of currencies from a Frankfurter service (the European Central
// Bank's reference rates, no key): GET <base>latest?base=USD&symbols=IDR, one request per currency,
// all at once. The base address follows ApiAddress's rules, redirects included; each answer is
// bounded in size and time. Each rate keeps the date the service gives it.
class RateFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds DefaultDeadline{20000};
    static QUrl defaultBase();

    explicit RateFetcher(QObject *parent = nullptr);

    // Refused (false, `error` set) when ApiAddress::problemWith() refuses it.
    bool setBaseUrl(const QUrl &base, QString *error = nullptr);
    QUrl baseUrl() const { return m_base; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    // Starts fetching `currencies` (IDR and codes that are not three letters are skipped);
    // finished() follows once every request has ended, even with nothing to fetch.
    void fetch(const QStringList &currencies);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // The rates that arrived (source Fetched), and one line per currency that failed.
    void finished(const QMap<QString, ExchangeRates::Rate> &rates, const QStringList &problems);

private:
    void start(const QString &currency);
    void settle(QNetworkReply *reply, const QString &currency);
    void fail(const QString &problem);
    void done();

    QNetworkAccessManager m_network;
    QUrl m_base = defaultBase();
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    int m_pending = 0;
    QMap<QString, ExchangeRates::Rate> m_rates;
    QStringList m_problems;
};
