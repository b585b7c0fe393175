// SPDX-License-Identifier: MIT
// What the window says it shows, and where the keyboard is: the title above the table, the
// empty states in its place, the category box and browser after fetches that fail, and the
// window's shortcuts while a text box has the focus.
#include "exportdialog.h"
#include "fakepanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "windowsteps.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

const QString DocumentedCategory = u"[YT] Youtube Views [Real and Active]"_s;

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    QTableView *table() const { return child<QTableView>(u"serviceTable"_s); }
    ServiceViewModel *view() const { return qobject_cast<ServiceViewModel *>(table()->model()); }
    QLineEdit *categoryEdit() const { return child<QLineEdit>(u"categoryEdit"_s); }
    QLabel *title() const { return child<QLabel>(u"viewTitle"_s); }
    QWidget *emptyState() const { return child<QWidget>(u"emptyState"_s); }
    MessageBar *messageBar() const { return child<MessageBar>(u"messageBar"_s); }
    QTreeView *categoryTree() const { return child<QTreeView>(u"categoryTree"_s); }

    void typeCategory(const QString &text) { WindowSteps::typeCategory(*m_window, text); }

    void loadDocumentedExample()
    {
        typeCategory(DocumentedCategory);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 3, 10000);
    }

    // The panel's catalog has replaced the starter list: the browser's leaves carry counts.
    bool catalogShown() const
    {
        const QAbstractItemModel *categories = categoryTree()->model();
        return categories->rowCount() > 1
               && !categories->index(0, 1, categories->index(1, 0)).data().toString().isEmpty();
    }

    QString highlightedCategory() const
    {
        const QModelIndexList selected = categoryTree()->selectionModel()->selectedRows();
        return selected.size() == 1 ? selected.first().data().toString() : QString();
    }

    QList<QPushButton *> suggestions() const
    {
        return emptyState()->findChildren<QPushButton *>(u"suggestionButton"_s);
    }

    // Presses the keys in the widget that has the focus, as a user would; true when that opened
    // the export dialog, which is then closed.
    bool exportOpensWith(const QKeySequence &keys)
    {
        bool opened = false;
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            checked = true;
            if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        const QKeyCombination key = keys[0];
        QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
        if (!QTest::qWaitFor([&] { return checked; }, 5000))
            qWarning("the timer did not fire");
        // The window manager's part: the window is active again once the dialog is closed.
        QApplication::setActiveWindow(m_window.get());
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smm-price-browser-tests"_s);
        QCoreApplication::setApplicationName(u"test_viewstate"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_panel.start());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                      + u"/catalog.json"_s);
        m_panel.clearRequests();
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_panel.baseUrl());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void shouldStartInTheCategoryBoxWhereEnterFetches()
    {
        QTRY_COMPARE(QApplication::focusWidget(), categoryEdit());
        QTest::keyClicks(QApplication::focusWidget(), DocumentedCategory);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view()->rowCount(), 3, 10000);
        // On to the prices, as a browser goes to the page once the typed address loaded.
        QTRY_COMPARE(QApplication::focusWidget(), table());
    }

    void shouldOpenExportWithCtrlEWhileATextBoxHasTheFocus()
    {
        // Offscreen, line edits do not take Ctrl+E; test_viewstate_xcb meets the X11 bindings.
        loadDocumentedExample();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), categoryEdit());
        QCOMPARE(categoryEdit()->text(), DocumentedCategory);
        QCOMPARE(categoryEdit()->selectedText(), DocumentedCategory);
        categoryEdit()->setCursorPosition(0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(categoryEdit()->selectedText(), DocumentedCategory);
        categoryEdit()->setCursorPosition(0);
        QVERIFY(exportOpensWith(QKeySequence(Qt::CTRL | Qt::Key_E)));

        // The filter box and the quantity box too, with text in them.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"filterEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"views"_s);
        QTRY_COMPARE(view()->rowCount(), 3);
        QVERIFY(exportOpensWith(QKeySequence(Qt::CTRL | Qt::Key_E)));
        auto *quantity = child<QSpinBox>(u"quantityBox"_s);
        quantity->setFocus();
        quantity->setValue(1000);
        QVERIFY(exportOpensWith(QKeySequence(Qt::CTRL | Qt::Key_E)));

        // The text box keeps its own editing keys: Ctrl+C copies its text, not the rows.
        categoryEdit()->setFocus();
        categoryEdit()->setSelection(0, 4);
        QTest::keyClick(categoryEdit(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"[YT]"_s);
    }

    void shouldKeepNamingWhatTheTableShowsAfterAFailedFetch()
    {
        loadDocumentedExample();
        QVERIFY2(title()->text().startsWith(DocumentedCategory + u" · 3 service"_s),
                 qPrintable(title()->text()));
        QVERIFY(title()->isVisible());
        const QString shown = title()->text();

        typeCategory(u"html-500"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messageBar()->isVisible(), 10000);
        QCOMPARE(messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(view()->rowCount(), 3);
        QCOMPARE(title()->text(), shown);
        const QString message = messageBar()->text();
        QVERIFY2(message.startsWith(u"Could not fetch “html-500”: "_s), qPrintable(message));
        QVERIFY2(message.endsWith(u"The table still shows “%1”."_s.arg(DocumentedCategory)),
                 qPrintable(message));
        // The box names what is shown again; Retry still asks for what failed.
        QCOMPARE(categoryEdit()->text(), DocumentedCategory);
        QCOMPARE(QApplication::focusWidget(), categoryEdit());
        QCOMPARE(categoryEdit()->selectedText(), DocumentedCategory);
        m_panel.clearRequests();
        QTest::mouseClick(child<QPushButton>(u"retryButton"_s), Qt::LeftButton);
        QVERIFY(m_panel.waitForRequestCount(1, 5000));
        QCOMPARE(m_panel.requestedTargets().last(), u"/smm/category?name=html-500"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messageBar()->isVisible(), 10000);
        QCOMPARE(categoryEdit()->text(), DocumentedCategory);
    }

    void shouldKeepTheBoxAndTheBrowserOnTheShownView()
    {
        QTemporaryDir data;
        m_window->setHistoryPath(data.filePath(u"history.sqlite"_s));
        m_window->startCatalogRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(catalogShown(), 10000);
        QTest::mouseClick(
            categoryTree()->viewport(), Qt::LeftButton, {},
            categoryTree()->visualRect(categoryTree()->model()->index(0, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(view()->rowCount() > 3, 10000);
        QVERIFY2(title()->text().startsWith(u"All services · "_s), qPrintable(title()->text()));
        // With the time the catalog arrived.
        QCOMPARE(title()->text().split(u" · "_s).size(), 3);
        QCOMPARE(highlightedCategory(), u"All services"_s);
        QVERIFY(categoryEdit()->text().isEmpty());

        loadDocumentedExample();
        QCOMPARE(highlightedCategory(), DocumentedCategory);

        // Saved categories together: the box no longer names one, the browser highlights none.
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTest::mouseClick(child<QPushButton>(u"refreshAllButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(title()->text().startsWith(u"Saved categories · 3 service"_s),
                                 10000);
        QVERIFY(categoryEdit()->text().isEmpty());
        QVERIFY(highlightedCategory().isEmpty());
    }

    void shouldSayWhatToDoOnAFirstStartAndFetchASuggestion()
    {
        QTRY_VERIFY(emptyState()->isVisible());
        QVERIFY(!table()->isVisible());
        QVERIFY(!title()->isVisible());
        QCOMPARE(child<QLabel>(u"emptyStateHeading"_s)->text(),
                 u"Which prices do you want to see?"_s);
        // The catalog's largest categories, once it is known.
        QVERIFY(suggestions().isEmpty());
        m_window->startCatalogRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(!suggestions().isEmpty(), 10000);
        // The first has as many services as the catalog's largest category.
        int largest = 0;
        const QAbstractItemModel *categories = categoryTree()->model();
        for (int group = 1; group < categories->rowCount(); ++group) {
            const QModelIndex parent = categories->index(group, 0);
            for (int leaf = 0; leaf < categories->rowCount(parent); ++leaf) {
                const QString count = categories->index(leaf, 1, parent).data().toString();
                largest = std::max(largest, QLocale().toInt(count));
            }
        }
        QPushButton *first = suggestions().first();
        QTRY_VERIFY(first->isVisible());
        const QString category = first->toolTip();
        QVERIFY(!category.isEmpty());
        QVERIFY2(first->text().endsWith(u" (%1)"_s.arg(largest)), qPrintable(first->text()));
        QTest::mouseClick(first, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view()->rowCount() > 0, 10000);
        QVERIFY(table()->isVisible());
        QVERIFY(!emptyState()->isVisible());
        QVERIFY2(title()->text().startsWith(category.trimmed() + u" · "_s),
                 qPrintable(title()->text()));
        QCOMPARE(categoryEdit()->text(), category);
        QCOMPARE(view()->totalCount(), largest);
    }

    void shouldSayWhenTheFiltersHideEveryRowAndClearThem()
    {
        loadDocumentedExample();
        QVERIFY(table()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"no such service anywhere"_s);
        QTRY_VERIFY(emptyState()->isVisible());
        QVERIFY(!table()->isVisible());
        QCOMPARE(child<QLabel>(u"emptyStateHeading"_s)->text(),
                 u"No service matches the filters"_s);
        auto *clear = child<QPushButton>(u"emptyClearFiltersButton"_s);
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(view()->rowCount(), 3);
        QVERIFY(table()->isVisible());
        QVERIFY(child<QLineEdit>(u"filterEdit"_s)->text().isEmpty());
    }

    void shouldSayThatACategoryIsEmpty()
    {
        loadDocumentedExample();
        typeCategory(u"empty"_s);
        QTRY_VERIFY_WITH_TIMEOUT(emptyState()->isVisible(), 10000);
        QCOMPARE(child<QLabel>(u"emptyStateHeading"_s)->text(), u"No services in “empty”"_s);
        QVERIFY(!child<QPushButton>(u"emptyClearFiltersButton"_s)->isVisible());
        QVERIFY(suggestions().isEmpty() || !suggestions().first()->isVisible());
        QVERIFY2(title()->text().startsWith(u"empty · 0 service"_s), qPrintable(title()->text()));
        QCOMPARE(categoryEdit()->text(), u"empty"_s);
    }

    void shouldTakeAwayTheCostColumnAQuantityBroughtWhenTheFiltersAreCleared()
    {
        loadDocumentedExample();
        QHeaderView *header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ServiceTableModel::CostColumn));
        child<QSpinBox>(u"quantityBox"_s)->setValue(1000);
        QVERIFY(!header->isSectionHidden(ServiceTableModel::CostColumn));
        QTest::mouseClick(child<QPushButton>(u"clearFiltersButton"_s), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(u"quantityBox"_s)->value(), 0);
        QVERIFY(header->isSectionHidden(ServiceTableModel::CostColumn));
    }
};

QTEST_MAIN(TestViewState)
#include "test_viewstate.moc"
