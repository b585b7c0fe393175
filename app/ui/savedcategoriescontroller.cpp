// SPDX-License-Identifier: MIT
#include "savedcategoriescontroller.h"

#include "appsettings.h"
#include "categorydirectory.h"
#include "messagebar.h"
#include "pricesession.h"
#include "savedcategories.h"
#include "savedcategoriespane.h"
#include "servicetablemodel.h"
#include "servicetableview.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>

SavedCategoriesController::SavedCategoriesController(AppSettings &settings,
                                                     const CategoryDirectory &directory,
                                                     ServiceTableModel *model,
                                                     ServiceTableView *table, PriceSession *session,
                                                     MessageBar *messages, QStatusBar *status,
                                                     QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_directory(directory)
    , m_model(model)
    , m_table(table)
    , m_messages(messages)
    , m_status(status)
    , m_session(session)
    , m_window(window)
    , m_saved(new SavedCategories(this))
    , m_pane(new SavedCategoriesPane(m_saved, window))
{
    m_saved->setNames(m_settings.savedCategories());
    m_storedNames = m_saved->names();
    // Another window may have pinned or unpinned categories since: its changes are kept, and
    // shown here from now on.
    connect(m_saved, &SavedCategories::namesChanged, this, [this](const QStringList &names) {
        if (names == m_storedNames)
            return;
        m_storedNames = m_settings.changeSavedCategories(m_storedNames, names);
        m_saved->setNames(m_storedNames);
    });
    connect(m_pane, &SavedCategoriesPane::markupRequested, this,
            &SavedCategoriesController::chooseCategoryMarkup);
    connect(m_session, &PriceSession::refreshProgress, this,
            &SavedCategoriesController::refreshProgress);
    // Connected before the window's own handler: the window is idle again when the results come.
    connect(m_session, &PriceSession::finished, this, [this] {
        if (m_refreshing)
            setRefreshing(false);
    });
}

void SavedCategoriesController::pin(const QString &typedName)
{
    const QString name = m_directory.resolve(typedName);
    if (name.trimmed().isEmpty())
        return;
    if (m_saved->add(name))
        m_status->showMessage(tr("Pinned “%1”.").arg(name.trimmed()), 4000);
    else if (m_saved->contains(name))
        m_status->showMessage(tr("“%1” is saved already.").arg(name), 4000);
    else
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("At most %Ln category(ies) can be saved.", nullptr, SavedCategories::MaxCategories));
}

void SavedCategoriesController::unpin(const QString &typedName)
{
    const QString name = m_directory.resolve(typedName);
    const qsizetype row = m_saved->names().indexOf(name);
    if (row < 0)
        return;
    m_saved->remove(int(row));
    m_status->showMessage(tr("Unpinned “%1”.").arg(name.trimmed()), 4000);
}

bool SavedCategoriesController::isPinned(const QString &typedName) const
{
    return !typedName.trimmed().isEmpty() && m_saved->contains(m_directory.resolve(typedName));
}

void SavedCategoriesController::setPinAction(QAction *action, QLineEdit *edit)
{
    m_pinAction = action;
    m_pinEdit = edit;
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this] {
        const QString target = pinTarget();
        if (isPinned(target))
            unpin(target);
        else
            pin(target);
        updatePinAction(); // a pin refused (the list is full) leaves it unchecked
    });
    connect(edit, &QLineEdit::textChanged, this, &SavedCategoriesController::updatePinAction);
    connect(m_saved, &SavedCategories::namesChanged, this,
            &SavedCategoriesController::updatePinAction);
    connect(m_session, &PriceSession::viewChanged, this,
            &SavedCategoriesController::updatePinAction);
    updatePinAction();
}

QString SavedCategoriesController::pinTarget() const
{
    return m_pinEdit->text().isEmpty() ? m_session->view().category : m_pinEdit->text();
}

void SavedCategoriesController::updatePinAction()
{
    const QString target = pinTarget();
    const bool pinned = isPinned(target);
    m_pinAction->setEnabled(!target.trimmed().isEmpty());
    m_pinAction->setChecked(pinned);
    m_pinAction->setText(pinned ? tr("Un&pin Category") : tr("&Pin Category"));
    m_pinAction->setToolTip(pinned ? tr("Remove the category from the saved categories (Ctrl+D)")
                                   : tr("Add the category to the saved categories (Ctrl+D)"));
}

bool SavedCategoriesController::startRefresh()
{
    const QStringList names = m_saved->names();
    if (names.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("No saved categories yet: pin one with Ctrl+D or from the "
                                   "category list's context menu."));
        return false;
    }
    m_session->refreshAll(names);
    setRefreshing(true);
    Q_EMIT refreshProgress(0, int(names.size()));
    return true;
}

void SavedCategoriesController::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_pane->setRefreshing(refreshing);
    Q_EMIT refreshingChanged(refreshing);
}

void SavedCategoriesController::setCategoryMarkup(const QString &category,
                                                  std::optional<double> percent)
{
    m_model->setResellerPricing(m_settings.setCategoryMarkup(category, percent));
    m_table->setColumnVisible(ServiceTableModel::MyPriceColumn, true);
}

void SavedCategoriesController::chooseCategoryMarkup(const QString &category)
{
    const ResellerPricing pricing = m_settings.resellerPricing();
    bool ok = false;
    const double percent = QInputDialog::getDouble(
        m_window, tr("Markup for This Category"),
        tr("Markup for “%1” in percent (the global markup is %2%):")
            .arg(category.trimmed(), QLocale().toString(pricing.markupPercent)),
        pricing.markupFor(category), -100, 10000, 2, &ok);
    if (ok)
        setCategoryMarkup(category, percent);
}
