// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "adaptivesplitter.h"
#include "alertlistmodel.h"
#include "alertserviceopener.h"
#include "alertspane.h"
#include "categorybrowser.h"
#include "categorycatalogcontroller.h"
#include "comparecontroller.h"
#include "emptystate.h"
#include "filterbar.h"
#include "groupoverrides.h"
#include "messagebar.h"
#include "notespane.h"
#include "panelchooser.h"
#include "panelregistry.h"
#include "panelssettingspage.h"
#include "pricehistory.h"
#include "pricehistorydialog.h"
#include "pricesession.h"
#include "rateupdater.h"
#include "responsefile.h"
#include "responseparser.h"
#include "savedcategories.h"
#include "savedcategoriescontroller.h"
#include "savedcategoriespane.h"
#include "scheduledrefresh.h"
#include "servicetablemodel.h"
#include "servicetableview.h"
#include "serviceviewmodel.h"
#include "sessionstatusbar.h"
#include "settingsdialog.h"
#include "shortcutpriority.h"
#include "tablearea.h"
#include "viewexporter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString TableSplitterKey = QStringLiteral("window/tableSplitter");
const QString SideSplitterKey = QStringLiteral("window/sideSplitter");
// Version 2 put the decision columns first and let the Service column stretch: a header saved
// before is left behind, so everyone starts once from the new order.
const QString HeaderKey = QStringLiteral("window/tableHeader2");
// The splitters remember sizes, not whether a pane was hidden.
const QString NotesPaneKey = QStringLiteral("window/notesPane");
const QString BrowserKey = QStringLiteral("window/categoryBrowser");
const QByteArray Hidden("hidden");
// How long start-up work waits for the window's first paint.
constexpr int UnpaintedStartMs = 1000;

