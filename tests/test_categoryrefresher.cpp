// SPDX-License-Identifier: MIT
#include "categoryrefresher.h"
#include "fakepanel.h"
#include "pricehistory.h"
#include "pricerecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCategoryRefresher : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;

    static QStringList twentyCategories()
    {
        QStringList names;
        for (int number = 1; number <= 16; ++number)
            names.append(QStringLiteral("numbered:%1").arg(number));
        // Failing ones between the others, and a slow one so answers come out of order.
        names.insert(2, QStringLiteral("html-500"));
        names.insert(7, QStringLiteral("status-false"));
        names.insert(11, QStringLiteral("slow:400"));
        names.insert(15, QStringLiteral("not-json"));
        names.append(QStringLiteral("http-404"));
        names.removeAt(names.indexOf(QStringLiteral("numbered:16")));
        return names;
    }

    static bool isFailing(const QString &name)
    {
        return name == u"html-500" || name == u"status-false" || name == u"not-json"
               || name == u"http-404";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_panel.start()); }

    void shouldLoadEveryCategoryBoundedAndListTheFailures()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("history.sqlite"));
        PriceRecorder recorder(path);
        PriceHistory history(path);
        CategoryRefresher refresher;
        refresher.setApiBase(m_panel.baseUrl());
        refresher.setRecorder(&recorder);
        refresher.setMaxConcurrent(4);
        int mostActive = 0;
        connect(&refresher, &CategoryRefresher::categoryStarted, this,
                [&] { mostActive = std::max(mostActive, refresher.activeCount()); });
        QSignalSpy finished(&refresher, &CategoryRefresher::finished);
        QSignalSpy each(&refresher, &CategoryRefresher::categoryFinished);

        const QStringList names = twentyCategories();
        QCOMPARE(names.size(), 20);
        refresher.refresh(names);
        QVERIFY(refresher.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(each.count(), 20);
        QVERIFY(!refresher.isRunning());
        QCOMPARE(mostActive, 4);
        QCOMPARE(m_panel.requestedTargets().size(), 20);

        QStringList expectedFailures;
        for (const QString &name : names) {
            if (isFailing(name))
                expectedFailures.append(name);
        }
        QCOMPARE(refresher.failedCategories(), expectedFailures);

        const QList<CategoryRefresher::Outcome> &outcomes = refresher.outcomes();
        QCOMPARE(outcomes.size(), 20);
        for (int i = 0; i < outcomes.size(); ++i) {
            const CategoryRefresher::Outcome &outcome = outcomes.at(i);
            QCOMPARE(outcome.category, names.at(i));
            QVERIFY(outcome.finished);
            if (isFailing(outcome.category)) {
                QVERIFY(!outcome.error.isEmpty());
                QVERIFY(outcome.services.isEmpty());
                continue;
            }
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
            QCOMPARE(outcome.services.size(), 1);
            // Nothing mixed up: each category has its own service.
            QCOMPARE(outcome.services.first().category, outcome.category);
            if (outcome.category.startsWith(u"numbered:")) {
                const int number = outcome.category.mid(9).toInt();
                QCOMPARE(outcome.services.first().id, quint64(80000 + number));
                QCOMPARE(outcome.services.first().price, number * 100.0);
            }
            QVERIFY(history.lastFetch(PriceHistory::BuiltInPanel, outcome.category).isValid());
        }
        QCOMPARE(refresher.services().size(), 16);
    }

    void shouldShowStoredPricesForCategoriesThatFailLater()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("history.sqlite"));
        PriceRecorder recorder(path);
        PriceHistory history(path);
        CategoryRefresher refresher;
        refresher.setRecorder(&recorder);
        refresher.setApiBase(m_panel.baseUrl());
        QSignalSpy finished(&refresher, &CategoryRefresher::finished);
        const QStringList names = {QStringLiteral("changing-refresh"),
                                   QStringLiteral("numbered:3")};
        refresher.refresh(names);
        QVERIFY(finished.wait(10000));
        refresher.refresh(names);
        QVERIFY(finished.wait(10000));
        QCOMPARE(refresher.changes().changedCount(), 2);
        QCOMPARE(refresher.changes().added().size(), 1);
        QCOMPARE(refresher.changes().removed().size(), 1);

        // The panel is gone: both show what was stored, marked as such, with their errors.
        refresher.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1/smm")));
        refresher.refresh(names);
        QVERIFY(finished.wait(10000));
        QCOMPARE(refresher.failedCategories(), names);
        for (const CategoryRefresher::Outcome &outcome : refresher.outcomes()) {
            QVERIFY(outcome.fromHistory);
            QVERIFY(!outcome.error.isEmpty());
            QCOMPARE(outcome.fetchedAt,
                     history.lastFetch(PriceHistory::BuiltInPanel, outcome.category).fetchedAt);
        }
        QCOMPARE(refresher.services().size(), 4);
        QCOMPARE(refresher.changes().changedCount(), 2);
    }

    void shouldEndARunningRefreshWhenANewOneStarts()
    {
        CategoryRefresher refresher;
        refresher.setApiBase(m_panel.baseUrl());
        QSignalSpy finished(&refresher, &CategoryRefresher::finished);
        QSignalSpy each(&refresher, &CategoryRefresher::categoryFinished);
        refresher.refresh({QStringLiteral("slow:2000"), QStringLiteral("slow:2000")});
        refresher.refresh({QStringLiteral("numbered:5")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(refresher.outcomes().size(), 1);
        QVERIFY(refresher.outcomes().first().succeeded());
        // The superseded fetches would have answered after 2 s: nothing of theirs comes later.
        QVERIFY(!finished.wait(3000));
        QCOMPARE(each.count(), 1);

        refresher.refresh({});
        QVERIFY(finished.wait(1000));
        refresher.refresh({QStringLiteral("slow:2000")});
        refresher.cancel();
        QVERIFY(!refresher.isRunning());
        QVERIFY(!finished.wait(3000));
        QCOMPARE(each.count(), 1);
    }

    void shouldGiveEveryFetchTheDeadline()
    {
        CategoryRefresher refresher;
        refresher.setApiBase(m_panel.baseUrl());
        QSignalSpy finished(&refresher, &CategoryRefresher::finished);
        refresher.refresh({QStringLiteral("numbered:1")});
        QVERIFY(finished.wait(10000));
        // Once to the client that exists, and to the one the second category needs.
        FetchLimits limits;
        limits.deadline = std::chrono::milliseconds(1500);
        refresher.setLimits(limits);
        refresher.refresh({QStringLiteral("drip"), QStringLiteral("drip")});
        QVERIFY(finished.wait(10000));
        for (const CategoryRefresher::Outcome &outcome : refresher.outcomes()) {
            QVERIFY2(outcome.error.contains(QStringLiteral("did not arrive within 1.5 seconds")),
                     qPrintable(outcome.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestCategoryRefresher)
#include "test_categoryrefresher.moc"
