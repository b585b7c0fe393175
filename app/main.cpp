// SPDX-License-Identifier: MIT
#include "apiaddress.h"
#include "appsettings.h"
#include "deferrediconstyle.h"
#include "exitafterfirstpaint.h"
#include "headlessexport.h"
#include "hugepages.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "panelcommand.h"
#include "panelregistry.h"
#include "pricehistory.h"
#include "savedcategoriesrun.h"
#include "translationloader.h"

#include <QApplication>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: error: %s\n", qUtf8Printable(message));
}

void printWarning(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: warning: %s\n", qUtf8Printable(message));
}

// Exports, --help, --version and command lines that only earn an error must work without a
// display, so this is decided before any application object exists (messages untranslated yet).
LaunchOptions earlyOptions(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return LaunchOptions::parse(arguments);
}

bool isHeadless(const LaunchOptions &options)
{
    return options.isHeadless() || options.helpRequested || options.versionRequested
           || !options.error.isEmpty();
}

// Without a window, stderr promises one line per problem; Qt's own diagnostics would add lines
// that scripts cannot tell from ours.
void discardQtMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("smmpricebrowser.org"));
}

// An export of 100,000 services fills some 70 MiB of fresh memory and gives none of it back
// before it ends. On 4 KiB pages that was 18,000 page faults, a third of the CPU time of the run
// on a virtual machine; the main heap grown in one large step on transparent huge pages takes
// 2,000. The parsing threads allocate from arenas of their own, as glibc gives them, advised to
// take huge pages too (HugePages::preferForThisThread): sharing the main one, they queued for
// its lock while the other faulted its pages in.
void prepareHeapForExport()
{
#ifdef __GLIBC__
    constexpr int Step = 128 << 20;
    constexpr std::uintptr_t HugePage = 2 << 20;
    // The largest glibc takes, so that the list of services comes from the heap too.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, Step);
    mallopt(M_TOP_PAD, Step);
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // More than the heap has left, so it grows by the step now; volatile, or the compiler drops
    // the pair.
    void *volatile block = std::malloc(1 << 20);
    std::free(block);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t start = (before + HugePage - 1) & ~(HugePage - 1);
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::growThreadHeapsWhole();
    std::unique_ptr<QCoreApplication> app;
    const LaunchOptions early = earlyOptions(argc, argv);
    const bool headless = isHeadless(early);
    if (headless && !early.verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qInstallMessageHandler(discardQtMessage);
    if (early.isHeadless())
        prepareHeapForExport();
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    const AppSettings::FileCheck settingsCheck = AppSettings::checkFile();
    // Before any tr(): the language setting, or the system's; also the number format.
    TranslationLoader::install(TranslationLoader::localeFor(AppSettings().language()));

    const LaunchOptions options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        printError(QCoreApplication::translate("main", "%1 (see smm-price-browser --help)")
                       .arg(options.error));
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

    const QString settingsProblem = AppSettings::describe(settingsCheck);
    if (!settingsProblem.isEmpty())
        printWarning(settingsProblem);
    AppSettings settings;
    const QString environmentUrl = qEnvironmentVariable("SMM_PRICE_API_URL");
    QString error;
    QString badApiSetting;
    // --api-url of --add-panel is the new panel's address, not the built-in panel's.
    const QString apiUrlOption =
        options.panelAction == LaunchOptions::PanelAction::Add ? QString() : options.apiUrl;
    const QUrl apiBase =
        ApiAddress::choose(apiUrlOption, environmentUrl, settings.apiUrl(), &error);
    if (!apiBase.isValid()) {
        if (!apiUrlOption.isEmpty() || !environmentUrl.isEmpty()) {
            printError(apiUrlOption.isEmpty()
                           ? QCoreApplication::translate("main", "SMM_PRICE_API_URL: %1").arg(error)
                           : QCoreApplication::translate("main", "--api-url: %1").arg(error));
            return HeadlessExport::BadCommandLine;
        }
        // Only the stored setting is bad. Fetching from the built-in panel instead would use a
        // server the user did not choose: nothing is fetched until the setting is fixed. Not a
        // bad command line (2): the fetch failed before it started (1).
        if (options.isHeadless()) {
            const QString message =
                QCoreApplication::translate("main", "the API address in the settings cannot be "
                                                    "used: %1 Fix it or give --api-url.")
                    .arg(error);
            if (!options.category.isEmpty() && !options.offline) {
                printError(message);
                return HeadlessExport::Failure;
            }
            printWarning(message);
        } else {
            badApiSetting =
                QCoreApplication::translate("main", "The panel address in the settings cannot be "
                                                    "used: %1 Nothing is fetched until it is "
                                                    "fixed in Preferences.")
                    .arg(error);
        }
    }

    if (options.panelAction != LaunchOptions::PanelAction::None) {
        PanelCommand command(options, apiBase);
        QTextStream keyInput(stdin);
        command.setKeyInput(&keyInput);
        QObject::connect(&command, &PanelCommand::finished, app.get(), &QCoreApplication::exit);
        command.start();
        return QCoreApplication::exec();
    }
    const auto configure = [&settings, &apiBase](HeadlessExport &exporter) {
        exporter.setLimits(settings.fetchLimits());
        exporter.setResellerPricing(settings.resellerPricing());
        exporter.setPanels(PanelRegistry().allPanels(apiBase));
        exporter.setExchangeRates(settings.exchangeRates(), settings.rateServiceUrl());
        exporter.setAlertRules(settings.alertRules());
    };
    if (options.saved) {
        SavedCategoriesRun run(options, apiBase, settings.savedCategories(), configure);
        QObject::connect(&run, &SavedCategoriesRun::finished, app.get(), &QCoreApplication::exit);
        run.start();
        return QCoreApplication::exec();
    }
    if (options.isHeadless()) {
        HeadlessExport exporter(options, apiBase);
        configure(exporter);
        QObject::connect(&exporter, &HeadlessExport::finished, app.get(), &QCoreApplication::exit);
        exporter.start();
        const int status = QCoreApplication::exec();
        // Freeing 100,000 services one by one took 40 ms of a 250 ms run; the system takes the
        // memory back at once. The export is committed and the settings written by now.
        std::fflush(nullptr);
        std::_Exit(status);
    }

    QApplication::setApplicationDisplayName(QApplication::translate("main", "SMM Price Browser"));
    QApplication::setDesktopFileName(QStringLiteral(SMM_APP_ID));
    QApplication::setStyle(new DeferredIconStyle);
    MainWindow window;
    window.setApiBase(apiBase);
    if (!options.apiUrl.isEmpty())
        window.setApiBaseOverride(QStringLiteral("--api-url"));
    else if (!environmentUrl.isEmpty())
        window.setApiBaseOverride(QStringLiteral("SMM_PRICE_API_URL"));
    if (!settingsProblem.isEmpty())
        window.showWarning(settingsProblem);
    if (!badApiSetting.isEmpty())
        window.showWarning(badApiSetting);
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
