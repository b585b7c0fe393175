// SPDX-License-Identifier: MIT
#include "fakepanel.h"
#include "pricehistory.h"
#include "pricesession.h"
#include "refreshscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestRefreshScheduler : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<PriceSession> m_session;

    PanelConfig kratosPanel(const QString &name) const
    {
        PanelConfig config;
        config.name = name;
        config.style = PanelConfig::Style::Kratos;
        config.url = m_panel.baseUrl();
        return config;
    }

    // A scheduler that may run as often as a test needs.
    std::unique_ptr<RefreshScheduler> quickScheduler()
    {
        auto scheduler = std::make_unique<RefreshScheduler>(m_session.get());
        scheduler->setFloor(0ms);
        scheduler->setPanelSpacing(0ms);
        scheduler->setCheckPeriod(20ms);
        return scheduler;
    }

    QStringList requestsFor(const QString &fragment)
    {
        QStringList found = m_panel.requestedTargets();
        found.removeIf([&](const QString &target) { return !target.contains(fragment); });
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_panel.start()); }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        m_session = std::make_unique<PriceSession>();
        m_session->setApiBase(m_panel.baseUrl());
        m_session->setHistoryPath(m_data->filePath(QStringLiteral("history.sqlite")));
        m_session->setCacheFolder(m_data->path());
        m_panel.clearRequests();
    }

    void cleanup()
    {
        m_session.reset();
        m_data.reset();
    }

    void shouldNeverRunMoreOftenThanTheFloor()
    {
        RefreshScheduler scheduler(m_session.get());
        QVERIFY(!scheduler.isEnabled());
        scheduler.setInterval(1min);
        QCOMPARE(scheduler.interval(), milliseconds(RefreshScheduler::MinimumInterval));
        QVERIFY(scheduler.isEnabled());
        scheduler.setInterval(2h);
        QCOMPARE(scheduler.interval(), milliseconds(2h));
        scheduler.setInterval(-5min);
        QVERIFY(!scheduler.isEnabled());
        scheduler.setInterval(0ms);
        QVERIFY(!scheduler.isEnabled());
        QCOMPARE(scheduler.effectiveInterval(14min), milliseconds(15min));
        QCOMPARE(scheduler.effectiveInterval(16min), milliseconds(16min));
    }

    void shouldRefreshTheSavedCategoriesEveryInterval()
    {
        auto scheduler = quickScheduler();
        scheduler->setCategories({QStringLiteral("numbered:1"), QStringLiteral("numbered:2")});
        QSignalSpy started(scheduler.get(), &RefreshScheduler::runStarted);
        QSignalSpy finished(scheduler.get(), &RefreshScheduler::runFinished);
        QList<qint64> startTimes;
        QElapsedTimer clock;
        clock.start();
        connect(scheduler.get(), &RefreshScheduler::runStarted, this,
                [&] { startTimes.append(clock.elapsed()); });

        scheduler->setInterval(400ms);
        QVERIFY(started.isEmpty()); // the first run is an interval away, not at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        // The scheduler's clock and this one each count whole milliseconds: 400 on one can be
        // 399.1 on the other.
        QVERIFY(startTimes.at(0) >= 399);
        QVERIFY(startTimes.at(1) - startTimes.at(0) >= 399);
        QCOMPARE(requestsFor(QStringLiteral("numbered%3A1")).size(), 2);
        QCOMPARE(requestsFor(QStringLiteral("numbered%3A2")).size(), 2);

        scheduler->setInterval(0ms);
        const int runs = int(started.count());
        QTest::qWait(600); // longer than the interval that was turned off
        QCOMPARE(started.count(), runs);
    }

    void shouldSkipARunThatFallsDueWhileOneIsGoing()
    {
        auto scheduler = quickScheduler();
        scheduler->setCategories({QStringLiteral("slow:1500")});
        QSignalSpy started(scheduler.get(), &RefreshScheduler::runStarted);
        QSignalSpy skipped(scheduler.get(), &RefreshScheduler::runSkipped);
        QSignalSpy finished(scheduler.get(), &RefreshScheduler::runFinished);
        scheduler->setInterval(300ms);
        QVERIFY(skipped.wait(10000));
        QCOMPARE(started.count(), 1);
        QVERIFY(scheduler->isRunning());
        QVERIFY(!scheduler->runNow());
        QElapsedTimer running;
        running.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(requestsFor(QStringLiteral("slow")).size(), 1);
        // Once per interval that fell due, not at every check.
        QVERIFY2(skipped.count() <= running.elapsed() / 300 + 2,
                 qPrintable(QString::number(skipped.count())));
    }

    void shouldRunSoonAfterTheComputerWakes()
    {
        auto scheduler = quickScheduler();
        scheduler->setFloor(RefreshScheduler::MinimumInterval);
        milliseconds now = 10h;
        scheduler->setClock([&now] { return now; });
        scheduler->setCategories({QStringLiteral("numbered:3")});
        QSignalSpy started(scheduler.get(), &RefreshScheduler::runStarted);
        scheduler->setInterval(1h);
        now += 59min;
        QTest::qWait(200); // ten checks
        QVERIFY(started.isEmpty());
        now += 3h; // asleep; the timers did not run meanwhile
        QTRY_COMPARE(started.count(), 1);
        QSignalSpy finished(scheduler.get(), &RefreshScheduler::runFinished);
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(started.count(), 1); // not once more for each interval slept through
    }

    void shouldFetchEachOtherPanelOnItsOwnSpacedApart()
    {
        auto scheduler = quickScheduler();
        scheduler->setPanelSpacing(400ms);
        scheduler->setCategories({QStringLiteral("numbered:4")});
        PanelConfig builtIn = kratosPanel(PanelConfig::BuiltInName);
        scheduler->setPanels(
            {builtIn, kratosPanel(QStringLiteral("Second")), kratosPanel(QStringLiteral("Third"))});
        QList<QPair<QString, qint64>> requests;
        QElapsedTimer clock;
        clock.start();
        QObject listening; // the panel outlives this test
        connect(&m_panel, &FakePanel::requestReceived, &listening, [&](const QString &target) {
            requests.append({target, clock.elapsed()});
        });
        QSignalSpy views(m_session.get(), &PriceSession::viewChanged);
        QSignalSpy finished(scheduler.get(), &RefreshScheduler::runFinished);

        QVERIFY(scheduler->runNow());
        QVERIFY(finished.wait(15000));
        QTRY_COMPARE(requests.size(), 3);
        QVERIFY(requests.at(0).first.contains(u"numbered%3A4"));
        // The built-in panel's whole list is not asked for: its saved categories were.
        QVERIFY(requests.at(1).first.contains(u"getallprice"));
        QVERIFY(requests.at(2).first.contains(u"getallprice"));
        QVERIFY2(requests.at(2).second - requests.at(1).second >= 200,
                 qPrintable(QString::number(requests.at(2).second - requests.at(1).second)));
        // Each step's view was shown before the next step replaced it.
        QCOMPARE(views.count(), 3);
        QCOMPARE(views.at(1).constFirst().value<SessionView>().panels,
                 QStringList{QStringLiteral("Second")});
        QCOMPARE(views.at(2).constFirst().value<SessionView>().panels,
                 QStringList{QStringLiteral("Third")});
    }

    void shouldStoreTheSavedCategoriesOfAnotherPanelsWholeList()
    {
        FakePanel other;
        other.useV2Script();
        const QString key = QStringLiteral("scheduler-key-0123456789");
        QVERIFY(other.start({QStringLiteral("--key"), key, QStringLiteral("--catalog-size"),
                             QStringLiteral("23")}));
        qputenv("SCHEDULER_TEST_KEY", key.toUtf8());
        PanelConfig listed;
        listed.name = QStringLiteral("Listed");
        listed.style = PanelConfig::Style::V2;
        listed.url = other.v2Url();
        listed.keyEnv = QStringLiteral("SCHEDULER_TEST_KEY");
        auto scheduler = quickScheduler();
        // The fake standard-API panel's service 1000 + i is in "Generated <i % 20>".
        const QString saved = QStringLiteral("Generated 3");
        scheduler->setCategories({saved});
        scheduler->setPanels({kratosPanel(PanelConfig::BuiltInName), listed});
        QSignalSpy finished(scheduler.get(), &RefreshScheduler::runFinished);

        QVERIFY(scheduler->runNow());
        QVERIFY(finished.wait(15000));
        qunsetenv("SCHEDULER_TEST_KEY");
        scheduler.reset();
        m_session.reset(); // its recorder finishes the work queued first
        PriceHistory history(m_data->filePath(QStringLiteral("history.sqlite")));
        const StoredFetch stored = history.lastFetch(listed.name, saved);
        QVERIFY(stored.isValid());
        QCOMPARE(stored.services.size(), 1);
        QCOMPARE(stored.services.constFirst().id, quint64(1003));
        // The built-in panel's saved category was fetched on its own, as before.
        QVERIFY(!requestsFor(QStringLiteral("Generated%203")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "test_refreshscheduler.moc"
