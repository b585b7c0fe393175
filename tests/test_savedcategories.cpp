// SPDX-License-Identifier: MIT
#include "savedcategories.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSavedCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another window changed the list while this one did.
    void shouldMergeAChangeWithAnotherProcesssChanges_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("stored");
        QTest::addColumn<QStringList>("merged");
        const QStringList abc = {u"A"_s, u"B"_s, u"C"_s};
        QTest::newRow("nobody else changed it")
            << abc << QStringList{u"C"_s, u"A"_s} << abc << QStringList{u"C"_s, u"A"_s};
        QTest::newRow("both added") << abc << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Mine"_s}
                                    << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Theirs"_s}
                                    << QStringList{u"A"_s, u"B"_s, u"C"_s, u"Mine"_s, u"Theirs"_s};
        QTest::newRow("they removed one I kept, I moved one")
            << abc << QStringList{u"C"_s, u"A"_s, u"B"_s} << QStringList{u"A"_s, u"C"_s}
            << QStringList{u"C"_s, u"A"_s};
        QTest::newRow("I removed one they kept and added one")
            << abc << QStringList{u"A"_s, u"C"_s} << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
            << QStringList{u"A"_s, u"C"_s, u"D"_s};
        QTest::newRow("both added the same") << abc << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                                             << QStringList{u"D"_s, u"A"_s, u"B"_s, u"C"_s}
                                             << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        QTest::newRow("they emptied it, I added one")
            << abc << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s} << QStringList{}
            << QStringList{u"D"_s};
        QTest::newRow("first write of a file with a name")
            << QStringList{} << QStringList{u"A"_s} << QStringList{u"B"_s}
            << QStringList{u"A"_s, u"B"_s};
    }

    void shouldMergeAChangeWithAnotherProcesssChanges()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QStringList, stored);
        QFETCH(QStringList, merged);
        QCOMPARE(SavedCategories::merged(before, after, stored), merged);
    }

    void shouldMergeNoMoreThanTheMostThatCanBeSaved()
    {
        QStringList mine;
        QStringList theirs;
        for (int i = 0; i < SavedCategories::MaxCategories; ++i) {
            mine << u"mine "_s + QString::number(i);
            theirs << u"theirs "_s + QString::number(i);
        }
        const QStringList merged = SavedCategories::merged({}, mine, theirs);
        QCOMPARE(merged, mine);
    }

    void shouldKeepExactNamesInTheUsersOrder()
    {
        SavedCategories saved;
        QAbstractItemModelTester tester(&saved,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&saved, &SavedCategories::namesChanged);
        QVERIFY(saved.add(QStringLiteral("[YT] Youtube Subscribers ")));
        QVERIFY(saved.add(QStringLiteral("[-]  CapCut")));
        QVERIFY(saved.add(QStringLiteral("[IG] Likes")));
        QVERIFY(!saved.add(QStringLiteral("[IG] Likes")));
        QVERIFY(!saved.add(QString()));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(saved.index(0).data(Qt::DisplayRole).toString(),
                 QStringLiteral("“[YT] Youtube Subscribers ”"));
        QCOMPARE(saved.index(0).data(Qt::EditRole).toString(),
                 QStringLiteral("[YT] Youtube Subscribers "));

        saved.move(0, 2);
        QCOMPARE(saved.names(),
                 (QStringList{QStringLiteral("[-]  CapCut"), QStringLiteral("[IG] Likes"),
                              QStringLiteral("[YT] Youtube Subscribers ")}));
        saved.move(2, 0);
        QCOMPARE(saved.names().first(), QStringLiteral("[YT] Youtube Subscribers "));
        saved.move(0, 7);
        saved.remove(1);
        QCOMPARE(saved.names(), (QStringList{QStringLiteral("[YT] Youtube Subscribers "),
                                             QStringLiteral("[IG] Likes")}));
        saved.setNames({QStringLiteral("a"), QStringLiteral("a"), QString(), QStringLiteral("b")});
        QCOMPARE(saved.names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void shouldExportAndImportThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        SavedCategories saved;
        saved.setNames({QStringLiteral("[YT] Views "), QStringLiteral("🇮🇩 Likes")});
        QCOMPARE(saved.exportTo(path), QString());

        SavedCategories other;
        QAbstractItemModelTester tester(&other,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        other.add(QStringLiteral("🇮🇩 Likes"));
        QString error;
        QCOMPARE(other.importFrom(path, &error), 1);
        QCOMPARE(other.names(),
                 (QStringList{QStringLiteral("🇮🇩 Likes"), QStringLiteral("[YT] Views ")}));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"not\": \"a list\"}");
        bad.close();
        QCOMPARE(other.importFrom(bad.fileName(), &error), -1);
        QVERIFY(error.contains(QStringLiteral("not a list")));
        QCOMPARE(other.importFrom(dir.filePath(QStringLiteral("missing.json")), &error), -1);
        QVERIFY(!saved.exportTo(dir.filePath(QStringLiteral("no/such/dir/x.json"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSavedCategories)
#include "test_savedcategories.moc"
