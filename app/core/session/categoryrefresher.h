// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "fetchresult.h"
#include "pricecomparison.h"
#include "service.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class PriceClient;
class PriceRecorder;
struct FetchSettlement;

// "Refresh all": fetches many categories at once, at most maxConcurrent at a time, and settles
// each through the price recorder: a success is stored and compared with the previous fetch, a
// category that fails keeps its error and shows its stored prices when the history has some.
class CategoryRefresher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxConcurrent = 4;

    struct Outcome {
        QString category;
        bool finished = false;
        QString error; // empty when the fetch succeeded
        FetchResult::Failure failure = FetchResult::Failure::None;
        ServiceList services;
        PriceComparison changes;
        QDateTime fetchedAt;      // UTC; of the stored prices when the fetch failed
        bool fromHistory = false; // the fetch failed and these are the stored prices

        bool succeeded() const { return finished && error.isEmpty(); }
    };

    explicit CategoryRefresher(QObject *parent = nullptr);
    ~CategoryRefresher() override;

    void setApiBase(const QUrl &base);
    void setLimits(const FetchLimits &limits);
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }
    // Where fetches are recorded and compared; may be null (nothing is remembered).
    void setRecorder(PriceRecorder *recorder);

    // Starts fetching `categories` (exact names), ending a refresh still running.
    void refresh(const QStringList &categories);
    void cancel();
    bool isRunning() const
    {
        return !m_active.isEmpty() || !m_settling.isEmpty() || m_next < m_categories.size();
    }
    int activeCount() const { return int(m_active.size()); }

    // One per category, in the order given to refresh().
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    // Every service shown by the outcomes, category by category, and their changes.
    ServiceList services() const;
    PriceComparison changes() const;
    QStringList failedCategories() const;

Q_SIGNALS:
    void categoryStarted(const QString &category);
    void categoryFinished(int index);
    void finished();

private:
    PriceClient *idleClient();
    void startMore();
    void continueRefresh();
    void onClientFinished(PriceClient *client, const FetchResult &result);
    void onSettled(quint64 ticket, const FetchSettlement &settlement);
    void finishCategory(int index, const FetchSettlement &settlement);

    QList<PriceClient *> m_clients;
    QHash<PriceClient *, int> m_active; // client -> index of its category
    QUrl m_apiBase;
    FetchLimits m_limits;
    int m_maxConcurrent = DefaultMaxConcurrent;
    PriceRecorder *m_recorder = nullptr;
    QHash<quint64, int> m_settling; // recorder ticket -> index of its category
    QStringList m_categories;
    qsizetype m_next = 0;
    QList<Outcome> m_outcomes;
    bool m_finishReported = true;
};
