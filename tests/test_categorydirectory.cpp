// SPDX-License-Identifier: MIT
#include "categorydirectory.h"

#include <QTest>

namespace {

Service inCategory(const QString &category)
{
    Service service;
    service.category = category;
    return service;
}

QStringList titlesOf(const QList<CategoryDirectory::Platform> &platforms)
{
    QStringList titles;
    for (const CategoryDirectory::Platform &platform : platforms)
        titles << platform.prefix + u' ' + platform.title + u':' + platform.categories.join(u'|');
    return titles;
}

} // namespace

class TestCategoryDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountServicesPerExactCategoryName()
    {
        CategoryDirectory directory;
        QVERIFY(!directory.hasCatalog());
        directory.setCatalog({inCategory(QStringLiteral("[YT] Youtube Subscribers ")),
                              inCategory(QStringLiteral("[YT] Youtube Subscribers")),
                              inCategory(QStringLiteral("[YT] Youtube Subscribers ")),
                              inCategory(QString())});
        QVERIFY(directory.hasCatalog());
        QCOMPARE(directory.serviceCount(QStringLiteral("[YT] Youtube Subscribers ")), 2);
        QCOMPARE(directory.serviceCount(QStringLiteral("[YT] Youtube Subscribers")), 1);
        QCOMPARE(directory.serviceCount(QStringLiteral("[IG] Likes")), 0);
        // A row without a category names none.
        QCOMPARE(directory.names(), (QStringList{QStringLiteral("[YT] Youtube Subscribers "),
                                                 QStringLiteral("[YT] Youtube Subscribers")}));

        directory.setCatalog({});
        QVERIFY(!directory.hasCatalog());
        QVERIFY(directory.names().isEmpty());
    }

    void shouldNameTheLargestCatalogCategoriesFirst()
    {
        CategoryDirectory directory;
        directory.setExtraNames({QStringLiteral("fast")});
        QVERIFY(directory.largest(3).isEmpty());
        const QString small = QStringLiteral("[IG] Likes");
        const QString big = QStringLiteral("[TK] TikTok Views");
        const QString tied = QStringLiteral("[YT] Youtube Views");
        directory.setCatalog({inCategory(small), inCategory(big), inCategory(tied), inCategory(big),
                              inCategory(tied), inCategory(big)});
        QCOMPARE(directory.largest(2), (QStringList{big, tied}));
        QCOMPARE(directory.largest(5), (QStringList{big, tied, small}));
    }

    void shouldListTheCatalogFirstThenExtraNamesOnce()
    {
        CategoryDirectory directory;
        directory.setExtraNames({QStringLiteral("fast"), QString(), QStringLiteral("[IG] Likes"),
                                 QStringLiteral("fast")});
        QCOMPARE(directory.names(),
                 (QStringList{QStringLiteral("fast"), QStringLiteral("[IG] Likes")}));
        directory.setCatalog({inCategory(QStringLiteral("[IG] Likes")),
                              inCategory(QStringLiteral("[TK] TikTok Views"))});
        QCOMPARE(directory.names(),
                 (QStringList{QStringLiteral("[IG] Likes"), QStringLiteral("[TK] TikTok Views"),
                              QStringLiteral("fast")}));
    }

    void shouldResolveLooselyTypedTextToTheExactName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("exact, trailing space kept") << QStringLiteral("[YT] Youtube Subscribers ")
                                                    << QStringLiteral("[YT] Youtube Subscribers ");
        QTest::newRow("case and spaces forgiven") << QStringLiteral("  [yt]   youtube SUBSCRIBERS")
                                                  << QStringLiteral("[YT] Youtube Subscribers ");
        QTest::newRow("double space in the known name")
            << QStringLiteral("[-] capcut") << QStringLiteral("[-]  CapCut");
        QTest::newRow("styled letters are not folded into plain ones")
            << QStringLiteral("[IG] Likes Real") << QStringLiteral("[IG] Likes Real");
        QTest::newRow("unknown text is sent as typed")
            << QStringLiteral("  Something  new ") << QStringLiteral("  Something  new ");
    }

    void shouldResolveLooselyTypedTextToTheExactName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, resolved);
        CategoryDirectory directory;
        directory.setCatalog({inCategory(QStringLiteral("[YT] Youtube Subscribers ")),
                              inCategory(QStringLiteral("[IG] Likes 𝗥𝗲𝗮𝗹"))});
        directory.setExtraNames({QStringLiteral("[-]  CapCut")});
        QCOMPARE(directory.resolve(typed), resolved);
    }

    void shouldFindThePlatformPrefix_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("YouTube") << QStringLiteral("[YT] Youtube Views") << QStringLiteral("[YT]");
        QTest::newRow("lower case") << QStringLiteral("[ig] likes") << QStringLiteral("[IG]");
        QTest::newRow("leading space") << QStringLiteral(" [TK] Views") << QStringLiteral("[TK]");
        QTest::newRow("unknown prefix") << QStringLiteral("[ZZ] Foo") << QStringLiteral("[-]");
        QTest::newRow("too long to be one")
            << QStringLiteral("[Youtube] Views") << QStringLiteral("[-]");
        QTest::newRow("unclosed") << QStringLiteral("[YT Views") << QStringLiteral("[-]");
        QTest::newRow("none") << QStringLiteral("fast") << QStringLiteral("[-]");
        QTest::newRow("empty") << QString() << QStringLiteral("[-]");
    }

    void shouldFindThePlatformPrefix()
    {
        QFETCH(QString, category);
        QFETCH(QString, prefix);
        QCOMPARE(CategoryDirectory::platformPrefix(category), prefix);
    }

    void shouldGroupByPlatformInTheUsualOrderWithOtherLast()
    {
        CategoryDirectory directory;
        directory.setExtraNames({QStringLiteral("history only")});
        // Without a catalog, the extra names are grouped.
        QCOMPARE(titlesOf(directory.platforms()),
                 QStringList{QStringLiteral("[-] Other:history only")});

        directory.setCatalog(
            {inCategory(QStringLiteral("[-]  CapCut")), inCategory(QStringLiteral("[IG] Likes")),
             inCategory(QStringLiteral("[YT] Views")), inCategory(QStringLiteral("[IG] Followers")),
             inCategory(QStringLiteral("[ZZ] Unknown"))});
        // With one, only the panel's categories are.
        QCOMPARE(titlesOf(directory.platforms()),
                 (QStringList{QStringLiteral("[YT] YouTube:[YT] Views"),
                              QStringLiteral("[IG] Instagram:[IG] Likes|[IG] Followers"),
                              QStringLiteral("[-] Other:[-]  CapCut|[ZZ] Unknown")}));
    }

    // A group's count and its categories' counts are both numbers of services.
    void shouldCountTheServicesOfEveryCategoryOfAPlatform()
    {
        CategoryDirectory directory;
        directory.setExtraNames({QStringLiteral("[IG] Only typed once")});
        QCOMPARE(directory.platforms().value(0).serviceCount, 0);

        directory.setCatalog(
            {inCategory(QStringLiteral("[IG] Likes")), inCategory(QStringLiteral("[IG] Likes")),
             inCategory(QStringLiteral("[IG] Likes")), inCategory(QStringLiteral("[IG] Followers")),
             inCategory(QStringLiteral("[YT] Views")), inCategory(QString())});
        const QList<CategoryDirectory::Platform> platforms = directory.platforms();
        QCOMPARE(platforms.size(), 2);
        QCOMPARE(platforms.at(0).prefix, QStringLiteral("[YT]"));
        QCOMPARE(platforms.at(0).serviceCount, 1);
        QCOMPARE(platforms.at(1).categories.size(), 2);
        QCOMPARE(platforms.at(1).serviceCount, 4);
    }
};

QTEST_GUILESS_MAIN(TestCategoryDirectory)
#include "test_categorydirectory.moc"
