// SPDX-License-Identifier: MIT
// The window on the screens our users have (1366×768 laptops, 1024×600 netbooks), in English and
// Indonesian: the price is on screen without scrolling, and no text is cut.
#include "appsettings.h"
#include "categorybrowser.h"
#include "fakepanel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "savedcategories.h"
#include "servicetablemodel.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString DocumentedCategory = u"[YT] Youtube Views [Real and Active]"_s;

QString describe(const QWidget *widget, const QString &text)
{
    return u"%1 “%2” (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), text,
                                 widget->objectName());
}

// Where a widget's own text does not fit in the room it has, one line per widget.
QStringList cutTexts(const QWidget *window)
{
    QStringList cut;
    const auto check = [&cut](const QWidget *widget, const QString &text, int needed,
                              int available) {
        if (needed > available)
            cut << describe(widget, text) + u" needs %1 px, has %2"_s.arg(needed).arg(available);
    };
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty() || label->wordWrap())
                continue;
            QString text = label->text();
            if (Qt::mightBeRichText(text)) {
                QTextDocument document;
                document.setHtml(text);
                text = document.toPlainText();
            }
            text.remove(u'&');
            const int margins = 2 * label->margin() + std::max(label->indent(), 0);
            check(label, text, label->fontMetrics().horizontalAdvance(text) + margins,
                  label->contentsRect().width());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            check(button, button->text(), button->sizeHint().width(), button->width());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            const QString title = QString(group->title()).remove(u'&');
            check(group, title, group->fontMetrics().horizontalAdvance(title) + 16, group->width());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            check(combo, combo->currentText(), combo->sizeHint().width(), combo->width());
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            // The value shown, in the box's own text field.
            const auto *field = spin->findChild<QLineEdit *>();
            check(spin, spin->text(), spin->fontMetrics().horizontalAdvance(spin->text()) + 4,
                  field->width());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            // The placeholder says what the box is for; it must be readable whole when empty.
            if (!edit->text().isEmpty() || edit->placeholderText().isEmpty()
                || qobject_cast<const QAbstractSpinBox *>(edit->parentWidget()))
                continue;
            const int clearButton = edit->isClearButtonEnabled() ? edit->height() : 0;
            check(edit, edit->placeholderText(),
                  edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + clearButton + 8,
                  edit->width());
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal)
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString title =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                check(header, title, header->fontMetrics().horizontalAdvance(title) + 8,
                      header->sectionSize(section));
            }
        }
    }
    return cut;
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

