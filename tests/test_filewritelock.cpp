// SPDX-License-Identifier: MIT
#include "filewritelock.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace {

// How long a lock that should keep a waiter out is given to let it in wrongly.
constexpr int WrongEntryWaitMs = 300;

// Run as another process: takes the lock on `path`, says "taken" and holds it until its input
// ends (or it is killed).
int takeAndHold(const QString &path)
{
    const FileWriteLock lock(path);
    std::printf("taken\n");
    std::fflush(stdout);
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) {
    }
    return 0;
}

} // namespace

class TestFileWriteLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // In a folder that does not exist yet, as on a first run.
    QString path() const { return m_dir.filePath(QStringLiteral("config/settings.ini")); }

    void startHolder(QProcess &holder)
    {
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), path()});
        QVERIFY(holder.waitForStarted(10'000));
    }

    static bool waitForTaken(QProcess &process, int timeoutMs)
    {
        if (process.canReadLine() || process.waitForReadyRead(timeoutMs))
            return process.readLine().trimmed() == "taken";
        return false;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path() + QStringLiteral(".writing"));
        QFile::remove(path());
    }

    void shouldMakeAnotherProcessWaitUntilLetGo()
    {
        QProcess other;
        {
            const FileWriteLock lock(path());
            QVERIFY(QFileInfo::exists(path() + QStringLiteral(".writing")));
            startHolder(other);
            QVERIFY(!waitForTaken(other, WrongEntryWaitMs));
        }
        QVERIFY(waitForTaken(other, 10'000));
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(10'000));
        QCOMPARE(other.exitCode(), 0);
        // The lock file stays for the next writer; the file itself is not touched.
        QVERIFY(QFileInfo::exists(path() + QStringLiteral(".writing")));
        QVERIFY(!QFileInfo::exists(path()));
    }

    void shouldWaitForAnotherProcessAndNotForOneThatDied()
    {
        QProcess holder;
        startHolder(holder);
        QVERIFY(waitForTaken(holder, 10'000));
        std::atomic_bool taken = false;
        QFuture<void> waiter = QtConcurrent::run([this, &taken] {
            const FileWriteLock lock(path());
            taken = true;
        });
        QTest::qWait(WrongEntryWaitMs);
        QVERIFY(!taken);
        // A writer killed while it writes leaves no lock behind to wait for.
        holder.kill();
        QVERIFY(holder.waitForFinished(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(taken, 10'000);
        waiter.waitForFinished();
    }

    void shouldLetAThreadTakeItAgainAndKeepTheOthersOutTillTheLastGoes()
    {
        std::atomic_bool threadTook = false;
        QProcess other;
        QFuture<void> thread;
        {
            const FileWriteLock outer(path());
            {
                const FileWriteLock inner(path());
                thread = QtConcurrent::run([this, &threadTook] {
                    const FileWriteLock lock(path());
                    threadTook = true;
                });
                startHolder(other);
                QVERIFY(!waitForTaken(other, WrongEntryWaitMs));
                QVERIFY(!threadTook);
            }
            // The outer hold still keeps both out.
            QVERIFY(!waitForTaken(other, WrongEntryWaitMs));
            QVERIFY(!threadTook);
        }
        // Each gets it in turn, whichever first.
        QVERIFY(waitForTaken(other, 10'000));
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(10'000));
        thread.waitForFinished();
        QVERIFY(threadTook);
    }

    void shouldNotWaitWhereNoLockFileCanBeMade()
    {
        // A folder that cannot be made, whatever the user's rights: a file stands in its way.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/settings.ini");
        QFuture<void> taking = QtConcurrent::run([path] { const FileWriteLock lock(path); });
        QTRY_VERIFY_WITH_TIMEOUT(taking.isFinished(), 10'000);
        // Nor later, nor within its own hold.
        const FileWriteLock outer(path);
        const FileWriteLock inner(path);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--hold") == 0)
        return takeAndHold(QString::fromLocal8Bit(argv[2]));
    TestFileWriteLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_filewritelock.moc"
