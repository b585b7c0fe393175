// SPDX-License-Identifier: MIT
// The Alerts pane's table and its filters, over a real alert log in a temporary price history.
#include "alertfiltermodel.h"
#include "alertlistmodel.h"
#include "alertlog.h"
#include "alertrules.h"
#include "pricehistory.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Service service(quint64 id, double price, const QString &category)
{
    Service s;
    s.id = id;
    s.name = QStringLiteral("Service %1").arg(id);
    s.category = category;
    s.price = price;
    s.min = 100;
    s.max = 10000;
    return s;
}

// One alert row as "kind|service|change|category|panel|state", the columns a person reads.
QString row(const QAbstractItemModel &model, int index)
{
    QStringList cells;
    for (const int column :
         {AlertListModel::KindColumn, AlertListModel::ServiceColumn, AlertListModel::ChangeColumn,
          AlertListModel::CategoryColumn, AlertListModel::PanelColumn, AlertListModel::StateColumn})
        cells << model.index(index, column).data().toString();
    return cells.join(u'|');
}

QStringList rows(const QAbstractItemModel &model)
{
    QStringList all;
    for (int index = 0; index < model.rowCount(); ++index)
        all << row(model, index);
    return all;
}

} // namespace

class TestAlertListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PriceHistory> m_history;

    // Two fetches of `category` from `panel`; the second raises alerts under the default rules
    // plus price drops: 1 up 12.5 %, 2 down 3 %, 3 removed.
    AlertList raise(const QString &panel, const QString &category, const QDateTime &time)
    {
        const qint64 first = m_history->record(
            panel, category, time.addSecs(-3600),
            {service(1, 1000, category), service(2, 2000, category), service(3, 3000, category)});
        const qint64 second = m_history->record(
            panel, category, time, {service(1, 1125, category), service(2, 1940, category)});
        if (first == 0 || second == 0)
            qFatal("could not record: %s", qPrintable(m_history->lastError()));
        AlertRules rules;
        rules.global.priceDownPercent = 1;
        return AlertLog(*m_history).recordFor(second, rules);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_history = std::make_unique<PriceHistory>(m_dir.filePath(
            QStringLiteral("history-%1.sqlite").arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_history->isAvailable());
    }

    void cleanup() { m_history.reset(); }

    void shouldListTheLogNewestFirstWithReadableRows()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(raise(QString(), QStringLiteral("Likes"), now.addDays(-3)).size(), 3);
        QCOMPARE(raise(QStringLiteral("Other"), QStringLiteral("Views"), now).size(), 3);
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy unseen(&model, &AlertListModel::unacknowledgedCountChanged);
        model.setHistory(m_history.get());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.unacknowledgedCount(), 6);
        QCOMPARE(unseen.size(), 1);
        const QStringList all = rows(model);
        QVERIFY2(all.contains(QStringLiteral("Price up|1 · Service 1|Rp 1,000 → Rp 1,125 (+12.5%)|"
                                             "Views|Other|New")),
                 qPrintable(all.join(u'\n')));
        QVERIFY(all.contains(QStringLiteral(
            "Price down|2 · Service 2|Rp 2,000 → Rp 1,940 (-3.0%)|Likes|Kratos|New")));
        QVERIFY(
            all.contains(QStringLiteral("Removed|3 · Service 3|Rp 3,000 → —|Likes|Kratos|New")));
        // Newest first: the other panel's alerts of now, then the built-in ones of three days ago.
        for (int index = 0; index < 3; ++index)
            QCOMPARE(model.index(index, AlertListModel::PanelColumn).data().toString(),
                     QStringLiteral("Other"));
        QCOMPARE(model.index(0, AlertListModel::TimeColumn).data().toString(),
                 QStringLiteral("just now"));
        QVERIFY(model.index(4, AlertListModel::TimeColumn).data().toString()
                != QStringLiteral("just now"));
        QCOMPARE(model.index(4, AlertListModel::TimeColumn).data(AlertListModel::SortRole),
                 QVariant(model.alert(4).time));
        QCOMPARE(model.panels(), (QStringList{QStringLiteral("Other"), QString()}));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    void shouldKeepAcknowledgementsInTheLog()
    {
        raise(QString(), QStringLiteral("Likes"), QDateTime::currentDateTimeUtc());
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHistory(m_history.get());
        QCOMPARE(model.unacknowledgedCount(), 3);
        QSignalSpy unseen(&model, &AlertListModel::unacknowledgedCountChanged);
        QVERIFY(model.acknowledge({1}));
        QCOMPARE(unseen.size(), 1);
        QCOMPARE(unseen.constLast().constFirst().toInt(), 2);
        QVERIFY(model.index(1, 0).data(AlertListModel::AcknowledgedRole).toBool());
        QVERIFY(!model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(1, AlertListModel::StateColumn).data().toString(),
                 QStringLiteral("Seen"));
        QVERIFY(model.acknowledge({1})); // already seen: nothing changes
        QCOMPARE(unseen.size(), 1);

        // Another reader of the same file sees it.
        QCOMPARE(AlertLog(*m_history).unacknowledgedCount(), 2);
        AlertListModel again;
        again.setHistory(m_history.get());
        QCOMPARE(again.unacknowledgedCount(), 2);
        QCOMPARE(again.alert(1).id, model.alert(1).id);
        QVERIFY(again.alert(1).acknowledged);

        QVERIFY(model.acknowledgeAll());
        QCOMPARE(model.unacknowledgedCount(), 0);
        QCOMPARE(AlertLog(*m_history).unacknowledgedCount(), 0);
    }

    void shouldAddRaisedAlertsOnTopOnce()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHistory(m_history.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy panels(&model, &AlertListModel::panelsChanged);
        const AlertList first =
            raise(QString(), QStringLiteral("Likes"), QDateTime::currentDateTimeUtc().addSecs(-60));
        model.addAlerts(first);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(panels.size(), 1);
        const AlertList second = raise(QStringLiteral("Other"), QStringLiteral("Views"),
                                       QDateTime::currentDateTimeUtc());
        model.addAlerts(second);
        model.addAlerts(second); // the same signal twice, or a reload racing it
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.unacknowledgedCount(), 6);
        QCOMPARE(model.alert(0).panel, QStringLiteral("Other"));
        QCOMPARE(model.alert(5).panel, QString());
        model.reload();
        QCOMPARE(model.rowCount(), 6);
    }

    void shouldListNothingWithoutAHistory()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHistory(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.acknowledgeAll());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldFilterByKindPanelStateAndText()
    {
        raise(QString(), QStringLiteral("Likes Indonesia"), QDateTime::currentDateTimeUtc());
        raise(QStringLiteral("Other"), QStringLiteral("Views"), QDateTime::currentDateTimeUtc());
        AlertListModel model;
        model.setHistory(m_history.get());
        AlertFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(filter.unacknowledgedOnly());
        QCOMPARE(filter.rowCount(), 6);

        filter.setKind(Alert::Kind::Removed);
        QCOMPARE(filter.rowCount(), 2);
        filter.setPanel(QString()); // the built-in panel
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, AlertListModel::CategoryColumn).data().toString(),
                 QStringLiteral("Likes Indonesia"));
        filter.setKind(std::nullopt);
        QCOMPARE(filter.rowCount(), 3);
        filter.setPanel(std::nullopt);

        filter.setSearchText(QStringLiteral("  INDONESIA service "));
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearchText(QStringLiteral("views 2"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(model.alert(filter.sourceRows({filter.index(0, 0)}).constFirst()).serviceId,
                 quint64(2));
        filter.setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());

        // Acknowledged alerts leave the list of unseen ones, and come back with all of them.
        QVERIFY(model.acknowledge(filter.sourceRows({filter.index(0, 0), filter.index(1, 0)})));
        QCOMPARE(filter.rowCount(), 4);
        filter.setUnacknowledgedOnly(false);
        QCOMPARE(filter.rowCount(), 6);

        filter.sort(AlertListModel::ServiceColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, AlertListModel::ServiceColumn).data(AlertListModel::SortRole),
                 QVariant(quint64(1)));
    }
};

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "test_alertlistmodel.moc"
