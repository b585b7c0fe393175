// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "categorybrowser.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "messagebar.h"
#include "notespane.h"
#include "priceclient.h"
#include "pricehistory.h"
#include "pricehistorydialog.h"
#include "pricesession.h"
#include "responsefile.h"
#include "responseparser.h"
#include "savedcategories.h"
#include "savedcategoriespane.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsOpacityEffect>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString TableSplitterKey = QStringLiteral("window/tableSplitter");
const QString SideSplitterKey = QStringLiteral("window/sideSplitter");
const QString HeaderKey = QStringLiteral("window/tableHeader");
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

QStringList starterCategories()
{
    QFile file(QStringLiteral(":/starter-categories.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : file.readAll().split('\n')) {
        // Names may end in spaces on the panel, so only the line break is removed.
        QString name = QString::fromUtf8(line);
        if (name.endsWith(u'\r'))
            name.chop(1);
        if (!name.isEmpty() && !name.startsWith(u'#'))
            names.append(name);
    }
    return names;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PriceSession(this))
    , m_catalogClient(new PriceClient(this))
    , m_model(new ServiceTableModel(this))
    , m_view(new ServiceViewModel(this))
    , m_categoryEdit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
    , m_messageBar(new MessageBar(this))
    , m_noticeBar(new MessageBar(this))
    , m_filterBar(new FilterBar(this))
    , m_table(new QTableView(this))
    , m_dimEffect(new QGraphicsOpacityEffect(this))
    , m_notes(new NotesPane(this))
    , m_browser(new CategoryBrowser(this))
    , m_saved(new SavedCategories(this))
    , m_savedPane(new SavedCategoriesPane(m_saved, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tableSplitter(new QSplitter(Qt::Horizontal, this))
    , m_progress(new QProgressBar(this))
    , m_filteringLabel(new QLabel(tr("Filtering…"), this))
    , m_countLabel(new QLabel(this))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
{
    setWindowTitle(tr("SMM Price Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.smmpricebrowser.SmmPriceBrowser.svg")));
    setAcceptDrops(true);
    m_view->setSourceModel(m_model);
    applySettings();
    m_saved->setNames(m_settings.savedCategories());

    createActions();
    createLayout();
    createMenus();

    connect(m_session, &PriceSession::fetchStarted, this, &MainWindow::onFetchStarted);
    connect(m_session, &PriceSession::progressChanged, this, &MainWindow::onProgress);
    connect(m_session, &PriceSession::finished, this, &MainWindow::onSessionFinished);
    connect(m_session, &PriceSession::viewChanged, this, &MainWindow::showView);
    connect(m_session, &PriceSession::problem, this, &MainWindow::showProblem);
    connect(m_session, &PriceSession::storedShown, this, &MainWindow::lastViewRestored);
    connect(m_session, &PriceSession::fileRead, this, &MainWindow::fileLoaded);
    connect(m_catalogClient, &PriceClient::finished, this, &MainWindow::onCatalogFinished);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const ServiceFilter &filter) {
        m_model->setOrderQuantity(filter.quantity);
        if (filter.quantity)
            setColumnVisible(ServiceTableModel::CostColumn, true);
        m_view->setFilter(filter);
    });
    connect(m_view, &ServiceViewModel::visibleRowsChanged, this, [this] {
        updateStatus();
        // Keep the selected service selected across filter changes and reloads.
        if (!m_hasSelection)
            return;
        // The remembered row is checked first; only new data needs a search by id.
        const ServiceList &services = m_model->services();
        if (m_selectedSourceRow >= services.size()
            || services.at(m_selectedSourceRow).id != m_selectedId) {
            const auto found =
                std::find_if(services.cbegin(), services.cend(),
                             [this](const Service &s) { return s.id == m_selectedId; });
            m_selectedSourceRow =
                found == services.cend() ? services.size() : found - services.cbegin();
        }
        const QModelIndex visible =
            m_selectedSourceRow < services.size()
                ? m_view->mapFromSource(m_model->index(int(m_selectedSourceRow), 0))
                : QModelIndex();
        if (!visible.isValid()) {
            updateNotes();
            return;
        }
        m_table->selectionModel()->setCurrentIndex(
            m_view->index(visible.row(), ServiceTableModel::NameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_table->currentIndex());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_selectedSourceRow = m_view->sourceRow(current.row());
                    m_selectedId = m_model->service(int(m_selectedSourceRow)).id;
                    m_hasSelection = true;
                }
                updateNotes();
            });
    connect(m_messageBar, &MessageBar::retryRequested, this, &MainWindow::refresh);
    connect(m_browser, &CategoryBrowser::categoryActivated, this, &MainWindow::fetchCategory);
    connect(m_browser, &CategoryBrowser::allServicesActivated, this, &MainWindow::showAllServices);
    connect(m_browser, &CategoryBrowser::pinRequested, this, &MainWindow::pinCategory);
    connect(m_savedPane, &SavedCategoriesPane::categoryActivated, this, &MainWindow::fetchCategory);
    connect(m_savedPane, &SavedCategoriesPane::refreshAllRequested, this,
            &MainWindow::refreshAllSaved);
    connect(m_savedPane, &SavedCategoriesPane::showAllRequested, this, &MainWindow::showAllSaved);
    connect(m_savedPane, &SavedCategoriesPane::markupRequested, this,
            &MainWindow::chooseCategoryMarkup);
    connect(m_saved, &SavedCategories::namesChanged, this,
            [this](const QStringList &names) { m_settings.setSavedCategories(names); });
    connect(m_session, &PriceSession::refreshProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 categories").arg(done).arg(total));
    });

    m_directory.setExtraNames(m_settings.categoryHistory() + starterCategories());
    updateCompletion();
    m_browser->setDirectory(m_directory);
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

    m_pinAction = new QAction(tr("&Pin Category"), this);
    m_pinAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_pinAction->setToolTip(tr("Add the category to the saved categories (Ctrl+D)"));
    connect(m_pinAction, &QAction::triggered, this, [this] {
        pinCategory(m_categoryEdit->text().isEmpty() ? m_session->view().category
                                                     : m_categoryEdit->text());
    });

    m_refreshAllAction = new QAction(tr("Refresh &All Saved"), this);
    m_refreshAllAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    connect(m_refreshAllAction, &QAction::triggered, this, &MainWindow::refreshAllSaved);

    m_historyAction = new QAction(tr("Price &History…"), this);
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    m_historyAction->setToolTip(tr("Show the selected service's price over time (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showPriceHistory);

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

    m_exportAction =
        new QAction(themedIcon("document-save", QStyle::SP_DialogSaveButton), tr("&Export…"), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Export the rows you see to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExport);

    m_openAction = new QAction(themedIcon("document-open", QStyle::SP_DialogOpenButton),
                               tr("&Open Saved Response…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Load prices from a saved API response (.json)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseOpenFile);

    m_saveResponseAction = new QAction(tr("&Save Response…"), this);
    m_saveResponseAction->setShortcut(QKeySequence::Save);
    m_saveResponseAction->setToolTip(tr("Keep the panel's answer as a .json file"));
    m_saveResponseAction->setEnabled(false);
    connect(m_saveResponseAction, &QAction::triggered, this, &MainWindow::chooseSaveResponse);

    m_quitAction = new QAction(themedIcon("application-exit", QStyle::SP_DialogCloseButton),
                               tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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

    m_settingsAction = new QAction(themedIcon("preferences-system", QStyle::SP_ComputerIcon),
                                   tr("&Preferences…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

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
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);
    edit->addAction(m_findAction);
    edit->addAction(m_focusCategoryAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_columnsMenu);
    view->addAction(m_notesAction);
    view->addAction(m_browserAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_refreshAllAction);
    view->addAction(m_stopAction);
    view->addSeparator();
    view->addAction(m_pinAction);
    view->addAction(m_historyAction);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MainWindow::populateColumnsMenu);

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
    m_categoryEdit->setMinimumWidth(360);
    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(15);
    m_categoryEdit->setCompleter(m_completer);
    connect(m_categoryEdit, &QLineEdit::returnPressed, this, &MainWindow::submitCategory);

    auto *toolBar = addToolBar(tr("Category"));
    toolBar->setObjectName(QStringLiteral("categoryToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_categoryEdit);
    toolBar->addAction(m_fetchAction);
    toolBar->addAction(m_stopAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_pinAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);

    m_table->setObjectName(QStringLiteral("serviceTable"));
    m_table->setAccessibleName(tr("Services"));
    m_table->setModel(m_view);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setGraphicsEffect(m_dimEffect);
    m_dimEffect->setEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const std::pair<ServiceTableModel::Column, int> widths[] = {
        {ServiceTableModel::IdColumn, 60},        {ServiceTableModel::NameColumn, 320},
        {ServiceTableModel::CategoryColumn, 240}, {ServiceTableModel::TypeColumn, 85},
        {ServiceTableModel::PriceColumn, 100},    {ServiceTableModel::MinColumn, 65},
        {ServiceTableModel::MaxColumn, 105},      {ServiceTableModel::RefillColumn, 50},
        {ServiceTableModel::StatusColumn, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    for (const auto column : {ServiceTableModel::CategoryColumn, ServiceTableModel::UnitPriceColumn,
                              ServiceTableModel::CostColumn, ServiceTableModel::NoteColumn,
                              ServiceTableModel::PriceTextColumn, ServiceTableModel::ChangeColumn,
                              ServiceTableModel::MyPriceColumn})
        header->hideSection(column);
    // Change and My price belong beside the panel's price, not past the last column.
    header->moveSection(header->visualIndex(ServiceTableModel::ChangeColumn),
                        header->visualIndex(ServiceTableModel::PriceColumn) + 1);
    header->moveSection(header->visualIndex(ServiceTableModel::MyPriceColumn),
                        header->visualIndex(ServiceTableModel::ChangeColumn) + 1);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_historyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::showPriceHistory);

    m_notes->setMinimumWidth(240);
    m_browser->setMinimumWidth(200);
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_table);
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
    m_mainSplitter->setSizes({220, 1140});
    m_tableSplitter->setSizes({850, 290});

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

    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    // Large catalogs filter on a worker; the count stays that of the rows on show till it ends.
    m_filteringLabel->setObjectName(QStringLiteral("filteringLabel"));
    m_filteringLabel->hide();
    connect(m_view, &ServiceViewModel::filteringChanged, m_filteringLabel, &QWidget::setVisible);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_filteringLabel);
    statusBar()->addPermanentWidget(m_countLabel);
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
    const QByteArray header = m_settings.value(HeaderKey);
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        const QHeaderView *restored = m_table->horizontalHeader();
        m_view->sort(restored->sortIndicatorSection(), restored->sortIndicatorOrder());
    }
    m_notesAction->setChecked(m_settings.value(NotesPaneKey) != Hidden);
    m_browserAction->setChecked(m_settings.value(BrowserKey) != Hidden);
}

void MainWindow::saveState()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(WindowStateKey, QMainWindow::saveState());
    m_settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    m_settings.setValue(TableSplitterKey, m_tableSplitter->saveState());
    m_settings.setValue(SideSplitterKey, m_sideSplitter->saveState());
    m_settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
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
        // A window started minimized, or on a platform that never paints it, must not wait
        // for a paint to load its data.
        QTimer::singleShot(UnpaintedStartMs, this, announceFirstPaint);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::setApiBase(const QUrl &base)
{
    m_session->setApiBase(base);
    m_catalogClient->setApiBase(base);
}

void MainWindow::setApiBaseOverride(const QString &source)
{
    m_apiBaseOverride = source;
}

void MainWindow::submitCategory()
{
    fetchCategory(m_categoryEdit->text());
}

void MainWindow::fetchCategory(const QString &typedName)
{
    if (typedName.trimmed().isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Type a category name, or pick one from the list."));
        m_categoryEdit->setFocus();
        return;
    }
    const QString name = m_directory.resolve(typedName);
    if (m_categoryEdit->text() != name)
        m_categoryEdit->setText(name);
    m_session->fetch(PriceRequest::category(name));
}

void MainWindow::showAllServices()
{
    if (!m_catalog.isEmpty())
        m_session->showServices(SessionView::Source::AllServices, m_catalog);
    else
        m_session->fetch(PriceRequest::catalog());
}

void MainWindow::refresh()
{
    // After a failure, ask again for what failed, not for what the table still shows.
    if (const std::optional<PriceRequest> &failed = m_session->failedRequest()) {
        m_session->fetch(*failed);
        return;
    }
    const SessionView &view = m_session->view();
    switch (view.source) {
    case SessionView::Source::File:
        openFile(view.filePath);
        return;
    case SessionView::Source::AllServices:
        m_session->fetch(PriceRequest::catalog());
        return;
    case SessionView::Source::Saved:
        refreshAllSaved();
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
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading…"));
    m_progress->show();
    statusBar()->showMessage(request.kind == PriceRequest::Kind::Catalog
                                 ? tr("Loading every service of the panel…")
                                 : tr("Loading “%1”…").arg(request.name));
}

void MainWindow::onProgress(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * received / total));
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(locale.formattedDataSize(received));
    }
}

void MainWindow::onSessionFinished()
{
    m_savedPane->setRefreshing(false);
    m_refreshAllAction->setEnabled(true);
    setBusy(false);
    m_progress->hide();
    statusBar()->clearMessage();
}

void MainWindow::showView(const SessionView &view)
{
    if (m_exporting) {
        // The export reads the model; new rows wait until it is done.
        m_viewDeferred = true;
        return;
    }
    m_saveResponseAction->setEnabled(!view.body.isEmpty());
    switch (view.source) {
    case SessionView::Source::Category:
        if (m_categoryEdit->text() != view.category)
            m_categoryEdit->setText(view.category);
        if (!view.isStored()) {
            m_settings.addToCategoryHistory(view.category);
            m_settings.setLastViewWasSaved(false);
            m_directory.setExtraNames(m_settings.categoryHistory() + starterCategories());
            updateCompletion();
        }
        break;
    case SessionView::Source::AllServices:
        if (view.request)
            setCatalog(view.services);
        setColumnVisible(ServiceTableModel::CategoryColumn, true);
        break;
    case SessionView::Source::Saved:
        setColumnVisible(ServiceTableModel::CategoryColumn, true);
        m_settings.setLastViewWasSaved(true);
        break;
    case SessionView::Source::File:
        setColumnVisible(ServiceTableModel::CategoryColumn, true);
        break;
    case SessionView::Source::None:
        break;
    }
    m_model->setServices(view.services, view.changes);
    if (view.changes.hasPrevious())
        setColumnVisible(ServiceTableModel::ChangeColumn, true);
    setWindowTitle(tr("%1 — SMM Price Browser").arg(view.title.trimmed()));
    updateStatus();
}

void MainWindow::showProblem(const SessionProblem &problem)
{
    if (m_exporting) {
        m_deferredProblems.append(problem);
        return;
    }
    switch (problem.severity) {
    case SessionProblem::Severity::Status:
        statusBar()->showMessage(problem.text, 5000);
        return;
    case SessionProblem::Severity::Information:
        m_messageBar->showMessage(MessageBar::Kind::Information, problem.text, problem.retryable);
        return;
    case SessionProblem::Severity::Warning:
        m_messageBar->showMessage(MessageBar::Kind::Warning, problem.text, problem.retryable);
        return;
    case SessionProblem::Severity::Error:
        m_messageBar->showMessage(MessageBar::Kind::Error, problem.text, problem.retryable);
        return;
    }
}

void MainWindow::setHistoryPath(const QString &path)
{
    // This connection serves the dialogs; fetches are stored by the session, off this thread.
    m_history = std::make_unique<PriceHistory>(path);
    m_session->setHistoryPath(path);
    // About the app, not one fetch: it stays until closed.
    if (!m_history->message().isEmpty())
        m_noticeBar->showMessage(m_history->isAvailable() ? MessageBar::Kind::Warning
                                                          : MessageBar::Kind::Error,
                                 m_history->message());
}

void MainWindow::restoreLastView()
{
    if (!m_history) {
        Q_EMIT lastViewRestored(false);
        return;
    }
    if (m_settings.lastViewWasSaved() && !m_saved->names().isEmpty())
        m_session->showStoredSaved(m_saved->names());
    else
        m_session->showStored(m_settings.lastCategory());
}

void MainWindow::pinCategory(const QString &typedName)
{
    const QString name = m_directory.resolve(typedName);
    if (name.trimmed().isEmpty())
        return;
    if (m_saved->add(name))
        statusBar()->showMessage(tr("Saved “%1”.").arg(name), 4000);
    else if (m_saved->contains(name))
        statusBar()->showMessage(tr("“%1” is saved already.").arg(name), 4000);
    else
        m_messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("At most %1 categories can be saved.").arg(SavedCategories::MaxCategories));
}

void MainWindow::refreshAllSaved()
{
    if (m_saved->names().isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("No saved categories yet: pin one with Ctrl+D or from the "
                                     "category list's context menu."));
        return;
    }
    m_messageBar->hide();
    m_savedPane->setRefreshing(true);
    m_refreshAllAction->setEnabled(false);
    setBusy(true);
    m_progress->setRange(0, int(m_saved->names().size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%1 of %2 categories").arg(0).arg(m_saved->names().size()));
    m_progress->show();
    m_session->refreshAll(m_saved->names());
}

void MainWindow::showAllSaved()
{
    if (m_history)
        m_session->showStoredSaved(m_saved->names());
}

void MainWindow::setCategoryMarkup(const QString &category, std::optional<double> percent)
{
    ResellerPricing pricing = m_settings.resellerPricing();
    if (percent)
        pricing.categoryMarkupPercent.insert(category, std::clamp(*percent, -100.0, 10000.0));
    else
        pricing.categoryMarkupPercent.remove(category);
    m_settings.setResellerPricing(pricing);
    m_model->setResellerPricing(pricing);
    setColumnVisible(ServiceTableModel::MyPriceColumn, true);
}

void MainWindow::chooseCategoryMarkup(const QString &category)
{
    const ResellerPricing pricing = m_settings.resellerPricing();
    bool ok = false;
    const double percent = QInputDialog::getDouble(
        this, tr("Markup for This Category"),
        tr("Markup for “%1” in percent (the global markup is %2%):")
            .arg(category.trimmed(), QLocale().toString(pricing.markupPercent)),
        pricing.markupFor(category), -100, 10000, 2, &ok);
    if (ok)
        setCategoryMarkup(category, percent);
}

bool MainWindow::showPriceHistory()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    const Service &service = m_model->service(m_view->sourceRow(current.row()));
    auto *dialog = new PriceHistoryDialog(
        service, m_history ? m_history->priceSeries(service.id) : QList<PricePoint>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return true;
}

void MainWindow::startCatalogRefresh()
{
    QFile cache(catalogCachePath());
    if (cache.open(QIODevice::ReadOnly)) {
        const ParseResult cached =
            ResponseParser::parse(cache.readAll(), m_catalogClient->limits().parse);
        if (!cached.isError())
            setCatalog(cached.services);
    }
    m_catalogClient->fetch(PriceRequest::catalog());
}

void MainWindow::onCatalogFinished(const FetchResult &result)
{
    if (!result.succeeded())
        return; // The cached catalog and the starter list keep the completion useful.
    setCatalog(result.parsed.services);
    const QString path = catalogCachePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(result.body);
        file.commit();
    }
}

void MainWindow::setCatalog(const ServiceList &services)
{
    m_catalog = services;
    m_directory.setCatalog(services);
    updateCompletion();
    m_browser->setDirectory(m_directory);
}

QString MainWindow::catalogCachePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/catalog.json");
}

