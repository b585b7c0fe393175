// SPDX-License-Identifier: MIT
#include "pricecomparison.h"
#include "searchtext.h"
#include "servicefilter.h"
#include "serviceformatter.h"
#include "servicesearchindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

class TestServiceSearchIndex : public QObject
{
    Q_OBJECT

private:
    // More rows than a pass checks in one block and picks out in one piece, so that both are
    // split over threads, with a short last one.
    static constexpr int ManyRows = 70001;

    // Three panels with the same ids; shared and unshared texts, missing ones, markup, accents,
    // styled letters and notes longer than what is searched.
    static ServiceList messyServices(int rows)
    {
        const QString categories[] = {u"[IG] Instagram Likes"_s, u"[YT] Youtube Views"_s,
                                      u"TikTok Café Vues"_s, QString()};
        const QString types[] = {u"Default"_s, u"Custom Comments"_s, QString(), u""_s};
        const QString notes[] = {QString(), u"<b>Fast</b> start, <i>views</i> only"_s,
                                 u"Garansi 30 hari \u267B\uFE0F"_s,
                                 QString(2100, u'x') + u" hidden"_s};
        const QString words[] = {u"Views"_s,
                                 u"likes"_s,
                                 u"VIP"_s,
                                 u"Véritable"_s,
                                 u"indo"_s,
                                 u"Followers 10"_s,
                                 u"\U0001D5E5\U0001D5F2\U0001D5EE\U0001D5F9"_s, // styled "Real"
                                 u"vie"_s,
                                 u"saves"_s};
        const QString panels[] = {QString(), u"Panel A"_s, u"Panel B"_s};
        QRandomGenerator random(19);
        const auto pick = [&random](const auto &list) {
            return list[random.bounded(int(std::size(list)))];
        };
        ServiceList services;
        services.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            Service service;
            service.id = quint64(i / 3);
            service.panel = panels[i % 3];
            service.name = pick(words) + u' ' + pick(words) + u' ' + QString::number(i % 97);
            // Some texts are copies of their own, as a parser that does not share them makes.
            service.category = i % 10 == 0 ? u"Own category %1"_s.arg(i % 7) : pick(categories);
            service.type = pick(types);
            service.note =
                i % 13 == 0 ? u"<p>own <b>views</b> note %1</p>"_s.arg(i % 5) : pick(notes);
            service.price = random.bounded(1000) / 10.0;
            service.min = random.bounded(3) * 100;
            service.max = random.bounded(2) ? 5000 : Service::UnlimitedMax;
            service.refill = random.bounded(2) == 1;
            service.active = random.bounded(10) > 0;
            services.append(service);
        }
        return services;
    }

    // Some repriced, some new since a fetch before.
    static PriceComparison messyChanges(const ServiceList &services)
    {
        ServiceList previous;
        for (qsizetype row = 0; row < services.size(); ++row) {
            if (row % 11 == 0)
                continue;
            Service service = services.at(row);
            if (row % 7 == 0)
                service.price += 1;
            previous.append(service);
        }
        return PriceComparison::compare(previous, services);
    }

    // Each row's texts folded the plain way, the note's start as the index searches it.
    static QStringList foldedTexts(const ServiceList &services)
    {
        QStringList texts;
        texts.reserve(services.size());
        for (const Service &service : services)
            texts << SearchText::fold(service.name) + u'\n' + SearchText::fold(service.category)
                         + u'\n' + SearchText::fold(service.type) + u'\n'
                         + SearchText::fold(ServiceFormatter::plainNote(service.note).left(2000));
        return texts;
    }

    // Every candidate's values checked and folded text searched: the plain way to the same rows.
    static std::vector<int> plainFilter(const ServiceFilter &filter,
                                        const std::vector<int> &candidates,
                                        const ServiceList &services, const QStringList &texts,
                                        const PriceComparison &changes)
    {
        std::vector<int> accepted;
        for (const int row : candidates) {
            const Service &service = services.at(row);
            if (!filter.acceptsValues(service, filter.changedOnly
                                                   && changes.isChanged(service.id, service.panel)))
                continue;
            if (std::all_of(filter.terms.cbegin(), filter.terms.cend(),
                            [&](const QString &term) { return texts.at(row).contains(term); }))
                accepted.push_back(row);
        }
        return accepted;
    }

    static std::vector<int> allRows(qsizetype count)
    {
        std::vector<int> rows(size_t(count), 0);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }

    // Every `step`th row, in a scrambled order as a sort makes.
    static std::vector<int> scrambledRows(qsizetype count, int step)
    {
        std::vector<int> rows;
        for (int row = 0; row < count; row += step)
            rows.push_back(row);
        QRandomGenerator random(5);
        std::shuffle(rows.begin(), rows.end(), random);
        return rows;
    }

    static QList<int> listOf(const std::optional<std::vector<int>> &rows)
    {
        return rows ? QList<int>(rows->begin(), rows->end()) : QList<int>{-1};
    }

    static QList<int> listOf(const std::vector<int> &rows)
    {
        return QList<int>(rows.begin(), rows.end());
    }

    ServiceList m_services = messyServices(ManyRows);
    QStringList m_texts = foldedTexts(m_services);
    PriceComparison m_changes = messyChanges(m_services);
    ServiceSearchIndex m_index{m_services};

