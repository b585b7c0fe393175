// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QHash>
#include <QTableView>

class QGraphicsOpacityEffect;
class QMenu;
class QTimer;
class ServiceTableModel;
class ServiceViewModel;

// The services table: its columns (shown and hidden from the header's menu, remembered with the
// header's state), copying the selected rows as tab-separated text, and the selected service
// kept selected across filters and reloads.
class ServiceTableView final : public QTableView
{
    Q_OBJECT

public:
    ServiceTableView(ServiceTableModel *model, ServiceViewModel *view, QWidget *parent = nullptr);

    // One checkable item per column, for the header's context menu and the window's own menu,
    // which gives it a title.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    // Logical column numbers in the order shown.
    QList<int> visibleColumns() const;
    // The last visible column stays: a table with no columns cannot be brought back easily.
    void setColumnVisible(int column, bool visible);
    // Restores a saved header (widths, order, hidden columns, sort); false when it was unusable.
    bool restoreHeaderState(const QByteArray &state);
    QByteArray saveHeaderState() const;
    // Copies the selected rows with a header line to the clipboard; returns how many rows.
    qsizetype copySelection() const;
    // The service of the current row, or nullptr.
    const Service *currentService() const;
    // Makes the row of a panel's service ("" the built-in panel) current, selected and in view;
    // false when no row shows it (not listed, or hidden by the filters).
    bool selectService(const QString &panel, quint64 id);
    // Greys the rows out while what they show is being replaced.
    void setDimmed(bool dimmed);
    // Wide enough for every shown column, the Service column with room for a short name.
    QSize sizeHint() const override;
    // The least the Service column is given before the table scrolls sideways instead.
    int nameMinimumWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;

Q_SIGNALS:
    void currentServiceChanged();

private:
    void setUpHeader();
    // The header of a first start: widths for this language and font, the decision columns
    // first, the rarely needed ones hidden or last.
    void applyDefaultLayout();
    int defaultWidth(int column) const;
    void populateColumnsMenu();
    void keepSelection();
    void fitNumbers();
    // The Service column takes the room the others leave, but no less than nameMinimumWidth().
    void fitNameColumn();

    ServiceTableModel *m_model;
    ServiceViewModel *m_view;
    QGraphicsOpacityEffect *m_dimEffect;
    QMenu *m_columnsMenu;
    QTimer *m_fitNumbers; // once after the rows or costs changed
    // The widths the table gave its columns; a column resized by the user (now or in a saved
    // header) keeps its width.
    QHash<int, int> m_fittedWidths;
    quint64 m_selectedId = 0;
    QString m_selectedPanel; // two panels may use the same id
    qsizetype m_selectedSourceRow = 0;
    bool m_hasSelection = false;
    bool m_fittingName = false;
    bool m_movingColumns = false; // the default order is being set up
};
