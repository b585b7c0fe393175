// SPDX-License-Identifier: MIT
#pragma once

#include "csvwriter.h"
#include "exchangerates.h"
#include "panelconfig.h"
#include "servicefilter.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// The command line, parsed and checked: what to load, and for a headless export, the filters,
// sort, columns and CSV format. Parsing is a pure function so it can be tested and fuzzed.
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    // What --add-panel, --remove-panel and --list-panels ask for instead of an export or the
    // window.
    enum class PanelAction { None, Add, Remove, List };

    QString apiUrl;
    QString category;
    QString openFile;
    QString exportFile;   // "-" is standard output; empty when the window is wanted
    bool offline = false; // export the stored result of `category` instead of fetching
    // --alerts: print the alerts storing the fetch raised on standard output, exit 4 when any.
    bool alerts = false;
    // --saved: fetch every saved category (of the settings), one after the other; --alerts only.
    bool saved = false;
    std::optional<double> markupPercent; // overrides the settings' markups
    std::optional<double> roundingStep;
    ServiceFilter filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QList<int> columns; // model columns to export, in order
    PanelAction panelAction = PanelAction::None;
    QString panelName; // of --add-panel or --remove-panel
    PanelConfig::Style apiStyle = PanelConfig::Style::V2;
    QString keyEnv;     // --key-env: the variable that holds the added panel's key
    QStringList panels; // --panel, in the order given, each once
    bool allPanels = false;
    QList<ExchangeRates::RateOption> rates; // --rate, for this run only
    CsvWriter::Options csv;
    bool helpRequested = false;
    bool versionRequested = false;
    // Qt's own messages reach stderr in headless mode too.
    bool verbose = false;
    QString error; // a one-line reason when the command line is unusable

    bool isHeadless() const
    {
        return !exportFile.isEmpty() || alerts || panelAction != PanelAction::None;
    }
    // Several panels or a chosen one: fetched through their own APIs, not the built-in one alone.
    bool choosesPanels() const { return allPanels || !panels.isEmpty(); }

    // `numberLocale` gives --number-format locale its separator and decimal mark.
    static LaunchOptions parse(const QStringList &arguments,
                               const QLocale &numberLocale = QLocale::system());
    static QString helpText();
    static QList<int> defaultExportColumns();

private:
    static void addOptions(QCommandLineParser &parser);
    // --add-panel and its company, --panel, --all-panels, --rate; false (with `error`) when wrong.
    static bool parsePanelOptions(const QCommandLineParser &parser, LaunchOptions &options);
    // --alerts and --saved; false (with `error`) when wrong.
    static bool parseAlertOptions(const QCommandLineParser &parser, LaunchOptions &options);
    static LaunchOptions parseArguments(const QStringList &arguments, const QLocale &numberLocale);
};
