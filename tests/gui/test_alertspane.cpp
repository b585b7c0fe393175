// SPDX-License-Identifier: MIT
// The Alerts pane in the window, fed by refreshes of the fake panel's 'changing…' categories, and
// Settings ▸ Alerts.
#include "alertfiltermodel.h"
#include "alertlistmodel.h"
#include "alertlog.h"
#include "alertruleeditor.h"
#include "alertspane.h"
#include "alertssettingspage.h"
#include "appsettings.h"
#include "fakepanel.h"
#include "mainwindow.h"
#include "pricehistory.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "settingsdialog.h"
#include "translationloader.h"
#include "windowsteps.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestAlertsPane : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *child(const QObject *parent, const char *name) const
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    template<typename T> T *child(const char *name) const { return child<T>(m_window.get(), name); }

    // A window on the fake panel and a history of this test function's own.
    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_panel.baseUrl());
        m_window->setHistoryPath(m_data.filePath(
            QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("the window was not exposed");
    }

    QTableView *table() const { return child<QTableView>("serviceTable"); }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }
    AlertsPane *pane() const { return child<AlertsPane>("alertsDock"); }
    QTreeView *alertList() const { return child<QTreeView>("alertList"); }

    QList<quint64> visibleIds() const { return WindowSteps::visibleIds(*m_window); }
    void typeCategory(const QString &text) { WindowSteps::typeCategory(*m_window, text); }

    // English plural forms come with the lead's translation update; the count is there anyway.
    static QString newAlerts(int count)
    {
        const QString text =
            QCoreApplication::translate("AlertsPane", "%n new alert(s)", nullptr, count);
        if (!text.startsWith(QString::number(count)))
            qFatal("the count is not in %s", qPrintable(text));
        return text;
    }

    // "kind|service" of each alert the pane lists, top to bottom.
    QStringList listed() const
    {
        const QAbstractItemModel *model = alertList()->model();
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, AlertListModel::KindColumn).data().toString() + u'|'
                        + model->index(row, AlertListModel::ServiceColumn).data().toString();
        return rows;
    }

    // Opens the alert of a service with Enter, wherever it is in the list.
    void openAlertOf(quint64 serviceId)
    {
        const AlertListModel *model = pane()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->alert(row).serviceId == serviceId) {
                alertList()->setFocus();
                alertList()->setCurrentIndex(pane()->filter()->mapFromSource(model->index(row, 0)));
                QTest::keyClick(alertList(), Qt::Key_Return);
                return;
            }
        }
        QFAIL("no alert of that service");
    }

    // Fetches `category` twice: the second fetch moves the prices and raises two alerts under
    // the default rules (7001 up 12.5 %, 7003 removed).
    void fetchTwice(const QString &category)
    {
        typeCategory(category);
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QCOMPARE(pane()->model()->rowCount(), 0); // never on a first fetch
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7004}), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 2, 10000);
    }

