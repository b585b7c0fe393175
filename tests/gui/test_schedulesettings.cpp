// SPDX-License-Identifier: MIT
// Settings ▸ Schedule, and what the window does on close with and without a tray.
#include "appsettings.h"
#include "mainwindow.h"
#include "refreshscheduler.h"
#include "scheduledrefresh.h"
#include "schedulesettingspage.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTest>

using namespace std::chrono_literals;

namespace {

template<typename T> T *child(const QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(found, "child", name);
    return found;
}

} // namespace

class TestScheduleSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_schedulesettings"));
        // The offscreen platform has no tray: what a desktop without one does.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void shouldStartOffAndNeverOfferLessThanTheFloor()
    {
        ScheduleSettingsPage page(0min, false, true);
        auto *enabled = child<QCheckBox>(&page, "scheduleEnabledBox");
        auto *minutes = child<QSpinBox>(&page, "scheduleMinutesBox");
        QVERIFY(!enabled->isChecked());
        QVERIFY(!minutes->isEnabled());
        QCOMPARE(page.interval(), 0min);
        QCOMPARE(minutes->minimum(), int(RefreshScheduler::MinimumInterval.count()));

        enabled->setChecked(true);
        QVERIFY(minutes->isEnabled());
        QCOMPARE(page.interval(), std::chrono::minutes(RefreshScheduler::DefaultInterval));
        minutes->setValue(5);
        QCOMPARE(page.interval(), 15min);
        minutes->setValue(40);
        QCOMPARE(page.interval(), 40min);
        enabled->setChecked(false);
        QCOMPARE(page.interval(), 0min);
    }

    void shouldOfferTheTrayOnlyWhereThereIsOne()
    {
        ScheduleSettingsPage withTray(30min, true, true);
        QVERIFY(child<QCheckBox>(&withTray, "keepInTrayBox")->isEnabled());
        QVERIFY(withTray.keepRunningInTray());
        QCOMPARE(withTray.interval(), 30min);

        ScheduleSettingsPage without(30min, true, false);
        auto *tray = child<QCheckBox>(&without, "keepInTrayBox");
        QVERIFY(!tray->isEnabled());
        QVERIFY(!tray->isChecked());
        QVERIFY(!without.keepRunningInTray());
        QVERIFY(child<QLabel>(&without, "trayNote")->text().contains(u"no system tray"));
    }

    void shouldSaveTheScheduleWhenTheDialogIsAccepted()
    {
        AppSettings settings;
        settings.setKeepRunningInTray(true); // from a desktop that had a tray
        {
            SettingsDialog dialog(settings);
            auto *page = child<ScheduleSettingsPage>(&dialog, "scheduleSettingsPage");
            auto *tabs = child<QTabWidget>(&dialog, "settingsTabs");
            QVERIFY(tabs->indexOf(page) >= 0);
            child<QCheckBox>(page, "scheduleEnabledBox")->setChecked(true);
            child<QSpinBox>(page, "scheduleMinutesBox")->setValue(20);
            dialog.reject();
        }
        QCOMPARE(AppSettings().refreshInterval(), 0min);

        SettingsDialog dialog(settings);
        auto *page = child<ScheduleSettingsPage>(&dialog, "scheduleSettingsPage");
        child<QCheckBox>(page, "scheduleEnabledBox")->setChecked(true);
        child<QSpinBox>(page, "scheduleMinutesBox")->setValue(20);
        dialog.accept();
        QCOMPARE(AppSettings().refreshInterval(), 20min);
        QVERIFY(!AppSettings().keepRunningInTray());
    }

    void shouldQuitOnCloseWithoutATrayEvenWhenAskedToKeepRunning()
    {
        AppSettings settings;
        settings.setKeepRunningInTray(true);
        settings.setRefreshInterval(30min);
        ScheduledRefresh scheduled(settings);
        scheduled.apply();
        QVERIFY(!scheduled.keepsRunningInTray());
        QVERIFY(QApplication::quitOnLastWindowClosed());

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestScheduleSettings)
#include "test_schedulesettings.moc"
