// SPDX-License-Identifier: MIT
// The startup benchmark's baseline: an empty QMainWindow of the app's first-start size, shown,
// with the same first-paint hook as the app and nothing else.

#include "exitafterfirstpaint.h"

#include <QApplication>
#include <QMainWindow>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(QSize(1360, 800).boundedTo(window.screen()->availableGeometry().size() * 0.95));
    if (ExitAfterFirstPaint::isRequested())
        ExitAfterFirstPaint::watch(&window);
    window.show();
    return QApplication::exec();
}
