// SPDX-License-Identifier: MIT
#include "launchcontext.h"

#include "apiaddress.h"
#include "headlessexport.h"
#include "translationloader.h"

#include <QCoreApplication>

#include <cstdio>

LaunchOptions LaunchContext::earlyOptions(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return LaunchOptions::parse(arguments);
}

bool LaunchContext::isHeadless(const LaunchOptions &options)
{
    return options.isHeadless() || options.helpRequested || options.versionRequested
           || !options.error.isEmpty();
}

void LaunchContext::printError(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: error: %s\n", qUtf8Printable(message));
}

void LaunchContext::printWarning(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: warning: %s\n", qUtf8Printable(message));
}

AppSettings::FileCheck LaunchContext::prepare()
{
    QCoreApplication::setApplicationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("smm-price-browser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("smmpricebrowser.org"));
    const AppSettings::FileCheck settingsCheck = AppSettings::checkFile();
    // Before any tr(): the language setting, or the system's; also the number format.
    TranslationLoader::install(TranslationLoader::localeFor(AppSettings().language()));
    return settingsCheck;
}

std::optional<int> LaunchContext::start(Purpose purpose)
{
    const AppSettings::FileCheck settingsCheck = prepare();

    m_options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!m_options.error.isEmpty()) {
        printError(QCoreApplication::translate("main", "%1 (see smm-price-browser --help)")
                       .arg(m_options.error));
        return HeadlessExport::BadCommandLine;
    }
    if (m_options.helpRequested) {
        std::fputs(qUtf8Printable(LaunchOptions::helpText()), stdout);
        return 0;
    }
    if (m_options.versionRequested) {
        std::printf("smm-price-browser %s\n", SMM_VERSION);
        return 0;
    }

    m_settingsProblem = AppSettings::describe(settingsCheck);
    if (!m_settingsProblem.isEmpty())
        printWarning(m_settingsProblem);
    m_environmentUrl = qEnvironmentVariable("SMM_PRICE_API_URL");
    QString error;
    // --api-url of --add-panel is the new panel's address, not the built-in panel's.
    const QString apiUrlOption =
        m_options.panelAction == LaunchOptions::PanelAction::Add ? QString() : m_options.apiUrl;
    m_apiBase = ApiAddress::choose(apiUrlOption, m_environmentUrl, AppSettings().apiUrl(), &error);
    if (m_apiBase.isValid())
        return std::nullopt;
    if (!apiUrlOption.isEmpty() || !m_environmentUrl.isEmpty()) {
        printError(apiUrlOption.isEmpty()
                       ? QCoreApplication::translate("main", "SMM_PRICE_API_URL: %1").arg(error)
                       : QCoreApplication::translate("main", "--api-url: %1").arg(error));
        return HeadlessExport::BadCommandLine;
    }
    // Only the stored setting is bad. Fetching from the built-in panel instead would use a
    // server the user did not choose: nothing is fetched until the setting is fixed. Not a bad
    // command line (2): the fetch failed before it started (1).
    if (purpose == Purpose::Window) {
        m_badApiSetting =
            QCoreApplication::translate("main", "The panel address in the settings cannot be "
                                                "used: %1 Nothing is fetched until it is fixed "
                                                "in Preferences.")
                .arg(error);
        return std::nullopt;
    }
    const QString message =
        QCoreApplication::translate("main", "the API address in the settings cannot be used: %1 "
                                            "Fix it or give --api-url.")
            .arg(error);
    if (!m_options.category.isEmpty() && !m_options.offline) {
        printError(message);
        return HeadlessExport::Failure;
    }
    printWarning(message);
    return std::nullopt;
}
