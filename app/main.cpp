// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smm-price-browser"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMM Price Browser"));
    QApplication::setApplicationVersion(QStringLiteral(SMM_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("smmpricebrowser.org"));
    QApplication::setDesktopFileName(QStringLiteral(SMM_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse, filter and export SMM panel price lists."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
