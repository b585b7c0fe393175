// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertrules.h"
#include "fetchlimits.h"
#include "fetchsettlement.h"
#include "keystore.h"
#include "panelconfig.h"
#include "sessionproblem.h"
#include "sessionview.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <optional>

class CategoryRefresher;
class PanelFetch;
struct PanelMerge;
class PriceClient;
class PriceRecorder;

// What one price table shows and how it gets there: a category fetched, stored and compared
// with its previous fetch (or its stored prices when the panel cannot be reached), every
// service, the saved categories refreshed together or read from the history, or a saved
// response. The price history is read and written on a thread of its own. A newer request
// supersedes the one in flight, whose result is never shown. Never calls into a widget: it
// reports a new view with viewChanged() and what to tell about it with problem().
class PriceSession final : public QObject
{
    Q_OBJECT

public:
    explicit PriceSession(QObject *parent = nullptr);
    ~PriceSession() override;

    void setApiBase(const QUrl &base);
    QUrl apiBase() const;
    void setLimits(const FetchLimits &limits);
    // Fetches are stored in and compared with the history at `path` from now on; until this is
    // called nothing is remembered.
    void setHistoryPath(const QString &path);
    // The rules every fetch stored from now on is checked against; AlertRules' defaults unless
    // set.
    void setAlertRules(const AlertRules &rules);
    // The user's saved categories (exact names). Each that a standard-API panel's whole list
    // fetched from now on holds, or held when stored before, is stored and checked for alerts as
    // a fetch of that category of the panel would be; not from a list cut at the row limit.
    // None unless set.
    void setSavedCategories(const QStringList &categories) { m_savedCategories = categories; }
    // Where each standard-API panel's last service list is kept; empty means the user's cache
    // folder.
    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }

    const SessionView &view() const { return m_view; }
    // What failed last and what Retry asks for again (of the same panels, when fetchPanels() failed
    // for every panel); unset once something else is shown.
    const std::optional<PriceRequest> &failedRequest() const { return m_failedRequest; }

    // A category (exact name) or the catalog.
    void fetch(const PriceRequest &request);
    // Fetches several panels at once (or one other than the built-in one) and shows them in one
    // view: with a category, each panel's services of it, stored and compared per panel, or the
    // stored prices of a panel that cannot be reached; without, every service of each panel, or
    // the list a standard-API panel sent last when it cannot be reached (in the cache folder). Keys
    // are read at run time; a panel that fails (its key included) is reported by name while the
    // others are shown.
    void fetchPanels(const QList<PanelConfig> &panels, const QString &category = {});
    // A panel was renamed (or edited): its stored prices, the list it sent last and the user's
    // regrouping of its services (GroupOverrides::defaultFileName()) go with it.
    void renamePanel(const PanelConfig &before, const PanelConfig &after);
    // How long fetchPanels() waits for the keychain before the panels whose key it has not
    // read fail and the others start; KeyStore::DefaultTimeout unless set.
    void setKeyTimeout(std::chrono::milliseconds timeout) { m_keyTimeout = timeout; }
    // Shows services the caller has (the cached catalog) at once; `fetchedAt` (UTC) is when
    // the panel sent them, invalid when unknown.
    void showServices(SessionView::Source source, const ServiceList &services,
                      const QDateTime &fetchedAt = {});
    // The newest stored prices of a category; storedShown() says whether there were any.
    void showStored(const QString &category);
    // Fetches every saved category, a few at a time, and shows them together.
    void refreshAll(const QStringList &categories);
    // The stored prices of every saved category together, without fetching; storedShown() says
    // whether any were.
    void showStoredSaved(const QStringList &categories);
    // Reads a saved API response off this thread.
    void openFile(const QString &path);
    // Ends the fetch, refresh or settling in flight; the view stays as it is. A file being read
    // is still shown.
    void stop();

