// SPDX-License-Identifier: MIT
#pragma once

#include "alertrules.h"
#include "fetchsettlement.h"
#include "storedfetch.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class PriceHistory;
class QThread;

// The one flow from a fetch to what is shown: look up the last stored fetch of its panel's key,
// store the new one, compare the two, and when the fetch failed fall back to what was stored. The
// price history is opened at first use, on the recorder's thread: a worker of its own (the
// window, which must not wait while another process holds the file) or the caller's (the
// headless export, which then gets each answer before the call returns). Answers carry the
// caller's ticket, so a caller can tell a superseded one.
class PriceRecorder final : public QObject
{
    Q_OBJECT

public:
    enum class Threading { Worker, Caller };

    explicit PriceRecorder(const QString &historyPath, Threading threading = Threading::Worker,
                           QObject *parent = nullptr);
    // Finishes the work queued (a write may wait for another process) before returning.
    ~PriceRecorder() override;

    // A ticket no other request of this process has, for settle() and load().
    static quint64 newTicket();

    // Settles `result`, a fetch of the history key `key` of `panel` (empty for the built-in
    // panel); answered by settled(). A cancelled fetch is settled like a failed one.
    void settle(quint64 ticket, const QString &panel, const QString &key,
                const FetchResult &result);
    // Settles each of `categories` (exact names) as a fetch of its services in `wholeList`, a
    // standard-API panel's whole list: those the list has, and those stored for `panel` before
    // (now gone from it). Answered by one settled() per category, each under a ticket of its own.
    void settleCategories(const QString &panel, const QStringList &categories,
                          const FetchResult &wholeList);
    // The rules each fetch stored from now on is checked against; its alerts are stored in the
    // alert log and come with its settlement. AlertRules' defaults unless set.
    void setAlertRules(const AlertRules &rules);
    // Stores the balance a standard-API panel reported (`amount` as it wrote it); the
    // LowBalance alert it raises, if any, is answered by balanceRecorded().
    void recordBalance(const QString &panel, const QString &amount, const QString &currency);
    // The newest stored fetch of each of the panel's keys; answered by loaded().
    void load(quint64 ticket, const QString &panel, const QStringList &keys);
    // Gives the stored fetches of panel `from` to `to`, a new name for the same panel.
    void renamePanel(const QString &from, const QString &to);

Q_SIGNALS:
    // Once, when the history is first opened: why it is unavailable, or what opening repaired.
    void historyOpened(bool available, const QString &message);
    void settled(quint64 ticket, const FetchSettlement &settlement);
    void loaded(quint64 ticket, const StoredSelection &stored);
    // Empty when the balance raised nothing.
    void balanceRecorded(const QString &panel, const AlertList &alerts);

private:
    void run(std::function<void(PriceHistory &)> work);
    // On the recorder's thread; `previous` is the newest fetch stored under the panel's key.
    FetchSettlement settleIn(PriceHistory &history, const QString &panel, const QString &key,
                             const FetchResult &result, const StoredFetch &previous) const;
    PriceHistory &history();

    QString m_historyPath;
    std::unique_ptr<PriceHistory> m_history; // touched on the recorder's thread only
    AlertRules m_alertRules;                 // likewise
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; work is queued to it
};
