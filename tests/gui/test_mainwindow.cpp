// SPDX-License-Identifier: MIT
#include "alertlog.h"
#include "datasettingspage.h"
#include "elidedpathedit.h"
#include "fakepanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "notespane.h"
#include "pricechart.h"
#include "pricehistory.h"
#include "pricehistorydialog.h"
#include "pricingsettingspage.h"
#include "pythoncsvreader.h"
#include "savedcategories.h"
#include "savedcategoriescontroller.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "settingsdialog.h"
#include "translationloader.h"
#include "viewexporter.h"
#include "windowsteps.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsOpacityEffect>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <sys/stat.h>

namespace {

const QString DocumentedCategory = QStringLiteral("[YT] Youtube Views [Real and Active]");

// Counts the paint events of the widget it is installed on.
class PaintCounter : public QObject
{
public:
    int count = 0;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setApiBase(m_panel.baseUrl());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        return window;
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QTableView *table() const { return child<QTableView>("serviceTable"); }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }

    QList<quint64> visibleIds() const { return WindowSteps::visibleIds(*m_window); }
    void typeCategory(const QString &text) { WindowSteps::typeCategory(*m_window, text); }

    // The panel's catalog has replaced the starter list: the browser's leaves carry counts.
    bool catalogShown() const
    {
        const QAbstractItemModel *categories = child<QTreeView>("categoryTree")->model();
        return categories->rowCount() > 1
               && !categories->index(0, 1, categories->index(1, 0)).data().toString().isEmpty();
    }

    // The history is read off the UI thread; true when it had a view to restore.
    bool restoreLastView()
    {
        QSignalSpy restored(m_window.get(), &MainWindow::lastViewRestored);
        m_window->restoreLastView();
        if (restored.isEmpty() && !restored.wait(10000))
            return false;
        return restored.constFirst().constFirst().toBool();
    }

