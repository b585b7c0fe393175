// SPDX-License-Identifier: MIT
#include "apiaddress.h"
#include "appsettings.h"
#include "headlessexport.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "pricehistory.h"
#include "translationloader.h"

#include <QApplication>

#include <cstdio>
#include <memory>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: error: %s\n", qUtf8Printable(message));
}

bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--export" || argument.startsWith("--export=") || argument == "--help"
            || argument == "-h" || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("smmpricebrowser.org"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless runs (exports, --help, --version) must work without a display.
    std::unique_ptr<QCoreApplication> app;
    if (wantsHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    // Before any tr(): the language setting, or the system's; also the number format.
    TranslationLoader::install(TranslationLoader::localeFor(AppSettings().language()));

    const LaunchOptions options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        printError(options.error);
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main", "Run smm-price-browser --help for the options.")));
        return HeadlessExport::BadCommandLine;
    }
    if (options.helpRequested) {
        std::fputs(qUtf8Printable(LaunchOptions::helpText()), stdout);
        return 0;
    }
    if (options.versionRequested) {
        std::printf("smm-price-browser %s\n", SMM_VERSION);
        return 0;
    }

    AppSettings settings;
    const QString environmentUrl = qEnvironmentVariable("SMM_PRICE_API_URL");
    QString error;
    QUrl apiBase = ApiAddress::choose(options.apiUrl, environmentUrl, settings.apiUrl(), &error);
    if (!apiBase.isValid()) {
        if (!options.apiUrl.isEmpty() || !environmentUrl.isEmpty()) {
            printError(options.apiUrl.isEmpty()
                           ? QCoreApplication::translate("main", "SMM_PRICE_API_URL: %1").arg(error)
                           : QCoreApplication::translate("main", "--api-url: %1").arg(error));
            return HeadlessExport::BadCommandLine;
        }
        // Only the stored setting is bad: fall back to the default panel and say so.
        printError(QCoreApplication::translate("main", "the API address in the settings is "
                                                       "ignored: %1")
                       .arg(error));
        apiBase = ApiAddress::defaultBase();
    }

    if (options.isHeadless()) {
        HeadlessExport exporter(options, apiBase);
        exporter.setMaxResponseBytes(settings.maxResponseBytes());
        exporter.setResellerPricing(settings.resellerPricing());
        QObject::connect(&exporter, &HeadlessExport::finished, app.get(), &QCoreApplication::exit);
        exporter.start();
        return QCoreApplication::exec();
    }

    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMM Price Browser"));
    QApplication::setDesktopFileName(QStringLiteral(SMM_APP_ID));
    MainWindow window;
    window.setApiBase(apiBase);
    window.setHistoryPath(PriceHistory::defaultPath());
    window.show();
    window.startCatalogRefresh();
    if (!options.category.isEmpty())
        window.fetchCategory(options.category);
    else if (!options.openFile.isEmpty())
        window.openFile(options.openFile);
    else
        window.restoreLastView();
    return QCoreApplication::exec();
}