// The desktop's own icon when its theme has one, else ours, which reads on light and dark.
QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    const QString bundled = QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QFile::exists(bundled) ? QIcon(bundled)
                                                   : QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PriceSession(this))
    , m_model(new ServiceTableModel(this))
    , m_view([this] {
        auto *view = new ServiceViewModel(this);
        // A catalog of several large panels is sorted and indexed without freezing the window.
        view->setBackgroundLoadThreshold(view->backgroundFilterThreshold());
        view->setSourceModel(m_model); // before the table reads its columns
        return view;
    }())
    , m_categoryEdit(new QLineEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_noticeBar(new MessageBar(this))
    , m_filterBar(new FilterBar(this))
    , m_status(new SessionStatusBar(m_view, this))
    , m_table(new ServiceTableView(m_model, m_view, this))
    , m_notes(new NotesPane(this))
    , m_browser(new CategoryBrowser(this))
    , m_catalog(new CategoryCatalogController(m_settings, m_categoryEdit, m_browser, this))
    , m_savedController(new SavedCategoriesController(m_settings, m_catalog->directory(), m_model,
                                                      m_table, m_session, m_messageBar, m_status,
                                                      this))
    , m_saved(m_savedController->categories())
    , m_savedPane(m_savedController->pane())
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tableSplitter(new AdaptiveSplitter(this))
    , m_exporter(new ViewExporter(m_settings, m_view, m_table, m_messageBar, m_status, this))
    , m_scheduled(new ScheduledRefresh(m_settings, this))
    , m_alertsPane(new AlertsPane(this))
    , m_alertOpener(nullptr)
{
    setWindowTitle(tr("SMM Price Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.smmpricebrowser.SmmPriceBrowser.svg")));
    setAcceptDrops(true);
    m_rates = new RateUpdater(m_settings, this);
    m_panelChooser = new PanelChooser(m_settings, this);
    applySettings();

    createActions();
    createLayout();
    createMenus();

    connect(m_session, &PriceSession::fetchStarted, this, &MainWindow::onFetchStarted);
    connect(m_session, &PriceSession::progressChanged, m_status, &SessionStatusBar::showTransfer);
    connect(m_session, &PriceSession::finished, this, &MainWindow::onSessionFinished);
    connect(m_session, &PriceSession::viewChanged, this, &MainWindow::showView);
    // After showView(): the opener finds the new rows in the table.
    m_alertOpener =
        new AlertServiceOpener(m_session, m_model, m_view, m_table, m_filterBar, m_status, this);
    connect(m_session, &PriceSession::alertsRaised, m_alertsPane->model(),
            &AlertListModel::addAlerts);
    connect(m_alertsPane, &AlertsPane::alertActivated, this, [this](const Alert &alert) {
        m_compare->compareAction()->setChecked(false); // the service is shown in the table
        m_alertOpener->open(alert);
    });
    connect(m_alertsPane, &AlertsPane::rulesRequested, this,
            [this] { openSettings(SessionProblem::Limit::None, true); });
    connect(m_session, &PriceSession::problem, this, &MainWindow::showProblem);
    connect(m_session, &PriceSession::storedShown, this, &MainWindow::lastViewRestored);
    connect(m_session, &PriceSession::fileRead, this, &MainWindow::fileLoaded);
    connect(m_session, &PriceSession::panelProgress, m_status,
            &SessionStatusBar::showPanelProgress);
    // The user who is looking at the window sees what a refresh of theirs raised.
    connect(m_session, &PriceSession::alertsRaised, this, [this](const AlertList &alerts) {
        if (!isActiveWindow())
            m_scheduled->notify(alerts);
    });
    m_scheduled->setCategories(m_saved->names());
    connect(m_saved, &SavedCategories::namesChanged, m_scheduled, &ScheduledRefresh::setCategories);
    connect(m_scheduled, &ScheduledRefresh::showWindowRequested, this, &MainWindow::showFromTray);
    connect(m_scheduled, &ScheduledRefresh::alertsRequested, this, [this] {
        showFromTray();
        showAlerts();
    });
    connect(m_scheduled, &ScheduledRefresh::alertsRaised, m_alertsPane->model(),
            &AlertListModel::addAlerts);
    connect(m_scheduled, &ScheduledRefresh::quitRequested, this, &MainWindow::quit);
    connect(m_panelChooser, &PanelChooser::chosenChanged, this, &MainWindow::onPanelChosen);
    connect(m_session, &PriceSession::currencyLearned, this,
            [this](const QString &name, const QString &currency) {
                PanelRegistry registry;
                if (std::optional<PanelConfig> panel = registry.find(name)) {
                    panel->currency = currency;
                    registry.update(panel->name, *panel);
                    reloadPanels();
                }
            });
    connect(m_rates, &RateUpdater::ratesChanged, m_model, &ServiceTableModel::setExchangeRates);
    connect(m_rates, &RateUpdater::ratesChanged, m_compare, &CompareController::rebuild);
    connect(m_compare, &CompareController::groupingChanged, this, &MainWindow::updateNotes);
    connect(m_compare, &CompareController::currentServiceChanged, this, &MainWindow::updateNotes);
    connect(m_compare, &CompareController::message, this,
            [this](const QString &text) { m_status->showMessage(text, 5000); });
    connect(m_rates, &RateUpdater::fetchFailed, this,
            [this](const QString &message) { m_status->showMessage(message, 5000); });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const ServiceFilter &filter) {
        m_model->setOrderQuantity(filter.quantity);
        // The Cost column comes with a quantity and goes with it, unless the user showed it.
        if (filter.quantity && m_table->isColumnHidden(ServiceTableModel::CostColumn)) {
            m_table->setColumnVisible(ServiceTableModel::CostColumn, true);
            m_costShownForQuantity = true;
        } else if (!filter.quantity && std::exchange(m_costShownForQuantity, false)) {
            m_table->setColumnVisible(ServiceTableModel::CostColumn, false);
        }
        m_view->setFilter(filter);
    });
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, &MainWindow::updateStatus);
    connect(m_table, &ServiceTableView::currentServiceChanged, this, &MainWindow::updateNotes);
    connect(m_exporter, &ViewExporter::runningChanged, this, &MainWindow::updateStatus);
    connect(m_messageBar, &MessageBar::retryRequested, this, &MainWindow::refresh);
    connect(m_browser, &CategoryBrowser::categoryActivated, this, &MainWindow::fetchCategory);
    connect(m_browser, &CategoryBrowser::allServicesActivated, this, &MainWindow::showAllServices);
    connect(m_browser, &CategoryBrowser::panelCategoryActivated, this,
            &MainWindow::fetchPanelCategory);
    connect(m_browser, &CategoryBrowser::pinRequested, m_savedController,
            &SavedCategoriesController::pin);
    connect(m_savedPane, &SavedCategoriesPane::categoryActivated, this, &MainWindow::fetchCategory);
    connect(m_savedPane, &SavedCategoriesPane::refreshAllRequested, m_savedController,
            &SavedCategoriesController::startRefresh);
    connect(m_savedPane, &SavedCategoriesPane::showAllRequested, this, &MainWindow::showAllSaved);
    connect(m_savedController, &SavedCategoriesController::refreshingChanged, this,
            [this](bool refreshing) {
                if (refreshing)
                    m_messageBar->hide();
                m_refreshAllAction->setEnabled(!refreshing);
                setBusy(refreshing);
                if (!refreshing)
                    m_status->showIdle();
            });
    connect(m_savedController, &SavedCategoriesController::refreshProgress, m_status,
            &SessionStatusBar::showRefreshProgress);

    connect(m_tableArea->emptyState(), &EmptyState::categoryChosen, this,
            &MainWindow::fetchCategory);
    connect(m_tableArea->emptyState(), &EmptyState::clearFiltersRequested, m_filterBar,
            &FilterBar::clear);
    const auto suggest = [this] {
        m_tableArea->emptyState()->setSuggestions(m_catalog->directory());
    };
    connect(m_catalog, &CategoryCatalogController::directoryChanged, this, suggest);
    suggest();
    m_tableArea->setAwaitingView(!m_settings.lastCategory().isEmpty()
                                 || m_settings.lastViewWasSaved());
    connect(this, &MainWindow::lastViewRestored, m_tableArea, [this](bool restored) {
        if (!restored)
            m_tableArea->setAwaitingView(false);
    });
    new ShortcutPriority(this, findChildren<QAction *>(Qt::FindDirectChildrenOnly));

    m_filterBar->clear();
    restoreState();
    updateStatus();
    updateNotes();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fetchAction = new QAction(themedIcon("go-next", QStyle::SP_ArrowForward), tr("&Fetch"), this);
    m_fetchAction->setToolTip(tr("Fetch the category's prices (Enter)"));
    connect(m_fetchAction, &QAction::triggered, this, &MainWindow::submitCategory);

    m_stopAction =
        new QAction(themedIcon("process-stop", QStyle::SP_BrowserStop), tr("&Stop"), this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setToolTip(tr("Stop loading (Esc)"));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, m_session, &PriceSession::stop);

    m_refreshAction =
        new QAction(themedIcon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Fetch the current category again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_pinAction = new QAction(this);
    m_pinAction->setObjectName(QStringLiteral("pinAction"));
    m_pinAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_savedController->setPinAction(m_pinAction, m_categoryEdit);

    m_refreshAllAction = new QAction(tr("Refresh &All Saved"), this);
    m_refreshAllAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    connect(m_refreshAllAction, &QAction::triggered, m_savedController,
            &SavedCategoriesController::startRefresh);

    m_historyAction = new QAction(tr("Price &History…"), this);
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    m_historyAction->setToolTip(tr("Show the selected service's price over time (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (!showPriceHistory())
            m_status->showMessage(tr("Select a service to see its price history."), 5000);
    });

    m_copyAction = new QAction(themedIcon("edit-copy", QStyle::SP_FileIcon), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_findAction =
        new QAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_focusCategoryAction = new QAction(tr("Go to Cate&gory"), this);
    m_focusCategoryAction->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(m_focusCategoryAction, &QAction::triggered, this, [this] {
        m_categoryEdit->setFocus(Qt::ShortcutFocusReason);
        m_categoryEdit->selectAll();
    });

    m_exportAction = new QAction(themedIcon("document-export", QStyle::SP_DialogSaveButton),
                                 tr("&Export…"), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Export the rows you see to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { m_exporter->chooseExport(exportBaseName()); });
    m_shopExportAction = new QAction(tr("Export S&hop Price List…"), this);
    m_shopExportAction->setObjectName(QStringLiteral("shopExportAction"));
    m_shopExportAction->setToolTip(tr("Export the selected services, or all you see, with your "
                                      "selling prices for your own panel"));
    connect(m_shopExportAction, &QAction::triggered, this,
            [this] { m_exporter->chooseShopExport(exportBaseName()); });

    m_openAction = new QAction(themedIcon("document-open", QStyle::SP_DialogOpenButton),
                               tr("&Open Saved Response…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Load prices from a saved API response (.json)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseOpenFile);

    m_saveResponseAction = new QAction(tr("&Save Response…"), this);
    m_saveResponseAction->setShortcut(QKeySequence::Save);
    m_saveResponseAction->setToolTip(tr("Keep the panel's answer as a .json file"));
    m_saveResponseAction->setEnabled(false);
    connect(m_saveResponseAction, &QAction::triggered, this,
            [this] { m_exporter->chooseSaveResponse(m_session->view().body, exportBaseName()); });

    m_quitAction = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_notesAction = new QAction(tr("&Notes Pane"), this);
    m_notesAction->setCheckable(true);
    m_notesAction->setChecked(true);
    m_notesAction->setShortcut(Qt::CTRL | Qt::Key_N);
    connect(m_notesAction, &QAction::toggled, m_notes, &QWidget::setVisible);

    m_browserAction = new QAction(tr("Category &Browser"), this);
    m_browserAction->setCheckable(true);
    m_browserAction->setChecked(true);
    m_browserAction->setShortcut(Qt::CTRL | Qt::Key_B);
    connect(m_browserAction, &QAction::toggled, m_browser, &QWidget::setVisible);

    // Its text follows the dock's title, which counts the new alerts.
    m_alertsPane->toggleViewAction()->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_alertsPane->toggleViewAction()->setObjectName(QStringLiteral("alertsAction"));

    m_settingsAction = new QAction(themedIcon("preferences-system", QStyle::SP_ComputerIcon),
                                   tr("&Preferences…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    connect(m_messageBar, &MessageBar::preferencesRequested, this,
            [this](SessionProblem::Limit limit) { openSettings(limit); });

    m_aboutAction = new QAction(tr("&About SMM Price Browser"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_saveResponseAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_shopExportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_findAction);
    edit->addAction(m_focusCategoryAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_table->columnsMenu()->setTitle(tr("&Columns"));
    view->addMenu(m_table->columnsMenu());
    view->addAction(m_notesAction);
    view->addAction(m_browserAction);
    view->addAction(m_compare->compareAction());
    view->addAction(m_compare->planAction());
    view->addAction(m_alertsPane->toggleViewAction());
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_refreshAllAction);
    view->addAction(m_stopAction);
    view->addSeparator();
    view->addAction(m_pinAction);
    view->addAction(m_historyAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createLayout()
{
    m_categoryEdit->setObjectName(QStringLiteral("categoryEdit"));
    m_categoryEdit->setPlaceholderText(tr("Category, e.g. [IG] Instagram Likes Indonesia"));
    m_categoryEdit->setAccessibleName(tr("Category"));
    m_categoryEdit->setClearButtonEnabled(true);
    m_categoryEdit->setMinimumWidth(240);
    connect(m_categoryEdit, &QLineEdit::returnPressed, this, &MainWindow::submitCategory);

    auto *toolBar = addToolBar(tr("Category"));
    toolBar->setObjectName(QStringLiteral("categoryToolBar"));
    toolBar->setMovable(false);
    m_panelChooserAction = toolBar->addWidget(m_panelChooser);
    m_panelChooserAction->setVisible(false);
    toolBar->addWidget(m_categoryEdit);
    toolBar->addAction(m_fetchAction);
    toolBar->addAction(m_stopAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_pinAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);

    m_table->addAction(m_copyAction);
    m_table->addAction(m_historyAction);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::showPriceHistory);

    m_notes->setMinimumWidth(240);
    m_notes->setMinimumHeight(80);
    m_browser->setMinimumWidth(160);
    // Room for the saved categories' buttons in this language, and a bit more.
    const auto sideWidth = [this] {
        return std::max(220, m_sideSplitter->minimumSizeHint().width());
    };
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableArea = new TableArea(m_table, m_view, this);
    m_compare = new CompareController(m_settings, m_model, m_view, m_table, m_tableArea, this,
                                      GroupOverrides::defaultFileName());
    m_tableSplitter->addWidget(m_compare->widget());
    m_tableSplitter->addWidget(m_notes);
    m_tableSplitter->setCollapsible(0, false);
    m_tableSplitter->setStretchFactor(0, 1);
    m_tableSplitter->setStretchFactor(1, 0);

    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_savedPane);
    m_sideSplitter->addWidget(m_browser);
    m_sideSplitter->setSizes({200, 500});

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_tableSplitter);
    m_mainSplitter->setCollapsible(1, false);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({sideWidth(), 1140});
    m_tableSplitter->setSizes({850, 290});

    // A pane dragged shut is a pane switched off in the View menu, and switching it on opens it.
    connect(m_tableSplitter, &QSplitter::splitterMoved, this,
            [this] { m_notesAction->setChecked(!m_tableSplitter->isPaneCollapsed()); });
    connect(m_notesAction, &QAction::toggled, this, [this](bool shown) {
        if (shown && m_tableSplitter->isPaneCollapsed())
            m_tableSplitter->revealPane();
    });
    const auto browserShut = [this] {
        return m_mainSplitter->sizes().value(0) == 0 || m_sideSplitter->sizes().value(1) == 0;
    };
    connect(m_mainSplitter, &QSplitter::splitterMoved, this,
            [this, browserShut] { m_browserAction->setChecked(!browserShut()); });
    connect(m_sideSplitter, &QSplitter::splitterMoved, this,
            [this, browserShut] { m_browserAction->setChecked(!browserShut()); });
    connect(m_browserAction, &QAction::toggled, this, [this, sideWidth](bool shown) {
        if (!shown)
            return;
        if (m_mainSplitter->sizes().value(0) == 0)
            m_mainSplitter->setSizes(
                {sideWidth(), std::max(m_mainSplitter->width() - sideWidth(), 1)});
        if (m_sideSplitter->sizes().value(1) == 0)
            m_sideSplitter->setSizes(
                {m_sideSplitter->height() / 3, m_sideSplitter->height() * 2 / 3});
    });

    // The message bar and filters span the window, so the table and notes keep their width.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    // Hidden until asked for; the status bar's badge says when there are new alerts.
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsPane);
    m_alertsPane->hide();
    // However it was left, the table keeps most of the height when the pane comes.
    connect(m_alertsPane->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!shown)
            return;
        // Once laid out.
        QTimer::singleShot(0, this, [this] {
            if (!m_alertsPane->isFloating() && m_alertsPane->height() > height() / 3)
                resizeDocks({m_alertsPane}, {height() / 4}, Qt::Vertical);
        });
    });

    setStatusBar(m_status);
    m_status->addPermanentWidget(m_alertsPane->statusBadge());
    // A first start takes at most 1360×800, and never more than a small laptop screen has.
    resize(QSize(1360, 800).boundedTo(screen()->availableGeometry().size() * 0.95));
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings.value(GeometryKey));
    QMainWindow::restoreState(m_settings.value(WindowStateKey));
    m_mainSplitter->restoreState(m_settings.value(MainSplitterKey));
    m_tableSplitter->restoreState(m_settings.value(TableSplitterKey));
    m_sideSplitter->restoreState(m_settings.value(SideSplitterKey));
    m_table->restoreHeaderState(m_settings.value(HeaderKey));
    m_notesAction->setChecked(m_settings.value(NotesPaneKey) != Hidden);
    m_browserAction->setChecked(m_settings.value(BrowserKey) != Hidden);
    if (m_notesAction->isChecked() && m_tableSplitter->isPaneCollapsed())
        m_tableSplitter->revealPane();
}

