// SPDX-License-Identifier: MIT
// The window's module: smm-price-browser loads it only to open the window (see main.cpp).
#include "deferrediconstyle.h"
#include "exitafterfirstpaint.h"
#include "launchcontext.h"
#include "mainwindow.h"
#include "pricehistory.h"
#include "windowmodule.h"

#include <QApplication>

int smmRunWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LaunchContext context;
    if (const std::optional<int> status = context.start(LaunchContext::Purpose::Window))
        return *status;
    const LaunchOptions &options = context.options();

    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMM Price Browser"));
    QApplication::setDesktopFileName(QStringLiteral(SMM_APP_ID));
    QApplication::setStyle(new DeferredIconStyle);
    MainWindow window;
    window.setApiBase(context.apiBase());
    if (!options.apiUrl.isEmpty())
        window.setApiBaseOverride(QStringLiteral("--api-url"));
    else if (!context.environmentUrl().isEmpty())
        window.setApiBaseOverride(QStringLiteral("SMM_PRICE_API_URL"));
    if (!context.settingsProblem().isEmpty())
        window.showWarning(context.settingsProblem());
    if (!context.badApiSetting().isEmpty())
        window.showWarning(context.badApiSetting());
    if (ExitAfterFirstPaint::isRequested())
        ExitAfterFirstPaint::watch(&window);
    // The first frame shows an empty window, as on a first start. Opening the price history,
    // which the last view comes from, and the first request (TLS set-up) would delay it.
    QObject::connect(
        &window, &MainWindow::firstPainted, &window,
        [&window, &options] {
            if (!window.isVisible())
                return; // closed already, by the user or by SMM_EXIT_AFTER_FIRST_PAINT
            window.setHistoryPath(PriceHistory::defaultPath());
            window.startCatalogRefresh();
            if (!options.category.isEmpty())
                window.fetchCategory(options.category);
            else if (!options.openFile.isEmpty())
                window.openFile(options.openFile);
            else
                window.restoreLastView();
        },
        Qt::SingleShotConnection);
    window.show();
    return QCoreApplication::exec();
}
