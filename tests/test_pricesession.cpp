// SPDX-License-Identifier: MIT
#include "alertlog.h"
#include "fakepanel.h"
#include "groupoverrides.h"
#include "keystore.h"
#include "pricehistory.h"
#include "pricesession.h"
#include "servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <signal.h>

namespace {

const QUrl Unreachable(QStringLiteral("http://127.0.0.1:1/smm"));

QList<quint64> idsOf(const ServiceList &services)
{
    QList<quint64> ids;
    for (const Service &service : services)
        ids.append(service.id);
    return ids;
}

// Indonesian for the two sentences around a reason that has no full stop of its own.
class FailureTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "PriceSession")
            return {};
        const QByteArrayView source(sourceText);
        if (source == "Could not fetch “%1”: %2.")
            return u"Gagal mengambil “%1”: %2."_qs;
        if (source == "Could not fetch “%1”: %2. The table still shows “%3”.")
            return u"Gagal mengambil “%1”: %2. Tabel masih menampilkan “%3”."_qs;
        return {};
    }
};

const QString PanelKeyValue = QStringLiteral("session-key-0123456789");

// A standard-API panel on `fake` whose key is in the environment variable `keyEnv`.
PanelConfig v2Panel(const QString &name, const FakePanel &fake, const QString &keyEnv)
{
    PanelConfig config;
    config.name = name;
    config.style = PanelConfig::Style::V2;
    config.url = fake.v2Url();
    config.keyEnv = keyEnv;
    return config;
}

PanelConfig builtInPanel(const QUrl &base)
{
    PanelConfig config;
    config.name = PanelConfig::BuiltInName;
    config.style = PanelConfig::Style::Kratos;
    config.url = base;
    return config;
}

QStringList panelsOf(const ServiceList &services)
{
    QStringList panels;
    for (const Service &service : services) {
        if (!panels.contains(service.panel))
            panels.append(service.panel);
    }
    return panels;
}

} // namespace

