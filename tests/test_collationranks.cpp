// SPDX-License-Identifier: MIT
// The ranks CollationRanks gives each row are its place among the distinct texts of a column
// in the collator's order: what sorting every row with QCollator::compare gives.
#include "collationranks.h"
#include "collationranksbuild.h"
#include "pausegate.h"
#include "servicetablemodel.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Names as panels write them: numbers to order naturally, case, accents, Indonesian, emoji,
// punctuation, lone surrogates, empty and null texts, texts the collator ignores (a zero-width
// space; dashes when it ignores punctuation) and many repeats.
ServiceList messyServices(int count)
{
    static const QString Words[] = {u"Server 10"_s,
                                    u"Server 9"_s,
                                    u"server 9"_s,
                                    u"SERVER 09"_s,
                                    u"Server 1000"_s,
                                    u"Server 10.5"_s,
                                    u"Server -3"_s,
                                    u"Instagram Likes | Lifetime | min 100"_s,
                                    u"instagram likes"_s,
                                    u"Café"_s,
                                    u"cafe"_s,
                                    u"CAFÉ"_s,
                                    u"Cafe\u0301"_s,
                                    u"Ünïcödé"_s,
                                    u"Pengikut Indonesia Aktif"_s,
                                    u"pengikut indonesia"_s,
                                    u"Tayangan 🇮🇩 murah"_s,
                                    u"😀 Emoji first"_s,
                                    u"Emoji 😀 last"_s,
                                    u"日本語"_s,
                                    u"Ελληνικά"_s,
                                    u"Ğüzel"_s,
                                    u"  spaced"_s,
                                    u"-dash"_s,
                                    u"_under"_s,
                                    u"[IG] Followers"_s,
                                    u"(IG) Followers"_s,
                                    u"IG Followers"_s,
                                    u"ÆØÅ"_s,
                                    u"ß strasse"_s,
                                    u"Strasse"_s,
                                    u"0"_s,
                                    u"00"_s,
                                    u"007"_s,
                                    QString(),
                                    u""_s,
                                    QString(QChar(0xD83D)) + u" lone"_s,
                                    u"x\tTab"_s,
                                    u"\u200B"_s,
                                    u"---"_s,
                                    u"ｆｕｌｌ"_s};
    QRandomGenerator rng(7);
    ServiceList services;
    for (int i = 0; i < count; ++i) {
        Service service;
        service.id = quint64(i);
        const int parts = rng.bounded(3);
        service.name = Words[rng.bounded(int(std::size(Words)))];
        for (int part = 0; part < parts; ++part)
            service.name += u' ' + Words[rng.bounded(int(std::size(Words)))];
        if (rng.bounded(4) == 0)
            service.name += u" | min "_s + QString::number(rng.bounded(2000));
        service.category = Words[rng.bounded(int(std::size(Words)))];
        services.append(service);
    }
    return services;
}

// Each row's rank the slow way: every row sorted with QCollator::compare.
std::vector<int> referenceRanks(const ServiceList &services, const QCollator &collator, int column)
{
    const auto text = [&](int row) {
        return column == ServiceTableModel::NameColumn ? services[row].name
                                                       : services[row].category;
    };
    std::vector<int> rows(size_t(services.size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return collator.compare(text(a), text(b)) < 0; });
    std::vector<int> ranks(rows.size());
    int rank = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        rank += i > 0 && collator.compare(text(rows[i - 1]), text(rows[i])) != 0;
        ranks[size_t(rows[i])] = rank;
    }
    return ranks;
}

// English, numbers compared as numbers: as the view sets its collator up.
QCollator numericCollator()
{
    QCollator collator{QLocale(u"en_US"_s)};
    collator.setNumericMode(true);
    return collator;
}

} // namespace

