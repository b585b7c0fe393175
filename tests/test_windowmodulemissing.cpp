// SPDX-License-Identifier: MIT
#include "fakenotificationservice.h"

#include <QDBusConnection>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// The program started from the desktop's menu with its window's module missing (a damaged or
// half-removed install): standard error goes nowhere anyone reads, so a desktop notification
// must say why no window opens.
class TestWindowModuleMissing : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray standardError;
    };

    // Runs a copy of the program alone in a directory of its own, in a home of its own: its
    // window's module is neither next to it nor where it is installed from there. This process's
    // event loop runs meanwhile, for the notification service it may play.
    static std::optional<Run> runWithoutItsWindow()
    {
        QTemporaryDir directory;
        QTemporaryDir home;
        const QString program = directory.filePath(QStringLiteral("smm-price-browser"));
        if (!QFile::copy(QStringLiteral(SMM_APP_PATH), program)
            || !QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner))
            return std::nullopt;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral(".config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           home.filePath(QStringLiteral(".local")));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(program, {});
        if (!app.waitForStarted()
            || !QTest::qWaitFor([&app] { return app.state() == QProcess::NotRunning; }, 20000)
            || app.exitStatus() != QProcess::NormalExit)
            return std::nullopt;
        return Run{app.exitCode(), app.readAllStandardError()};
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
        const std::optional<Run> run = runWithoutItsWindow();
        QVERIFY(run);
        QCOMPARE(run->exitCode, 1);
        const QList<QByteArray> errorLines = run->standardError.trimmed().split('\n');
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
        const std::optional<Run> run = runWithoutItsWindow();
        QVERIFY(run);
        QCOMPARE(run->exitCode, 1);
        QVERIFY(run->standardError.startsWith(
            "smm-price-browser: error: the window cannot be opened: "));
    }
};

QTEST_GUILESS_MAIN(TestWindowModuleMissing)
#include "test_windowmodulemissing.moc"