void MainWindow::setBusy(bool busy)
{
    m_stopAction->setEnabled(busy);
    m_dimEffect->setOpacity(0.45);
    m_dimEffect->setEnabled(busy);
}

void MainWindow::updateCompletion()
{
    m_completionModel->setStringList(m_directory.names());
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    QString text =
        tr("%1 of %2 services")
            .arg(locale.toString(m_view->rowCount()), locale.toString(m_view->totalCount()));
    if (const ParseResult &diagnostics = m_session->view().diagnostics;
        !diagnostics.skippedRows.isEmpty())
        text += tr(" · %1").arg(diagnostics.skippedSummary(1));
    m_countLabel->setText(text);
    m_exportAction->setEnabled(m_view->rowCount() > 0);
}

void MainWindow::updateNotes()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_notes->showService(nullptr);
        return;
    }
    m_notes->showService(&m_model->service(m_view->sourceRow(current.row())));
}

void MainWindow::copySelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> sortedRows;
    for (const QModelIndex &index : rows)
        sortedRows.append(index.row());
    std::sort(sortedRows.begin(), sortedRows.end());

    const QList<int> columns = visibleColumns();
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    };
    QStringList lines;
    QStringList cells;
    for (const int column : columns)
        cells.append(clean(m_view->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(u'\t'));
    for (const int row : sortedRows) {
        cells.clear();
        for (const int column : columns)
            cells.append(clean(m_view->index(row, column).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    statusBar()->showMessage(tr("Copied %1 rows.").arg(sortedRows.size()), 3000);
}

void MainWindow::populateColumnsMenu()
{
    m_columnsMenu->clear();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_view->columnCount(); ++column) {
        QAction *action =
            m_columnsMenu->addAction(m_view->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool visible) { setColumnVisible(column, visible); });
    }
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    populateColumnsMenu();
    m_columnsMenu->popup(m_table->horizontalHeader()->mapToGlobal(position));
}

void MainWindow::setColumnVisible(int column, bool visible)
{
    QHeaderView *header = m_table->horizontalHeader();
    // The last visible column stays: a table with no columns cannot be brought back easily.
    if (!visible && header->count() - header->hiddenSectionCount() <= 1)
        return;
    header->setSectionHidden(column, !visible);
}

QList<int> MainWindow::visibleColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

CsvWriter::Result MainWindow::exportView(const QString &path,
                                         const AppSettings::ExportPreferences &preferences)
{
    QList<int> columns = visibleColumns();
    if (preferences.includePanelPriceText && !columns.contains(ServiceTableModel::PriceTextColumn))
        columns.append(ServiceTableModel::PriceTextColumn);
    if (preferences.includeNotes && !columns.contains(ServiceTableModel::NoteColumn))
        columns.append(ServiceTableModel::NoteColumn);

    CsvWriter writer(preferences.csv);
    std::unique_ptr<QProgressDialog> progress;
    constexpr int ProgressFromRows = 20000;
    if (m_view->rowCount() >= ProgressFromRows) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting…"), tr("Cancel"), 0,
                                                     m_view->rowCount(), this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        writer.setProgressCallback([&progress](qsizetype done, qsizetype) {
            progress->setValue(int(done));
            return !progress->wasCanceled();
        });
    }
    m_exporting = true;
    const CsvWriter::Result result = writer.writeToFile(*m_view, columns, path);
    m_exporting = false;
    progress.reset();

    if (result.isError())
        m_messageBar->showMessage(MessageBar::Kind::Error, result.error);
    else if (result.cancelled)
        statusBar()->showMessage(tr("Export cancelled; no file was written."), 5000);
    else
        statusBar()->showMessage(
            tr("Exported %1 services to %2")
                .arg(QLocale().toString(result.rowsWritten), QDir::toNativeSeparators(path)),
            8000);
    if (std::exchange(m_viewDeferred, false))
        showView(m_session->view());
    for (const SessionProblem &problem : std::exchange(m_deferredProblems, {}))
        showProblem(problem);
    return result;
}

