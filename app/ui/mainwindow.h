// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "fetchresult.h"
#include "sessionproblem.h"

#include <QMainWindow>

#include <memory>

class AdaptiveSplitter;
class AlertServiceOpener;
class AlertsPane;
class CategoryBrowser;
class CategoryCatalogController;
class CompareController;
class FilterBar;
class MessageBar;
class NotesPane;
class PanelChooser;
class PriceHistory;
class PriceSession;
struct SessionView;
class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class RateUpdater;
class SavedCategories;
class SavedCategoriesController;
class SavedCategoriesPane;
class ScheduledRefresh;
class SessionStatusBar;
class TableArea;
class ServiceTableModel;
class ServiceTableView;
class ServiceViewModel;
class ViewExporter;

// The application window: wires the category search, the catalog, the table, the filters and
// the notes pane to the core. It holds no parsing, formatting or file-writing of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Applies the resolved API base (option > environment > setting) for this session.
    void setApiBase(const QUrl &base);
    // Names what chose the API base over the setting (--api-url, SMM_PRICE_API_URL), or is
    // empty; while set, a new address in Preferences is saved for later but not applied.
    void setApiBaseOverride(const QString &source);
    void fetchCategory(const QString &typedName);
    void showAllServices();
    // Loads the catalog cached on disk, then asks the panel for a fresh one in the background.
    void startCatalogRefresh();
    // Loads a saved API response off the UI thread (File ▸ Open, drag and drop, --open).
    void openFile(const QString &path);
    QString saveResponse(const QString &path) const;
    // Something the user should know that is not about one fetch (a damaged settings file).
    void showWarning(const QString &message);
    // Opens the price history: fetches are recorded there and compared with the previous one,
    // and shown from there when the panel cannot be reached. Without it nothing is remembered.
    void setHistoryPath(const QString &path);
    PriceHistory *history() const { return m_history.get(); }
    // Shows the stored prices of the last view (a category, or the saved ones together); says
    // with lastViewRestored() whether there were any.
    void restoreLastView();
    SavedCategories *savedCategories() const { return m_saved; }
    // Shows the stored prices of every saved category together, without fetching.
    void showAllSaved();
    // Opens the price history of the selected service; false when none is selected.
    bool showPriceHistory();
    // Shows the Alerts pane in front, its list focused.
    void showAlerts();

Q_SIGNALS:
    void fileLoaded(const QString &path, bool succeeded);
    void lastViewRestored(bool restored);
    // Once, queued after the window's first paint (or a second after it was shown, if it is
    // not painted by then): for start-up work the first frame can do without.
    void firstPainted();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    void restoreState();
    void saveState();

    void submitCategory();
    void refresh();
    void onFetchStarted(const PriceRequest &request);
    void onSessionFinished();
    void showView(const SessionView &view);
    // The category box and the browser name what the table shows.
    void followShownView();
    void showProblem(const SessionProblem &problem);
    void setBusy(bool busy);
    void updateStatus();
    void updateNotes();
    void copySelection();
    void chooseOpenFile();
    // Names the suggested file of an export or a saved response.
    QString exportBaseName() const;
    // Network limits and pricing from the settings, into the clients and the model.
    void applySettings();
    // Opens Preferences, with the field of `limit` focused when one is given, or on the alert
    // rules.
    void openSettings(SessionProblem::Limit limit = SessionProblem::Limit::None,
                      bool alertRules = false);
    void showAbout();
    // The panels of the registry into the chooser, and their currencies into the rates.
    void reloadPanels();
    void onPanelChosen();
    // The browser groups the categories of each panel of a list of several panels' services.
    void showPanelCategories(const SessionView &view);
    void fetchPanelCategory(const QString &panel, const QString &category);
    // The Panel and converted price columns come with a view that needs them and go with it,
    // unless the user showed them.
    void showColumnsFor(const SessionView &view);
    // Ends the app, also when closing the window would only hide it in the tray.
    void quit();
    void showFromTray();

    AppSettings m_settings;
    std::unique_ptr<PriceHistory> m_history;
    PriceSession *m_session; // what the table shows
    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    QString m_apiBaseOverride;
    bool m_painted = false;
    QString m_submitted; // the category Enter asked for in the box, until a view comes
    QString m_requested; // the category being fetched
    bool m_costShownForQuantity = false;
    bool m_panelColumnShownForView = false;
    bool m_priceIdrShownForView = false;
    RateUpdater *m_rates = nullptr;
    PanelChooser *m_panelChooser = nullptr;
    QAction *m_panelChooserAction = nullptr; // shows the chooser in the tool bar

    QLineEdit *m_categoryEdit;
    MessageBar *m_messageBar; // about the current fetch or file; each new one replaces it
    MessageBar *m_noticeBar;  // about the app itself; stays until closed
    FilterBar *m_filterBar;
    SessionStatusBar *m_status;
    ServiceTableView *m_table;
    TableArea *m_tableArea = nullptr; // the table under its title, or an empty state
    NotesPane *m_notes;
    CategoryBrowser *m_browser;
    CategoryCatalogController *m_catalog;
    SavedCategoriesController *m_savedController;
    SavedCategories *m_saved;
    SavedCategoriesPane *m_savedPane;
    QSplitter *m_sideSplitter;
    QSplitter *m_mainSplitter;
    AdaptiveSplitter *m_tableSplitter; // the table, and the notes beside or below it
    ViewExporter *m_exporter;
    CompareController *m_compare = nullptr; // the Compare dock, regrouping, the margin planner
    ScheduledRefresh *m_scheduled;
    bool m_quitting = false;
    AlertsPane *m_alertsPane;
    AlertServiceOpener *m_alertOpener;

    QAction *m_fetchAction;
    QAction *m_stopAction;
    QAction *m_refreshAction;
    QAction *m_pinAction;
    QAction *m_refreshAllAction;
    QAction *m_copyAction;
    QAction *m_historyAction;
    QAction *m_findAction;
    QAction *m_focusCategoryAction;
    QAction *m_exportAction;
    QAction *m_shopExportAction;
    QAction *m_openAction;
    QAction *m_saveResponseAction;
    QAction *m_quitAction;
    QAction *m_notesAction;
    QAction *m_browserAction;
    QAction *m_settingsAction;
    QAction *m_aboutAction;
};
