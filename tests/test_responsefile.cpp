// SPDX-License-Identifier: MIT
#include "responsefile.h"

#include "smalldisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <thread>

#include <sys/stat.h>

namespace {

const QByteArray TwoServices =
    R"({"status":true,"data":[{"id":1,"name":"a","price":1000,"min":1,"max":10},)"
    R"({"id":2,"name":"b","price":"2,500","min":1,"max":10}]})";

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

FetchLimits limitedTo(qint64 maxResponseBytes)
{
    FetchLimits limits;
    limits.maxResponseBytes = maxResponseBytes;
    return limits;
}

} // namespace

class TestResponseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void shouldReadBackWhatWasWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QCOMPARE(ResponseFile::write(path, TwoServices), QString());
        const ResponseFile::Loaded loaded = ResponseFile::read(path, limitedTo(1024 * 1024));
        QVERIFY2(!loaded.parsed.isError(), qPrintable(loaded.parsed.error));
        QCOMPARE(loaded.body, TwoServices);
        QCOMPARE(loaded.parsed.services.size(), 2);
        QCOMPARE(loaded.parsed.services.at(1).price, 2500.0);
    }

    void shouldReplaceAnExistingFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.json"));
        QCOMPARE(ResponseFile::write(path, QByteArray(4096, 'x')), QString());
        QCOMPARE(ResponseFile::write(path, TwoServices), QString());
        QCOMPARE(contentsOf(path), TwoServices);
    }

    void shouldSayWhyAFileCannotBeWrittenAndKeepTheOldOne()
    {
        const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/x.json"));
        const QString error = ResponseFile::write(missingFolder, TwoServices);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write “") + missingFolder + u'”'),
                 qPrintable(error));
        QVERIFY(!QFile::exists(missingFolder));

        // A folder standing where the file should go is left as it is.
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!ResponseFile::write(folder, TwoServices).isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
    }

    void shouldSayTheDiskIsFullAndKeepTheExistingFile()
    {
        const QString mountPoint = m_dir.filePath(QStringLiteral("small"));
        const SmallDisk disk(mountPoint);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.error()));
        const QString path = QDir(mountPoint).filePath(QStringLiteral("saved.json"));
        QCOMPARE(ResponseFile::write(path, TwoServices), QString());

        const QString error = ResponseFile::write(path, QByteArray(1024 * 1024, ' '));
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QCOMPARE(contentsOf(path), TwoServices);
        QCOMPARE(QDir(mountPoint).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("saved.json")});
    }

    void shouldRefuseWhatIsNotASavedResponse()
    {
        const ResponseFile::Loaded folder = ResponseFile::read(m_dir.path(), limitedTo(1024));
        QVERIFY2(folder.parsed.error.contains(QStringLiteral("is a folder")),
                 qPrintable(folder.parsed.error));

        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        const ResponseFile::Loaded absent = ResponseFile::read(missing, limitedTo(1024));
        QVERIFY2(absent.parsed.error.startsWith(QStringLiteral("Cannot open “") + missing),
                 qPrintable(absent.parsed.error));

        const QString html = m_dir.filePath(QStringLiteral("page.html"));
        QCOMPARE(ResponseFile::write(html, "<html><body>Maintenance</body></html>"), QString());
        const ResponseFile::Loaded page = ResponseFile::read(html, limitedTo(1024));
        QVERIFY(page.parsed.isError());
        QVERIFY(page.body.isEmpty());
        QVERIFY(page.parsed.services.isEmpty());
    }

    void shouldRefuseAFileOverTheLimitAndReadOneAtIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("limit.json"));
        QCOMPARE(ResponseFile::write(path, TwoServices), QString());
        const ResponseFile::Loaded atLimit =
            ResponseFile::read(path, limitedTo(TwoServices.size()));
        QVERIFY2(!atLimit.parsed.isError(), qPrintable(atLimit.parsed.error));
        const ResponseFile::Loaded over =
            ResponseFile::read(path, limitedTo(TwoServices.size() - 1));
        QVERIFY2(over.parsed.error.contains(QStringLiteral("larger than the limit")),
                 qPrintable(over.parsed.error));
        QVERIFY(over.body.isEmpty());
    }

    void shouldReadAPipeWhoseSizeIsNotKnownAheadUpToTheLimit()
    {
        const QString path = m_dir.filePath(QStringLiteral("response.fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const auto readThroughPipe = [&](qint64 maxBytes) {
            // Opening either end of a FIFO waits for the other.
            std::thread writer([&] {
                QFile out(path);
                if (out.open(QIODevice::WriteOnly))
                    out.write(TwoServices);
            });
            const ResponseFile::Loaded loaded = ResponseFile::read(path, limitedTo(maxBytes));
            writer.join();
            return loaded;
        };

        const ResponseFile::Loaded whole = readThroughPipe(TwoServices.size());
        QVERIFY2(!whole.parsed.isError(), qPrintable(whole.parsed.error));
        QCOMPARE(whole.body, TwoServices);
        QCOMPARE(whole.parsed.services.size(), 2);

        const ResponseFile::Loaded over = readThroughPipe(TwoServices.size() - 1);
        QVERIFY(over.tooLarge);
        QVERIFY(over.body.isEmpty());
        QVERIFY(over.parsed.services.isEmpty());
    }

    void shouldApplyTheParseLimits()
    {
        const QString path = m_dir.filePath(QStringLiteral("rows.json"));
        QCOMPARE(ResponseFile::write(path, TwoServices), QString());
        FetchLimits limits = limitedTo(1024);
        limits.parse.maxRows = 1;
        const ResponseFile::Loaded loaded = ResponseFile::read(path, limits);
        QVERIFY2(!loaded.parsed.isError(), qPrintable(loaded.parsed.error));
        QCOMPARE(loaded.parsed.services.size(), 1);
        QCOMPARE(loaded.parsed.rowsOverLimit, 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestResponseFile)
#include "test_responsefile.moc"