QString MainWindow::suggestedExportName() const
{
    const SessionView &view = m_session->view();
    const QString base = view.source == SessionView::Source::AllServices ? tr("all-services")
                         : view.source == SessionView::Source::Saved     ? tr("saved-categories")
                         : view.source == SessionView::Source::File
                             ? QFileInfo(view.filePath).completeBaseName()
                             : view.category;
    QString name;
    for (const QChar c : base.trimmed()) {
        if (c.isLetterOrNumber())
            name.append(c.toLower());
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = tr("prices");
    return name + u'-' + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
}

void MainWindow::chooseExport()
{
    ExportDialog dialog(m_settings.exportPreferences(), m_view->rowCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::ExportPreferences preferences = dialog.preferences();
    const QString folder = preferences.folder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : preferences.folder;
    QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"),
                                                folder + u'/' + suggestedExportName(),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    preferences.folder = QFileInfo(path).absolutePath();
    m_settings.setExportPreferences(preferences);
    exportView(path, preferences);
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
    setBusy(true);
    m_messageBar->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading…"));
    m_progress->show();
    statusBar()->showMessage(tr("Reading “%1”…").arg(QDir::toNativeSeparators(path)));
    m_session->openFile(path);
}

void MainWindow::showWarning(const QString &message)
{
    m_noticeBar->showMessage(MessageBar::Kind::Warning, message);
}

QString MainWindow::saveResponse(const QString &path) const
{
    return ResponseFile::write(path, m_session->view().body);
}

void MainWindow::chooseSaveResponse()
{
    const AppSettings::ExportPreferences preferences = m_settings.exportPreferences();
    const QString folder = preferences.folder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : preferences.folder;
    QString name = suggestedExportName();
    name.replace(QStringLiteral(".csv"), QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Response"), folder + u'/' + name, tr("API responses (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = saveResponse(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Saved the response to %1").arg(QDir::toNativeSeparators(path)),
                                 8000);
    else
        m_messageBar->showMessage(MessageBar::Kind::Error, error);
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
    m_catalogClient->setLimits(limits);
    m_model->setResellerPricing(m_settings.resellerPricing());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.addDataPage(m_history.get(), m_saved);
    if (dialog.exec() != QDialog::Accepted)
        return;
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
