// SPDX-License-Identifier: MIT
#pragma once

#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>

// What the user does in the main window, and what its table then shows, in GUI tests.
namespace WindowSteps {

// The ids of the services the table shows, top to bottom.
inline QList<quint64> visibleIds(const QWidget &window)
{
    const auto *table = window.findChild<QTableView *>(QStringLiteral("serviceTable"));
    const auto *view = table ? qobject_cast<const ServiceViewModel *>(table->model()) : nullptr;
    if (!view)
        qFatal("the window has no service table");
    QList<quint64> ids;
    for (int row = 0; row < view->rowCount(); ++row)
        ids << view->serviceModel()->service(view->sourceRow(row)).id;
    return ids;
}

// Types `text` into the category box and presses Enter, which fetches it.
inline void typeCategory(QWidget &window, const QString &text)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("categoryEdit"));
    if (!edit)
        qFatal("the window has no category box");
    edit->clear();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace WindowSteps