private:
    FakePanel m_panel;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"serviceTable"_s); }

    static void installLanguage(const QString &language)
    {
        AppSettings settings;
        settings.setLanguage(language);
        TranslationLoader::install(TranslationLoader::localeFor(settings.language()));
    }

    // The window at exactly this size, with the panel's catalog and one category loaded.
    bool openWindow(const QSize &size)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setApiBase(m_panel.baseUrl());
        m_window->resize(size);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_window->startCatalogRefresh();
        const QAbstractItemModel *categories =
            m_window->findChild<QTreeView *>(u"categoryTree"_s)->model();
        if (!QTest::qWaitFor([&] { return categories->rowCount() > 1; }, 10000))
            return false;
        m_window->fetchCategory(DocumentedCategory);
        return QTest::qWaitFor([this] { return table()->model()->rowCount() > 0; }, 10000);
    }

    // The columns whose header lies partly or wholly outside the table's viewport.
    QStringList offScreen(const QList<int> &columns) const
    {
        const QHeaderView *header = table()->horizontalHeader();
        QStringList outside;
        for (const int column : columns) {
            const int left = header->sectionViewportPosition(column);
            if (header->isSectionHidden(column) || left < 0
                || left + header->sectionSize(column) > table()->viewport()->width())
                outside << header->model()->headerData(column, Qt::Horizontal).toString();
        }
        return outside;
    }

    // The window's failures at this moment: the price off-screen, cut texts, a clipped toolbar.
    QStringList problems(const QList<int> &mustShow) const
    {
        // Layouts settle on posted events: measure what the user would see.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        QStringList found;
        if (const QStringList outside = offScreen(mustShow); !outside.isEmpty())
            found << u"off-screen columns: "_s + outside.join(u", "_s);
        found << cutTexts(m_window.get());
        // A cut number reads as another number: the shown numbers of the first rows fit.
        const QTableView *view = table();
        const QHeaderView *header = view->horizontalHeader();
        const int margins =
            2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column)
                || !ServiceTableModel::isNumeric(ServiceTableModel::Column(column)))
                continue;
            for (int row = 0; row < std::min(view->model()->rowCount(), 300); ++row) {
                const QString text = view->model()->index(row, column).data().toString();
                const int needed = view->fontMetrics().horizontalAdvance(text) + margins;
                if (needed > header->sectionSize(column)) {
                    found << u"cell “%1” needs %2 px, has %3"_s.arg(text).arg(needed).arg(
                        header->sectionSize(column));
                    break;
                }
            }
        }
        for (const QToolBar *toolBar : m_window->findChildren<QToolBar *>()) {
            for (QAction *action : toolBar->actions()) {
                const QWidget *shown = toolBar->widgetForAction(action);
                if (!action->isSeparator() && action->isVisible() && shown && !shown->isVisible())
                    found << u"toolbar item hidden in the overflow: "_s + action->text();
            }
        }
        const QMenuBar *menus = m_window->menuBar();
        for (QAction *menu : menus->actions()) {
            if (!menus->rect().contains(menus->actionGeometry(menu)))
                found << u"menu outside the menu bar: "_s + menu->text();
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smm-price-browser-tests"_s);
        QCoreApplication::setApplicationName(u"test_layoutfit"_s);
        QVERIFY(m_panel.start({u"--catalog-size"_s, u"3000"_s}));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_window.reset();
        QSettings().clear();
        installLanguage(u"en"_s);
    }

    void shouldShowThePriceAndCutNoText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        // Each screen maximized, and as a first start sizes the window there: 95% of the room
        // a desktop panel and a title bar leave.
        for (const QString &language : {u"en"_s, u"id"_s}) {
            for (const QSize &screen : {QSize(1024, 600), QSize(1366, 768)}) {
                const QSize firstStart = (screen - QSize(0, 60)) * 0.95;
                QTest::addRow("%s %dx%d maximized", qPrintable(language), screen.width(),
                              screen.height())
                    << language << screen;
                QTest::addRow("%s %dx%d first start", qPrintable(language), screen.width(),
                              screen.height())
                    << language << firstStart;
            }
        }
    }

    void shouldShowThePriceAndCutNoText()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        installLanguage(language);
        QVERIFY(openWindow(size));
        QCOMPARE(m_window->size(), size);
        // The default panes are open.
        QVERIFY(m_window->findChild<CategoryBrowser *>()->isVisible());
        QVERIFY(m_window->findChild<QWidget *>(u"savedCategoriesPane"_s)->isVisible());

        // A laptop shows every column a reseller decides with; a netbook at least the price.
        const bool laptop = size.width() >= 1280;
        const QList<int> decisive =
            laptop ? QList<int>{ServiceTableModel::PriceColumn, ServiceTableModel::MinColumn,
                                ServiceTableModel::MaxColumn, ServiceTableModel::RefillColumn,
                                ServiceTableModel::StatusColumn}
                   : QList<int>{ServiceTableModel::PriceColumn};
        QStringList found = problems(decisive);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));

        // A quantity adds the Cost column, "All services" the Category column.
        m_window->findChild<QSpinBox *>(u"quantityBox"_s)->setValue(5000);
        QTRY_VERIFY(!table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CostColumn));
        m_window->showAllServices();
        QTRY_VERIFY(
            !table()->horizontalHeader()->isSectionHidden(ServiceTableModel::CategoryColumn));
        QTRY_VERIFY(table()->model()->rowCount() > 3);
        const QList<int> withCost =
            laptop ? decisive + QList<int>{ServiceTableModel::CostColumn} : decisive;
        found = problems(withCost);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));
    }

    // A price of a trillion rupiah widens its column rather than showing cut.
    void shouldWidenNumberColumnsForLongerNumbers()
    {
        installLanguage(u"id"_s);
        QVERIFY(openWindow({1366, 768}));
        const QHeaderView *header = table()->horizontalHeader();
        const int before = header->sectionSize(ServiceTableModel::PriceColumn);
        // A width the user chose stays, even where it cuts.
        QHeaderView *chosen = table()->horizontalHeader();
        chosen->resizeSection(ServiceTableModel::MaxColumn,
                              chosen->sectionSize(ServiceTableModel::MaxColumn) - 10);
        const int userMax = chosen->sectionSize(ServiceTableModel::MaxColumn);
        m_window->fetchCategory(u"values-huge-price"_s);
        const QAbstractItemModel *rows = table()->model();
        // The absurd price is left out as unusable; the trillion stays.
        QTRY_VERIFY(
            rows->rowCount() > 0
            && rows->index(0, ServiceTableModel::IdColumn).data().toString().startsWith(u"81"_s));
        QTRY_VERIFY(header->sectionSize(ServiceTableModel::PriceColumn) > before);
        QCOMPARE(header->sectionSize(ServiceTableModel::MaxColumn), userMax);
        chosen->resizeSection(ServiceTableModel::MaxColumn, 200);
        const QStringList found = problems({ServiceTableModel::PriceColumn});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n"_s)));

        // Back to ordinary prices, the price column narrows again.
        m_window->fetchCategory(DocumentedCategory);
        QTRY_COMPARE(header->sectionSize(ServiceTableModel::PriceColumn), before);
    }

    void shouldShowLongCategoryNamesWholeOnHoverWithoutScrollingSideways()
    {
        installLanguage(u"en"_s);
        QVERIFY(openWindow({1024, 600}));
        const QString longName =
            u"[YT] Youtube Views [Real and Active] [Lifetime Refill] [Super Fast Start]"_s;
        m_window->savedCategories()->add(longName);

        const auto *saved = m_window->findChild<QAbstractItemView *>(u"savedCategoryList"_s);
        const QModelIndex item = saved->model()->index(0, 0);
        QCOMPARE(item.data(Qt::ToolTipRole).toString(), longName);
        QTRY_VERIFY(saved->visualRect(item).isValid());
        QVERIFY2(saved->visualRect(item).right() <= saved->viewport()->width(),
                 qPrintable(QString::number(saved->visualRect(item).width())));
        QVERIFY(!saved->horizontalScrollBar()->isVisible());
        QCOMPARE(saved->textElideMode(), Qt::ElideRight);

        auto *tree = m_window->findChild<QTreeView *>(u"categoryTree"_s);
        tree->expandAll();
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        QCOMPARE(tree->textElideMode(), Qt::ElideRight);
        // Every name shows whole on hover, and its count stays in view.
        const QAbstractItemModel *categories = tree->model();
        for (int row = 1; row < categories->rowCount(); ++row) {
            const QModelIndex group = categories->index(row, 0);
            QCOMPARE(group.data(Qt::ToolTipRole).toString(), group.data().toString());
            for (int leaf = 0; leaf < categories->rowCount(group); ++leaf) {
                const QModelIndex name = categories->index(leaf, 0, group);
                QCOMPARE(name.data(Qt::ToolTipRole).toString(), name.data().toString());
                const QRect count = tree->visualRect(categories->index(leaf, 1, group));
                QVERIFY(count.isValid());
                QVERIFY2(count.right() <= tree->viewport()->width(),
                         qPrintable(name.data().toString()));
            }
        }
    }

    // The rare filters move behind "More filters" when the row has no room, and come back.
    void shouldMoveRareFiltersBehindAButtonOnANarrowWindow()
    {
        installLanguage(u"id"_s);
        QVERIFY(openWindow({1024, 600}));
        auto *bar = m_window->findChild<FilterBar *>();
        auto *more = m_window->findChild<QAbstractButton *>(u"moreFiltersButton"_s);
        auto *changed = m_window->findChild<QAbstractButton *>(u"changedOnlyBox"_s);
        QVERIFY(!bar->showsAllFilters());
        QVERIFY(more->isVisible());
        QVERIFY(!changed->isVisible());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY(changed->isVisible());
        const QStringList cutInPopup = cutTexts(changed->window());
        QVERIFY2(cutInPopup.isEmpty(), qPrintable(cutInPopup.join(u"\n"_s)));
        changed->click();
        QVERIFY(bar->filter().changedOnly);
        QVERIFY2(more->text().contains(u'1'), qPrintable(more->text()));
        changed->window()->hide();

        m_window->resize(1600, 800);
        QTRY_VERIFY(bar->showsAllFilters());
        QVERIFY(!more->isVisible());
        QVERIFY(changed->isVisible());
        QVERIFY(bar->filter().changedOnly);
        m_window->resize(1024, 600);
        QTRY_VERIFY(!bar->showsAllFilters());
    }

    // Below a width the notes go under the table, and beside it again on a wide window.
    void shouldPutTheNotesUnderTheTableOnANarrowWindow()
    {
        installLanguage(u"en"_s);
        QVERIFY(openWindow({1024, 600}));
        auto *splitter = m_window->findChild<QSplitter *>(u"tableSplitter"_s);
        QCOMPARE(splitter->orientation(), Qt::Vertical);
        m_window->resize(1366, 768);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        QVERIFY(splitter->sizes().value(1) >= 240);
        m_window->resize(1024, 600);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        QVERIFY(splitter->sizes().value(1) > 0);
    }

    // A pane dragged shut is unticked in the View menu; ticking it opens it again.
    void shouldKeepTheViewMenuInStepWithPanesDraggedShut()
    {
        installLanguage(u"en"_s);
        QVERIFY(openWindow({1366, 768}));
        auto *splitter = m_window->findChild<QSplitter *>(u"tableSplitter"_s);
        QWidget *notes = splitter->widget(1);
        QAction *notesAction = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == u"&Notes Pane"_s)
                notesAction = action;
        }
        QVERIFY(notesAction);
        QVERIFY(notesAction->isChecked());
        // Drag the handle to the right edge, as a user shutting the pane would.
        QWidget *handle = splitter->handle(1);
        const QPoint start = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, start);
        QTest::mouseMove(handle, start + QPoint(splitter->width(), 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, start + QPoint(splitter->width(), 0));
        QTRY_COMPARE(splitter->sizes().value(1), 0);
        QVERIFY(!notesAction->isChecked());
        notesAction->trigger();
        QVERIFY(notes->isVisible());
        QVERIFY2(splitter->sizes().value(1) >= 240, qPrintable(QString::number(notes->width())));
    }

    void shouldKeepTheViewMenuInStepWithTheSidePanesDraggedShut()
    {
        installLanguage(u"en"_s);
        QVERIFY(openWindow({1366, 768}));
        auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        auto *browser = m_window->findChild<CategoryBrowser *>();
        QAction *browserAction = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == u"Category &Browser"_s)
                browserAction = action;
        }
        QVERIFY(browserAction);
        QVERIFY(browserAction->isChecked());
        QWidget *handle = splitter->handle(1);
        const QPoint start = handle->rect().center();
        const QPoint end = start - QPoint(splitter->width(), 0);
        QTest::mousePress(handle, Qt::LeftButton, {}, start);
        QTest::mouseMove(handle, end);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, end);
        QTRY_COMPARE(splitter->sizes().value(0), 0);
        QVERIFY(!browserAction->isChecked());
        browserAction->trigger();
        QVERIFY(browser->isVisible());
        QVERIFY2(splitter->sizes().value(0) >= 200, qPrintable(QString::number(browser->width())));
        QVERIFY(browser->width() > 100);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestLayoutFit)
#include "test_layoutfit.moc"
