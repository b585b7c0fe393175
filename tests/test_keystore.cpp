// SPDX-License-Identifier: MIT
// Runs against a real Secret Service: tests/support/with-keyring.sh starts one for this test.
#include "keystore.h"
#include "panelkey.h"
#include "panelregistry.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <optional>

#include <signal.h>

using namespace std::chrono_literals;

namespace {

// Set for the child process that reads a key with no session bus at all.
const char NoBusChild[] = "SMM_KEYSTORE_NO_BUS_CHILD";

// What the Secret Service itself holds for a panel, read by another program (libsecret's
// secret-tool, using the attributes QtKeychain stores).
QString lookUpWithSecretTool(const QString &panel)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), KeyStore::Service,
                QStringLiteral("user"), KeyStore::entryFor(panel)});
    if (!tool.waitForFinished(20'000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_keystore"));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
    }

    void shouldWriteReadOverwriteAndRemoveAKey()
    {
        const QString panel = QStringLiteral("Panel Satu");
        QCOMPARE(KeyStore::writeNow(panel, QStringLiteral("first-key-111")).error, QString());
        KeyStore::Result read = KeyStore::readNow(panel);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.key, QStringLiteral("first-key-111"));
        QCOMPARE(lookUpWithSecretTool(panel), QStringLiteral("first-key-111"));

        QCOMPARE(KeyStore::writeNow(panel, QStringLiteral("second-key-222")).error, QString());
        QCOMPARE(KeyStore::readNow(panel).key, QStringLiteral("second-key-222"));
        QCOMPARE(lookUpWithSecretTool(panel), QStringLiteral("second-key-222"));

        QCOMPARE(KeyStore::removeNow(panel).error, QString());
        read = KeyStore::readNow(panel);
        QVERIFY(read.key.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("No key is stored for the panel “Panel Satu”")),
                 qPrintable(read.error));
        QCOMPARE(lookUpWithSecretTool(panel), QString());
        // Nothing to remove is not a failure.
        QCOMPARE(KeyStore::removeNow(panel).error, QString());
    }

    void shouldKeepEachPanelsKeyApart()
    {
        QCOMPARE(KeyStore::writeNow(QStringLiteral("A"), QStringLiteral("key-of-a")).error,
                 QString());
        QCOMPARE(KeyStore::writeNow(QStringLiteral("B"), QStringLiteral("key-of-b")).error,
                 QString());
        QCOMPARE(KeyStore::readNow(QStringLiteral("A")).key, QStringLiteral("key-of-a"));
        QCOMPARE(KeyStore::readNow(QStringLiteral("B")).key, QStringLiteral("key-of-b"));
        QCOMPARE(KeyStore::removeNow(QStringLiteral("A")).error, QString());
        QCOMPARE(KeyStore::readNow(QStringLiteral("B")).key, QStringLiteral("key-of-b"));
        QCOMPARE(KeyStore::removeNow(QStringLiteral("B")).error, QString());
    }

    void shouldRefuseAnEmptyKey()
    {
        QVERIFY(!KeyStore::writeNow(QStringLiteral("Empty"), QString()).ok());
        QVERIFY(!KeyStore::readNow(QStringLiteral("Empty")).ok());
    }

    void shouldMoveTheKeyWhenAPanelIsRenamed()
    {
        QCOMPARE(KeyStore::writeNow(QStringLiteral("Old"), QStringLiteral("moving-key")).error,
                 QString());
        QCOMPARE(KeyStore::renameNow(QStringLiteral("Old"), QStringLiteral("New")).error,
                 QString());
        QCOMPARE(KeyStore::readNow(QStringLiteral("New")).key, QStringLiteral("moving-key"));
        QVERIFY(KeyStore::readNow(QStringLiteral("Old"))
                    .error.contains(QStringLiteral("No key is stored")));
        QCOMPARE(lookUpWithSecretTool(QStringLiteral("Old")), QString());

        // Renaming to the very same name keeps the key.
        QCOMPARE(KeyStore::renameNow(QStringLiteral("New"), QStringLiteral("New")).error,
                 QString());
        QCOMPARE(KeyStore::readNow(QStringLiteral("New")).key, QStringLiteral("moving-key"));

        // A panel whose key lives in an environment variable has none to move.
        QCOMPARE(
            KeyStore::renameNow(QStringLiteral("Keyless"), QStringLiteral("Still keyless")).error,
            QString());
        QVERIFY(!KeyStore::readNow(QStringLiteral("Still keyless")).ok());
        QCOMPARE(KeyStore::removeNow(QStringLiteral("New")).error, QString());
    }

    void shouldReportAsynchronouslyToTheWindow()
    {
        QObject window;
        std::optional<KeyStore::Result> written;
        KeyStore::write(QStringLiteral("Async"), QStringLiteral("async-key"), &window,
                        [&](const KeyStore::Result &result) { written = result; });
        QVERIFY(!written); // not before the event loop runs
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10'000);
        QCOMPARE(written->error, QString());

        std::optional<KeyStore::Result> read;
        KeyStore::read(QStringLiteral("Async"), &window,
                       [&](const KeyStore::Result &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10'000);
        QCOMPARE(read->key, QStringLiteral("async-key"));

        std::optional<KeyStore::Result> removed;
        KeyStore::remove(QStringLiteral("Async"), &window,
                         [&](const KeyStore::Result &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10'000);
        QCOMPARE(removed->error, QString());
    }

    void shouldNotCallBackAWindowThatIsGone()
    {
        auto *window = new QObject;
        bool called = false;
        KeyStore::read(QStringLiteral("Gone"), window,
                       [&](const KeyStore::Result &) { called = true; });
        delete window;
        // A later read finishes after the first would have.
        QVERIFY(!KeyStore::readNow(QStringLiteral("Gone")).ok());
        QVERIFY(!called);
    }

    void shouldResolveAKeyFromTheEnvironmentOrTheKeychain()
    {
        PanelConfig panel;
        panel.name = QStringLiteral("Env Panel");
        panel.keyEnv = QStringLiteral("SMM_TEST_PANEL_KEY");

        qunsetenv("SMM_TEST_PANEL_KEY");
        KeyStore::Result result = PanelKey::resolveNow(panel);
        QVERIFY2(result.error.contains(QStringLiteral("SMM_TEST_PANEL_KEY"))
                     && result.error.contains(QStringLiteral("not set")),
                 qPrintable(result.error));

        qputenv("SMM_TEST_PANEL_KEY", "");
        result = PanelKey::resolveNow(panel);
        QVERIFY2(result.error.contains(QStringLiteral("empty")), qPrintable(result.error));

        qputenv("SMM_TEST_PANEL_KEY", "env-secret-value");
        QCOMPARE(PanelKey::resolveNow(panel).key, QStringLiteral("env-secret-value"));
        // The variable wins over a key in the keychain under the same name.
        QCOMPARE(KeyStore::writeNow(panel.name, QStringLiteral("keychain-value")).error, QString());
        QCOMPARE(PanelKey::resolveNow(panel).key, QStringLiteral("env-secret-value"));

        std::optional<KeyStore::Result> resolved;
        QObject window;
        PanelKey::resolve(panel, &window, [&](const KeyStore::Result &r) { resolved = r; });
        QTRY_VERIFY(resolved.has_value());
        QCOMPARE(resolved->key, QStringLiteral("env-secret-value"));

        panel.keyEnv.clear();
        QCOMPARE(PanelKey::resolveNow(panel).key, QStringLiteral("keychain-value"));
        resolved.reset();
        PanelKey::resolve(panel, &window, [&](const KeyStore::Result &r) { resolved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 10'000);
        QCOMPARE(resolved->key, QStringLiteral("keychain-value"));

        qputenv("SMM_TEST_PANEL_KEY", "env-secret-value");
        panel.keyEnv = QStringLiteral("SMM_TEST_PANEL_KEY");
        qunsetenv("SMM_TEST_PANEL_KEY");
        QVERIFY(!PanelKey::resolveNow(panel).error.contains(QStringLiteral("env-secret-value")));
        QCOMPARE(KeyStore::removeNow(panel.name).error, QString());

        // A Kratos-style panel needs no key at all.
        panel.style = PanelConfig::Style::Kratos;
        panel.keyEnv.clear();
        result = PanelKey::resolveNow(panel);
        QVERIFY(result.ok());
        QCOMPARE(result.key, QString());
    }

    void shouldNeverWriteTheKeyToTheSettingsFile()
    {
        const QByteArray key = "never-in-a-file-7d1f";
        PanelRegistry registry;
        PanelConfig panel;
        panel.name = QStringLiteral("Secret Panel");
        panel.url = QUrl(QStringLiteral("https://secret.example/api/v2"));
        panel.currency = QStringLiteral("USD");
        QCOMPARE(registry.add(panel), QString());
        QCOMPARE(KeyStore::writeNow(panel.name, QString::fromUtf8(key)).error, QString());
        QCOMPARE(registry.rename(panel.name, QStringLiteral("Renamed Panel")), QString());
        QCOMPARE(KeyStore::renameNow(panel.name, QStringLiteral("Renamed Panel")).error, QString());
        QCOMPARE(KeyStore::readNow(QStringLiteral("Renamed Panel")).key, QString::fromUtf8(key));

        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        QVERIFY(bytes.contains("Renamed Panel"));
        QVERIFY(!bytes.contains(key));
        // Nor anywhere else among this test's settings and data in plain text.
        for (const QString &root :
             {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
              qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            }
        }
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Renamed Panel")).error, QString());
    }

    void shouldFailQuicklyWithoutASessionBus()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QString::fromLatin1(NoBusChild), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath());
        // The child gives up after 3 s at the latest; a hang would take 60 s here.
        QVERIFY(child.waitForFinished(60'000));
        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(child.exitCode(), 0);
        const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QVERIFY2(output.startsWith(QStringLiteral("No keychain is available (")),
                 qPrintable(output));
        QVERIFY2(output.endsWith(QStringLiteral(
                     "Keep the key in an environment variable instead: --key-env NAME.")),
                 qPrintable(output));
    }

    // Last: the keychain's queue may hold the unanswered read for a while after this.
    void shouldGiveUpOnAKeychainThatNeverAnswers()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        QCOMPARE(KeyStore::writeNow(QStringLiteral("Hung"), QStringLiteral("hung-key")).error,
                 QString());
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        const KeyStore::Result result = KeyStore::readNow(QStringLiteral("Hung"), 2s);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        QVERIFY2(elapsed >= 1'900 && elapsed < 10'000, qPrintable(QString::number(elapsed)));
        QCOMPARE(result.key, QString());
        QCOMPARE(
            result.error,
            QStringLiteral("No keychain is available (it did not answer within 2 second(s)). Keep "
                           "the key in an environment variable instead: --key-env NAME."));
        // Once it answers again, so does the store.
        QCOMPARE(KeyStore::readNow(QStringLiteral("Hung"), 30s).key, QStringLiteral("hung-key"));
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Hung")).error, QString());
    }
};

// The child of shouldFailQuicklyWithoutASessionBus(): one blocking read, its message on stdout.
static int readWithoutABus(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer clock;
    clock.start();
    const KeyStore::Result result = KeyStore::readNow(QStringLiteral("No Bus"), 3s);
    QTextStream(stdout) << result.error << '\n';
    QTextStream(stderr) << "took " << clock.elapsed() << " ms\n";
    return 0;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(NoBusChild))
        return readWithoutABus(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_keystore.moc"