    void loadDocumentedExample()
    {
        typeCategory(DocumentedCategory);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 3, 10000);
    }

    void clickHeader(int column)
    {
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    void selectRowOf(quint64 id)
    {
        for (int row = 0; row < view()->rowCount(); ++row) {
            if (view()->serviceModel()->service(view()->sourceRow(row)).id == id) {
                table()->setFocus();
                table()->selectRow(row);
                return;
            }
        }
        QFAIL("no such row");
    }

    // File ▸ Export without its dialogs: the export runs on a worker, this waits for its end.
    CsvWriter::Result exportView(const QString &path,
                                 const AppSettings::ExportPreferences &preferences) const
    {
        auto *exporter = m_window->findChild<ViewExporter *>();
        QSignalSpy finished(exporter, &ViewExporter::finished);
        if (!exporter->exportTo(path, preferences) || !finished.wait(10000))
            return {0, false, QStringLiteral("the export did not finish")};
        return finished.first().first().value<CsvWriter::Result>();
    }

    SavedCategoriesController *saved() const
    {
        return m_window->findChild<SavedCategoriesController *>();
    }

    // A button the message bar makes on first use: false when it was never made.
    bool barOffers(const char *name) const
    {
        const auto *button =
            child<MessageBar>("messageBar")->findChild<QPushButton *>(QString::fromLatin1(name));
        return button && button->isVisible();
    }

    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    QString notesText() const
    {
        return m_window->findChild<NotesPane *>()->findChild<QTextBrowser *>()->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        // As main() does, with English plural forms ("1 service", "3 services").
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_panel.start());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                      + QStringLiteral("/catalog.json"));
        m_panel.clearRequests();
        m_window = makeWindow();
    }

    void cleanup() { m_window.reset(); }

    void shouldShowTheServicesOfATypedCategory()
    {
        QAbstractItemModelTester tester(view(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        loadDocumentedExample();
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));
        QCOMPARE(m_panel.requestedTargets(),
                 QStringList{QStringLiteral("/smm/category?name=%5BYT%5D%20Youtube%20Views%20%"
                                            "5BReal%20and%20Active%5D")});
        const QModelIndex price = view()->index(0, ServiceTableModel::PriceColumn);
        QCOMPARE(price.data().toString(), QStringLiteral("Rp 25,947"));
        QCOMPARE(view()->index(1, ServiceTableModel::MaxColumn).data().toString(),
                 QStringLiteral("10,000,000"));
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("3 of 3 services"));
        QVERIFY(m_window->windowTitle().contains(DocumentedCategory));
    }

    void shouldKeepAStartupWarningThroughFetches()
    {
        m_window->showWarning(QStringLiteral("The settings file was damaged"));
        loadDocumentedExample();
        auto *notice = child<MessageBar>("noticeBar");
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("The settings file was damaged"));
        QCOMPARE(notice->kind(), MessageBar::Kind::Warning);
        QTest::mouseClick(notice->findChild<QToolButton *>(QStringLiteral("closeMessageButton")),
                          Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void shouldApplyANewApiAddressUnlessTheCommandLineChoseOne_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<bool>("applied");
        QTest::newRow("from the settings") << QString() << true;
        QTest::newRow("--api-url given") << QStringLiteral("--api-url") << false;
    }

    void shouldApplyANewApiAddressUnlessTheCommandLineChoseOne()
    {
        QFETCH(QString, override);
        QFETCH(bool, applied);
        m_window->setApiBaseOverride(override);
        bool edited = false;
        QString note;
        QTimer::singleShot(0, this, [&edited, &note] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *overrideNote = dialog->findChild<QLabel *>(QStringLiteral("apiOverrideNote"));
            if (overrideNote && overrideNote->isVisible())
                note = overrideNote->text();
            // Nothing listens on port 1: a fetch there is refused at once.
            dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"))
                ->setText(QStringLiteral("http://127.0.0.1:1/smm"));
            edited = true;
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        QVERIFY(edited);
        QCOMPARE(note, applied ? QString()
                               : QStringLiteral("This session uses %1, given by --api-url; the "
                                                "address here is used from the next start.")
                                     .arg(m_panel.baseUrl().toDisplayString()));
        QCOMPARE(QSettings().value(QStringLiteral("network/apiUrl")).toString(),
                 QStringLiteral("http://127.0.0.1:1/smm"));
        typeCategory(DocumentedCategory);
        auto *messages = child<MessageBar>("messageBar");
        if (applied) {
            QTRY_VERIFY_WITH_TIMEOUT(
                messages->isVisible() && messages->kind() == MessageBar::Kind::Error, 10000);
            QVERIFY2(messages->text().contains(QStringLiteral("refused")),
                     qPrintable(messages->text()));
            QVERIFY(m_panel.requestedTargets().isEmpty());
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 3, 10000);
        }
    }

    void shouldBrowseTheCatalogByPlatformAndLoadWithOneClick()
    {
        m_window->startCatalogRefresh();
        auto *tree = child<QTreeView>("categoryTree");
        QAbstractItemModel *categories = tree->model();
        // The starter list shows first; the panel's catalog brings the service counts.
        QVERIFY(m_panel.waitForRequestCount(1, 10000));
        QCOMPARE(m_panel.requestedTargets().first(), QStringLiteral("/smm/getallprice"));
        QTRY_VERIFY_WITH_TIMEOUT(catalogShown(), 10000);
        // Groups and categories both count services, in a column of their own.
        QStringList groups;
        int services = 0;
        for (int row = 0; row < categories->rowCount(); ++row) {
            const QModelIndex group = categories->index(row, 0);
            const int leaves = categories->rowCount(group);
            groups << group.data().toString();
            int inGroup = 0;
            for (int leaf = 0; leaf < leaves; ++leaf) {
                const int count =
                    QLocale().toInt(categories->index(leaf, 1, group).data().toString());
                QVERIFY(count > 0);
                inGroup += count;
            }
            if (row > 0)
                QCOMPARE(QLocale().toInt(categories->index(row, 1).data().toString()), inGroup);
            services += inGroup;
        }
        QCOMPARE(groups.first(), QStringLiteral("All services"));
        QCOMPARE(groups.at(1), QStringLiteral("[YT] YouTube"));
        QCOMPARE(groups.last(), QStringLiteral("[-] Other"));

        // Its own filter narrows to the one matching category; one click loads it by exact name.
        QTest::keyClicks(child<QLineEdit>("categoryFilterEdit"), QStringLiteral("shorts"));
        QTRY_COMPARE(categories->rowCount(), 1);
        const QModelIndex youtube = categories->index(0, 0);
        QCOMPARE(youtube.data().toString(), QStringLiteral("[YT] YouTube"));
        QCOMPARE(categories->rowCount(youtube), 1);
        const QModelIndex shorts = categories->index(0, 0, youtube);
        QCOMPARE(shorts.data().toString(), QStringLiteral("[YT] Youtube Shorts Views 🔥"));
        m_panel.clearRequests();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(shorts).center());
        // Once its rows are shown, no second request can still be on its way.
        QTRY_VERIFY_WITH_TIMEOUT(view()->rowCount() > 0, 10000);
        QCOMPARE(m_panel.requestedTargets(),
                 QStringList{QStringLiteral(
                     "/smm/category?name=%5BYT%5D%20Youtube%20Shorts%20Views%20%F0%9F%94%A5")});

        // "All services" shows the whole catalog, with the Category column.
        child<QLineEdit>("categoryFilterEdit")->clear();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(categories->index(0, 0)).center());
        const QString total = QStringLiteral(" of %1 services").arg(QLocale().toString(services));
        QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>("countLabel")->text().endsWith(total),
                                  qPrintable(child<QLabel>("countLabel")->text() + total), 10000);
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CategoryColumn));
    }

    void shouldSendTheKnownExactNameForLooselyTypedText()
    {
        m_window->startCatalogRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(catalogShown(), 10000);
        m_panel.clearRequests();
        // The catalog knows "[YT] Youtube Subscribers " with its trailing space.
        typeCategory(QStringLiteral("[yt]   youtube SUBSCRIBERS"));
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QCOMPARE(m_panel.requestedTargets().last(),
                 QStringLiteral("/smm/category?name=%5BYT%5D%20Youtube%20Subscribers%20"));
        QCOMPARE(child<QLineEdit>("categoryEdit")->text(),
                 QStringLiteral("[YT] Youtube Subscribers "));
        QTRY_VERIFY_WITH_TIMEOUT(view()->rowCount() > 0, 5000);
    }

    void shouldDimThePreviousRowsWhileLoadingAndStopWithEsc()
    {
        loadDocumentedExample();
        auto *progress = child<QProgressBar>("fetchProgress");
        auto *dim = qobject_cast<QGraphicsOpacityEffect *>(table()->graphicsEffect());
        QVERIFY(dim);
        QVERIFY(!dim->isEnabled());
        m_panel.clearRequests();
        typeCategory(QStringLiteral("slow"));
        QVERIFY(m_panel.waitForRequestCount(1, 5000)); // the panel is now taking its time
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 5000);
        QVERIFY(dim->isEnabled());
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 5000);
        QVERIFY(!dim->isEnabled());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Stopped. The table still shows the previous prices."));
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));
        QVERIFY(!child<MessageBar>("messageBar")->isVisible());

        // F5 fetches again what the table shows.
        m_panel.clearRequests();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QVERIFY(m_panel.requestedTargets().last().startsWith(
            QStringLiteral("/smm/category?name=%5BYT%5D%20Youtube%20Views")));
    }

    void shouldCompleteFromTheCatalogHistoryAndStarterList()
    {
        typeCategory(QStringLiteral("fast")); // not in the catalog: remembered as history
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{222}, 10000);
        m_window->startCatalogRefresh();
        QVERIFY(m_panel.waitForRequestCount(2, 10000));
        QCompleter *completer = child<QLineEdit>("categoryEdit")->completer();
        QVERIFY(completer);
        const auto completions = [completer](const QString &prefix) {
            completer->setCompletionPrefix(prefix);
            QStringList found;
            for (int row = 0; completer->setCurrentRow(row); ++row)
                found << completer->currentCompletion();
            return found;
        };
        // Anywhere in the name, any case.
        QTRY_VERIFY_WITH_TIMEOUT(completions(QStringLiteral("SHORTS"))
                                     .contains(QStringLiteral("[YT] Youtube Shorts Views 🔥")),
                                 10000);
        QVERIFY(completions(QStringLiteral("fas")).contains(QStringLiteral("fast")));
        // The starter list knows names that this panel's catalog lacks.
        QVERIFY(completions(QStringLiteral("Youtube Views"))
                    .contains(QStringLiteral("[YT] Youtube Views")));
    }

    void shouldReachTheFilterAndTheCategoryBoxFromTheKeyboard()
    {
        table()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("filterEdit"));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("categoryEdit"));
    }

    void shouldSayInTheStatusBarHowManyRowsWereSkippedAndWhy()
    {
        typeCategory(QStringLiteral("quirky"));
        auto *count = child<QLabel>("countLabel");
        QTRY_VERIFY_WITH_TIMEOUT(count->text().contains(QStringLiteral("Rows skipped: 2")), 10000);
        QVERIFY2(count->text().contains(QStringLiteral("row 4:")), qPrintable(count->text()));
    }

    void shouldAnnounceTheFirstPaintOnceAndEvenWithoutOne()
    {
        MainWindow painted;
        QSignalSpy paintedSpy(&painted, &MainWindow::firstPainted);
        painted.show();
        QVERIFY(paintedSpy.wait(5000));
        PaintCounter repaints;
        painted.installEventFilter(&repaints);
        painted.update();
        QTRY_VERIFY(repaints.count > 0);
        QCOMPARE(paintedSpy.count(), 1);

        // Shown as far as the window knows, never painted (as when started minimized): the
        // start-up work still runs, a second later.
        MainWindow unpainted;
        QSignalSpy unpaintedSpy(&unpainted, &MainWindow::firstPainted);
        QShowEvent show;
        QCoreApplication::sendEvent(&unpainted, &show);
        QVERIFY(unpaintedSpy.wait(5000));
        QCOMPARE(unpaintedSpy.count(), 1);
    }

    void shouldNameTheVersionsInAbout()
    {
        QString text;
        QTimer::singleShot(0, this, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY2(text.contains(QStringLiteral(SMM_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    }

    void shouldSortByPriceBothWaysFromTheHeader()
    {
        loadDocumentedExample();
        clickHeader(ServiceTableModel::PriceColumn);
        QCOMPARE(visibleIds(), (QList<quint64>{26226, 3901, 3900}));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
                 int(ServiceTableModel::PriceColumn));
        clickHeader(ServiceTableModel::PriceColumn);
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void shouldNarrowTheRowsWithEachFilter()
    {
        loadDocumentedExample();
        QLineEdit *filter = child<QLineEdit>("filterEdit");
        QTest::keyClicks(filter, QStringLiteral("LIFETIME"));
        QCOMPARE(visibleIds(), QList<quint64>{26226});
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("1 of 3 services"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("refill views"));
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));
        filter->clear();

        child<QComboBox>("refillBox")->setCurrentIndex(2);
        QCOMPARE(visibleIds(), QList<quint64>{3901});
        child<QComboBox>("refillBox")->setCurrentIndex(1);
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 26226}));
        child<QComboBox>("refillBox")->setCurrentIndex(0);

        QSpinBox *quantity = child<QSpinBox>("quantityBox");
        quantity->setValue(50);
        QCOMPARE(visibleIds(), QList<quint64>{});
        quantity->setValue(50000000);
        QCOMPARE(visibleIds(), QList<quint64>{3900});
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CostColumn));
        QCOMPARE(view()->index(0, ServiceTableModel::CostColumn).data().toString(),
                 QStringLiteral("Rp 1,297,350,000"));
        quantity->setValue(0);

        child<QDoubleSpinBox>("minPriceBox")->setValue(20000);
        child<QDoubleSpinBox>("maxPriceBox")->setValue(25000);
        QCOMPARE(visibleIds(), QList<quint64>{3901});
        // Whole rupiah, written like the table writes them.
        QCOMPARE(child<QDoubleSpinBox>("minPriceBox")->text(), QStringLiteral("Rp 20,000"));
        QCOMPARE(quantity->text(), QStringLiteral("Any"));

        QTest::mouseClick(child<QPushButton>("clearFiltersButton"), Qt::LeftButton);
        QCOMPARE(view()->rowCount(), 3);
        QVERIFY(child<QCheckBox>("activeOnlyBox")->isChecked());
    }

    void shouldSayFilteringWhileAPassRunsOnTheWorker()
    {
        loadDocumentedExample();
        view()->setBackgroundFilterThreshold(0); // three rows take the path of a large catalog
        auto *filtering = child<QLabel>("filteringLabel");
        QVERIFY(!filtering->isVisible());
        QObject guard;
        QList<bool> shownOnChange;
        connect(view(), &ServiceViewModel::filteringChanged, &guard,
                [&] { shownOnChange << filtering->isVisible(); });

        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("LIFETIME"));
        QTRY_VERIFY_WITH_TIMEOUT(!view()->isFiltering(), 10000);
        QVERIFY(!filtering->isVisible());
        QVERIFY(shownOnChange.size() >= 2);
        QCOMPARE(shownOnChange.constFirst(), true);
        QCOMPARE(shownOnChange.constLast(), false);
        QCOMPARE(visibleIds(), QList<quint64>{26226});
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("1 of 3 services"));
    }

    void shouldShowTheSelectedServicesNote()
    {
        loadDocumentedExample();
        selectRowOf(3900);
        QVERIFY(notesText().contains(QStringLiteral("3 hours 25 minutes")));
        QVERIFY(notesText().contains(QStringLiteral("3900")));
        selectRowOf(3901);
        QVERIFY(notesText().contains(QStringLiteral("No refill")));
        QVERIFY(!notesText().contains(QStringLiteral("<b>")));
    }

    void shouldKeepTheSelectedServiceAcrossFiltersAndSorts()
    {
        loadDocumentedExample();
        selectRowOf(3901);
        const auto selectedId = [this] {
            const QModelIndex current = table()->currentIndex();
            return current.isValid()
                       ? view()->serviceModel()->service(view()->sourceRow(current.row())).id
                       : quint64(0);
        };
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("views"));
        QCOMPARE(selectedId(), 3901u);
        clickHeader(ServiceTableModel::PriceColumn);
        QCOMPARE(selectedId(), 3901u);
        QCOMPARE(table()->currentIndex().row(), 1);
        child<QComboBox>("refillBox")->setCurrentIndex(1);
        QCOMPARE(selectedId(), 0u);
        QVERIFY(notesText().contains(QStringLiteral("Select a service")));
        child<QComboBox>("refillBox")->setCurrentIndex(0);
        QCOMPARE(selectedId(), 3901u);
    }

    void shouldLoadNothingForAHostileNote()
    {
        typeCategory(QStringLiteral("hostile-note"));
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 1, 10000);
        m_panel.clearRequests();
        table()->selectRow(0);
        QVERIFY(notesText().contains(QStringLiteral("bold")));
        m_window->findChild<NotesPane *>()->grab(); // paint it, as a person would see it
        QTest::qWait(500);
        QCOMPARE(m_window->findChild<NotesPane *>()->resourceRequests(), 0);
        QCOMPARE(m_panel.requestedTargets(), QStringList());
    }

    void shouldStayResponsiveWithAHugeNote()
    {
        typeCategory(QStringLiteral("huge-note"));
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 1, 10000);
        QElapsedTimer timer;
        timer.start();
        table()->selectRow(0);
        m_window->grab();
        qInfo("selecting a service with a 5 MB note took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(notesText().size() < 200000);
    }

    void shouldShowErrorsInTheMessageBarAndRetry()
    {
        typeCategory(QStringLiteral("flaky"));
        MessageBar *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("503")), qPrintable(bar->text()));
        QPushButton *retry = child<QPushButton>("retryButton");
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{333}, 10000);
        QVERIFY(!bar->isVisible());
    }

    void shouldApplyTheLongestDownloadFromPreferences()
    {
        AppSettings settings;
        QCOMPARE(settings.deadline(), std::chrono::milliseconds(120000));
        SettingsDialog dialog(settings, nullptr);
        auto *deadline = dialog.findChild<QSpinBox *>(QStringLiteral("deadlineBox"));
        QVERIFY(deadline);
        QCOMPARE(deadline->value(), 120);
        deadline->setValue(2);
        dialog.accept();
        QCOMPARE(AppSettings().deadline(), std::chrono::milliseconds(2000));
        const FetchLimits limits = AppSettings().fetchLimits();
        QCOMPARE(limits.deadline, std::chrono::milliseconds(2000));
        QCOMPARE(limits.timeout, settings.timeout());
        QCOMPARE(limits.maxResponseBytes, settings.maxResponseBytes());
        QCOMPARE(limits.parse.maxRows, settings.maxRows());

        m_window = makeWindow();
        typeCategory(QStringLiteral("drip"));
        MessageBar *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->text().contains(QStringLiteral("did not arrive within 2 seconds")),
                 qPrintable(bar->text()));
    }

    void shouldRetryWhatFailedNotWhatTheTableShows()
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
        m_window->openFile(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(view()->rowCount(), 3);
        typeCategory(QStringLiteral("html-500"));
        MessageBar *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        m_panel.clearRequests();
        QTest::mouseClick(child<QPushButton>("retryButton"), Qt::LeftButton);
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QCOMPARE(m_panel.requestedTargets().last(), QStringLiteral("/smm/category?name=html-500"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_panel.waitForRequestCount(2, 5000));
        QCOMPARE(m_panel.requestedTargets().last(), QStringLiteral("/smm/category?name=html-500"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(view()->rowCount(), 3);

        // Once something loads, F5 fetches what the table shows again.
        typeCategory(DocumentedCategory);
        QVERIFY(m_panel.waitForRequestCount(3, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>("fetchProgress")->isVisible(), 10000);
        QVERIFY(!bar->isVisible());
        m_panel.clearRequests();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QVERIFY(m_panel.requestedTargets().last().startsWith(
            QStringLiteral("/smm/category?name=%5BYT%5D%20Youtube")));
    }

    void shouldKeepPreviousRowsWhenAFetchFailsAndNeverShowStaleOnes()
    {
        loadDocumentedExample();
        typeCategory(QStringLiteral("html-500"));
        QTRY_VERIFY_WITH_TIMEOUT(child<MessageBar>("messageBar")->isVisible(), 10000);
        QCOMPARE(view()->rowCount(), 3);

        typeCategory(QStringLiteral("slow:1200"));
        QVERIFY(m_panel.waitForRequestCount(3, 5000));
        typeCategory(QStringLiteral("fast"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{222}, 10000);
        QTest::qWait(1800);
        QCOMPARE(visibleIds(), QList<quint64>{222});
    }

    void shouldCopySelectedRowsAsTabSeparatedText()
    {
        loadDocumentedExample();
        table()->setFocus();
        table()->selectAll();
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(QStringLiteral("ID\tService\t")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("3900\t")));
        QCOMPARE(lines.at(1).count(u'\t'), lines.first().count(u'\t'));
    }

    void shouldExportTheViewAsShown()
    {
        loadDocumentedExample();
        clickHeader(ServiceTableModel::PriceColumn);
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("real"));
        QHeaderView *header = table()->horizontalHeader();
        header->hideSection(ServiceTableModel::TypeColumn);
        header->moveSection(header->visualIndex(ServiceTableModel::PriceColumn), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.csv"));
        AppSettings::ExportPreferences preferences;
        preferences.csv.byteOrderMark = false;
        const CsvWriter::Result result = exportView(path, preferences);
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("Price / 1K,ID,Service,Min,Max,Refill,Status\r"));
        QVERIFY(lines.at(1).startsWith("19028,26226,"));
        QVERIFY(lines.at(3).startsWith("25947,3900,"));
        QCOMPARE(lines.size(), 5);
    }

    void shouldExportTrickyNamesExactlyAsShownForPythonsCsvReader()
    {
        const QStringList names = {QStringLiteral("Likes, fast \"HQ\""),
                                   QStringLiteral("Line one\nline two"),
                                   QStringLiteral("=HYPERLINK(\"http://x\")"),
                                   QStringLiteral("+62 views 🔥"),
                                   QStringLiteral("-5% promo"),
                                   QStringLiteral("@mention followers")};
        QJsonArray rows;
        for (qsizetype i = 0; i < names.size(); ++i) {
            rows.append(QJsonObject{{QStringLiteral("id"), 100 + i},
                                    {QStringLiteral("name"), names.at(i)},
                                    {QStringLiteral("category"), QStringLiteral("tricky")},
                                    {QStringLiteral("type"), QStringLiteral("Youtube")},
                                    {QStringLiteral("price"), 1000.5 * double(i + 1)},
                                    {QStringLiteral("min"), 10},
                                    {QStringLiteral("max"), 1000},
                                    {QStringLiteral("refill"), int(i % 2)}});
        }
        QTemporaryDir dir;
        const QString response = dir.filePath(QStringLiteral("tricky.json"));
        QFile file(response);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), rows}}).toJson());
        file.close();
        QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
        m_window->openFile(response);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

        // Price descending, the names without an "l" filtered out, only name, ID, price and
        // refill shown, with the name moved first.
        clickHeader(ServiceTableModel::PriceColumn);
        clickHeader(ServiceTableModel::PriceColumn);
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("L"));
        QHeaderView *header = table()->horizontalHeader();
        const QList<int> shown = {ServiceTableModel::IdColumn, ServiceTableModel::NameColumn,
                                  ServiceTableModel::PriceColumn, ServiceTableModel::RefillColumn};
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column)
            header->setSectionHidden(column, !shown.contains(column));
        header->moveSection(header->visualIndex(ServiceTableModel::NameColumn), 0);

        const QString path = dir.filePath(QStringLiteral("view.csv"));
        const CsvWriter::Result result = exportView(path, AppSettings().exportPreferences());
        QVERIFY2(result.isComplete(), qPrintable(result.error));
        QString error;
        const QList<QStringList> exported = PythonCsvReader::read(path, u',', &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<QStringList> expected = {
            {QStringLiteral("Service"), QStringLiteral("ID"), QStringLiteral("Price / 1K"),
             QStringLiteral("Refill")},
            {QStringLiteral("'@mention followers"), QStringLiteral("105"), QStringLiteral("6003"),
             QStringLiteral("1")},
            {QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("102"),
             QStringLiteral("3001.5"), QStringLiteral("0")},
            {QStringLiteral("Line one\nline two"), QStringLiteral("101"), QStringLiteral("2001"),
             QStringLiteral("1")},
            {QStringLiteral("Likes, fast \"HQ\""), QStringLiteral("100"), QStringLiteral("1000.5"),
             QStringLiteral("0")},
        };
        QCOMPARE(exported, expected);
        QCOMPARE(result.rowsWritten, view()->rowCount());
    }

    // The export writes on a worker from a snapshot: the window goes on showing what ends
    // meanwhile, and the file has the rows of the moment Export was chosen.
    void shouldShowAFetchThatEndsWhileAnExportRuns()
    {
        loadDocumentedExample();
        QHeaderView *header = table()->horizontalHeader();
        for (int column = 0; column < ServiceTableModel::ColumnCount; ++column)
            header->setSectionHidden(column, column != ServiceTableModel::IdColumn);
        // The export goes into a FIFO nobody reads yet: it runs until the test reads it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("during.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto *exporter = m_window->findChild<ViewExporter *>();
        QSignalSpy finished(exporter, &ViewExporter::finished);
        // Should the test fail halfway, the export must not wait for a reader forever.
        const auto drain = qScopeGuard([&] {
            if (QFile fifo(path); exporter->isRunning() && fifo.open(QIODevice::ReadOnly))
                fifo.readAll();
        });
        AppSettings::ExportPreferences preferences;
        preferences.csv.byteOrderMark = false;
        QVERIFY(exporter->exportTo(path, preferences));
        QVERIFY(!exporter->exportTo(path, preferences));

        typeCategory(QStringLiteral("fast"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{222}, 10000);
        QVERIFY(exporter->isRunning());
        QFile fifo(path);
        QVERIFY(fifo.open(QIODevice::ReadOnly));
        QCOMPARE(fifo.readAll(), QByteArray("ID\r\n3900\r\n3901\r\n26226\r\n"));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<CsvWriter::Result>().isComplete());
    }

    void shouldCancelALargeExportFromItsProgressDialog()
    {
        QJsonArray rows;
        for (int i = 1; i <= 24000; ++i)
            rows.append(QJsonObject{{QStringLiteral("id"), i},
                                    {QStringLiteral("name"), QStringLiteral("Service %1").arg(i)},
                                    {QStringLiteral("price"), i % 7 ? QJsonValue(i) : QJsonValue()},
                                    {QStringLiteral("min"), QStringLiteral("10")}});
        QTemporaryDir dir;
        QFile response(dir.filePath(QStringLiteral("large.json")));
        QVERIFY(response.open(QIODevice::WriteOnly));
        response.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), rows}}).toJson());
        response.close();
        QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
        m_window->openFile(response.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(view()->rowCount() >= 20000);

        // Into a FIFO, which is written in place: the export waits for the test to read it.
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto *exporter = m_window->findChild<ViewExporter *>();
        QSignalSpy finished(exporter, &ViewExporter::finished);
        // Should the test fail halfway, the export must not wait for a reader forever.
        const auto drain = qScopeGuard([&] {
            if (QFile fifo(path); exporter->isRunning() && fifo.open(QIODevice::ReadOnly))
                fifo.readAll();
        });
        QVERIFY(exporter->exportTo(path, AppSettings().exportPreferences()));
        auto *progress = m_window->findChild<QProgressDialog *>();
        QVERIFY(progress);
        QVERIFY(!progress->isModal());
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 10000);
        QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        QFile fifo(path);
        QVERIFY(fifo.open(QIODevice::ReadOnly));
        const QByteArray written = fifo.readAll();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<CsvWriter::Result>();
        QVERIFY(result.cancelled);
        QCOMPARE(result.rowsWritten, 4096); // stopped at the first progress report
        QCOMPARE(written.count('\n'), 4097);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Export cancelled; no file was written."));
        QTRY_VERIFY(!m_window->findChild<QProgressDialog *>());
    }

    void shouldOpenASavedResponseAndSaveItAgain()
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
        m_window->openFile(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().at(1).toBool(), true);
        QCOMPARE(visibleIds(), (QList<quint64>{3900, 3901, 26226}));
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CategoryColumn));

        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QCOMPARE(m_window->saveResponse(copy), QString());
        QFile original(QStringLiteral(SMM_TEST_DATA_DIR "/documented-example.json"));
        QFile saved(copy);
        QVERIFY(original.open(QIODevice::ReadOnly) && saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), original.readAll());
    }

    void shouldSayWhyAFileCannotBeOpened()
    {
        loadDocumentedExample();
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<html>not prices</html>");
        broken.close();
        QSignalSpy loaded(m_window.get(), &MainWindow::fileLoaded);
        m_window->openFile(broken.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().at(1).toBool(), false);
        QVERIFY(child<MessageBar>("messageBar")->text().contains(QStringLiteral("web page")));
        QCOMPARE(view()->rowCount(), 3);
    }

    void shouldShowPriceChangesSinceThePreviousFetch()
    {
        QTemporaryDir data;
        m_window->setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        QAbstractItemModelTester tester(view(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        typeCategory(QStringLiteral("changing-gui"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QVERIFY(table()->horizontalHeader()->isSectionHidden(ServiceTableModel::ChangeColumn));

        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7004}), 10000);
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::ChangeColumn));
        const auto change = [this](int row) {
            return view()->index(row, ServiceTableModel::ChangeColumn).data().toString();
        };
        QCOMPARE(change(0), QStringLiteral("▲ +12.5%"));
        QCOMPARE(change(1), QStringLiteral("▼ −3%"));
        QCOMPARE(change(2), QStringLiteral("new"));
        MessageBar *bar = child<MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(
                     QStringLiteral("changed prices: 2, new services: 1, removed services: 1.")),
                 qPrintable(bar->text()));
        QVERIFY(bar->text().contains(QStringLiteral("(ID 7003)")));

        child<QCheckBox>("changedOnlyBox")->setChecked(true);
        QCOMPARE(visibleIds(), (QList<quint64>{7001, 7002, 7004}));
        QTest::keyClick(table(), Qt::Key_F5); // the first prices again: 7003 is new once more
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QCOMPARE(m_window->history()->priceSeries(PriceHistory::BuiltInPanel, 7001).size(), 3);

        // 7001 cost 1000, then 1125, then 1000 again: the first lowest and the highest marked.
        QVERIFY(!m_window->findChild<PriceHistoryDialog *>());
        selectRowOf(7001);
        QVERIFY(m_window->showPriceHistory());
        auto *dialog = m_window->findChild<PriceHistoryDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PriceChart *chart = dialog->chart();
        QCOMPARE(chart->series().size(), 3);
        QCOMPARE(chart->minimumIndex(), 0);
        QCOMPARE(chart->maximumIndex(), 1);
        QVERIFY(!chart->grab().isNull());
        const QString summary =
            dialog->findChild<QLabel *>(QStringLiteral("priceHistorySummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 fetches. Lowest Rp 1,000")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("highest Rp 1,125")));
        dialog->close();
    }

    void shouldRestoreTheLastViewOfflineAndShowStoredPricesWhenAFetchFails()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("history.sqlite"));
        m_window->setHistoryPath(path);
        typeCategory(QStringLiteral("changing-restore"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        m_window->close();
        m_window.reset();

        // Restarted with the panel unreachable: the last view comes from the database.
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1/smm")));
        m_window->setHistoryPath(path);
        QVERIFY(restoreLastView());
        m_window->show();
        QCOMPARE(visibleIds(), (QList<quint64>{7001, 7002, 7003}));
        QCOMPARE(child<QLineEdit>("categoryEdit")->text(), QStringLiteral("changing-restore"));
        MessageBar *bar = child<MessageBar>("messageBar");
        QVERIFY2(bar->text().contains(QStringLiteral("just now")), qPrintable(bar->text()));

        // Switch to something else, then fail to fetch the stored category: offline banner.
        m_window->setApiBase(m_panel.baseUrl());
        typeCategory(QStringLiteral("fast"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{222}, 10000);
        m_window->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1/smm")));
        typeCategory(QStringLiteral("changing-restore"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), (QList<quint64>{7001, 7002, 7003}), 10000);
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().startsWith(QStringLiteral("Offline — prices from just now.")),
                 qPrintable(bar->text()));
        QVERIFY(child<QPushButton>("retryButton")->isVisible());
    }

    void shouldStartWithANewHistoryWhenTheFileIsDamaged()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("history.sqlite"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();

        m_window->setHistoryPath(path);
        MessageBar *bar = child<MessageBar>("noticeBar");
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(QStringLiteral("damaged")), qPrintable(bar->text()));
        QCOMPARE(QDir(data.path()).entryList({QStringLiteral("history.sqlite.damaged-*")}).size(),
                 1);
        QVERIFY(!restoreLastView());
        loadDocumentedExample();
        QVERIFY(m_window->history()
                    ->lastFetch(PriceHistory::BuiltInPanel, DocumentedCategory)
                    .isValid());
        QVERIFY(bar->isVisible()); // a fetch does not hide what happened to the history
    }

    void shouldStayResponsiveWhileAnotherProcessHoldsTheHistory()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("history.sqlite"));
        m_window->setHistoryPath(path);
        const QString holderName = QStringLiteral("history holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")),
                     qPrintable(lock.lastError().text()));
        }
        // A write waits up to a minute for the lock: the window must not wait with it.
        QElapsedTimer sinceTick;
        qint64 longestGapMs = 0;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
            ++ticks;
        });
        sinceTick.start();
        ticker.start(10);
        m_panel.clearRequests();
        typeCategory(QStringLiteral("numbered:9"));
        QVERIFY(m_panel.waitForRequestCount(1, 10000));
        QTRY_VERIFY(ticks >= 50);
        {
            QSqlDatabase holder = QSqlDatabase::database(holderName);
            QSqlQuery unlock(holder);
            QVERIFY(unlock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(holderName);
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{80009}, 20000);
        QTRY_VERIFY(m_window->history()
                        ->lastFetch(PriceHistory::BuiltInPanel, QStringLiteral("numbered:9"))
                        .isValid());
        QVERIFY2(longestGapMs < 2000, qPrintable(QString::number(longestGapMs)));
    }

    void shouldRefreshAllSavedCategoriesAndListTheFailures()
    {
        QTemporaryDir data;
        m_window->setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        QAbstractItemModelTester savedTester(m_window->savedCategories(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester tester(view(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList names;
        for (int number = 1; number <= 18; ++number)
            names.append(QStringLiteral("numbered:%1").arg(number));
        names.insert(4, QStringLiteral("html-500"));
        names.insert(12, QStringLiteral("status-false"));
        child<QLineEdit>("categoryEdit")->setText(names.first());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D)); // pin
        for (const QString &name : names.mid(1))
            saved()->pin(name);
        QCOMPARE(m_window->savedCategories()->names(), names);

        QTest::mouseClick(child<QPushButton>("refreshAllButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 18, 20000);
        QTRY_VERIFY(child<QPushButton>("refreshAllButton")->isEnabled());
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CategoryColumn));
        for (int row = 0; row < view()->rowCount(); ++row) {
            const Service &service = view()->serviceModel()->service(view()->sourceRow(row));
            QCOMPARE(service.category, QStringLiteral("numbered:%1").arg(service.id - 80000));
        }
        MessageBar *bar = child<MessageBar>("messageBar");
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QCOMPARE(bar->text(), QStringLiteral("2 of 20 categories could not be fetched."));
        QCOMPARE(bar->details().size(), 2);
        QVERIFY(bar->details().at(0).startsWith(QStringLiteral("html-500: ")));
        QVERIFY(bar->details().at(1).startsWith(QStringLiteral("status-false: ")));
        QVERIFY(barOffers("detailsButton"));

        // Saved across restarts, and shown merged from the history without the panel.
        m_window->close();
        m_window = makeWindow();
        m_window->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1/smm")));
        m_window->setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        QCOMPARE(m_window->savedCategories()->names(), names);
        QVERIFY(restoreLastView()); // the merged view, from the history
        QCOMPARE(view()->rowCount(), 18);
        QTest::mouseClick(child<QPushButton>("showAllSavedButton"), Qt::LeftButton);
        QCOMPARE(view()->rowCount(), 18);
        QTRY_VERIFY(child<MessageBar>("messageBar")->text().contains(QStringLiteral("html-500")));
    }

    void shouldSumUpARefreshAllWhileThePanelIsDownWithDetails()
    {
        m_window->setApiBase(QUrl(QStringLiteral("http://127.0.0.1:1/smm")));
        const QStringList names{QStringLiteral("numbered:1"), QStringLiteral("numbered:2"),
                                QStringLiteral("[IG] Instagram Likes Indonesia")};
        for (const QString &name : names)
            saved()->pin(name);
        QTest::mouseClick(child<QPushButton>("refreshAllButton"), Qt::LeftButton);
        MessageBar *bar = child<MessageBar>("messageBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->text(), QStringLiteral("3 of 3 categories could not be fetched: the panel "
                                             "could not be reached."));
        QVERIFY(barOffers("retryButton"));
        QVERIFY(!barOffers("openPreferencesButton"));
        QVERIFY(barOffers("detailsButton"));

        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("detailsButton")),
                          Qt::LeftButton);
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("messageDetailsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList lines =
            dialog->findChild<QTextEdit *>(QStringLiteral("messageDetailsText"))
                ->toPlainText()
                .split(u'\n');
        QCOMPARE(lines.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(names.at(i) + QStringLiteral(": The panel's server")),
                     qPrintable(lines.at(i)));
            QVERIFY2(!lines.at(i).contains(QStringLiteral(".;")), qPrintable(lines.at(i)));
        }
        dialog->close();

        // A plain message after it offers no details.
        m_window->fetchCategory(QString());
        QVERIFY(bar->isVisible());
        QVERIFY(!barOffers("detailsButton"));
        QVERIFY(!barOffers("retryButton"));
    }

    void shouldTogglePinAndShowWhetherTheCategoryIsPinned()
    {
        auto *pin = m_window->findChild<QAction *>(QStringLiteral("pinAction"));
        QVERIFY(!pin->isEnabled()); // nothing to pin yet
        loadDocumentedExample();
        QVERIFY(pin->isEnabled());
        QVERIFY(pin->isCheckable());
        QVERIFY(!pin->isChecked());
        QCOMPARE(pin->text(), QStringLiteral("&Pin Category"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(m_window->savedCategories()->names(), QStringList{DocumentedCategory});
        QVERIFY(pin->isChecked());
        QCOMPARE(pin->text(), QStringLiteral("Un&pin Category"));
        QCOMPARE(statusMessage(), QStringLiteral("Pinned “%1”.").arg(DocumentedCategory));

        // Another name in the box is not pinned; the shown one is when the box is empty.
        child<QLineEdit>("categoryEdit")->setText(QStringLiteral("fast"));
        QVERIFY(!pin->isChecked());
        child<QLineEdit>("categoryEdit")->clear();
        QVERIFY(pin->isChecked());

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QVERIFY(m_window->savedCategories()->names().isEmpty());
        QVERIFY(!pin->isChecked());
        QCOMPARE(pin->text(), QStringLiteral("&Pin Category"));
        QCOMPARE(statusMessage(), QStringLiteral("Unpinned “%1”.").arg(DocumentedCategory));

        // Pinned from elsewhere (the browser's menu), it shows at once.
        saved()->pin(DocumentedCategory);
        QVERIFY(pin->isChecked());
    }

    // Another window pins and unpins meanwhile: this one keeps its changes and shows them.
    void shouldKeepAnotherWindowsPinsWhenPinning()
    {
        saved()->pin(QStringLiteral("numbered:1"));
        saved()->pin(QStringLiteral("numbered:2"));
        {
            AppSettings other;
            other.setSavedCategories({QStringLiteral("numbered:2"), QStringLiteral("theirs")});
        }
        saved()->pin(QStringLiteral("numbered:3"));
        const QStringList expected = {QStringLiteral("numbered:2"), QStringLiteral("numbered:3"),
                                      QStringLiteral("theirs")};
        QCOMPARE(m_window->savedCategories()->names(), expected);
        QCOMPARE(AppSettings().savedCategories(), expected);
        // Unpinning one of theirs is this window's change like any other.
        saved()->unpin(QStringLiteral("theirs"));
        QCOMPARE(AppSettings().savedCategories(),
                 (QStringList{QStringLiteral("numbered:2"), QStringLiteral("numbered:3")}));
    }

    void shouldOfferRetryOnlyWhereItCanHelp()
    {
        MessageBar *bar = child<MessageBar>("messageBar");
        typeCategory(QStringLiteral("status-false"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(!barOffers("retryButton"));
        QVERIFY(!barOffers("openPreferencesButton"));

        typeCategory(QStringLiteral("html-500"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY(barOffers("retryButton"));
        QVERIFY(!barOffers("openPreferencesButton"));

        // The size limit: Open Preferences, on the field that sets it.
        typeCategory(QStringLiteral("huge-length"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QVERIFY2(bar->text().contains(QStringLiteral("larger than the limit")),
                 qPrintable(bar->text()));
        QVERIFY(!barOffers("retryButton"));
        QVERIFY(barOffers("openPreferencesButton"));
        QString focused;
        QTimer::singleShot(0, this, [&focused] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QStringLiteral("settingsDialog"))
                return;
            for (QWidget *focus = dialog->focusWidget(); focus; focus = focus->parentWidget()) {
                if (qobject_cast<QSpinBox *>(focus)) {
                    focused = focus->objectName();
                    break;
                }
            }
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("openPreferencesButton")),
                          Qt::LeftButton);
        QCOMPARE(focused, QStringLiteral("maxSizeBox"));
        QVERIFY(!bar->isVisible());
    }

    void shouldSayWhyThereIsNoPriceHistoryWithoutASelection()
    {
        loadDocumentedExample();
        table()->setFocus();
        table()->selectionModel()->clear();
        table()->setCurrentIndex(QModelIndex());
        QTest::keyClick(table(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(statusMessage(), QStringLiteral("Select a service to see its price history."));
        QVERIFY(!m_window->findChild<PriceHistoryDialog *>());
        selectRowOf(3901);
        QTest::keyClick(table(), Qt::Key_H, Qt::ControlModifier);
        auto *dialog = m_window->findChild<PriceHistoryDialog *>();
        QVERIFY(dialog);
        dialog->close();
    }

    void shouldElideTheHistoryPathAndOpenItsFolder()
    {
        QTemporaryDir data;
        const QString folder =
            data.filePath(QStringLiteral("a folder with a rather long name for a narrow page"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/history.sqlite");
        m_window->setHistoryPath(path);
        AppSettings settings;
        SettingsDialog dialog(settings, nullptr);
        dialog.addDataPage(m_window->history(), m_window->savedCategories());
        DataSettingsPage *page = dialog.dataPage();
        auto *location = page->findChild<ElidedPathEdit *>(QStringLiteral("historyLocationEdit"));
        dialog.resize(480, 400);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget *>()->setCurrentWidget(page);
        QTRY_VERIFY(location->isVisible());
        const QString native = QDir::toNativeSeparators(path);
        QCOMPARE(location->path(), native);
        QCOMPARE(location->toolTip(), native);
        QVERIFY2(location->text().contains(u'…'), qPrintable(location->text()));
        QVERIFY(location->text().startsWith(native.left(2)));
        QVERIFY(location->text().endsWith(QStringLiteral("history.sqlite")));
        QVERIFY(location->fontMetrics().horizontalAdvance(location->text()) < location->width());
        location->setFocus();
        QTRY_COMPARE(location->text(), native); // whole while it is being selected
        location->selectAll();
        QCOMPARE(location->selectedText(), native);

        auto *open = page->findChild<QPushButton *>(QStringLiteral("openHistoryFolderButton"));
        QVERIFY(open->isEnabled());
        QList<QUrl> opened;
        page->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return false;
        });
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
        QVERIFY2(page->result().contains(QStringLiteral("could not be opened")),
                 qPrintable(page->result()));
    }

    void shouldKeepPricingAndManageDataInTheSettings()
    {
        QTemporaryDir data;
        m_window->setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        PriceHistory *history = m_window->history();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        history->record(PriceHistory::BuiltInPanel, QStringLiteral("old"), now.addDays(-40), {});
        history->record(PriceHistory::BuiltInPanel, QStringLiteral("old"), now.addDays(-1), {});
        // A service that went away twice: 41 days ago and 2 days ago.
        AlertLog alerts(*history);
        Service gone;
        gone.id = 7;
        gone.name = QStringLiteral("Gone");
        gone.price = 100;
        for (const int daysAgo : {41, 2}) {
            history->record(PriceHistory::BuiltInPanel, QStringLiteral("alerts"),
                            now.addDays(-daysAgo - 1), {gone});
            alerts.recordFor(history->record(PriceHistory::BuiltInPanel, QStringLiteral("alerts"),
                                             now.addDays(-daysAgo), {}),
                             {});
        }
        QCOMPARE(alerts.list().size(), 2);
        saved()->pin(QStringLiteral("numbered:1"));

        AppSettings settings;
        SettingsDialog dialog(settings, nullptr);
        dialog.addDataPage(history, m_window->savedCategories());
        auto *markup = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("markupBox"));
        auto *step = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("roundingStepBox"));
        QVERIFY(markup && step);
        QCOMPARE(step->value(), 100.0);
        markup->setValue(10);
        QCOMPARE(markup->text(), QStringLiteral("10 %"));
        markup->setValue(12.5);
        QCOMPARE(markup->text(), QStringLiteral("12.5 %"));
        step->setValue(5000);
        QCOMPARE(step->text(), QStringLiteral("Rp 5,000"));
        step->setValue(500);

        DataSettingsPage *page = dialog.dataPage();
        QCOMPARE(page->findChild<ElidedPathEdit *>(QStringLiteral("historyLocationEdit"))->path(),
                 QDir::toNativeSeparators(history->path()));
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("historySizeLabel"))->text().isEmpty());
        page->deleteOlderThan(30);
        QVERIFY2(page->result().startsWith(
                     QStringLiteral("Deleted 3 stored fetches older than 30 days; the latest of "
                                    "each panel’s category is kept. ")),
                 qPrintable(page->result()));
        // The alerts go with the prices they were raised from: only the recent one is left.
        const AlertList left = alerts.list();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().time.daysTo(now), 2);
        const QString file = data.filePath(QStringLiteral("saved.json"));
        page->exportSaved(file);
        m_window->savedCategories()->remove(0);
        page->importSaved(file);
        QCOMPARE(page->result(), QStringLiteral("Added 1 saved category."));
        QCOMPARE(m_window->savedCategories()->names(), QStringList{QStringLiteral("numbered:1")});

        dialog.accept();
        ResellerPricing pricing = AppSettings().resellerPricing();
        QCOMPARE(pricing.markupPercent, 12.5);
        QCOMPARE(pricing.roundingStep, 500.0);

        // Per-category markups keep their exact names, through the settings and the page.
        pricing.categoryMarkupPercent.insert(QStringLiteral("[IG] Likes  "), 20);
        settings.setResellerPricing(pricing);
        QCOMPARE(AppSettings().resellerPricing(), pricing);
        SettingsDialog again(settings, nullptr);
        QCOMPARE(again.pricingPage()->pricing(), pricing);

        // A category's own markup, as the saved list's menu sets it, reprices My price.
        m_window->setHistoryPath(data.filePath(QStringLiteral("history.sqlite")));
        typeCategory(QStringLiteral("numbered:7"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleIds(), QList<quint64>{80007}, 10000);
        const auto myPrice = [this] {
            return view()->index(0, ServiceTableModel::MyPriceColumn).data().toString();
        };
        saved()->setCategoryMarkup(QStringLiteral("numbered:7"), 100);
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::MyPriceColumn));
        QCOMPARE(myPrice(), QStringLiteral("Rp 1,500"));
        QCOMPARE(AppSettings().resellerPricing().markupFor(QStringLiteral("numbered:7")), 100.0);
        saved()->setCategoryMarkup(QStringLiteral("numbered:7"), std::nullopt);
        QCOMPARE(myPrice(), QStringLiteral("Rp 1,000"));
    }

    // A header saved before the Panel, Currency and converted price columns keeps its layout,
    // and the new columns start hidden as they do in the default layout.
    void shouldRestoreAHeaderSavedBeforeTheNewColumns()
    {
        QStandardItemModel older(1, ServiceTableModel::PanelColumn);
        QTableView olderTable;
        olderTable.setModel(&older);
        QHeaderView *olderHeader = olderTable.horizontalHeader();
        olderHeader->moveSection(ServiceTableModel::MaxColumn, 0);
        olderHeader->hideSection(ServiceTableModel::StatusColumn);
        olderHeader->resizeSection(ServiceTableModel::MinColumn, 133);
        m_window->close();
        AppSettings().setValue(QStringLiteral("window/tableHeader2"), olderHeader->saveState());
        m_window = makeWindow();

        QHeaderView *header = table()->horizontalHeader();
        QCOMPARE(header->count(), int(ServiceTableModel::ColumnCount));
        QCOMPARE(header->visualIndex(ServiceTableModel::MaxColumn), 0);
        QVERIFY(header->isSectionHidden(ServiceTableModel::StatusColumn));
        QCOMPARE(header->sectionSize(ServiceTableModel::MinColumn), 133);
        QVERIFY(!header->isSectionHidden(ServiceTableModel::PriceColumn));
        for (const int column : {ServiceTableModel::PanelColumn, ServiceTableModel::CurrencyColumn,
                                 ServiceTableModel::PriceIdrColumn})
            QVERIFY2(header->isSectionHidden(column), qPrintable(QString::number(column)));
    }

    // The default order changed: a header saved by an older version is not restored once.
    void shouldStartOnceFromTheNewColumnOrder()
    {
        QHeaderView *header = table()->horizontalHeader();
        const int status = header->visualIndex(ServiceTableModel::StatusColumn);
        header->moveSection(status, 0);
        const QByteArray older = header->saveState();
        header->moveSection(0, status);
        m_window->close();
        AppSettings().setValue(QStringLiteral("window/tableHeader"), older);
        m_window = makeWindow();

        header = table()->horizontalHeader();
        QList<int> shown;
        for (int visual = 0; visual < header->count(); ++visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                shown << header->logicalIndex(visual);
        }
        QCOMPARE(shown,
                 (QList<int>{ServiceTableModel::IdColumn, ServiceTableModel::NameColumn,
                             ServiceTableModel::PriceColumn, ServiceTableModel::MinColumn,
                             ServiceTableModel::MaxColumn, ServiceTableModel::RefillColumn,
                             ServiceTableModel::StatusColumn, ServiceTableModel::TypeColumn}));
        QCOMPARE(header->sectionResizeMode(ServiceTableModel::NameColumn), QHeaderView::Stretch);
    }

    void shouldRestoreItsStateAfterARestart()
    {
        loadDocumentedExample();
        clickHeader(ServiceTableModel::PriceColumn);
        QHeaderView *header = table()->horizontalHeader();
        header->hideSection(ServiceTableModel::StatusColumn);
        header->resizeSection(ServiceTableModel::MinColumn, 133);
        header->moveSection(header->visualIndex(ServiceTableModel::MaxColumn), 0);
        m_window->resize(m_window->width() + 40, 700);
        const QSize size = m_window->size();
        auto *notes = m_window->findChild<NotesPane *>();
        QVERIFY(notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!notes->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!child<QWidget>("categoryBrowser")->isVisible());
        m_window->close();
        m_window = makeWindow();

        header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ServiceTableModel::StatusColumn));
        QCOMPARE(header->sectionSize(ServiceTableModel::MinColumn), 133);
        QCOMPARE(header->logicalIndex(0), int(ServiceTableModel::MaxColumn));
        QCOMPARE(m_window->size(), size);
        // Too narrow for the Service column to be read: it keeps its least width and the table
        // scrolls sideways; with room it takes what the other columns leave.
        QCOMPARE(header->sectionResizeMode(ServiceTableModel::NameColumn),
                 QHeaderView::Interactive);
        auto *services = qobject_cast<ServiceTableView *>(table());
        QCOMPARE(header->sectionSize(ServiceTableModel::NameColumn), services->nameMinimumWidth());
        m_window->resize(1366, 700);
        QTRY_COMPARE(header->sectionResizeMode(ServiceTableModel::NameColumn),
                     QHeaderView::Stretch);
        QVERIFY(header->sectionSize(ServiceTableModel::NameColumn) > services->nameMinimumWidth());
        m_window->resize(size);
        notes = m_window->findChild<NotesPane *>();
        QVERIFY(!notes->isVisible());
        QVERIFY(!child<QWidget>("categoryBrowser")->isVisible());
        // Showing it again brings it back with room to read.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->width() > 100, qPrintable(QString::number(notes->width())));
        QCOMPARE(header->sortIndicatorSection(), int(ServiceTableModel::PriceColumn));
        QCOMPARE(view()->sortColumn(), int(ServiceTableModel::PriceColumn));
        QCOMPARE(AppSettings().categoryHistory().value(0), DocumentedCategory);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