Q_SIGNALS:
    void fetchStarted(const PriceRequest &request);
    // `total` is -1 while the size is unknown.
    void progressChanged(qint64 received, qint64 total);
    void refreshProgress(int done, int total);
    // How many of the panels of fetchPanels() are done.
    void panelProgress(int done, int total);
    // A standard-API panel's balance named the currency its prices are in, for the caller to keep.
    void currencyLearned(const QString &panel, const QString &currency);
    // The work in flight is over (done, failed, stopped or replaced by a view shown at once);
    // viewChanged() and problem() may follow.
    void finished();
    void viewChanged(const SessionView &view);
    void problem(const SessionProblem &problem);
    void storedShown(bool found);
    void fileRead(const QString &path, bool succeeded);
    // Storing a fetch raised these alerts (already in the alert log), whether or not the fetch is
    // still the one to show: one signal per fetch stored, never with an empty list.
    void alertsRaised(const AlertList &alerts);

private:
    // One panel of fetchPanels(): what it sent, or why it failed.
    struct PanelOutcome {
        PanelConfig config;
        QString key; // until the fetch starts
        bool keyResolved = false;
        bool finished = false;
        ServiceList services;
        PriceComparison changes;
        QString error;            // empty when it succeeded
        bool retryable = false;   // asking again may help
        bool fromHistory = false; // it failed, and `services` were stored at `fetchedAt`
        QDateTime fetchedAt;
        QString notStored;
    };

    // Ends what is in flight without a report; true when something was.
    bool supersede();
    void onFetched(const FetchResult &result);
    void onSettled(quint64 ticket, const FetchSettlement &settlement);
    void onLoaded(quint64 ticket, const StoredSelection &stored);
    void onRefreshed();
    void onKeyResolved(int generation, qsizetype index, const KeyStore::Result &key);
    void onPanelFetched(const QString &panel, const FetchResult &result);
    void onPanelSettled(qsizetype index, const FetchSettlement &settlement);
    // A standard-API panel's service list failed: shows the one kept from its last fetch.
    void loadPanelList(qsizetype index, const FetchResult &failed);
    void finishPanel(qsizetype index);
    // Merges the panels' lists on a worker, then shows them.
    void showPanels();
    void showMergedPanels(PanelMerge merged);
    SessionProblem panelFailures() const;
    void setView(SessionView view);
    void report(SessionProblem::Severity severity, const QString &text);
    void report(const SessionProblem &problem);
    // The sum of a Refresh All's failures in one line, each failure a detail line.
    SessionProblem refreshFailures() const;
    void reportChanges(const FetchSettlement &settlement);
    // Names what failed, and what the table still shows instead.
    QString failureText(const FetchResult &result) const;
    static QString titleOf(SessionView::Source source, const QString &name);

    PriceClient *m_client;
    CategoryRefresher *m_refresher;
    std::unique_ptr<PriceRecorder> m_recorder;
    AlertRules m_alertRules;
    SessionView m_view;
    std::optional<PriceRequest> m_failedRequest;
    bool m_fetching = false; // the client's next report is ours
    bool m_reading = false;  // a file is being read
    quint64 m_pending = 0;   // the ticket of the settlement or load whose answer is awaited
    bool m_loadIsSaved = false;
    int m_fileGeneration = 0;
    PanelFetch *m_panelFetch = nullptr;
    QList<PanelOutcome> m_panels; // of the fetchPanels() in flight or last shown
    QString m_panelCategory;
    qsizetype m_keysPending = 0;
    std::chrono::milliseconds m_keyTimeout = KeyStore::DefaultTimeout;
    int m_panelGeneration = 0;                // bumped by every supersede()
    bool m_panelsBusy = false;                // fetchPanels() is in flight
    QHash<quint64, qsizetype> m_panelTickets; // settlements awaited, by ticket: the panel's index
    QString m_cacheFolder;
    QStringList m_savedCategories;
    QHash<QString, QString> m_learnedCurrencies; // by panel, for a kept list when balance fails
    QThreadPool m_cacheWriter; // last: its pending writes are finished before the rest goes
};
