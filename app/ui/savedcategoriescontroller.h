// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

#include <optional>

class AppSettings;
class CategoryDirectory;
class MessageBar;
class PriceSession;
class QAction;
class QLineEdit;
class QStatusBar;
class QWidget;
class SavedCategories;
class SavedCategoriesPane;
class ServiceTableModel;
class ServiceTableView;

// The saved categories beside the table: the list (kept in the settings) and its pane,
// pinning a category, starting Refresh All in the price session and reporting its progress, and
// a category's own markup chosen from the pane's context menu. What Refresh All brings is shown
// by whoever shows the session's views.
class SavedCategoriesController final : public QObject
{
    Q_OBJECT

public:
    SavedCategoriesController(AppSettings &settings, const CategoryDirectory &directory,
                              ServiceTableModel *model, ServiceTableView *table,
                              PriceSession *session, MessageBar *messages, QStatusBar *status,
                              QWidget *window);

    SavedCategories *categories() const { return m_saved; }
    SavedCategoriesPane *pane() const { return m_pane; }

    // Adds a category (exact name, or text resolved like the search box) and says how it went.
    void pin(const QString &typedName);
    void unpin(const QString &typedName);
    bool isPinned(const QString &typedName) const;
    // Makes `action` pin or unpin the category in `edit`, or the one shown when it is empty, and
    // show, checked, whether that category is pinned.
    void setPinAction(QAction *action, QLineEdit *edit);
    // Starts fetching every saved category; false, with a message why, when none is saved. It
    // ends when the session finishes: done, stopped or replaced by another request.
    bool startRefresh();
    // A category's own markup for the My price column; nullopt uses the global markup again.
    void setCategoryMarkup(const QString &category, std::optional<double> percent);
    void chooseCategoryMarkup(const QString &category);

Q_SIGNALS:
    void refreshingChanged(bool refreshing);
    void refreshProgress(int done, int total);

private:
    void setRefreshing(bool refreshing);
    QString pinTarget() const;
    void updatePinAction();

    AppSettings &m_settings;
    const CategoryDirectory &m_directory;
    ServiceTableModel *m_model;
    ServiceTableView *m_table;
    MessageBar *m_messages;
    QStatusBar *m_status;
    PriceSession *m_session;
    QWidget *m_window;
    SavedCategories *m_saved;
    // The saved categories as this window last read or stored them.
    QStringList m_storedNames;
    SavedCategoriesPane *m_pane;
    bool m_refreshing = false;
    QAction *m_pinAction = nullptr;
    QLineEdit *m_pinEdit = nullptr;
};
