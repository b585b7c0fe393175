// SPDX-License-Identifier: MIT
// The program: the command line's work is done here, and the window is loaded from a module of
// its own only when one opens. A headless run then never loads Qt Gui, Qt Widgets and the two
// dozen libraries they bring, which was a tenth of an export's run time.
#include "appsettings.h"
#include "desktopnotifier.h"
#include "headlessexport.h"
#include "hugepages.h"
#include "launchcontext.h"
#include "panelcommand.h"
#include "panelregistry.h"
#include "savedcategoriesrun.h"
#include "windowmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QTextStream>
#include <QTimer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifndef __has_feature
#define __has_feature(feature) 0
#endif

namespace {

// How long a failed start waits for the desktop's notification service to answer.
constexpr int NotificationWaitMs = 3000;

// Without a window, stderr promises one line per problem; Qt's own diagnostics would add lines
// that scripts cannot tell from ours.
void discardQtMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

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

// Started from the desktop's menu, nobody reads standard error: a desktop notification says why
// no window opens. Returns once the notification service answered, or could not be reached.
void notifyWindowMissing(const QString &error)
{
    DesktopNotifier notifier;
    notifier.setAppName(QCoreApplication::translate("main", "SMM Price Browser"));
    notifier.setIconName(QStringLiteral(SMM_APP_ID));
    notifier.setActionLabel(QString());
    QEventLoop answered;
    QObject::connect(&notifier, &DesktopNotifier::notified, &answered, &QEventLoop::quit);
    QTimer::singleShot(NotificationWaitMs, &answered, &QEventLoop::quit);
    notifier.notify(QCoreApplication::translate("main", "SMM Price Browser cannot open its window"),
                    QCoreApplication::translate("main", "Part of the app is missing or damaged "
                                                        "(%1). Reinstalling it should help.")
                        .arg(error));
    answered.exec();
}

// Loads the window's module, from next to the program (a build tree) or from where it is
// installed, and hands it the command line.
int runWindow(int argc, char *argv[])
{
    const QString program = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    const QDir directory =
        QFileInfo(program.isEmpty() ? QString::fromLocal8Bit(argv[0]) : program).absoluteDir();
    const QString name = QStringLiteral(SMM_WINDOW_MODULE);
    QString path = directory.filePath(name);
    if (!QFileInfo::exists(path))
        path = QDir::cleanPath(directory.filePath(QStringLiteral(SMM_WINDOW_MODULE_DIR)) + u'/'
                               + name);
    QLibrary module(path);
#if !defined(SMM_SANITIZE) && !defined(__SANITIZE_ADDRESS__) && !__has_feature(address_sanitizer)
    // Looked up within the window's own libraries first, its symbols (Qt Widgets', Qt Gui's) are
    // not looked for in the forty libraries of the command line before: 5 million instructions,
    // 1.5 ms of the start. Not under the sanitizers, whose runtime refuses it, nor with a
    // preloaded library (a malloc of its own, valgrind's), which the window's libraries would
    // then bypass.
    if (qEnvironmentVariableIsEmpty("LD_PRELOAD")
        && !QFileInfo::exists(QStringLiteral("/etc/ld.so.preload")))
        module.setLoadHints(QLibrary::DeepBindHint);
#endif
    const auto run = reinterpret_cast<decltype(&smmRunWindow)>(module.resolve("smmRunWindow"));
    if (!run) {
        QCoreApplication app(argc, argv);
        LaunchContext::prepare();
        LaunchContext::printError(QCoreApplication::translate("main", "the window cannot be "
                                                                      "opened: %1")
                                      .arg(module.errorString()));
        if (!isatty(STDERR_FILENO))
            notifyWindowMissing(module.errorString());
        return HeadlessExport::Failure;
    }
    return run(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::growThreadHeapsWhole();
    const LaunchOptions early = LaunchContext::earlyOptions(argc, argv);
    if (!LaunchContext::isHeadless(early))
        return runWindow(argc, argv);
    if (!early.verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qInstallMessageHandler(discardQtMessage);
    if (early.isHeadless())
        prepareHeapForExport();
    QCoreApplication app(argc, argv);
    LaunchContext context;
    if (const std::optional<int> status = context.start(LaunchContext::Purpose::CommandLine))
        return *status;
    const LaunchOptions &options = context.options();
    const QUrl &apiBase = context.apiBase();
    if (!options.isHeadless()) {
        // Only the early reading failed: Qt took an option of its own (-qmljsdebugger=...) out of
        // the command line. No window is open to run in.
        LaunchContext::printError(
            QCoreApplication::translate("main", "%1 (see smm-price-browser --help)")
                .arg(early.error));
        return HeadlessExport::BadCommandLine;
    }

    if (options.panelAction != LaunchOptions::PanelAction::None) {
        PanelCommand command(options, apiBase);
        QTextStream keyInput(stdin);
        command.setKeyInput(&keyInput);
        QObject::connect(&command, &PanelCommand::finished, &app, &QCoreApplication::exit);
        command.start();
        return QCoreApplication::exec();
    }
    AppSettings settings;
    const auto configure = [&settings, &apiBase](HeadlessExport &exporter) {
        exporter.setLimits(settings.fetchLimits());
        exporter.setResellerPricing(settings.resellerPricing());
        exporter.setPanels(PanelRegistry().allPanels(apiBase));
        exporter.setExchangeRates(settings.exchangeRates(), settings.rateServiceUrl());
        exporter.setAlertRules(settings.alertRules());
    };
    if (options.saved) {
        SavedCategoriesRun run(options, apiBase, settings.savedCategories(), configure);
        QObject::connect(&run, &SavedCategoriesRun::finished, &app, &QCoreApplication::exit);
        run.start();
        return QCoreApplication::exec();
    }
    HeadlessExport exporter(options, apiBase);
    configure(exporter);
    QObject::connect(&exporter, &HeadlessExport::finished, &app, &QCoreApplication::exit);
    exporter.start();
    const int status = QCoreApplication::exec();
    // Freeing 100,000 services one by one took 40 ms of a 250 ms run; the system takes the
    // memory back at once. The export is committed and the settings written by now.
    std::fflush(nullptr);
    std::_Exit(status);
}
