// SPDX-License-Identifier: MIT
#include "pricerecorder.h"

#include "alertlog.h"
#include "pricehistory.h"

#include <QHash>
#include <QThread>

#include <atomic>

PriceRecorder::PriceRecorder(const QString &historyPath, Threading threading, QObject *parent)
    : QObject(parent)
    , m_historyPath(historyPath)
{
    if (threading == Threading::Caller)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("price history"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
}

PriceRecorder::~PriceRecorder()
{
    if (!m_thread)
        return;
    // After the work queued before it; the connection is closed on the thread that used it.
    QMetaObject::invokeMethod(m_context, [this] {
        m_history.reset();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_context;
}

void PriceRecorder::run(std::function<void(PriceHistory &)> work)
{
    if (!m_thread) {
        work(history());
        return;
    }
    QMetaObject::invokeMethod(m_context, [this, work = std::move(work)] { work(history()); });
}

quint64 PriceRecorder::newTicket()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

PriceHistory &PriceRecorder::history()
{
    if (!m_history) {
        m_history = std::make_unique<PriceHistory>(m_historyPath);
        Q_EMIT historyOpened(m_history->isAvailable(), m_history->message());
    }
    return *m_history;
}

void PriceRecorder::settle(quint64 ticket, const QString &panel, const QString &key,
                           const FetchResult &result)
{
    run([this, ticket, panel, key, result](PriceHistory &history) {
        Q_EMIT settled(ticket,
                       settleIn(history, panel, key, result, history.lastFetch(panel, key)));
    });
}

void PriceRecorder::settleCategories(const QString &panel, const QStringList &categories,
                                     const FetchResult &wholeList)
{
    run([this, panel, categories, wholeList](PriceHistory &history) {
        QHash<QString, ServiceList> servicesOf;
        for (const QString &category : categories)
            servicesOf.insert(category, {});
        for (const Service &service : wholeList.parsed.services) {
            if (const auto found = servicesOf.find(service.category); found != servicesOf.end())
                found->append(service);
        }
        FetchResult slice = wholeList;
        slice.body.clear();
        for (const QString &category : categories) {
            slice.parsed.services = servicesOf.value(category);
            const StoredFetch previous = history.lastFetch(panel, category);
            if (slice.parsed.services.isEmpty() && !previous.isValid())
                continue;
            Q_EMIT settled(newTicket(), settleIn(history, panel, category, slice, previous));
        }
    });
}

FetchSettlement PriceRecorder::settleIn(PriceHistory &history, const QString &panel,
                                        const QString &key, const FetchResult &result,
                                        const StoredFetch &previous) const
{
    FetchSettlement settlement;
    settlement.fetch = result;
    settlement.panel = panel;
    settlement.key = key;
    settlement.historyAvailable = history.isAvailable();
    if (result.succeeded()) {
        settlement.services = result.parsed.services;
        settlement.fetchedAt =
            (result.finishedAt.isValid() ? result.finishedAt : QDateTime::currentDateTimeUtc())
                .toUTC();
        const qint64 fetchId =
            history.record(panel, key, settlement.fetchedAt, settlement.services);
        if (fetchId == 0)
            settlement.notStored = history.lastError();
        else
            settlement.alerts = AlertLog(history).recordFor(
                StoredFetch{fetchId, panel, key, settlement.fetchedAt, settlement.services},
                m_alertRules);
        settlement.changes = PriceComparison::compare(previous, settlement.services);
        settlement.previousAt = previous.fetchedAt;
    } else if (previous.isValid()) {
        settlement.offline = true;
        settlement.services = previous.services;
        settlement.fetchedAt = previous.fetchedAt;
        settlement.changes = history.changesOf(previous);
    }
    return settlement;
}

void PriceRecorder::setAlertRules(const AlertRules &rules)
{
    // Without opening the history: that waits for the first fetch or load.
    if (!m_thread) {
        m_alertRules = rules;
        return;
    }
    QMetaObject::invokeMethod(m_context, [this, rules] { m_alertRules = rules; });
}

void PriceRecorder::recordBalance(const QString &panel, const QString &amount,
                                  const QString &currency)
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    run([this, panel, amount, currency, time](PriceHistory &history) {
        bool ok = false;
        const double balance = amount.toDouble(&ok);
        const AlertList alerts =
            ok ? AlertLog(history).recordBalance(panel, time, balance, currency, m_alertRules)
               : AlertList();
        Q_EMIT balanceRecorded(panel, alerts);
    });
}

void PriceRecorder::load(quint64 ticket, const QString &panel, const QStringList &keys)
{
    run([this, ticket, panel, keys](PriceHistory &history) {
        StoredSelection stored;
        stored.historyAvailable = history.isAvailable();
        if (!stored.historyAvailable)
            stored.historyMessage = history.message();
        for (const QString &key : keys) {
            const StoredFetch fetch = history.lastFetch(panel, key);
            if (!fetch.isValid()) {
                stored.missing.append(key);
                continue;
            }
            stored.changes.merge(history.changesOf(fetch));
            stored.fetches.append(fetch);
        }
        Q_EMIT loaded(ticket, stored);
    });
}

void PriceRecorder::renamePanel(const QString &from, const QString &to)
{
    run([from, to](PriceHistory &history) {
        if (!history.renamePanel(from, to))
            qWarning("The history of panel “%s” stays under that name: %s", qPrintable(from),
                     qPrintable(history.lastError()));
    });
}