private Q_SLOTS:
    void aRenamedPanelKeepsItsOwnRule()
    {
        AlertRules rules;
        rules.panels[QStringLiteral("Old Name")].priceUpPercent = 3;
        AlertsSettingsPage page(rules);
        page.renamePanel(QStringLiteral("Old Name"), QStringLiteral("New Name"));
        QVERIFY(!page.rules().panels.contains(QStringLiteral("Old Name")));
        QCOMPARE(page.rules().panels.value(QStringLiteral("New Name")).priceUpPercent,
                 std::optional(3.0));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_alertspane"));
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_data.isValid());
        QVERIFY(m_panel.start());
    }

    void init()
    {
        QSettings().clear();
        makeWindow();
    }

    void cleanup() { m_window.reset(); }

    void shouldSayWhatAlertsAreWhileThereAreNone()
    {
        QVERIFY(!pane()->isVisible());
        QVERIFY(!child<QToolButton>("alertBadge")->isVisible());
        QAction *action = child<QAction>(pane(), "alertsAction");
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        action->trigger();
        QVERIFY(pane()->isVisible());
        // Made when first shown, the pane's controls still follow it in the Tab order.
        QWidgetList chain = {m_window.get()};
        while (chain.constLast()->nextInFocusChain() != m_window.get())
            chain.append(chain.constLast()->nextInFocusChain());
        QVERIFY(chain.indexOf(child<QWidget>("alertSearch")) < chain.indexOf(pane()));
        QVERIFY(chain.indexOf(child<QWidget>("alertSearch"))
                < chain.indexOf(child<QWidget>("acknowledgeAllAlertsButton")));
        QVERIFY(chain.indexOf(child<QWidget>("acknowledgeAllAlertsButton"))
                < chain.indexOf(pane()));
        QLabel *empty = child<QLabel>("alertEmptyText");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No alerts. Alerts appear here when a "
                                                         "refresh finds a price change")),
                 qPrintable(empty->text()));
        QVERIFY(!alertList()->isVisible());
        QVERIFY(!child<QPushButton>("acknowledgeAllAlertsButton")->isEnabled());

        // The rules are a click away, in Preferences.
        QString shownPage;
        QTimer::singleShot(0, this, [&shownPage] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (const auto *tabs = dialog->findChild<QTabWidget *>(u"settingsTabs"_s))
                shownPage = tabs->currentWidget()->objectName();
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>("alertRulesButton"), Qt::LeftButton);
        QCOMPARE(shownPage, u"alertsSettingsPage"_s);
    }

    void shouldListAlertsAnotherProcessRaisedWhenShown()
    {
        {
            // As the scheduled command line does, on the same file.
            PriceHistory other(m_window->history()->path());
            Service service;
            service.id = 9;
            service.name = u"Elsewhere"_s;
            service.price = 100;
            const qint64 first = other.record(
                QString(), u"Cron"_s, QDateTime::currentDateTimeUtc().addSecs(-60), {service});
            service.price = 200;
            const qint64 second =
                other.record(QString(), u"Cron"_s, QDateTime::currentDateTimeUtc(), {service});
            QVERIFY(first && second);
            QCOMPARE(AlertLog(other).recordFor(second, AlertRules()).size(), 1);
        }
        QCOMPARE(pane()->model()->rowCount(), 0);
        m_window->showAlerts();
        QCOMPARE(pane()->model()->rowCount(), 1);
        QCOMPARE(pane()->model()->unacknowledgedCount(), 1);
        QCOMPARE(listed(), QStringList{u"Price up|9 · Elsewhere"_s});
    }

    void shouldListAlertsOfARefreshAndAcknowledgeThem()
    {
        fetchTwice(QStringLiteral("changing-pane"));
        auto *badge = child<QToolButton>("alertBadge");
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), newAlerts(2));
        QVERIFY2(pane()->windowTitle().startsWith(QStringLiteral("Alerts (2 new")),
                 qPrintable(pane()->windowTitle()));

        QTest::mouseClick(badge, Qt::LeftButton);
        QVERIFY(pane()->isVisible());
        QTRY_VERIFY(alertList()->isVisible());
        QCOMPARE(listed().size(), 2);
        QVERIFY(listed().contains(QStringLiteral("Price up|7001 · ")
                                  + pane()->model()->alert(0).serviceName)
                || listed().contains(QStringLiteral("Price up|7001 · ")
                                     + pane()->model()->alert(1).serviceName));
        const QAbstractItemModel *shown = alertList()->model();
        QStringList changes;
        for (int row = 0; row < shown->rowCount(); ++row)
            changes << shown->index(row, AlertListModel::ChangeColumn).data().toString();
        QVERIFY2(changes.contains(QStringLiteral("Rp 1,000 → Rp 1,125 (+12.5%)")),
                 qPrintable(changes.join(u'\n')));
        QVERIFY(changes.contains(QStringLiteral("Rp 3,000 → —")));

        // The search narrows the list; the kind filter too.
        QTest::keyClicks(child<QLineEdit>("alertSearch"), QStringLiteral("7003"));
        QCOMPARE(listed().size(), 1);
        QVERIFY(listed().constFirst().startsWith(QStringLiteral("Removed|7003")));
        child<QLineEdit>("alertSearch")->clear();
        auto *kinds = child<QComboBox>("alertKindBox");
        kinds->setCurrentIndex(kinds->findData(int(Alert::Kind::PriceUp)));
        QCOMPARE(listed().size(), 1);
        kinds->setCurrentIndex(0);
        QCOMPARE(listed().size(), 2);

        // Acknowledging the selected alert takes it off the list of new ones.
        alertList()->setCurrentIndex(alertList()->model()->index(0, 0));
        const QString first = listed().constFirst();
        QTest::mouseClick(child<QPushButton>("acknowledgeAlertButton"), Qt::LeftButton);
        QCOMPARE(listed().size(), 1);
        QVERIFY(!listed().contains(first));
        QCOMPARE(badge->text(), newAlerts(1));
        QTest::mouseClick(child<QPushButton>("acknowledgeAllAlertsButton"), Qt::LeftButton);
        QCOMPARE(listed().size(), 0);
        QVERIFY(!badge->isVisible());
        QCOMPARE(pane()->windowTitle(), QStringLiteral("Alerts"));
        QTRY_VERIFY(child<QLabel>("alertEmptyText")->isVisible());
        QVERIFY(
            child<QLabel>("alertEmptyText")->text().startsWith(QStringLiteral("No new alerts")));
        child<QCheckBox>("alertNewOnlyBox")->setChecked(false);
        QCOMPARE(listed().size(), 2);

        // Kept in the history: a window opened on it later lists them as seen.
        m_window.reset();
        makeWindow();
        QCOMPARE(pane()->model()->rowCount(), 2);
        QCOMPARE(pane()->model()->unacknowledgedCount(), 0);
    }

    void shouldOpenTheServiceOfAnAlertInTheTable()
    {
        fetchTwice(QStringLiteral("changing-open"));
        QApplication::setActiveWindow(m_window.get());
        m_window->showAlerts();
        QTRY_VERIFY(alertList()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), alertList());

        // Elsewhere in the meantime: the category is loaded again and the row selected.
        typeCategory(QStringLiteral("fast"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{222}, 10000);
        // The category box's completer took the offscreen window's activation.
        QApplication::setActiveWindow(m_window.get());
        openAlertOf(7003);
        // The third fetch brings back the first prices: 7003 is listed again.
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QTRY_VERIFY(table()->currentIndex().isValid());
        QCOMPARE(
            view()->serviceModel()->service(view()->sourceRow(table()->currentIndex().row())).id,
            quint64(7003));
        QVERIFY(table()->selectionModel()->isRowSelected(table()->currentIndex().row(), {}));
        QTRY_COMPARE(QApplication::focusWidget(), table());

        // Already in the table: selected at once, even past a filter that hid it.
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("nothing matches this"));
        QTRY_COMPARE(view()->rowCount(), 0);
        const int requests = m_panel.requestedTargets().size();
        openAlertOf(7001);
        QTRY_COMPARE(view()->rowCount(), 3);
        QTRY_COMPARE(
            view()->serviceModel()->service(view()->sourceRow(table()->currentIndex().row())).id,
            quint64(7001));
        QCOMPARE(m_panel.requestedTargets().size(), requests);
    }

    void shouldOpenTheServiceOfAnAlertFromTheCompareTab()
    {
        fetchTwice(QStringLiteral("changing-compare"));
        QApplication::setActiveWindow(m_window.get());
        m_window->showAlerts();
        QTRY_VERIFY(alertList()->isVisible());
        auto *compare = child<QAction>("compareAction");
        auto *tabs = child<QTabWidget>("tableTabs");
        compare->setChecked(true);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(!table()->isVisible());

        openAlertOf(7001);
        // The Services tab comes back with the service current in the table.
        QTRY_COMPARE(tabs->currentIndex(), 0);
        QVERIFY(!compare->isChecked());
        QTRY_VERIFY(table()->isVisible());
        QTRY_VERIFY(table()->currentIndex().isValid());
        QCOMPARE(
            view()->serviceModel()->service(view()->sourceRow(table()->currentIndex().row())).id,
            quint64(7001));
        QTRY_COMPARE(QApplication::focusWidget(), table());
    }

    void shouldKeepTheAlertRulesOfTheSettingsPage()
    {
        AppSettings settings;
        {
            SettingsDialog dialog(settings);
            dialog.setSavedCategories({QStringLiteral("[IG] Likes"), QStringLiteral("[YT] Views")});
            dialog.showAlertRules();
            AlertsSettingsPage *page = dialog.alertsPage();
            auto *editor = page->findChild<AlertRuleEditor *>();
            QVERIFY(editor);
            QVERIFY(child<QCheckBox>(page, "priceUpBox")->isChecked()); // the default rules
            QCOMPARE(child<QDoubleSpinBox>(page, "priceUpPercentBox")->value(), 10.0);
            QVERIFY(!child<QCheckBox>(page, "priceDownBox")->isChecked());
            QVERIFY(!child<QDoubleSpinBox>(page, "priceDownPercentBox")->isEnabled());

            child<QDoubleSpinBox>(page, "priceUpPercentBox")->setValue(25);
            child<QCheckBox>(page, "priceDownBox")->setChecked(true);
            QVERIFY(child<QDoubleSpinBox>(page, "priceDownPercentBox")->isEnabled());
            child<QDoubleSpinBox>(page, "priceDownPercentBox")->setValue(5);
            child<QCheckBox>(page, "newServicesBox")->setChecked(true);
            child<QCheckBox>(page, "balanceBox")->setChecked(true);
            child<QDoubleSpinBox>(page, "balanceAmountBox")->setValue(12.5);

            // A saved category watched more closely starts from the global rule.
            page->addOwnRule(QStringLiteral("category"), QStringLiteral("[IG] Likes"));
            QVERIFY(!child<QCheckBox>(page, "balanceBox")->isVisibleTo(page));
            QCOMPARE(child<QDoubleSpinBox>(page, "priceUpPercentBox")->value(), 25.0);
            child<QDoubleSpinBox>(page, "priceUpPercentBox")->setValue(2);
            // The built-in panel ignored altogether.
            page->addOwnRule(QStringLiteral("panel"), QString());
            QTest::mouseClick(child<QPushButton>(page, "ignoreAlertsButton"), Qt::LeftButton);
            QVERIFY(!child<QCheckBox>(page, "removedBox")->isChecked());
            // One added by mistake and removed again.
            page->addOwnRule(QStringLiteral("category"), QStringLiteral("[YT] Views"));
            QCOMPARE(child<QListWidget>(page, "alertRuleList")->count(), 4);
            page->removeSelectedRule();
            QCOMPARE(child<QListWidget>(page, "alertRuleList")->count(), 3);
            dialog.accept();
        }
        const AlertRules rules = AppSettings().alertRules();
        QCOMPARE(rules.global.priceUpPercent, std::optional(25.0));
        QCOMPARE(rules.global.priceDownPercent, std::optional(5.0));
        QVERIFY(rules.global.newServices);
        QCOMPARE(rules.global.balanceBelow, std::optional(12.5));
        QCOMPARE(rules.categories.keys(), QStringList{QStringLiteral("[IG] Likes")});
        const AlertRule likes = rules.categories.value(QStringLiteral("[IG] Likes"));
        QCOMPARE(likes.priceUpPercent, std::optional(2.0));
        QCOMPARE(likes.priceDownPercent, std::optional(5.0));
        QCOMPARE(rules.panels.keys(), QStringList{QString()});
        const AlertRule builtIn = rules.panels.value(QString());
        QVERIFY(!builtIn.priceUpPercent && !builtIn.priceDownPercent && !builtIn.removed
                && !builtIn.inactive && !builtIn.minMaxChanged && !builtIn.refillChanged
                && !builtIn.newServices && !builtIn.balanceBelow);

        // Shown as kept; cancelling keeps them as they were.
        SettingsDialog again(settings);
        AlertsSettingsPage *page = again.alertsPage();
        QCOMPARE(child<QListWidget>(page, "alertRuleList")->count(), 3);
        QCOMPARE(child<QDoubleSpinBox>(page, "priceUpPercentBox")->value(), 25.0);
        QCOMPARE(page->rules(), rules);
        child<QCheckBox>(page, "removedBox")->setChecked(false);
        again.reject();
        QCOMPARE(AppSettings().alertRules(), rules);
    }

    void shouldCheckFetchesAgainstTheRulesOfTheSettings()
    {
        AlertRules rules;
        rules.global.priceUpPercent.reset();
        rules.global.priceDownPercent = 1;
        rules.global.removed = false;
        cleanup();
        AppSettings().setAlertRules(rules);
        makeWindow();
        typeCategory(QStringLiteral("changing-rules"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->model()->rowCount(), 1, 10000);
        QCOMPARE(pane()->model()->alert(0).kind, Alert::Kind::PriceDown);
        QCOMPARE(pane()->model()->alert(0).serviceId, quint64(7002));
    }
};

QTEST_MAIN(TestAlertsPane)
#include "test_alertspane.moc"
