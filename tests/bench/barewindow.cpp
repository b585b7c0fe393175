// SPDX-License-Identifier: MIT
// The startup benchmark's baseline: a QMainWindow of the app's first-start size holding the same
// kinds of widgets as the app's window (menus, line edits, a tree, a table, a text browser, a
// status bar) in a plain layout, with text in them, shown with the same first-paint hook as the
// app and no app logic.

#include "exitafterfirstpaint.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    for (const QString &title : {QStringLiteral("&File"), QStringLiteral("&Edit"),
                                 QStringLiteral("&View"), QStringLiteral("&Help")}) {
        QMenu *menu = window.menuBar()->addMenu(title);
        menu->addAction(QStringLiteral("Open…"));
        menu->addAction(QStringLiteral("Quit"));
    }

    auto *central = new QWidget;
    auto *columns = new QHBoxLayout(central);
    auto *side = new QVBoxLayout;
    auto *category = new QLineEdit;
    category->setPlaceholderText(QStringLiteral("Category"));
    side->addWidget(category);
    auto *categories = new QStandardItemModel(&window);
    categories->setHorizontalHeaderLabels({QStringLiteral("Categories")});
    for (const QString &group : {QStringLiteral("[IG] Instagram"), QStringLiteral("[YT] Youtube")})
        categories->appendRow(new QStandardItem(group));
    auto *tree = new QTreeView;
    tree->setModel(categories);
    side->addWidget(tree);
    columns->addLayout(side, 1);

    auto *main = new QVBoxLayout;
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Search"));
    main->addWidget(search);
    auto *rows = new QStandardItemModel(0, 9, &window);
    rows->setHorizontalHeaderLabels(
        {QStringLiteral("ID"), QStringLiteral("Service"), QStringLiteral("Category"),
         QStringLiteral("Type"), QStringLiteral("Price / 1K"), QStringLiteral("Min"),
         QStringLiteral("Max"), QStringLiteral("Refill"), QStringLiteral("Status")});
    auto *table = new QTableView;
    table->setModel(rows);
    main->addWidget(table, 3);
    auto *details = new QTextBrowser;
    details->setHtml(QStringLiteral("<p>Select a service to see its note.</p>"));
    main->addWidget(details, 1);
    columns->addLayout(main, 3);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));

    window.resize(QSize(1360, 800).boundedTo(window.screen()->availableGeometry().size() * 0.95));
    if (ExitAfterFirstPaint::isRequested())
        ExitAfterFirstPaint::watch(&window);
    window.show();
    return QApplication::exec();
}
