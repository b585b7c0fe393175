// SPDX-License-Identifier: MIT
#include "catalogcache.h"
#include "v2parser.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <sys/stat.h>

namespace {

// Messy like a real catalog: a price as text, a row without a name, one that is not an object.
const QByteArray Catalog =
    R"({"status":true,"data":[{"id":1,"name":"a","category":"x","price":1000,"min":1,"max":10},)"
    R"({"id":2,"name":null,"category":"y","price":"2,500","min":1,"max":10},7,)"
    R"({"id":3,"name":"c","category":"y","price":3000}]})";

// A standard-API list: a rate as text with trailing zeros, one as a number, a row without a name,
// one that is not an object, min and max as strings.
const QByteArray V2List =
    R"([{"service":1,"name":"Likes","type":"Default","category":"Instagram","rate":"0.0450",)"
    R"("min":"10","max":"5000"},7,{"service":"2","name":null,"category":"TikTok","rate":1.5,)"
    R"("min":10,"max":100,"refill":1},{"service":3,"name":"Views","category":"TikTok",)"
    R"("rate":"0.0012000","min":100,"max":"1000000","dripfeed":true}])";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void shouldLoadWhatWasStored()
    {
        CatalogCache cache(m_dir.filePath(QStringLiteral("sub/catalog.json")));
        QVERIFY(cache.store(Catalog));
        QSignalSpy loaded(&cache, &CatalogCache::loaded);
        QSignalSpy unusable(&cache, &CatalogCache::unusable);
        cache.load({});
        QCOMPARE(loaded.size(), 0); // never before load() has returned
        QVERIFY(loaded.wait(10000));
        const auto services = loaded.first().first().value<ServiceList>();
        QVERIFY(services.size() >= 2);
        QCOMPARE(services.first().id, quint64(1));
        QCOMPARE(unusable.size(), 0);
    }

    // The cache is a FIFO that only gets its data after load() returned: were the file read on
    // the calling thread, load() would never return.
    void shouldReadAndParseOffTheCallingThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("fifo.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        CatalogCache cache(path);
        QSignalSpy loaded(&cache, &CatalogCache::loaded);
        cache.load({});
        QVERIFY(writeFile(path, Catalog)); // blocks until the worker opens the other end
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().value<ServiceList>().last().id, quint64(3));
    }

    void shouldIgnoreAMissingOrDamagedCache_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("cut off") << Catalog.left(Catalog.size() / 2);
        QTest::newRow("a web page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("wrong shape") << QByteArray(R"({"status":false,"data":"nope"})");
    }

    void shouldIgnoreAMissingOrDamagedCache()
    {
        QFETCH(QByteArray, contents);
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile::remove(path);
        if (!contents.isNull())
            QVERIFY(writeFile(path, contents));
        CatalogCache cache(path);
        QSignalSpy loaded(&cache, &CatalogCache::loaded);
        QSignalSpy unusable(&cache, &CatalogCache::unusable);
        cache.load({});
        QVERIFY(unusable.wait(10000));
        QCOMPARE(loaded.size(), 0);
    }

    void shouldDropALoadInFlightWhenAFreshCatalogIsStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        CatalogCache cache(path);
        QSignalSpy loaded(&cache, &CatalogCache::loaded);
        QSignalSpy unusable(&cache, &CatalogCache::unusable);
        cache.load({});
        QFile panel(path);
        QVERIFY(panel.open(QIODevice::WriteOnly)); // the worker holds the other end now
        // A fresh catalog arrives while the cached one is still being read.
        QVERIFY(cache.store(Catalog.left(40)));
        QCOMPARE(panel.write(Catalog), Catalog.size());
        panel.close();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(unusable.size(), 0);
    }

    void shouldReadAStandardApiListWithItsOwnParser()
    {
        CatalogCache cache(m_dir.filePath(QStringLiteral("v2.json")), nullptr,
                           &V2Parser::parseServices);
        QVERIFY(cache.store(V2List));
        QSignalSpy loaded(&cache, &CatalogCache::loaded);
        cache.load({});
        QVERIFY(loaded.wait(10000));
        const auto services = loaded.first().first().value<ServiceList>();
        QVERIFY(services.size() >= 2);
        QCOMPARE(services.first().id, quint64(1));
        QCOMPARE(services.first().priceExact, QStringLiteral("0.0450"));
        QCOMPARE(services.last().id, quint64(3));
        QCOMPARE(services.last().priceExact, QStringLiteral("0.0012000"));
    }

    void shouldRejectAPanelsErrorAsItsList()
    {
        CatalogCache cache(m_dir.filePath(QStringLiteral("v2-error.json")), nullptr,
                           &V2Parser::parseServices);
        QVERIFY(cache.store(R"({"error":"Incorrect API key"})"));
        QSignalSpy unusable(&cache, &CatalogCache::unusable);
        cache.load({});
        QVERIFY(unusable.wait(10000));
    }

    void shouldKeepEachPanelInAFileOfItsOwnBesideTheCatalog()
    {
        const QUrl url(QStringLiteral("https://panel.example/api/v2"));
        const QString folder = m_dir.path();
        const QString first = CatalogCache::panelPath(QStringLiteral("Cheap SMM"), url, folder);
        QCOMPARE(QFileInfo(first).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QVERIFY2(QFileInfo(first).fileName().startsWith(u"catalog-") && first.endsWith(u".json"),
                 qPrintable(first));
        QCOMPARE(CatalogCache::panelPath(QStringLiteral("Cheap SMM"), url, folder), first);
        QVERIFY(CatalogCache::panelPath(QStringLiteral("Other"), url, folder) != first);
        QVERIFY(CatalogCache::panelPath(QStringLiteral("Cheap SMM"),
                                        QUrl(QStringLiteral("https://other.example/api/v2")),
                                        folder)
                != first);
        // A name that is no file name still makes one file in the folder.
        const QString odd = CatalogCache::panelPath(QStringLiteral("../a/b: “c”?"), url, folder);
        QCOMPARE(QFileInfo(odd).absolutePath(), QFileInfo(folder).absoluteFilePath());
        // Beside catalog.json when no folder is given.
        QCOMPARE(
            QFileInfo(CatalogCache::panelPath(QStringLiteral("Cheap SMM"), url)).absolutePath(),
            QFileInfo(CatalogCache().path()).absolutePath());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "test_catalogcache.moc"
