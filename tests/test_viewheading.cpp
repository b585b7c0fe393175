// SPDX-License-Identifier: MIT
#include "viewheading.h"

#include <QTest>

namespace {

// 10:42 local time on an ordinary day, so "today" and "yesterday" do not depend on the clock.
const QDateTime Now = QDateTime(QDate(2026, 11, 30), QTime(10, 42)).toUTC();

SessionView viewOf(SessionView::Source source, const QString &title, int services)
{
    SessionView view;
    view.source = source;
    view.title = title;
    view.services = ServiceList(services);
    return view;
}

QString servicesText(int count)
{
    return QCoreApplication::translate("ViewHeading", "%Ln service(s)", nullptr, count);
}

} // namespace

class TestViewHeading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldSayNothingWhileNothingIsShown()
    {
        QVERIFY(ViewHeading::of(SessionView(), Now).isEmpty());
    }

    void shouldNameTheCategoryCountAndTimeOfAFetchToday()
    {
        // Exact names may end in spaces on the panel; the heading does not show them.
        SessionView view =
            viewOf(SessionView::Source::Category, QStringLiteral("[IG] Instagram Likes "), 3);
        view.fetchedAt = Now.addSecs(-60);
        QCOMPARE(ViewHeading::of(view, Now),
                 QStringLiteral("[IG] Instagram Likes · %1 · 10:41 AM").arg(servicesText(3)));
    }

    void shouldDateAFetchOfAnotherDay()
    {
        SessionView view =
            viewOf(SessionView::Source::AllServices, QStringLiteral("All services"), 1200);
        view.fetchedAt = Now.addDays(-1);
        QCOMPARE(ViewHeading::of(view, Now),
                 QStringLiteral("All services · %1 · 11/29/26 10:42 AM").arg(servicesText(1200)));
        QVERIFY(servicesText(1200).startsWith(QStringLiteral("1,200 ")));
    }

    void shouldAlwaysDateStoredPrices()
    {
        SessionView view = viewOf(SessionView::Source::Category, QStringLiteral("fast"), 1);
        view.storedAt = Now.addSecs(-3600);
        view.offline = true;
        QCOMPARE(ViewHeading::of(view, Now),
                 QStringLiteral("fast · %1 · stored 11/30/26 9:42 AM").arg(servicesText(1)));

        SessionView saved =
            viewOf(SessionView::Source::Saved, QStringLiteral("Saved categories"), 18);
        saved.storedAt = Now.addDays(-2);
        QCOMPARE(ViewHeading::of(saved, Now),
                 QStringLiteral("Saved categories · %1 · stored since 11/28/26 10:42 AM")
                     .arg(servicesText(18)));
    }

    void shouldLeaveOutATimeItDoesNotKnow()
    {
        const SessionView file =
            viewOf(SessionView::Source::File, QStringLiteral("prices.json"), 0);
        QCOMPARE(ViewHeading::of(file, Now),
                 QStringLiteral("prices.json · %1").arg(servicesText(0)));
    }
};

QTEST_GUILESS_MAIN(TestViewHeading)
#include "test_viewheading.moc"
