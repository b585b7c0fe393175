// SPDX-License-Identifier: MIT
#include "fakenotificationservice.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The program started from the desktop's menu with its window's module missing (a damaged or
// half-removed install): standard error goes nowhere anyone reads, so a desktop notification
// must say why no window opens.
class TestWindowModuleMissing : public QObject
{
    Q_OBJECT

private:
    // A copy of the program alone in a directory of its own: its window's module is neither
    // next to it nor where it is installed from there.
    static QString programWithoutItsWindow(const QTemporaryDir &directory)
    {
        const QString copy = directory.filePath(QStringLiteral("smm-price-browser"));
        if (!QFile::copy(QStringLiteral(SMM_APP_PATH), copy)
            || !QFile::setPermissions(copy, QFile::ReadOwner | QFile::ExeOwner))
            return {};
        return copy;
    }

    static QProcessEnvironment environment(const QTemporaryDir &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           home.filePath(QStringLiteral(".local")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "needs a session bus: run under dbus-run-session");
    }

    void shouldSayWhyNoWindowOpensOnStandardErrorAndOnTheDesktop()
    {
        FakeNotificationService service;
        QVERIFY(service.start());
        QTemporaryDir directory;
        QTemporaryDir home;
        const QString program = programWithoutItsWindow(directory);
        QVERIFY(!program.isEmpty());

        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(program, {});
        QVERIFY(app.waitForStarted());
        // The answer to the notification comes through this process's event loop.
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 20000);
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        const QList<QByteArray> errorLines = app.readAllStandardError().trimmed().split('\n');
        QCOMPARE(errorLines.size(), 1);
        QVERIFY2(errorLines.constFirst().startsWith(
                     "smm-price-browser: error: the window cannot be opened: "),
                 errorLines.constFirst().constData());

        QCOMPARE(service.received.size(), 1);
        const FakeNotificationService::Received &shown = service.received.constFirst();
        QCOMPARE(shown.appName, QStringLiteral("SMM Price Browser"));
        QCOMPARE(shown.icon, QStringLiteral(SMM_APP_ID));
        QCOMPARE(shown.summary, QStringLiteral("SMM Price Browser cannot open its window"));
        QVERIFY2(shown.body.startsWith(u"Part of the app is missing or damaged ("),
                 qPrintable(shown.body));
        QVERIFY(shown.body.endsWith(u"). Reinstalling it should help."));
        // Nothing to click: the program is gone by then.
        QCOMPARE(shown.actions, QStringList());
    }

    void shouldEndWithoutANotificationService()
    {
        QTemporaryDir directory;
        QTemporaryDir home;
        const QString program = programWithoutItsWindow(directory);
        QVERIFY(!program.isEmpty());
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(program, {});
        QVERIFY(app.waitForStarted());
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().startsWith(
            "smm-price-browser: error: the window cannot be opened: "));
    }
};

QTEST_GUILESS_MAIN(TestWindowModuleMissing)
#include "test_windowmodulemissing.moc"