private Q_SLOTS:
    void shouldAcceptWhatAPlainSearchAccepts_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("refill");
        QTest::addColumn<bool>("activeOnly");
        QTest::addColumn<qint64>("quantity"); // -1: none
        QTest::addColumn<double>("maxPrice"); // -1: none
        QTest::addColumn<bool>("changedOnly");
        using Refill = ServiceFilter::Refill;
        QTest::newRow("one letter") << u"v"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("one digit") << u"7"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        // Only in one note's "Garansi 30 hari" and past the searched start of another.
        QTest::newRow("one letter, in a note or past its start")
            << u"h"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("letters and digits apart")
            << u"v 7 i"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("one letter and values")
            << u"v"_s << int(Refill::Yes) << true << 150LL << -1.0 << false;
        QTest::newRow("one letter and a word")
            << u"v likes"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("in the name or the category")
            << u"vi"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("two words")
            << u"views 10"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("accent not typed")
            << u"CAFE vér"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("in a note's markup-free text")
            << u"fast start"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("past the searched start of a note")
            << u"hidden"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("styled letters")
            << u"real"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("unshared texts")
            << u"own"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("no letter or digit")
            << u"[ig]"_s << int(Refill::Any) << false << -1LL << -1.0 << false;
        QTest::newRow("nowhere") << u"spotify"_s << int(Refill::Any) << false << -1LL << -1.0
                                 << false;
        QTest::newRow("words and values")
            << u"vi"_s << int(Refill::Yes) << true << 150LL << 60.0 << false;
        QTest::newRow("values only")
            << QString() << int(Refill::No) << true << -1LL << 30.0 << false;
        QTest::newRow("changed only")
            << QString() << int(Refill::Any) << false << -1LL << -1.0 << true;
        QTest::newRow("words, changed only")
            << u"likes"_s << int(Refill::Any) << true << -1LL << -1.0 << true;
    }

    void shouldAcceptWhatAPlainSearchAccepts()
    {
        QFETCH(QString, search);
        QFETCH(int, refill);
        QFETCH(bool, activeOnly);
        QFETCH(qint64, quantity);
        QFETCH(double, maxPrice);
        QFETCH(bool, changedOnly);
        ServiceFilter filter;
        filter.terms = SearchText::terms(search);
        filter.refill = ServiceFilter::Refill(refill);
        filter.activeOnly = activeOnly;
        if (quantity >= 0)
            filter.quantity = quantity;
        if (maxPrice >= 0)
            filter.maxPrice = maxPrice;
        filter.changedOnly = changedOnly;

        QCOMPARE(m_index.rowCount(), ManyRows);
        const std::vector<int> candidateLists[] = {allRows(ManyRows),
                                                   scrambledRows(ManyRows, 1),
                                                   scrambledRows(ManyRows, 3),
                                                   scrambledRows(ManyRows, 9000),
                                                   {}};
        for (const std::vector<int> &candidates : candidateLists) {
            const std::vector<int> expected =
                plainFilter(filter, candidates, m_services, m_texts, m_changes);
            QCOMPARE(listOf(m_index.filter(filter, candidates, m_services, m_changes)),
                     listOf(expected));
        }
        QCOMPARE(plainFilter(filter, allRows(ManyRows), m_services, m_texts, m_changes).empty(),
                 search == u"spotify" || search == u"hidden");
    }

    void shouldNarrowTypedLettersToTheRowsOfAFullPass_data()
    {
        QTest::addColumn<bool>("withValues");
        QTest::addColumn<bool>("changedOnly");
        QTest::newRow("words") << false << false;
        QTest::newRow("words and values") << true << false;
        QTest::newRow("words, changed only") << false << true;
    }

    void shouldNarrowTypedLettersToTheRowsOfAFullPass()
    {
        QFETCH(bool, withValues);
        QFETCH(bool, changedOnly);
        const std::vector<int> sorted = scrambledRows(ManyRows, 1);
        std::vector<int> shown = sorted;
        const QString typed = u"views 1"_s;
        for (qsizetype length = 1; length <= typed.size(); ++length) {
            ServiceFilter filter;
            filter.terms = SearchText::terms(typed.left(length));
            if (withValues) {
                filter.refill = ServiceFilter::Refill::Yes;
                filter.minPrice = 20;
            }
            filter.changedOnly = changedOnly;
            const std::optional<std::vector<int>> narrowed =
                m_index.filter(filter, shown, m_services, m_changes);
            QVERIFY(narrowed);
            const std::optional<std::vector<int>> full =
                m_index.filter(filter, sorted, m_services, m_changes);
            QCOMPARE(listOf(narrowed), listOf(full));
            QCOMPARE(listOf(narrowed),
                     listOf(plainFilter(filter, sorted, m_services, m_texts, m_changes)));
            QVERIFY2(!narrowed->empty(), qPrintable(typed.left(length)));
            shown = *narrowed;
        }
    }

    void shouldGiveNothingWhenCancelled()
    {
        ServiceFilter filter;
        filter.terms = SearchText::terms(u"v"_s);
        std::atomic_bool cancelled = false;
        const std::optional<std::vector<int>> rows =
            m_index.filter(filter, allRows(ManyRows), m_services, m_changes, &cancelled);
        QVERIFY(rows);
        QVERIFY(!rows->empty());
        cancelled = true;
        QVERIFY(!m_index.filter(filter, allRows(ManyRows), m_services, m_changes, &cancelled));
        QVERIFY(
            !m_index.filter(filter, scrambledRows(ManyRows, 5), m_services, m_changes, &cancelled));
    }

    void shouldNeverFindATermAcrossTwoNames()
    {
        // Names are folded into one buffer per block of rows, one after another; a term made of
        // the end of one name and the start of the next must not be found, in a block or at its
        // end.
        // Both kinds of name have every letter and letter pair of "bab", so neither the row's
        // letters nor its pairs turn it down: only reading past the name's end would find it.
        ServiceList services;
        for (int i = 0; i < 40001; ++i) {
            Service service;
            service.id = quint64(i);
            service.name = i % 2 ? u"ba ab"_s : u"ab ba"_s;
            services.append(service);
        }
        const ServiceSearchIndex index(services);
        const auto found = [&](const QString &text) {
            ServiceFilter filter;
            filter.terms = SearchText::terms(text);
            return index.filter(filter, allRows(services.size()), services, PriceComparison());
        };
        QCOMPARE(listOf(found(u"bab"_s)), QList<int>());
        QCOMPARE(listOf(found(u"aba"_s)), QList<int>());
        const std::optional<std::vector<int>> everyRow = found(u"ba ab"_s);
        QVERIFY(everyRow);
        QCOMPARE(everyRow->size(), size_t(40001));
        QCOMPARE(everyRow->back(), 40000);
    }

    void shouldFoldAShareOfTextAsEachFieldWants()
    {
        // One text shared by a category and a note (the parser shares equal texts): the note is
        // searched without its markup, the category as written, whichever is seen first.
        const QString shared = u"<b>Fast</b>likes"_s;
        ServiceList services(3);
        services[0].category = shared;
        services[1].note = shared;
        services[2].note = shared;
        services[2].category = shared;
        const ServiceSearchIndex index(services);
        const auto found = [&](const QString &text) {
            ServiceFilter filter;
            filter.terms = SearchText::terms(text);
            return listOf(
                index.filter(filter, allRows(services.size()), services, PriceComparison()));
        };
        QCOMPARE(found(u"</b>"_s), (QList<int>{0, 2}));
        QCOMPARE(found(u"fastlikes"_s), (QList<int>{1, 2}));
        QCOMPARE(found(u"fast"_s), (QList<int>{0, 1, 2}));
    }

    void shouldFilterAnEmptyList()
    {
        const ServiceSearchIndex index{ServiceList()};
        ServiceFilter filter;
        filter.terms = SearchText::terms(u"views"_s);
        QCOMPARE(listOf(index.filter(filter, {}, ServiceList(), PriceComparison())), QList<int>());
    }
};

QTEST_GUILESS_MAIN(TestServiceSearchIndex)
#include "test_servicesearchindex.moc"