class TestCollationRanks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRankRowsInTheCollatorsOrder_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<bool>("ignorePunctuation");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("blockRows");
        QTest::addColumn<int>("column");
        const int name = ServiceTableModel::NameColumn;
        const int category = ServiceTableModel::CategoryColumn;
        // The app's collator: natural numbers, case-insensitive.
        QTest::newRow("English, one block")
            << u"en_US"_s << false << true << false << 6000 << (1 << 17) << name;
        QTest::newRow("Indonesian, one block")
            << u"id_ID"_s << false << true << false << 6000 << (1 << 17) << name;
        QTest::newRow("Indonesian, blocks")
            << u"id_ID"_s << false << true << false << 9000 << 2500 << name;
        QTest::newRow("few rows") << u"id_ID"_s << false << true << false << 300 << (1 << 17)
                                  << name;
        QTest::newRow("German, case-sensitive")
            << u"de_DE"_s << true << true << false << 5000 << (1 << 17) << name;
        QTest::newRow("Swedish, no numbers, no punctuation")
            << u"sv_SE"_s << false << false << true << 5000 << (1 << 17) << category;
        QTest::newRow("Japanese") << u"ja_JP"_s << false << true << false << 5000 << (1 << 17)
                                  << name;
        QTest::newRow("Serbian in Latin script")
            << u"sr_Latn_RS"_s << false << true << false << 5000 << (1 << 17) << name;
    }

    void shouldRankRowsInTheCollatorsOrder()
    {
        QFETCH(QString, locale);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, numeric);
        QFETCH(bool, ignorePunctuation);
        QFETCH(int, rows);
        QFETCH(int, blockRows);
        QFETCH(int, column);
        QCollator collator{QLocale(locale)};
        collator.setCaseSensitivity(caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        collator.setNumericMode(numeric);
        collator.setIgnorePunctuation(ignorePunctuation);
        const ServiceList services = messyServices(rows);

        const std::vector<int> expected = referenceRanks(services, collator, column);
        QVERIFY(*std::max_element(expected.begin(), expected.end()) > 20); // ties and distinct
        // The keys made on all cores, or all on this thread (a background build's way).
        for (const auto threads :
             {CollationRanks::Threads::AllCores, CollationRanks::Threads::Caller}) {
            const std::vector<int> ranks =
                CollationRanks(collator, blockRows, threads).of(services, column);
            QCOMPARE(ranks.size(), expected.size());
            for (size_t row = 0; row < ranks.size(); ++row) {
                if (ranks[row] != expected[row])
                    QFAIL(qPrintable(u"row %1 (%2): rank %3, expected %4"_s.arg(row)
                                         .arg(services[qsizetype(row)].name)
                                         .arg(ranks[row])
                                         .arg(expected[row])));
            }
        }
    }

    void shouldGiveNoRanksWhenCancelled_data()
    {
        QTest::addColumn<int>("blockRows");
        QTest::newRow("one block") << (1 << 17);
        QTest::newRow("blocks") << 2500;
    }

    void shouldGiveNoRanksWhenCancelled()
    {
        QFETCH(int, blockRows);
        const QCollator collator = numericCollator();
        const ServiceList services = messyServices(6000);
        const std::atomic_bool cancelled = true;
        QVERIFY(CollationRanks(collator, blockRows)
                    .of(services, ServiceTableModel::NameColumn, &cancelled)
                    .empty());
        const std::atomic_bool notCancelled = false;
        QCOMPARE(CollationRanks(collator, blockRows)
                     .of(services, ServiceTableModel::NameColumn, &notCancelled),
                 referenceRanks(services, collator, ServiceTableModel::NameColumn));
    }

    // A build for a click that may come runs at idle priority and may wait long for a core: a
    // sort taking it before it is done drops it and ranks itself; a build wanted soon is waited
    // for.
    void shouldNotWaitForABuildForLater()
    {
        const QCollator collator = numericCollator();
        const ServiceList services = messyServices(20000);
        const std::vector<int> expected =
            referenceRanks(services, collator, ServiceTableModel::NameColumn);
        CollationRanksBuild build;
        build.start(collator, 2500, services, ServiceTableModel::NameColumn,
                    CollationRanksBuild::Urgency::Later);
        QVERIFY(build.isRunning());
        QCOMPARE(build.column(), int(ServiceTableModel::NameColumn));
        QVERIFY(build.take().empty());
        QVERIFY(!build.isRunning());
        QCOMPARE(build.column(), -1);

        build.start(collator, 2500, services, ServiceTableModel::NameColumn,
                    CollationRanksBuild::Urgency::Soon);
        QCOMPARE(build.take(), expected);
        QVERIFY(build.take().empty());
    }

    // While a filter pass holds it back, a build for later makes no progress; it finishes, with
    // the same ranks, once the last hold is let go. A build wanted soon is never held back.
    void shouldWaitWhileHeldBack()
    {
        const QCollator collator = numericCollator();
        const ServiceList services = messyServices(3000);
        const std::vector<int> expected =
            referenceRanks(services, collator, ServiceTableModel::NameColumn);
        CollationRanksBuild build;
        PauseGate::Hold pass = build.holdBack();
        PauseGate::Hold index = build.holdBack();
        build.start(collator, 1000, services, ServiceTableModel::NameColumn,
                    CollationRanksBuild::Urgency::Later);
        // Unheld, the build takes a few milliseconds.
        QTest::qWait(500);
        QVERIFY(build.isRunning());
        index = PauseGate::Hold();
        QTest::qWait(200);
        QVERIFY(build.isRunning());
        {
            const PauseGate::Hold moved = std::move(pass);
        }
        QTRY_VERIFY(!build.isRunning());
        QCOMPARE(build.take(), expected);

        const PauseGate::Hold typing = build.holdBack();
        build.start(collator, 1000, services, ServiceTableModel::NameColumn,
                    CollationRanksBuild::Urgency::Soon);
        QCOMPARE(build.take(), expected);
    }

    // A hold on a build for later dropped by a sort (take) or a new build lets its thread go
    // once released, and the build's destruction does not wait for more than that.
    void shouldDropAHeldBackBuild()
    {
        const QCollator collator = numericCollator();
        const ServiceList services = messyServices(3000);
        auto build = std::make_unique<CollationRanksBuild>();
        {
            const PauseGate::Hold hold = build->holdBack();
            build->start(collator, 1000, services, ServiceTableModel::NameColumn,
                         CollationRanksBuild::Urgency::Later);
            QVERIFY(build->take().empty());
            QVERIFY(!build->isRunning());
        }
        QElapsedTimer timer;
        timer.start();
        build.reset();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCollationRanks)
#include "test_collationranks.moc"