void MainWindow::saveState()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(WindowStateKey, QMainWindow::saveState());
    m_settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    m_settings.setValue(TableSplitterKey, m_tableSplitter->saveState());
    m_settings.setValue(SideSplitterKey, m_sideSplitter->saveState());
    m_settings.setValue(HeaderKey, m_table->saveHeaderState());
    m_settings.setValue(NotesPaneKey, m_notesAction->isChecked() ? QByteArray("shown") : Hidden);
    m_settings.setValue(BrowserKey, m_browserAction->isChecked() ? QByteArray("shown") : Hidden);
}

bool MainWindow::event(QEvent *event)
{
    const auto announceFirstPaint = [this] {
        if (m_painted)
            return;
        m_painted = true;
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
    };
    if (event->type() == QEvent::Paint) {
        announceFirstPaint();
    } else if (event->type() == QEvent::Show && !m_painted) {
        // Where Enter fetches: a newcomer's first keystrokes name a category. Set once the
        // widgets are shown, as laying out the tool bar hides and shows the box.
        m_categoryEdit->setFocus();
        // A window started minimized, or on a platform that never paints it, must not wait
        // for a paint to load its data.
        QTimer::singleShot(UnpaintedStartMs, this, announceFirstPaint);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_quitting && m_scheduled->keepsRunningInTray()) {
        hide();
        m_scheduled->tellStillRunning();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::quit()
{
    const bool inTray = m_scheduled->keepsRunningInTray();
    m_quitting = true;
    close();
    if (inTray)
        QCoreApplication::quit(); // the hidden window was not the last one closed
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::setApiBase(const QUrl &base)
{
    m_session->setApiBase(base);
    m_scheduled->setApiBase(base);
    m_catalog->setApiBase(base);
    reloadPanels();
}

void MainWindow::reloadPanels()
{
    const QList<PanelConfig> panels = PanelRegistry().allPanels(m_session->apiBase());
    m_panelChooser->setPanels(panels);
    m_scheduled->setPanels(panels);
    m_panelChooserAction->setVisible(m_panelChooser->hasChoice());
    QStringList currencies;
    for (const PanelConfig &panel : panels)
        currencies.append(panel.currency);
    m_rates->setCurrencies(currencies);
}

void MainWindow::onPanelChosen()
{
    m_categoryEdit->clear();
    if (m_panelChooser->isBuiltInChosen())
        m_browser->setPanels({});
    showAllServices();
}

void MainWindow::showPanelCategories(const SessionView &view)
{
    QList<CategoryBrowser::PanelCategories> panels;
    for (qsizetype panel = 0; panel < view.panels.size(); ++panel)
        panels.append({view.panels.at(panel), view.panelCategories.value(panel)});
    m_browser->setPanels(panels);
}

void MainWindow::fetchPanelCategory(const QString &panel, const QString &category)
{
    for (const PanelConfig &config : m_panelChooser->chosenPanels()) {
        if (config.name == panel) {
            m_categoryEdit->setText(category);
            m_session->fetchPanels({config}, category);
            return;
        }
    }
}

void MainWindow::setApiBaseOverride(const QString &source)
{
    m_apiBaseOverride = source;
}

void MainWindow::submitCategory()
{
    fetchCategory(m_categoryEdit->text());
    m_submitted = m_categoryEdit->text();
}

void MainWindow::fetchCategory(const QString &typedName)
{
    if (typedName.trimmed().isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Type a category name, or pick one from the list."));
        m_categoryEdit->setFocus();
        return;
    }
    m_submitted.clear();
    const QString name = m_catalog->directory().resolve(typedName);
    if (m_categoryEdit->text() != name)
        m_categoryEdit->setText(name);
    if (m_panelChooser->isBuiltInChosen())
        m_session->fetch(PriceRequest::category(name));
    else
        m_session->fetchPanels(m_panelChooser->chosenPanels(), name);
}

void MainWindow::showAllServices()
{
    if (!m_panelChooser->isBuiltInChosen())
        m_session->fetchPanels(m_panelChooser->chosenPanels());
    else if (!m_catalog->services().isEmpty())
        m_session->showServices(SessionView::Source::AllServices, m_catalog->services(),
                                m_catalog->fetchedAt());
    else
        m_session->fetch(PriceRequest::catalog());
}

void MainWindow::refresh()
{
    // After a failure, ask again for what failed, not for what the table still shows.
    if (const std::optional<PriceRequest> &failed = m_session->failedRequest()) {
        if (m_panelChooser->isBuiltInChosen())
            m_session->fetch(*failed);
        else
            m_session->fetchPanels(m_panelChooser->chosenPanels(), failed->name);
        return;
    }
    const SessionView &view = m_session->view();
    switch (view.source) {
    case SessionView::Source::File:
        openFile(view.filePath);
        return;
    case SessionView::Source::AllServices:
        if (m_panelChooser->isBuiltInChosen())
            m_session->fetch(PriceRequest::catalog());
        else
            m_session->fetchPanels(m_panelChooser->chosenPanels());
        return;
    case SessionView::Source::Saved:
        m_savedController->startRefresh();
        return;
    case SessionView::Source::None:
    case SessionView::Source::Category:
        break;
    }
    const QString name = view.category.isEmpty() ? m_categoryEdit->text() : view.category;
    if (!name.isEmpty())
        fetchCategory(name);
}

void MainWindow::onFetchStarted(const PriceRequest &request)
{
    setBusy(true);
    m_messageBar->hide();
    m_status->showLoading(request);
    m_requested = request.kind == PriceRequest::Kind::Category ? request.name : QString();
}

void MainWindow::onSessionFinished()
{
    setBusy(false);
    m_status->showIdle();
    // A request that failed or was stopped leaves the table as it was: the box names what it
    // shows again (the message bar names what failed), unless the user typed something else
    // meanwhile. A new view sets it anyway.
    if (!m_requested.isEmpty() && m_categoryEdit->text() == m_requested) {
        followShownView();
        if (m_categoryEdit->hasFocus())
            m_categoryEdit->selectAll(); // typing replaces it, as after Ctrl+L
    }
    m_requested.clear();
}

void MainWindow::followShownView()
{
    const SessionView &view = m_session->view();
    const QString name = view.source == SessionView::Source::Category ? view.category : QString();
    if (m_categoryEdit->text() != name)
        m_categoryEdit->setText(name);
    m_browser->setCurrent(name, view.source == SessionView::Source::AllServices);
}

void MainWindow::showView(const SessionView &view)
{
    m_saveResponseAction->setEnabled(!view.body.isEmpty());
    // Enter in the category box brought these prices: on to them, as a browser does after
    // loading the address typed.
    const bool focusTable = !m_submitted.isEmpty() && view.source == SessionView::Source::Category
                            && view.category == m_submitted && !view.offline
                            && m_categoryEdit->hasFocus();
    m_submitted.clear();
    followShownView();
    switch (view.source) {
    case SessionView::Source::Category:
        if (!view.isStored()) {
            m_settings.addToCategoryHistory(view.category);
            m_settings.setLastViewWasSaved(false);
            m_catalog->updateHistory();
        }
        break;
    case SessionView::Source::AllServices:
        if (view.request && view.panels.isEmpty())
            m_catalog->setServices(view.services, view.fetchedAt);
        else if (view.request)
            showPanelCategories(view);
        m_table->setColumnVisible(ServiceTableModel::CategoryColumn, true);
        break;
    case SessionView::Source::Saved:
        m_table->setColumnVisible(ServiceTableModel::CategoryColumn, true);
        m_settings.setLastViewWasSaved(true);
        break;
    case SessionView::Source::File:
        m_table->setColumnVisible(ServiceTableModel::CategoryColumn, true);
        break;
    case SessionView::Source::None:
        break;
    }
    m_model->setServices(view.services, view.changes);
    showColumnsFor(view);
    if (view.changes.hasPrevious())
        m_table->setColumnVisible(ServiceTableModel::ChangeColumn, true);
    m_tableArea->showView(view);
    setWindowTitle(tr("%1 — SMM Price Browser").arg(view.title.trimmed()));
    updateStatus();
    if (focusTable && m_view->rowCount() > 0)
        m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showColumnsFor(const SessionView &view)
{
    QStringList panels;
    QStringList currencies;
    // A panel's services share their panel's and currency's texts: compared by address first,
    // a view of 500,000 services is walked in a few milliseconds.
    const QChar *lastPanel = nullptr;
    const QChar *lastCurrency = nullptr;
    for (const Service &service : view.services) {
        if (service.panel.constData() != lastPanel) {
            lastPanel = service.panel.constData();
            if (!panels.contains(service.panel))
                panels.append(service.panel);
        }
        if (service.currency.constData() != lastCurrency) {
            lastCurrency = service.currency.constData();
            if (!currencies.contains(service.currencyCode()))
                currencies.append(service.currencyCode());
        }
    }
    m_rates->setCurrencies(currencies);
    const auto follow = [this](ServiceTableModel::Column column, bool needed, bool &shownForView) {
        if (needed && m_table->isColumnHidden(column)) {
            m_table->setColumnVisible(column, true);
            shownForView = true;
        } else if (!needed && std::exchange(shownForView, false)) {
            m_table->setColumnVisible(column, false);
        }
    };
    follow(ServiceTableModel::PanelColumn, view.panels.size() > 1 || panels.size() > 1,
           m_panelColumnShownForView);
    follow(ServiceTableModel::PriceIdrColumn,
           std::any_of(currencies.cbegin(), currencies.cend(),
                       [](const QString &code) { return code != Service::Rupiah; }),
           m_priceIdrShownForView);
}

void MainWindow::showProblem(const SessionProblem &problem)
{
    switch (problem.severity) {
    case SessionProblem::Severity::Status:
        m_status->showMessage(problem.text, 5000);
        return;
    case SessionProblem::Severity::Information:
    case SessionProblem::Severity::Warning:
    case SessionProblem::Severity::Error:
        m_messageBar->showProblem(problem);
        return;
    }
}

void MainWindow::setHistoryPath(const QString &path)
{
    // This connection serves the dialogs; fetches are stored by the session, off this thread.
    m_alertsPane->model()->setHistory(nullptr);
    m_history = std::make_unique<PriceHistory>(path);
    m_session->setHistoryPath(path);
    m_scheduled->setHistoryPath(path);
    m_alertsPane->model()->setHistory(m_history.get());
    // About the app, not one fetch: it stays until closed.
    if (!m_history->message().isEmpty())
        m_noticeBar->showMessage(m_history->isAvailable() ? MessageBar::Kind::Warning
                                                          : MessageBar::Kind::Error,
                                 m_history->message());
}

void MainWindow::restoreLastView()
{
    if (!m_panelChooser->isBuiltInChosen()) {
        // The chosen panels' lists are fetched instead: nothing stored stands for them.
        Q_EMIT lastViewRestored(false);
        showAllServices();
        return;
    }
    if (!m_history) {
        Q_EMIT lastViewRestored(false);
        return;
    }
    if (m_settings.lastViewWasSaved() && !m_saved->names().isEmpty())
        m_session->showStoredSaved(m_saved->names());
    else
        m_session->showStored(m_settings.lastCategory());
}

void MainWindow::showAllSaved()
{
    if (m_history)
        m_session->showStoredSaved(m_saved->names());
}

void MainWindow::showAlerts()
{
    m_alertsPane->showList();
}

bool MainWindow::showPriceHistory()
{
    const Service *compared = m_compare->currentService();
    const Service *service = compared ? compared : m_table->currentService();
    if (!service)
        return false;
    auto *dialog = new PriceHistoryDialog(
        *service,
        m_history ? m_history->priceSeries(service->panel, service->id) : QList<PricePoint>(),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

void MainWindow::startCatalogRefresh()
{
    m_catalog->refresh();
}

void MainWindow::setBusy(bool busy)
{
    m_stopAction->setEnabled(busy);
    m_table->setDimmed(busy);
}

void MainWindow::updateStatus()
{
    m_status->showCount(m_view->rowCount(), m_view->totalCount(), m_session->view().diagnostics);
    m_exportAction->setEnabled(m_view->rowCount() > 0 && !m_exporter->isRunning());
    m_shopExportAction->setEnabled(m_exportAction->isEnabled());
}

void MainWindow::updateNotes()
{
    const Service *compared = m_compare->currentService();
    const Service *service = compared ? compared : m_table->currentService();
    m_notes->showService(service, service ? m_compare->groupLabel(*service) : QString());
}

void MainWindow::copySelection()
{
    if (const qsizetype rows = m_table->copySelection())
        m_status->showMessage(tr("Copied %Ln row(s).", nullptr, int(rows)), 3000);
}

QString MainWindow::exportBaseName() const
{
    const SessionView &view = m_session->view();
    return view.source == SessionView::Source::AllServices ? tr("all-services")
           : view.source == SessionView::Source::Saved     ? tr("saved-categories")
           : view.source == SessionView::Source::File ? QFileInfo(view.filePath).completeBaseName()
                                                      : view.category;
}

void MainWindow::chooseOpenFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Saved Response"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("API responses (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    m_session->openFile(path); // ends what was in flight first
    setBusy(true);
    m_messageBar->hide();
    m_status->showReading(path);
}

void MainWindow::showWarning(const QString &message)
{
    m_noticeBar->showMessage(MessageBar::Kind::Warning, message);
}

QString MainWindow::saveResponse(const QString &path) const
{
    return ResponseFile::write(path, m_session->view().body);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::applySettings()
{
    const FetchLimits limits = m_settings.fetchLimits();
    m_session->setLimits(limits);
    m_catalog->setLimits(limits);
    m_model->setResellerPricing(m_settings.resellerPricing());
    m_model->setExchangeRates(m_rates->rates());
    m_scheduled->apply();
    m_session->setAlertRules(m_settings.alertRules());
}

void MainWindow::openSettings(SessionProblem::Limit limit, bool alertRules)
{
    SettingsDialog dialog(m_settings, this);
    dialog.addDataPage(m_history.get(), m_saved);
    connect(dialog.panelsPage(), &PanelsSettingsPage::panelRenamed, m_session,
            &PriceSession::renamePanel);
    dialog.setApiBaseOverride(m_apiBaseOverride, m_session->apiBase());
    dialog.setSavedCategories(m_saved->names());
    dialog.showLimit(limit);
    if (alertRules)
        dialog.showAlertRules();
    const int result = dialog.exec();
    // Settings ▸ Panels saves each change at once, even when the dialog is then cancelled; so
    // does deleting older history, which deletes older alerts too.
    reloadPanels();
    m_alertsPane->model()->reload();
    if (result != QDialog::Accepted)
        return;
    m_rates->reload();
    applySettings();
    if (!dialog.apiBaseChanged())
        return;
    if (m_apiBaseOverride.isEmpty())
        setApiBase(dialog.apiBase());
    else
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("The new panel address is saved. This session keeps using "
                                     "the one given by %1.")
                                      .arg(m_apiBaseOverride));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SMM Price Browser"),
                       tr("<h3>SMM Price Browser %1</h3>"
                          "<p>Browse, filter and export the price lists of SMM reseller panels.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QStringLiteral(SMM_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}
