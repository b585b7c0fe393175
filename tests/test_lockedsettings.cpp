// SPDX-License-Identifier: MIT
#include "filewritelock.h"
#include "lockedsettings.h"
#include "thistestprogram.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>

namespace {

// Run as another process: writes `count` keys "<prefix>/<n>" one at a time, each third written
// at once, the others by the write QSettings queues, the last ones at destruction.
int writeKeys(const QString &path, const QString &prefix, int count)
{
    LockedSettings settings(path, QSettings::IniFormat);
    for (int i = 0; i < count; ++i) {
        settings.setValue(prefix + u'/' + QString::number(i), i);
        if (i % 3 == 0)
            settings.sync();
        else if (i < count - 3)
            QCoreApplication::processEvents();
    }
    return settings.status() == QSettings::NoError ? 0 : 1;
}

} // namespace

class TestLockedSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // In a folder that does not exist yet, as on a first run.
    QString path() const { return m_dir.filePath(QStringLiteral("config/settings.ini")); }
    QString lockPath() const { return path() + QStringLiteral(".writing"); }

    QVariant stored(const QString &key) const
    {
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        // Read apart from QSettings, which caches what this process read and wrote.
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("copy.ini"));
        if (!file.copy(copy))
            return {};
        return QSettings(copy, QSettings::IniFormat).value(key);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(lockPath());
        QFile::remove(path());
    }

    void shouldWriteNothingAndLockNothingWithoutAChange()
    {
        {
            LockedSettings settings(path(), QSettings::IniFormat);
            QVERIFY(!settings.value(QStringLiteral("a")).isValid());
            QCoreApplication::processEvents();
        }
        QVERIFY(!QFileInfo::exists(path()));
        QVERIFY(!QFileInfo::exists(lockPath()));
    }

    // Each way QSettings writes goes through the lock, which the lock file's existence shows.
    void shouldWriteUnderTheLockWhenSynced()
    {
        LockedSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("a"), 1);
        settings.sync();
        QCOMPARE(stored(QStringLiteral("a")), QVariant(QStringLiteral("1")));
        QVERIFY(QFileInfo::exists(lockPath()));
    }

    void shouldWriteUnderTheLockByTheQueuedWrite()
    {
        LockedSettings settings(path(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("a"), 2);
        QVERIFY(!QFileInfo::exists(path()));
        QTRY_COMPARE(stored(QStringLiteral("a")), QVariant(QStringLiteral("2")));
        QVERIFY(QFileInfo::exists(lockPath()));
    }

    void shouldWriteUnderTheLockAtDestruction()
    {
        {
            LockedSettings settings(path(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("a"), 3);
        }
        QCOMPARE(stored(QStringLiteral("a")), QVariant(QStringLiteral("3")));
        QVERIFY(QFileInfo::exists(lockPath()));
    }

    // While another process holds the lock, a write waits for it.
    void shouldWaitForTheLockBeforeWriting()
    {
        LockedSettings settings(path(), QSettings::IniFormat);
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--hold-and-write"), path()});
        QVERIFY(other.waitForReadyRead(10'000));
        QCOMPARE(other.readLine().trimmed(), QByteArray("taken"));
        settings.setValue(QStringLiteral("mine"), 1);
        settings.sync();
        // The other process wrote its key before it let go: had this write not waited, it
        // would not have been there to read.
        QCOMPARE(settings.value(QStringLiteral("theirs")), QVariant(QStringLiteral("1")));
        QVERIFY(other.waitForFinished(10'000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(stored(QStringLiteral("mine")), QVariant(QStringLiteral("1")));
        QCOMPARE(stored(QStringLiteral("theirs")), QVariant(QStringLiteral("1")));
    }

    void shouldKeepEveryChangeOfTwoProcessesWritingAtOnce()
    {
        constexpr int Count = 40;
        const QString count = QString::number(Count);
        const TestProgramRuns writers = runThisTestProgram(
            {{QStringLiteral("--write-keys"), path(), QStringLiteral("first"), count},
             {QStringLiteral("--write-keys"), path(), QStringLiteral("second"), count}});
        QVERIFY2(writers.succeeded, writers.output.constData());
        QStringList lost;
        for (int i = 0; i < Count; ++i) {
            for (const QString &prefix : {QStringLiteral("first"), QStringLiteral("second")}) {
                const QString key = prefix + u'/' + QString::number(i);
                if (stored(key) != QVariant(QString::number(i)))
                    lost << key;
            }
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.join(u", ")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && std::strcmp(argv[1], "--write-keys") == 0)
        return writeKeys(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                         QByteArray(argv[4]).toInt());
    if (argc == 3 && std::strcmp(argv[1], "--hold-and-write") == 0) {
        // Takes the lock, and a while later writes a key of its own before letting go.
        const QString path = QString::fromLocal8Bit(argv[2]);
        const FileWriteLock lock(path);
        std::printf("taken\n");
        std::fflush(stdout);
        QThread::msleep(300);
        LockedSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("theirs"), 1);
        settings.sync();
        return settings.status() == QSettings::NoError ? 0 : 1;
    }
    TestLockedSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_lockedsettings.moc"
