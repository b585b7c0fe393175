// SPDX-License-Identifier: MIT
// Settings ▸ Panels against a real Secret Service (tests/support/with-keyring.sh) and the fake
// standard-API panel.
#include "fakepanel.h"
#include "keystore.h"
#include "paneleditdialog.h"
#include "panelregistry.h"
#include "panelssettingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include <signal.h>

using namespace std::chrono_literals;

namespace {

const QString Key = QStringLiteral("s3cret-Key-4711");
const QUrl BuiltInBase(QStringLiteral("https://builtin.example/smm"));

template<typename T> T *child(const QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(found, "child", name);
    return found;
}

QPushButton *okButton(const PanelEditDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "panelDialogButtons")->button(QDialogButtonBox::Ok);
}

// Everything the widget and its children show: labels, fields as displayed, buttons, lists.
QString shownText(const QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->displayText() << edit->placeholderText();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            for (int column = 0; column < tree->columnCount(); ++column)
                texts << tree->topLevelItem(row)->text(column);
        }
    }
    return texts.join(u'\n');
}

QByteArray settingsBytes()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPanelsSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePanel> startPanel(const QStringList &args = {})
    {
        auto panel = std::make_unique<FakePanel>();
        panel->useV2Script();
        if (!panel->start(QStringList{QStringLiteral("--key"), Key} + args))
            return nullptr;
        return panel;
    }

    // A panel stored as the page would store it, its key in the keychain.
    static bool storePanel(const QString &name, const QUrl &url)
    {
        PanelConfig panel;
        panel.name = name;
        panel.url = url;
        panel.currency = QStringLiteral("USD");
        return PanelRegistry().add(panel).isEmpty() && KeyStore::writeNow(name, Key).ok();
    }

    static void fill(PanelEditDialog *dialog, const QString &name, const QUrl &url,
                     const QString &key)
    {
        QTest::keyClicks(child<QLineEdit>(dialog, "panelNameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(dialog, "panelUrlEdit"), url.toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "panelKeyEdit"), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_panelssettings"));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void shouldListTheBuiltInPanelFirstReadOnly()
    {
        QVERIFY(storePanel(QStringLiteral("Panel Dua"),
                           QUrl(QStringLiteral("https://dua.example/api/v2"))));
        PanelsSettingsPage page(BuiltInBase);
        auto *list = child<QTreeWidget>(&page, "panelList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(PanelConfig::BuiltInName));
        QCOMPARE(list->topLevelItem(0)->text(2), BuiltInBase.toString());
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Panel Dua"));
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("USD"));

        page.selectPanel(PanelConfig::BuiltInName);
        QVERIFY(!child<QPushButton>(&page, "editPanelButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "removePanelButton")->isEnabled());
        QCOMPARE(page.editPanel(), nullptr);
        page.selectPanel(QStringLiteral("Panel Dua"));
        QVERIFY(child<QPushButton>(&page, "editPanelButton")->isEnabled());
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Panel Dua")).error, QString());
    }

    void shouldAddAPanelTestItAndKeepItsKeyInTheKeychainOnly()
    {
        auto fake = startPanel();
        QVERIFY(fake);
        PanelsSettingsPage page(BuiltInBase);
        page.show();
        QPointer<PanelEditDialog> dialog = page.addPanel();
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled());

        // Inline rules while typing: an address the rules refuse, then a missing key.
        QTest::keyClicks(child<QLineEdit>(dialog, "panelNameEdit"), QStringLiteral("Panel Satu"));
        QTest::keyClicks(child<QLineEdit>(dialog, "panelUrlEdit"),
                         QStringLiteral("http://panel.example/api/v2"));
        QVERIFY(!child<QLabel>(dialog, "panelUrlError")->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "panelUrlEdit")->setText(fake->v2Url().toString());
        QVERIFY(child<QLabel>(dialog, "panelUrlError")->text().isEmpty());
        QVERIFY2(child<QLabel>(dialog, "panelProblem")->text().contains(QStringLiteral("key")),
                 qPrintable(child<QLabel>(dialog, "panelProblem")->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "panelKeyEdit"), Key);
        QCOMPARE(child<QLineEdit>(dialog, "panelKeyEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(okButton(dialog)->isEnabled());

        QTest::mouseClick(child<QPushButton>(dialog, "panelTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "panelTestResult")->text(),
                                  QStringLiteral("Balance: 100.84292 USD"), 15000);
        QVERIFY(child<QRadioButton>(dialog, "detectCurrencyButton")->text().contains(u"USD"));
        QVERIFY(!shownText(&page).contains(Key));
        QVERIFY(!shownText(dialog).contains(Key));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        const std::optional<PanelConfig> stored =
            PanelRegistry().find(QStringLiteral("Panel Satu"));
        QVERIFY(stored);
        QCOMPARE(stored->url, fake->v2Url());
        QCOMPARE(stored->currency, QStringLiteral("USD"));
        QCOMPARE(stored->keyEnv, QString());
        QCOMPARE(stored->style, PanelConfig::Style::V2);
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Satu")).key, Key);
        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains("Panel Satu"));
        QVERIFY(!bytes.contains(Key.toUtf8()));
        QCOMPARE(child<QTreeWidget>(&page, "panelList")->topLevelItemCount(), 2);
        QVERIFY(!shownText(&page).contains(Key));
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Panel Satu")).error, QString());
    }

    void shouldShowThePanelsMessageForAWrongKeyButNeverTheKey_data()
    {
        QTest::addColumn<QString>("errorStyle");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void shouldShowThePanelsMessageForAWrongKeyButNeverTheKey()
    {
        QFETCH(QString, errorStyle);
        auto fake =
            startPanel({QStringLiteral("--echo-key"), QStringLiteral("--error-style"), errorStyle});
        QVERIFY(fake);
        const QString wrongKey = QStringLiteral("wrong-Key-0815");
        PanelEditDialog dialog;
        dialog.show();
        fill(&dialog, QStringLiteral("Panel Salah"), fake->v2Url(), wrongKey);
        QTest::mouseClick(child<QPushButton>(&dialog, "panelTestButton"), Qt::LeftButton);
        auto *result = child<QLabel>(&dialog, "panelTestResult");
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty(), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("Incorrect API key")),
                 qPrintable(result->text()));
        QVERIFY(!shownText(&dialog).contains(wrongKey));
        QVERIFY(!child<QRadioButton>(&dialog, "detectCurrencyButton")->text().contains(u"USD"));
    }

    void shouldKeepTheStoredKeyWhenTheKeyFieldStaysEmpty()
    {
        auto fake = startPanel({QStringLiteral("--currency"), QStringLiteral("EUR")});
        QVERIFY(fake);
        QVERIFY(storePanel(QStringLiteral("Panel Tiga"), fake->v2Url()));
        PanelsSettingsPage page(BuiltInBase);
        page.selectPanel(QStringLiteral("Panel Tiga"));
        QPointer<PanelEditDialog> dialog = page.editPanel();
        QVERIFY(dialog);
        auto *key = child<QLineEdit>(dialog, "panelKeyEdit");
        QCOMPARE(key->text(), QString());
        QVERIFY2(key->placeholderText().contains(QStringLiteral("stored")),
                 qPrintable(key->placeholderText()));
        QVERIFY(okButton(dialog)->isEnabled());

        // Test with the stored key: the panel accepts it and now says EUR.
        QTest::mouseClick(child<QPushButton>(dialog, "panelTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dialog, "panelTestResult")->text(),
                                  QStringLiteral("Balance: 100.84292 EUR"), 15000);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(PanelRegistry().find(QStringLiteral("Panel Tiga"))->currency,
                 QStringLiteral("EUR"));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Tiga")).key, Key);

        // A currency set by hand.
        page.selectPanel(QStringLiteral("Panel Tiga"));
        dialog = page.editPanel();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "currencyEdit"), QStringLiteral("sgd"));
        QVERIFY(child<QRadioButton>(dialog, "currencyByHandButton")->isChecked());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(PanelRegistry().find(QStringLiteral("Panel Tiga"))->currency,
                 QStringLiteral("SGD"));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Tiga")).key, Key);
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Panel Tiga")).error, QString());
    }

    void shouldMoveTheKeyWhenAPanelIsRenamed()
    {
        QVERIFY(storePanel(QStringLiteral("Panel Lama"),
                           QUrl(QStringLiteral("https://lama.example/api/v2"))));
        PanelsSettingsPage page(BuiltInBase);
        page.selectPanel(QStringLiteral("Panel Lama"));
        QPointer<PanelEditDialog> dialog = page.editPanel();
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, "panelNameEdit");
        name->setText(PanelConfig::BuiltInName);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "panelProblem")->text().isEmpty());
        name->setText(QStringLiteral("Panel Baru"));
        QVERIFY(okButton(dialog)->isEnabled());
        QSignalSpy renamed(&page, &PanelsSettingsPage::panelRenamed);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        // The window gives the panel's stored prices the new name too.
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.at(0).at(0).value<PanelConfig>().name, QStringLiteral("Panel Lama"));
        QCOMPARE(renamed.at(0).at(1).value<PanelConfig>().name, QStringLiteral("Panel Baru"));

        QVERIFY(!PanelRegistry().find(QStringLiteral("Panel Lama")));
        QVERIFY(PanelRegistry().find(QStringLiteral("Panel Baru")));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Baru")).key, Key);
        const KeyStore::Result old = KeyStore::readNow(QStringLiteral("Panel Lama"));
        QCOMPARE(old.key, QString());
        QVERIFY(!old.ok());
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Panel Baru")).error, QString());
    }

    void shouldSwitchToAnEnvironmentVariableAndForgetTheStoredKey()
    {
        QVERIFY(storePanel(QStringLiteral("Panel Env"),
                           QUrl(QStringLiteral("https://env.example/api/v2"))));
        PanelsSettingsPage page(BuiltInBase);
        page.selectPanel(QStringLiteral("Panel Env"));
        QPointer<PanelEditDialog> dialog = page.editPanel();
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "keyFromEnvBox")->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, "panelKeyEdit")->isEnabled());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(child<QLabel>(dialog, "panelProblem")->text().contains(QStringLiteral("variable")),
                 qPrintable(child<QLabel>(dialog, "panelProblem")->text()));
        QTest::keyClicks(child<QLineEdit>(dialog, "keyEnvEdit"), QStringLiteral("1BAD"));
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "keyEnvEdit")->setText(QStringLiteral("PANEL_ENV_KEY"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 15000);
        QCOMPARE(PanelRegistry().find(QStringLiteral("Panel Env"))->keyEnv,
                 QStringLiteral("PANEL_ENV_KEY"));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Env")).key, QString());
        PanelRegistry().remove(QStringLiteral("Panel Env"));
    }

    void shouldRemoveAPanelAndItsKeyOnlyWhenConfirmed()
    {
        QVERIFY(storePanel(QStringLiteral("Panel Hapus"),
                           QUrl(QStringLiteral("https://hapus.example/api/v2"))));
        PanelsSettingsPage page(BuiltInBase);
        QSignalSpy changed(&page, &PanelsSettingsPage::panelsChanged);
        QString asked;
        bool answer = false;
        page.setConfirmer([&](const QString &question) {
            asked = question;
            return answer;
        });
        page.selectPanel(QStringLiteral("Panel Hapus"));
        page.removePanel();
        QVERIFY(asked.contains(QStringLiteral("Panel Hapus")));
        QVERIFY(PanelRegistry().find(QStringLiteral("Panel Hapus")));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Hapus")).key, Key);

        answer = true;
        page.removePanel();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
        QVERIFY(!PanelRegistry().find(QStringLiteral("Panel Hapus")));
        QCOMPARE(KeyStore::readNow(QStringLiteral("Panel Hapus")).key, QString());
        QCOMPARE(child<QTreeWidget>(&page, "panelList")->topLevelItemCount(), 1);
    }

    void shouldRemoveAPanelWithoutAStoredKeyWithoutTheKeychain()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        PanelConfig panel{QStringLiteral("Panel Env"),
                          PanelConfig::Style::V2,
                          QUrl(QStringLiteral("https://env.example/api/v2")),
                          {},
                          QStringLiteral("PANEL_ENV_KEY")};
        QCOMPARE(PanelRegistry().add(panel), QString());
        PanelsSettingsPage page(BuiltInBase);
        QSignalSpy changed(&page, &PanelsSettingsPage::panelsChanged);
        page.setConfirmer([](const QString &) { return true; });
        page.selectPanel(panel.name);
        // A keychain that never answers stands for a computer without one.
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        page.removePanel();
        const int signalled = changed.size();
        const bool removed = !PanelRegistry().find(panel.name);
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        QCOMPARE(signalled, 1);
        QVERIFY(removed);
    }

    void shouldSayWhenTheKeychainDoesNotAnswerATest()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        QVERIFY(storePanel(QStringLiteral("Panel Diam"),
                           QUrl(QStringLiteral("https://diam.example/api/v2"))));
        PanelsSettingsPage page(BuiltInBase);
        page.selectPanel(QStringLiteral("Panel Diam"));
        QPointer<PanelEditDialog> dialog = page.editPanel();
        QVERIFY(dialog);
        dialog->setKeychainTimeout(1s);
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        QTest::mouseClick(child<QPushButton>(dialog, "panelTestButton"), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, "panelTestResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("did not answer")), 15000);
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        QVERIFY(okButton(dialog)->isEnabled()); // no longer busy
        dialog->reject();
        QCOMPARE(KeyStore::removeNow(QStringLiteral("Panel Diam")).error, QString());
    }

    // Last: the stopped keychain may still be busy with the abandoned write afterwards.
    void shouldNotKeepAHalfAddedPanelWhenTheKeychainDoesNotAnswer()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        PanelsSettingsPage page(BuiltInBase);
        QPointer<PanelEditDialog> dialog = page.addPanel();
        dialog->setKeychainTimeout(1s);
        fill(dialog, QStringLiteral("Panel Macet"),
             QUrl(QStringLiteral("https://macet.example/api/v2")), Key);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "panelStatus")->text().isEmpty());
        auto *problem = child<QLabel>(dialog, "panelProblem");
        QTRY_VERIFY_WITH_TIMEOUT(
            problem->text().startsWith(QStringLiteral("The panel was not saved")), 15000);
        QCOMPARE(::kill(daemon, SIGCONT), 0);
        QVERIFY2(problem->text().contains(QStringLiteral("did not answer")),
                 qPrintable(problem->text()));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!PanelRegistry().find(QStringLiteral("Panel Macet")));
        QVERIFY(!shownText(dialog).contains(Key));
    }

    // Very last: ends the keychain's daemon. The one D-Bus starts in its place does not know
    // this app's session and refuses the write, as a real keychain refusing it would.
    void shouldNotKeepAHalfAddedPanelWhenTheKeychainRefusesTheKey()
    {
        bool ok = false;
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("SMM_KEYRING_DAEMON_PID", &ok));
        QVERIFY2(ok && daemon > 0, "run through tests/support/with-keyring.sh");
        QCOMPARE(::kill(daemon, SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(daemon, 0) != 0, 10000);
        PanelsSettingsPage page(BuiltInBase);
        QPointer<PanelEditDialog> dialog = page.addPanel();
        fill(dialog, QStringLiteral("Panel Tolak"),
             QUrl(QStringLiteral("https://tolak.example/api/v2")), Key);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto *problem = child<QLabel>(dialog, "panelProblem");
        QTRY_VERIFY_WITH_TIMEOUT(
            problem->text().startsWith(QStringLiteral("The panel was not saved: ")), 15000);
        QVERIFY2(!problem->text().contains(QStringLiteral("did not answer")),
                 qPrintable(problem->text()));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!PanelRegistry().find(QStringLiteral("Panel Tolak")));
        QVERIFY(!shownText(dialog).contains(Key));
    }
};

QTEST_MAIN(TestPanelsSettings)
#include "test_panelssettings.moc"
