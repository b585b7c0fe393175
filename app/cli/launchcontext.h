// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "launchoptions.h"

#include <QString>
#include <QUrl>

#include <optional>

// What every start of the program works out before it does its work, for the window and the
// command line alike: the options, the built-in panel's address and what is wrong with the
// settings. Needs the application object.
class LaunchContext
{
public:
    enum class Purpose { CommandLine, Window };

    // The options as read before any application object exists (messages untranslated yet).
    static LaunchOptions earlyOptions(int argc, char *argv[]);
    // Exports, --help, --version and command lines that only earn an error must work without a
    // display.
    static bool isHeadless(const LaunchOptions &options);

    // Names the application, checks the settings file and installs the translation, which the
    // application object must exist for.
    static AppSettings::FileCheck prepare();

    static void printError(const QString &message);
    static void printWarning(const QString &message);

    // prepare(), then reads the command line and the settings. The exit status when the run
    // ends here (--help, --version, a bad command line or panel address), after saying why on
    // stderr.
    std::optional<int> start(Purpose purpose);

    const LaunchOptions &options() const { return m_options; }
    const QUrl &apiBase() const { return m_apiBase; }
    // SMM_PRICE_API_URL, when set.
    const QString &environmentUrl() const { return m_environmentUrl; }
    // A problem with the settings file, already printed; for the window to show too.
    const QString &settingsProblem() const { return m_settingsProblem; }
    // For the window: the stored panel address cannot be used, so nothing is fetched.
    const QString &badApiSetting() const { return m_badApiSetting; }

private:
    LaunchOptions m_options;
    QUrl m_apiBase;
    QString m_environmentUrl;
    QString m_settingsProblem;
    QString m_badApiSetting;
};
