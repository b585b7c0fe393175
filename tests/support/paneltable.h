// SPDX-License-Identifier: MIT
#pragma once

#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QComboBox>
#include <QSet>
#include <QTest>

// Reading the window's table of several panels, and choosing a panel, in GUI tests.
namespace PanelTable {

// The visible cell of `column` in the row of `panel`'s service `id`; a null QVariant when there
// is no such row.
inline QVariant cellOf(const ServiceViewModel &view, const QString &panel, quint64 id,
                       ServiceTableModel::Column column)
{
    for (int row = 0; row < view.rowCount(); ++row) {
        const Service &service = view.serviceModel()->service(view.sourceRow(row));
        if (service.panel == panel && service.id == id)
            return view.index(row, column).data();
    }
    return {};
}

// How many rows the Panel column shows as `panel`.
inline int rowsOf(const ServiceViewModel &view, const QString &panel)
{
    int rows = 0;
    for (int row = 0; row < view.rowCount(); ++row)
        rows += view.index(row, ServiceTableModel::PanelColumn).data().toString() == panel;
    return rows;
}

inline QSet<QString> shownPanels(const ServiceViewModel &view)
{
    QSet<QString> panels;
    for (int row = 0; row < view.rowCount(); ++row)
        panels.insert(view.index(row, ServiceTableModel::PanelColumn).data().toString());
    return panels;
}

// Picks the chooser's entry `text` with the keyboard, as a user would.
inline void choose(QComboBox *chooser, const QString &text)
{
    const int index = chooser->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Home);
    for (int step = 0; step < index; ++step)
        QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(chooser->currentText(), text);
}

} // namespace PanelTable