class TestPriceSession : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<PriceSession> m_session;

    QString historyPath() const { return m_data->filePath(QStringLiteral("history.sqlite")); }

    // Fetches a category and returns the view that came of it; fails the test if none came.
    SessionView fetched(const QString &category)
    {
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->fetch(PriceRequest::category(category));
        if (!views.wait(10000))
            return {};
        return views.constFirst().constFirst().value<SessionView>();
    }

    static std::unique_ptr<FakePanel> startV2(const QStringList &args)
    {
        auto panel = std::make_unique<FakePanel>();
        panel->useV2Script();
        if (!panel->start(QStringList{QStringLiteral("--key"), PanelKeyValue} + args))
            return nullptr;
        return panel;
    }

    struct PanelsRun {
        SessionView view;
        QList<SessionProblem> problems;
        QList<QPair<int, int>> progress;
        bool viewShown = false;
    };

    PanelsRun fetchPanels(const QList<PanelConfig> &panels, const QString &category = {})
    {
        PanelsRun run;
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        QSignalSpy progress(m_session.get(), &PriceSession::panelProgress);
        m_session->fetchPanels(panels, category);
        if (!finished.wait(20000))
            return run;
        // What is reported comes right after finished().
        QCoreApplication::processEvents();
        run.viewShown = !views.isEmpty();
        if (run.viewShown)
            run.view = views.constLast().constFirst().value<SessionView>();
        for (const auto &arguments : std::as_const(problems))
            run.problems.append(arguments.constFirst().value<SessionProblem>());
        for (const auto &arguments : std::as_const(progress))
            run.progress.append({arguments.at(0).toInt(), arguments.at(1).toInt()});
        return run;
    }

    // Waits until the price history has settled everything queued before, and what that raised
    // has been delivered: the recorder answers in order, so once it has looked up a category's
    // stored prices it is done with all that came first.
    bool recorderCaughtUp()
    {
        QSignalSpy looked(m_session.get(), &PriceSession::storedShown);
        m_session->showStored(QStringLiteral("any category"));
        if (!looked.wait(10000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    // Returns right after the signal that the last panel is in, before any other event: the merge
    // has started, and its result has not been delivered.
    static bool waitUntilEveryPanelIsIn(QSignalSpy &progress)
    {
        while (progress.isEmpty()
               || progress.constLast().at(0).toInt() != progress.constLast().at(1).toInt()) {
            if (!progress.wait(20000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_panel.start());
        qputenv("SESSION_TEST_KEY", PanelKeyValue.toUtf8());
        qputenv("SESSION_WRONG_KEY", "not-the-key-987654");
        qunsetenv("SESSION_UNSET_KEY");
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        m_session = std::make_unique<PriceSession>();
        m_session->setApiBase(m_panel.baseUrl());
        m_session->setHistoryPath(historyPath());
        m_session->setCacheFolder(m_data->path());
    }

    void cleanup()
    {
        m_session.reset();
        m_data.reset();
    }

    void shouldStoreTheFirstFetchAndCompareTheSecondWithIt()
    {
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        const SessionView first = fetched(QStringLiteral("changing-session"));
        QCOMPARE(first.source, SessionView::Source::Category);
        QCOMPARE(first.category, QStringLiteral("changing-session"));
        QCOMPARE(first.title, QStringLiteral("changing-session"));
        QCOMPARE(idsOf(first.services), (QList<quint64>{7001, 7002, 7003}));
        QVERIFY(!first.changes.hasPrevious());
        QVERIFY(!first.isStored());
        QVERIFY(!first.offline);
        QVERIFY(!first.body.isEmpty());
        QVERIFY(first.fetchedAt.isValid());
        QVERIFY(qAbs(first.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(first.request, PriceRequest::category(QStringLiteral("changing-session")));
        QVERIFY(first.diagnostics.services.isEmpty()); // the services travel once
        QCOMPARE(problems.size(), 0);
        QCOMPARE(m_session->view().services, first.services);
        {
            PriceHistory history(historyPath());
            const StoredFetch stored =
                history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("changing-session"));
            QVERIFY(stored.isValid());
            QVERIFY(stored.services == first.services);
        }

        const SessionView second = fetched(QStringLiteral("changing-session"));
        QCOMPARE(idsOf(second.services), (QList<quint64>{7001, 7002, 7004}));
        QVERIFY(second.changes.hasPrevious());
        QCOMPARE(second.changes.changedCount(), 2);
        QCOMPARE(idsOf(second.changes.added()), QList<quint64>{7004});
        QCOMPARE(idsOf(second.changes.removed()), QList<quint64>{7003});
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Information);
        QVERIFY2(problem.text.startsWith(QStringLiteral("Since the fetch just now: changed "
                                                        "prices: 2, new services: 1, removed "
                                                        "services: 1.")),
                 qPrintable(problem.text));
        QVERIFY(problem.text.contains(QStringLiteral("(ID 7003)")));

        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(second.services, second.changes);
        const auto change = [&model](int row) {
            return model.index(row, ServiceTableModel::ChangeColumn).data().toString();
        };
        QCOMPARE(change(0), QStringLiteral("▲ +12.5%"));
        QCOMPARE(change(1), QStringLiteral("▼ −3%"));
        QCOMPARE(change(2), QStringLiteral("new"));
        PriceHistory history(historyPath());
        QCOMPARE(history.priceSeries(PriceHistory::BuiltInPanel, 7001).size(), 2);
    }

    void shouldRaiseTheAlertsOfEachChangeOnce()
    {
        AlertRules rules;
        rules.global.newServices = true;
        m_session->setAlertRules(rules);
        QSignalSpy raised(m_session.get(), &PriceSession::alertsRaised);
        const QString category = QStringLiteral("alerting-session");
        // The first fetch has nothing to compare with; the second is the same as the first.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!fetched(category).services.isEmpty());
            // Reported right after the view: both were queued by the one settlement.
            QCoreApplication::processEvents();
            QCOMPARE(raised.size(), 0);
        }
        QVERIFY(!fetched(category).services.isEmpty());
        QTRY_COMPARE(raised.size(), 1);
        const AlertList alerts = raised.constFirst().constFirst().value<AlertList>();
        QStringList kinds;
        for (const Alert &alert : alerts) {
            QVERIFY(alert.id > 0);
            QCOMPARE(alert.category, category);
            kinds.append(
                QStringLiteral("%1 %2").arg(Alert::kindKey(alert.kind)).arg(alert.serviceId));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{
                            QStringLiteral("inactive 7105"), QStringLiteral("max_changed 7107"),
                            QStringLiteral("min_changed 7106"), QStringLiteral("new_service 7104"),
                            QStringLiteral("price_up 7101"), QStringLiteral("refill_changed 7108"),
                            QStringLiteral("removed 7103")}));
        {
            PriceHistory history(historyPath());
            QCOMPARE(AlertLog(history).list().size(), alerts.size());
        }
        QVERIFY(!fetched(category).services.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(raised.size(), 1);
    }

    void shouldRaiseTheAlertsOfACategoryOfAStandardApiPanelFetchedAgain()
    {
        AlertRules rules;
        rules.global.newServices = true;
        m_session->setAlertRules(rules);
        QSignalSpy raised(m_session.get(), &PriceSession::alertsRaised);
        // One panel's category fetched twice: the second time it has a second service (the fake
        // panel's service 1000 + i is in "Generated <i % 20>").
        auto before = startV2({QStringLiteral("--catalog-size"), QStringLiteral("23")});
        auto after = startV2({QStringLiteral("--catalog-size"), QStringLiteral("24")});
        QVERIFY(before && after);
        const QString name = QStringLiteral("Alerting Panel");
        const QString category = QStringLiteral("Generated 3");
        const PanelsRun first =
            fetchPanels({v2Panel(name, *before, QStringLiteral("SESSION_TEST_KEY"))}, category);
        QVERIFY(first.viewShown);
        QCOMPARE(first.view.services.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(raised.size(), 0);
        const PanelsRun second =
            fetchPanels({v2Panel(name, *after, QStringLiteral("SESSION_TEST_KEY"))}, category);
        QVERIFY(second.viewShown);
        QCOMPARE(second.view.services.size(), 2);
        QTRY_COMPARE(raised.size(), 1);
        const AlertList alerts = raised.constFirst().constFirst().value<AlertList>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().kind, Alert::Kind::NewService);
        QCOMPARE(alerts.constFirst().panel, name);
        QCOMPARE(alerts.constFirst().category, category);
        QCOMPARE(alerts.constFirst().serviceId, quint64(1023));
    }

    void shouldStoreTheSavedCategoriesOfAStandardApiPanelsWholeList()
    {
        AlertRules rules;
        rules.global.newServices = true;
        m_session->setAlertRules(rules);
        const QString name = QStringLiteral("Listing Panel");
        const QString grows = QStringLiteral("Generated 3");
        const QString goes = QStringLiteral("Generated 19");
        const QString absent = QStringLiteral("Never Listed");
        m_session->setSavedCategories({grows, goes, absent});
        QSignalSpy raised(m_session.get(), &PriceSession::alertsRaised);
        // The fake panel's service 1000 + i is in "Generated <i % 20>": with 23 services the
        // first two categories have 1003 and 1019, with 24 the first has 1023 too, with 4 only
        // the first is left, with 1003 alone.
        QList<AlertList> runs;
        for (const QString &size :
             {QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("4")}) {
            auto fake = startV2({QStringLiteral("--catalog-size"), size});
            QVERIFY(fake);
            raised.clear();
            const PanelsRun run =
                fetchPanels({v2Panel(name, *fake, QStringLiteral("SESSION_TEST_KEY"))});
            QVERIFY(run.viewShown);
            // The whole list is shown: the fake panel's own rows, then the generated ones.
            QVERIFY(run.view.services.size() > size.toInt());
            QCOMPARE(run.view.services.constLast().id, quint64(999 + size.toInt()));
            QVERIFY(recorderCaughtUp());
            AlertList alerts;
            for (const auto &arguments : std::as_const(raised))
                alerts += arguments.constFirst().value<AlertList>();
            runs.append(alerts);
        }
        QCOMPARE(runs.at(0).size(), 0); // nothing to compare with yet
        QCOMPARE(runs.at(1).size(), 1);
        QCOMPARE(runs.at(1).constFirst().kind, Alert::Kind::NewService);
        QCOMPARE(runs.at(1).constFirst().panel, name);
        QCOMPARE(runs.at(1).constFirst().category, grows);
        QCOMPARE(runs.at(1).constFirst().serviceId, quint64(1023));
        QCOMPARE(runs.at(2).size(), 2);
        QSet<QPair<QString, quint64>> removed;
        for (const Alert &alert : runs.at(2)) {
            QCOMPARE(alert.kind, Alert::Kind::Removed);
            QCOMPARE(alert.panel, name);
            removed.insert({alert.category, alert.serviceId});
        }
        QCOMPARE(removed, (QSet<QPair<QString, quint64>>{{grows, 1023}, {goes, 1019}}));

        PriceHistory history(historyPath());
        QCOMPARE(history.lastFetch(name, grows).services.size(), 1);
        QVERIFY(history.lastFetch(name, goes).isValid());
        QCOMPARE(history.lastFetch(name, goes).services.size(), 0);
        QVERIFY(!history.lastFetch(name, absent).isValid());
    }

    void shouldNotStoreTheSavedCategoriesOfAWholeListCutAtTheRowLimit()
    {
        const QString name = QStringLiteral("Cut Panel");
        const QString saved = QStringLiteral("Generated 3");
        m_session->setSavedCategories({saved});
        auto fake = startV2({QStringLiteral("--catalog-size"), QStringLiteral("23")});
        QVERIFY(fake);
        const PanelConfig panel = v2Panel(name, *fake, QStringLiteral("SESSION_TEST_KEY"));
        QVERIFY(fetchPanels({panel}).viewShown);
        // Then cut before the category's service (1003), after the fake panel's own rows.
        FetchLimits limits;
        limits.parse.maxRows = 10;
        m_session->setLimits(limits);
        QSignalSpy raised(m_session.get(), &PriceSession::alertsRaised);
        const PanelsRun cut = fetchPanels({panel});
        QVERIFY(cut.viewShown);
        QVERIFY(cut.view.services.size() <= 10);
        QVERIFY(recorderCaughtUp());
        QCOMPARE(raised.size(), 0);
        PriceHistory history(historyPath());
        QCOMPARE(history.lastFetch(name, saved).services.size(), 1);
    }

    void shouldRaiseTheAlertsOfARefreshOfTheSavedCategories()
    {
        QSignalSpy raised(m_session.get(), &PriceSession::alertsRaised);
        const QStringList saved = {QStringLiteral("alerting-saved-1"),
                                   QStringLiteral("alerting-saved-2")};
        for (int i = 0; i < 3; ++i) {
            QSignalSpy finished(m_session.get(), &PriceSession::finished);
            m_session->refreshAll(saved);
            QVERIFY(finished.wait(10000));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(raised.size(), 2);
        QStringList categories;
        for (const auto &arguments : std::as_const(raised))
            categories.append(arguments.constFirst().value<AlertList>().constFirst().category);
        categories.sort();
        QCOMPARE(categories, saved);
    }

    void shouldFallBackToTheStoredPricesWithTheirTimeWhenAFetchFails()
    {
        const SessionView fresh = fetched(QStringLiteral("changing-offline"));
        QCOMPARE(fresh.services.size(), 3);
        QDateTime storedAt;
        {
            PriceHistory history(historyPath());
            storedAt =
                history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("changing-offline"))
                    .fetchedAt;
        }
        QVERIFY(storedAt.isValid());

        m_session->setApiBase(Unreachable);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        const SessionView offline = fetched(QStringLiteral("changing-offline"));
        QVERIFY(offline.offline);
        QCOMPARE(offline.storedAt, storedAt);
        QVERIFY(offline.isStored());
        QCOMPARE(offline.source, SessionView::Source::Category);
        QVERIFY(offline.services == fresh.services);
        QVERIFY(offline.body.isEmpty()); // nothing to save as a response
        QCOMPARE(m_session->failedRequest(),
                 PriceRequest::category(QStringLiteral("changing-offline")));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Warning);
        QVERIFY(problem.retryable);
        QVERIFY2(problem.text.startsWith(QStringLiteral("Offline — prices from just now. ")),
                 qPrintable(problem.text));

        // The panel is back: asking again succeeds and forgets the failure.
        m_session->setApiBase(m_panel.baseUrl());
        const SessionView again = fetched(QStringLiteral("changing-offline"));
        QVERIFY(!again.offline);
        QVERIFY(!m_session->failedRequest());
    }

    void shouldReportTheErrorWhenNothingIsStored()
    {
        m_session->setApiBase(Unreachable);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->fetch(PriceRequest::category(QStringLiteral("never-stored")));
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Error);
        QVERIFY(problem.retryable);
        // Nothing was shown before, so there is nothing the table "still shows".
        QVERIFY2(problem.text.startsWith(QStringLiteral("Could not fetch “never-stored”: ")),
                 qPrintable(problem.text));
        QVERIFY2(!problem.text.contains(QStringLiteral("still shows")), qPrintable(problem.text));
        QCOMPARE(views.size(), 0);
        QCOMPARE(m_session->view().source, SessionView::Source::None);
        QCOMPARE(m_session->failedRequest(),
                 PriceRequest::category(QStringLiteral("never-stored")));
    }

    void shouldNameTheFailedCategoryAndTheOneStillShown()
    {
        QCOMPARE(idsOf(fetched(QStringLiteral("fast")).services), QList<quint64>{222});
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->fetch(PriceRequest::category(QStringLiteral("html-500")));
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Error);
        QVERIFY2(problem.text.startsWith(QStringLiteral("Could not fetch “html-500”: The panel ")),
                 qPrintable(problem.text));
        QVERIFY2(problem.text.endsWith(QStringLiteral(". The table still shows “fast”.")),
                 qPrintable(problem.text));
        QCOMPARE(m_session->view().category, QStringLiteral("fast"));
    }

    // The panel's own message has no full stop; the sentence around it is translated whole.
    void shouldTranslateTheWholeSentenceAroundAnUnendedReason()
    {
        FailureTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto failureText = [this] {
            QSignalSpy problems(m_session.get(), &PriceSession::problem);
            m_session->fetch(PriceRequest::category(QStringLiteral("status-false")));
            if (!problems.wait(10000))
                return QString();
            return problems.constFirst().constFirst().value<SessionProblem>().text;
        };
        const QString nothingShown = failureText();
        const QList<quint64> shown = idsOf(fetched(QStringLiteral("fast")).services);
        const QString fastShown = failureText();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(shown, QList<quint64>{222});
        QCOMPARE(nothingShown,
                 u"Gagal mengambil “status-false”: The panel reported an error: Kategori tidak "
                 "ditemukan."_qs);
        QCOMPARE(fastShown,
                 u"Gagal mengambil “status-false”: The panel reported an error: Kategori tidak "
                 "ditemukan. Tabel masih menampilkan “fast”."_qs);
    }

    void shouldNeverShowASupersededRequest()
    {
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->fetch(PriceRequest::category(QStringLiteral("slow:1500")));
        m_session->fetch(PriceRequest::category(QStringLiteral("numbered:4")));
        QVERIFY(views.wait(10000));
        QCOMPARE(views.constFirst().constFirst().value<SessionView>().category,
                 QStringLiteral("numbered:4"));
        // The slow answer would have come after 1.5 s.
        QVERIFY(!views.wait(2500));
        QCOMPARE(views.size(), 1);
        QCOMPARE(m_session->view().category, QStringLiteral("numbered:4"));
    }

    void shouldKeepItsThreadFreeWhileAnotherProcessHoldsTheHistory()
    {
        {
            PriceHistory created(historyPath()); // the schema exists before the lock is taken
            QVERIFY(created.isAvailable());
        }
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(historyPath());
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->fetch(PriceRequest::category(QStringLiteral("numbered:6")));
        QVERIFY(m_panel.waitForRequestCount(1, 10000));
        // This thread keeps running while the store waits for the lock.
        QTRY_VERIFY(ticks >= 30);
        QCOMPARE(views.size(), 0);

        // Superseded while it waits: its answer is stored, never shown.
        m_session->fetch(PriceRequest::category(QStringLiteral("numbered:7")));
        QVERIFY(m_panel.waitForRequestCount(2, 10000));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(views.wait(20000));
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.constFirst().constFirst().value<SessionView>().category,
                 QStringLiteral("numbered:7"));
        lock = QSqlQuery();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        PriceHistory history(historyPath());
        QVERIFY(
            history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("numbered:6")).isValid());
        QVERIFY(
            history.lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("numbered:7")).isValid());
    }

    void shouldStoreAndRestoreRowsWithoutText()
    {
        const SessionView fresh = fetched(QStringLiteral("sparse-session"));
        QCOMPARE(fresh.services.size(), 17);
        const auto nameless = std::count_if(fresh.services.cbegin(), fresh.services.cend(),
                                            [](const Service &s) { return s.name.isEmpty(); });
        QVERIFY(nameless > 0);

        // A new session, as after a restart: the stored view is the fetched one.
        m_session = std::make_unique<PriceSession>();
        m_session->setHistoryPath(historyPath());
        QSignalSpy shown(m_session.get(), &PriceSession::storedShown);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->showStored(QStringLiteral("sparse-session"));
        QVERIFY(shown.wait(10000));
        QVERIFY(shown.constFirst().constFirst().toBool());
        QCOMPARE(views.size(), 1);
        const SessionView stored = m_session->view();
        QVERIFY(stored.isStored());
        QVERIFY(!stored.offline);
        QVERIFY(stored.services == fresh.services);

        ServiceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setServices(stored.services, stored.changes);
        QCOMPARE(model.rowCount(), 17);

        m_session->showStored(QStringLiteral("never-fetched"));
        QVERIFY(shown.wait(10000));
        QVERIFY(!shown.constLast().constFirst().toBool());
        QCOMPARE(views.size(), 1);
    }

    void shouldShowTheSavedCategoriesTogetherAndSayWhichAreMissing()
    {
        QCOMPARE(fetched(QStringLiteral("numbered:1")).services.size(), 1);
        QCOMPARE(fetched(QStringLiteral("numbered:2")).services.size(), 1);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->showStoredSaved({QStringLiteral("numbered:1"), QStringLiteral("missing "),
                                    QStringLiteral("numbered:2")});
        QVERIFY(views.wait(10000));
        const SessionView saved = m_session->view();
        QCOMPARE(saved.source, SessionView::Source::Saved);
        QCOMPARE(saved.title, QStringLiteral("Saved categories"));
        QCOMPARE(idsOf(saved.services), (QList<quint64>{80001, 80002}));
        QTRY_COMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().constFirst().value<SessionProblem>().text,
                 QStringLiteral("No stored prices yet for: missing. Refresh all to fetch them."));

        // Refreshed from the panel, a failing one among them.
        problems.clear();
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->refreshAll({QStringLiteral("numbered:1"), QStringLiteral("html-500"),
                               QStringLiteral("numbered:2")});
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Warning);
        QVERIFY(problem.retryable);
        QVERIFY2(problem.text.startsWith(QStringLiteral("1 of 3 categories could not be "
                                                        "fetched. The panel answered")),
                 qPrintable(problem.text));
        QCOMPARE(problem.details.size(), 1);
        QVERIFY2(problem.details.constFirst().startsWith(QStringLiteral("html-500: The panel ")),
                 qPrintable(problem.details.constFirst()));
        QCOMPARE(idsOf(m_session->view().services), (QList<quint64>{80001, 80002}));
        QVERIFY(m_session->view().changes.hasPrevious());
    }

    void shouldSumUpARefreshWhileThePanelIsDownInOneLine()
    {
        QCOMPARE(fetched(QStringLiteral("numbered:3")).services.size(), 1);
        m_session->setApiBase(Unreachable);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        const QStringList names{QStringLiteral("numbered:3"), QStringLiteral("[IG] Likes "),
                                QStringLiteral("never-fetched"), QStringLiteral("numbered:4")};
        m_session->refreshAll(names);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, SessionProblem::Severity::Warning);
        QCOMPARE(problem.text, QStringLiteral("4 of 4 categories could not be fetched: the panel "
                                              "could not be reached. Stored prices are shown for "
                                              "1 of them."));
        QVERIFY(problem.retryable);
        QCOMPARE(problem.limit, SessionProblem::Limit::None);
        QCOMPARE(problem.details.size(), 4);
        for (int i = 0; i < names.size(); ++i) {
            const QString &line = problem.details.at(i);
            QVERIFY2(line.startsWith(names.at(i).trimmed()
                                     + QStringLiteral(": The panel's server "
                                                      "“127.0.0.1” refused")),
                     qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral(".;")), qPrintable(line));
        }
        QVERIFY2(problem.details.constFirst().endsWith(QStringLiteral("(showing prices from just "
                                                                      "now)")),
                 qPrintable(problem.details.constFirst()));
        QCOMPARE(idsOf(m_session->view().services), QList<quint64>{80003});

        // One category alone: both numbers are its own (the English noun follows the total).
        problems.clear();
        m_session->refreshAll({QStringLiteral("never-fetched")});
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const QString alone = problems.constFirst().constFirst().value<SessionProblem>().text;
        QVERIFY2(alone.startsWith(QStringLiteral("1 of 1 categor")), qPrintable(alone));
        QVERIFY2(alone.endsWith(QStringLiteral(" could not be fetched: the panel could not be "
                                               "reached.")),
                 qPrintable(alone));
    }

    void shouldListDifferentReasonsOnlyInTheDetails()
    {
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->refreshAll({QStringLiteral("status-false"), QStringLiteral("numbered:5"),
                               QStringLiteral("http-404"), QStringLiteral("numbered:6")});
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(problems.size(), 1);
        const auto problem = problems.constFirst().constFirst().value<SessionProblem>();
        QCOMPARE(problem.text, QStringLiteral("2 of 4 categories could not be fetched."));
        QVERIFY(!problem.retryable); // the panel refused both: asking again gets the same
        QCOMPARE(problem.details.size(), 2);
        QCOMPARE(problem.details.at(0),
                 QStringLiteral("status-false: The panel reported an error: Kategori tidak "
                                "ditemukan"));
        QVERIFY2(problem.details.at(1).startsWith(QStringLiteral("http-404: ")),
                 qPrintable(problem.details.at(1)));
        QCOMPARE(idsOf(m_session->view().services), (QList<quint64>{80005, 80006}));
    }

    void shouldOfferWhatCanHelpForEachKindOfFailure_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("deadlineMs");
        QTest::addColumn<SessionProblem::Severity>("severity");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<SessionProblem::Limit>("limit");
        const int rows = int(ResponseParser::Limits().maxRows);
        const int deadline = int(FetchLimits::DefaultDeadline.count());
        using Severity = SessionProblem::Severity;
        using Limit = SessionProblem::Limit;
        QTest::newRow("panel down")
            << "anything" << false << rows << deadline << Severity::Error << true << Limit::None;
        QTest::newRow("server error")
            << "html-500" << true << rows << deadline << Severity::Error << true << Limit::None;
        QTest::newRow("not price data")
            << "not-json" << true << rows << deadline << Severity::Error << true << Limit::None;
        QTest::newRow("category not found, said") << "status-false" << true << rows << deadline
                                                  << Severity::Error << false << Limit::None;
        QTest::newRow("HTTP 404") << "http-404" << true << rows << deadline << Severity::Error
                                  << false << Limit::None;
        QTest::newRow("response too large") << "huge-length" << true << rows << deadline
                                            << Severity::Error << false << Limit::ResponseSize;
        QTest::newRow("longest download")
            << "drip" << true << rows << 500 << Severity::Error << true << Limit::Deadline;
        QTest::newRow("row ceiling") << "[YT] Youtube Views [Real and Active]" << true << 1
                                     << deadline << Severity::Warning << false << Limit::RowCount;
    }

    void shouldOfferWhatCanHelpForEachKindOfFailure()
    {
        QFETCH(QString, category);
        QFETCH(bool, reachable);
        QFETCH(int, maxRows);
        QFETCH(int, deadlineMs);
        QFETCH(SessionProblem::Severity, severity);
        QFETCH(bool, retryable);
        QFETCH(SessionProblem::Limit, limit);
        FetchLimits limits;
        limits.parse.maxRows = maxRows;
        limits.deadline = std::chrono::milliseconds(deadlineMs);
        m_session->setLimits(limits);
        if (!reachable)
            m_session->setApiBase(Unreachable);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->fetch(PriceRequest::category(category));
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!problems.isEmpty());
        const auto problem = problems.constLast().constFirst().value<SessionProblem>();
        QCOMPARE(problem.severity, severity);
        QCOMPARE(problem.retryable, retryable);
        QCOMPARE(problem.limit, limit);
    }

    void allPanelsShowEveryPanelsServices()
    {
        auto usd = startV2({QStringLiteral("--catalog-size"), QStringLiteral("3")});
        auto eur = startV2({QStringLiteral("--personality"), QStringLiteral("smartpanel"),
                            QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(usd && eur);
        const PanelsRun run = fetchPanels(
            {builtInPanel(m_panel.baseUrl()),
             v2Panel(QStringLiteral("Cheap SMM"), *usd, QStringLiteral("SESSION_TEST_KEY")),
             v2Panel(QStringLiteral("Euro Panel"), *eur, QStringLiteral("SESSION_TEST_KEY"))});
        QVERIFY(run.viewShown);
        QCOMPARE(run.view.source, SessionView::Source::AllServices);
        QCOMPARE(run.view.panels,
                 (QStringList{PanelConfig::BuiltInName, QStringLiteral("Cheap SMM"),
                              QStringLiteral("Euro Panel")}));
        QCOMPARE(panelsOf(run.view.services), (QStringList{QString(), QStringLiteral("Cheap SMM"),
                                                           QStringLiteral("Euro Panel")}));
        QStringList euroCurrencies;
        for (const Service &service : run.view.services) {
            if (service.panel == u"Euro Panel")
                euroCurrencies.append(service.currency);
        }
        QCOMPARE(euroCurrencies, QStringList(8, QStringLiteral("EUR")));
        // Each panel's categories, counted from its own services.
        QCOMPARE(run.view.panelCategories.size(), run.view.panels.size());
        for (qsizetype panel = 0; panel < run.view.panels.size(); ++panel) {
            const QString key = panel == 0 ? QString() : run.view.panels.at(panel);
            QHash<QString, int> expected;
            for (const Service &service : run.view.services) {
                if (service.panel == key && !service.category.isEmpty())
                    ++expected[service.category];
            }
            const CategoryDirectory &categories = run.view.panelCategories.at(panel);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(categories.largest(1000).size(), expected.size());
            for (auto category = expected.cbegin(); category != expected.cend(); ++category)
                QCOMPARE(categories.serviceCount(category.key()), category.value());
        }
        QVERIFY(!run.view.offline);
        QCOMPARE(run.progress.constFirst(), (QPair<int, int>{0, 3}));
        QCOMPARE(run.progress.constLast(), (QPair<int, int>{3, 3}));
        QCOMPARE(run.progress.size(), 4);
        for (const SessionProblem &problem : run.problems)
            QVERIFY2(problem.severity <= SessionProblem::Severity::Information,
                     qPrintable(problem.text));
    }

    void aKeychainThatNeverAnswersHoldsUpNoOtherPanel()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        auto good = startV2({});
        QVERIFY(good);
        PanelConfig inKeychain = v2Panel(QStringLiteral("Keychain Panel"), *good, QString());
        inKeychain.currency = QStringLiteral("USD");
        QVERIFY(KeyStore::writeNow(inKeychain.name, PanelKeyValue).ok());
        m_session->setKeyTimeout(std::chrono::milliseconds(500));
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        const PanelsRun run = fetchPanels({builtInPanel(m_panel.baseUrl()), inKeychain});
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        QVERIFY(run.viewShown);
        QCOMPARE(panelsOf(run.view.services), QStringList{QString()});
        QVERIFY(!run.problems.isEmpty());
        const SessionProblem &problem = run.problems.constLast();
        QVERIFY2(problem.text.contains(u"Keychain Panel")
                     && problem.text.contains(u"did not answer"),
                 qPrintable(problem.text));
    }

    void aFailingPanelIsNamedWhileTheOthersAreShown()
    {
        auto good = startV2({});
        auto other = startV2({});
        QVERIFY(good && other);
        const PanelsRun run = fetchPanels(
            {builtInPanel(m_panel.baseUrl()),
             v2Panel(QStringLiteral("Good"), *good, QStringLiteral("SESSION_TEST_KEY")),
             v2Panel(QStringLiteral("Wrong Key"), *other, QStringLiteral("SESSION_WRONG_KEY")),
             v2Panel(QStringLiteral("No Key"), *other, QStringLiteral("SESSION_UNSET_KEY"))});
        QVERIFY(run.viewShown);
        QCOMPARE(panelsOf(run.view.services), (QStringList{QString(), QStringLiteral("Good")}));
        QVERIFY(!run.problems.isEmpty());
        const SessionProblem &problem = run.problems.constLast();
        QCOMPARE(problem.severity, SessionProblem::Severity::Warning);
        QVERIFY2(problem.text.contains(u"Wrong Key") && problem.text.contains(u"No Key"),
                 qPrintable(problem.text));
        QCOMPARE(problem.details.size(), 2);
        QVERIFY2(problem.details.constFirst().startsWith(u"Wrong Key: ")
                     && problem.details.constFirst().contains(u"Incorrect API key"),
                 qPrintable(problem.details.constFirst()));
        QVERIFY2(problem.details.constLast().contains(u"SESSION_UNSET_KEY"),
                 qPrintable(problem.details.constLast()));
        for (const QString &line : problem.details + QStringList{problem.text})
            QVERIFY(!line.contains(u"not-the-key") && !line.contains(PanelKeyValue));
        QCOMPARE(run.progress.constLast(), (QPair<int, int>{4, 4}));
    }

    void onePanelAloneFailingKeepsTheView()
    {
        auto other = startV2({});
        QVERIFY(other);
        QVERIFY(!fetched(QStringLiteral("quirky")).services.isEmpty());
        const PanelsRun run = fetchPanels(
            {v2Panel(QStringLiteral("Wrong Key"), *other, QStringLiteral("SESSION_WRONG_KEY"))});
        QVERIFY(!run.viewShown);
        QCOMPARE(run.problems.size(), 1);
        QCOMPARE(run.problems.constFirst().severity, SessionProblem::Severity::Error);
        QVERIFY2(
            run.problems.constFirst().text.startsWith(u"Panel “Wrong Key” could not be fetched"),
            qPrintable(run.problems.constFirst().text));
        QCOMPARE(m_session->view().category, QStringLiteral("quirky"));
        // Retry asks the panels for their lists again, not the built-in panel for "quirky".
        QVERIFY(m_session->failedRequest());
        QCOMPARE(m_session->failedRequest()->kind, PriceRequest::Kind::Catalog);
    }

    void aCategoryIsStoredPerPanelAndFallsBackWhenAPanelIsDown()
    {
        auto first = startV2({});
        auto second = startV2({QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(first && second);
        const QList<PanelConfig> panels = {
            v2Panel(QStringLiteral("First"), *first, QStringLiteral("SESSION_TEST_KEY")),
            v2Panel(QStringLiteral("Second"), *second, QStringLiteral("SESSION_TEST_KEY"))};
        const PanelsRun fresh = fetchPanels(panels, QStringLiteral("Telegram"));
        QVERIFY(fresh.viewShown);
        QCOMPARE(fresh.view.source, SessionView::Source::Category);
        QCOMPARE(fresh.view.category, QStringLiteral("Telegram"));
        // Only the category's services, one of each panel with the same id.
        QCOMPARE(idsOf(fresh.view.services), (QList<quint64>{106, 106}));
        QCOMPARE(panelsOf(fresh.view.services),
                 (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));

        const PanelsRun again = fetchPanels(panels, QStringLiteral("Telegram"));
        QVERIFY(again.view.changes.hasPrevious());
        QCOMPARE(again.view.changes.changeOf(106, QStringLiteral("First"))->kind,
                 PriceChange::Kind::Unchanged);
        QCOMPARE(again.view.changes.changeOf(106, QStringLiteral("Second"))->kind,
                 PriceChange::Kind::Unchanged);
        QVERIFY(!again.view.changes.changeOf(106));

        QVERIFY(second->stop());
        const PanelsRun offline = fetchPanels(panels, QStringLiteral("Telegram"));
        QVERIFY(offline.viewShown);
        QCOMPARE(panelsOf(offline.view.services),
                 (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
        QVERIFY(!offline.view.isStored()); // First's prices are fresh
        const SessionProblem &problem = offline.problems.constLast();
        QVERIFY2(problem.text.contains(u"Second") && problem.text.contains(u"showing prices from"),
                 qPrintable(problem.text));
        QVERIFY(problem.retryable);

        // Both down: a stored view, as old as the older panel's prices.
        QVERIFY(first->stop());
        const PanelsRun stored = fetchPanels(panels, QStringLiteral("Telegram"));
        QVERIFY(stored.viewShown);
        QVERIFY(stored.view.offline && stored.view.isStored());
        QCOMPARE(idsOf(stored.view.services), (QList<quint64>{106, 106}));
        QCOMPARE(stored.problems.constLast().details.size(), 2);
    }

    void aPanelsWholeListFallsBackToTheOneKeptWhenThePanelIsDown()
    {
        auto first = startV2({QStringLiteral("--catalog-size"), QStringLiteral("3")});
        auto second = startV2({QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(first && second);
        const QList<PanelConfig> panels = {
            v2Panel(QStringLiteral("First"), *first, QStringLiteral("SESSION_TEST_KEY")),
            v2Panel(QStringLiteral("Second"), *second, QStringLiteral("SESSION_TEST_KEY"))};
        const PanelsRun fresh = fetchPanels(panels);
        QVERIFY(fresh.viewShown);
        ServiceList secondFresh = fresh.view.services;
        secondFresh.removeIf([](const Service &service) { return service.panel != u"Second"; });
        QVERIFY(!secondFresh.isEmpty());

        QVERIFY(second->stop());
        const PanelsRun offline = fetchPanels(panels);
        QVERIFY(offline.viewShown);
        QCOMPARE(offline.view.source, SessionView::Source::AllServices);
        QCOMPARE(panelsOf(offline.view.services),
                 (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
        ServiceList secondKept = offline.view.services;
        secondKept.removeIf([](const Service &service) { return service.panel != u"Second"; });
        QCOMPARE(idsOf(secondKept), idsOf(secondFresh));
        for (const Service &service : std::as_const(secondKept)) {
            QCOMPARE(service.currency, QStringLiteral("EUR"));
            QVERIFY(!service.priceExact.isEmpty());
        }
        QVERIFY(!offline.view.offline); // First's prices are fresh
        QVERIFY(!offline.problems.isEmpty());
        const SessionProblem &problem = offline.problems.constLast();
        QCOMPARE(problem.severity, SessionProblem::Severity::Warning);
        QVERIFY2(problem.text.startsWith(u"Panel “Second” could not be fetched")
                     && problem.text.contains(u"showing prices from"),
                 qPrintable(problem.text));
        QVERIFY(problem.retryable);

        // Both down: a stored view.
        QVERIFY(first->stop());
        const PanelsRun stored = fetchPanels(panels);
        QVERIFY(stored.viewShown);
        QVERIFY(stored.view.offline && stored.view.isStored());
        QVERIFY(stored.view.storedAt.isValid());
        QVERIFY(qAbs(stored.view.storedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(panelsOf(stored.view.services),
                 (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
        QCOMPARE(stored.problems.constLast().details.size(), 2);

        // The next run knows the currency from the settings, and the kept lists hold no key.
        m_session = std::make_unique<PriceSession>();
        m_session->setCacheFolder(m_data->path());
        QList<PanelConfig> known = panels;
        known[1].currency = QStringLiteral("EUR");
        const PanelsRun restarted = fetchPanels({known[1]});
        QVERIFY(restarted.viewShown);
        QCOMPARE(idsOf(restarted.view.services), idsOf(secondFresh));
        QVERIFY(restarted.view.offline);
        const QStringList kept =
            QDir(m_data->path()).entryList({QStringLiteral("catalog-*.json")}, QDir::Files);
        QCOMPARE(kept.size(), 2);
        for (const QString &name : kept) {
            QFile file(m_data->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray body = file.readAll();
            QVERIFY(!body.isEmpty());
            QVERIFY(!body.contains(PanelKeyValue.toUtf8()) && !name.contains(PanelKeyValue));
        }
    }

    void aRenamedPanelKeepsItsStoredPricesAndTheListItSentLast()
    {
        auto fake = startV2({QStringLiteral("--catalog-size"), QStringLiteral("3")});
        QVERIFY(fake);
        const PanelConfig before =
            v2Panel(QStringLiteral("Old Name"), *fake, QStringLiteral("SESSION_TEST_KEY"));
        const PanelsRun list = fetchPanels({before});
        QVERIFY(list.viewShown && !list.view.offline);
        QVERIFY(fetchPanels({before}, QStringLiteral("Telegram")).viewShown);

        GroupOverrides(GroupOverrides::defaultFileName())
            .moveService({before.name, 101}, QStringLiteral("instagram|likes|ID|30d"));

        PanelConfig after = before;
        after.name = QStringLiteral("New Name");
        after.currency = QStringLiteral("USD"); // learned by the first fetch, kept by the registry
        m_session->renamePanel(before, after);
        // The user's regrouping of its services goes with it.
        GroupOverrides overrides(GroupOverrides::defaultFileName());
        QCOMPARE(overrides.movedTo({after.name, 101}), QStringLiteral("instagram|likes|ID|30d"));
        QVERIFY(!overrides.movedTo({before.name, 101}));
        overrides.resetAll();
        QVERIFY(fake->stop());
        const PanelsRun kept = fetchPanels({after});
        QVERIFY(kept.viewShown);
        QVERIFY(kept.view.offline);
        QCOMPARE(idsOf(kept.view.services), idsOf(list.view.services));
        QCOMPARE(panelsOf(kept.view.services), QStringList{after.name});
        const PanelsRun stored = fetchPanels({after}, QStringLiteral("Telegram"));
        QVERIFY(stored.viewShown);
        QVERIFY(stored.view.offline && stored.view.isStored());
        QCOMPARE(idsOf(stored.view.services), (QList<quint64>{106}));
        // The old name has nothing left to fall back to.
        QVERIFY(!fetchPanels({before}, QStringLiteral("Telegram")).viewShown);
    }

    void aPanelNeverFetchedHasNoListToFallBackTo()
    {
        PanelConfig never;
        never.name = QStringLiteral("Never");
        never.style = PanelConfig::Style::V2;
        never.url = QUrl(QStringLiteral("http://127.0.0.1:1/api/v2"));
        never.keyEnv = QStringLiteral("SESSION_TEST_KEY");
        never.currency = QStringLiteral("USD");
        const PanelsRun run = fetchPanels({never});
        QVERIFY(!run.viewShown);
        QCOMPARE(run.problems.size(), 1);
        const SessionProblem &problem = run.problems.constFirst();
        QCOMPARE(problem.severity, SessionProblem::Severity::Error);
        QVERIFY2(problem.text.startsWith(u"Panel “Never” could not be fetched")
                     && !problem.text.contains(u"showing prices from"),
                 qPrintable(problem.text));
        QVERIFY(problem.retryable);
    }

    // The panels' lists are merged on a worker once the last one is in: what happens meanwhile.
    void aNewerFetchWinsOverTheMergeInFlight()
    {
        auto first = startV2({QStringLiteral("--catalog-size"), QStringLiteral("20000")});
        auto second = startV2({QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(first && second);
        QSignalSpy progress(m_session.get(), &PriceSession::panelProgress);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        m_session->fetchPanels(
            {v2Panel(QStringLiteral("Big"), *first, QStringLiteral("SESSION_TEST_KEY"))});
        QVERIFY(waitUntilEveryPanelIsIn(progress));
        QVERIFY(views.isEmpty());
        const PanelsRun newer = fetchPanels(
            {v2Panel(QStringLiteral("Newer"), *second, QStringLiteral("SESSION_TEST_KEY"))});
        QVERIFY(newer.viewShown);
        QCOMPARE(newer.view.panels, QStringList{QStringLiteral("Newer")});
        // Longer than the dropped merge takes: it never shows up.
        QTest::qWait(500);
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.constFirst().constFirst().value<SessionView>().panels,
                 QStringList{QStringLiteral("Newer")});
    }

    void stopOrClosingDuringTheMergeShowsNothing()
    {
        auto big = startV2({QStringLiteral("--catalog-size"), QStringLiteral("20000")});
        QVERIFY(big);
        const QList<PanelConfig> panels = {
            v2Panel(QStringLiteral("Big"), *big, QStringLiteral("SESSION_TEST_KEY"))};
        QSignalSpy progress(m_session.get(), &PriceSession::panelProgress);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        QSignalSpy problems(m_session.get(), &PriceSession::problem);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        m_session->fetchPanels(panels);
        QVERIFY(waitUntilEveryPanelIsIn(progress));
        QVERIFY(finished.isEmpty()); // still in flight while merging
        m_session->stop();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(500);
        QVERIFY(views.isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().constFirst().value<SessionProblem>().severity,
                 SessionProblem::Severity::Status);

        // The window closed while a merge runs: the worker finishes on its own, touching nothing
        // of the session (AddressSanitizer watches), and a new session works as before.
        progress.clear();
        m_session->fetchPanels(panels);
        QVERIFY(waitUntilEveryPanelIsIn(progress));
        m_session.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        init();
        QSignalSpy shown(m_session.get(), &PriceSession::viewChanged);
        m_session->fetchPanels(panels);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QVERIFY(shown.constLast().constFirst().value<SessionView>().services.size() >= 20000);
    }

    void stopEndsEveryPanel()
    {
        auto slow = startV2({QStringLiteral("--slow"), QStringLiteral("30")});
        QVERIFY(slow);
        QSignalSpy finished(m_session.get(), &PriceSession::finished);
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        QSignalSpy progress(m_session.get(), &PriceSession::panelProgress);
        m_session->fetchPanels(
            {v2Panel(QStringLiteral("Slow"), *slow, QStringLiteral("SESSION_TEST_KEY"))});
        QVERIFY(slow->waitForRequestCount(1, 10000));
        m_session->stop();
        QCOMPARE(finished.size(), 1);
        // Longer than a reply the stop let through would take.
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1);
        QVERIFY(views.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPriceSession)
#include "test_pricesession.moc"
