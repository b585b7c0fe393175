// SPDX-License-Identifier: MIT
#pragma once

#include "alertrules.h"
#include "csvwriter.h"
#include "exchangerates.h"
#include "fetchlimits.h"
#include "lockedsettings.h"
#include "resellerpricing.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

// The user's preferences and remembered state, typed, over QSettings.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Written into the file; raised when a change needs old files to be read differently.
    static constexpr int FormatVersion = 1;
    static constexpr int MaxHistory = 30;
    static constexpr qsizetype MinRowCeiling = 1'000;
    static constexpr qsizetype MaxRowCeiling = 20'000'000;

    QString apiUrl() const;
    void setApiUrl(const QString &url);
    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);
    // The most a whole request may take, however steadily bytes arrive.
    std::chrono::milliseconds deadline() const;
    void setDeadline(std::chrono::milliseconds deadline);
    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);
    // The most services one response or file may bring; the rest are dropped with a warning.
    qsizetype maxRows() const;
    void setMaxRows(qsizetype rows);
    // The four above, for PriceClient::setLimits() and whatever reads responses.
    FetchLimits fetchLimits() const;
    // "" follows the system; otherwise a locale name such as "id" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // How the user last exported: CSV format, extra columns, folder.
    struct ExportPreferences {
        CsvWriter::Options csv; // the separator is the one "For a program" uses
        // A spreadsheet on this computer takes the system locale's separator and decimal mark.
        CsvWriter::NumberFormat numbers = CsvWriter::NumberFormat::Locale;
        bool includeNotes = false;
        bool includePanelPriceText = false;
        QString folder;
    };
    ExportPreferences exportPreferences() const;
    void setExportPreferences(const ExportPreferences &preferences);

    static constexpr double DefaultRoundingStep = 100;
    // The reseller's markup (global and per category) and rounding step for the My price column.
    ResellerPricing resellerPricing() const;
    void setResellerPricing(const ResellerPricing &pricing);
    // Sets one category's markup (clamped to what the table shows), or without `percent` drops
    // it, on the pricing stored now: another process's markups set since are kept. Returns the
    // pricing stored.
    ResellerPricing setCategoryMarkup(const QString &category, std::optional<double> percent);

    // Stored exchange rates and the display currency (group "rates"); never the run's own.
    ExchangeRates exchangeRates() const;
    void setExchangeRates(const ExchangeRates &rates);
    // Makes `change` on the rates stored now, read again under the settings file's lock, and
    // stores the result at once: rates another process stored since (fetched, or set by hand)
    // are kept. Returns the rates stored.
    ExchangeRates changeExchangeRates(const std::function<void(ExchangeRates &)> &change);
    // Where RateFetcher fetches from; RateFetcher::defaultBase() unless set.
    QUrl rateServiceUrl() const;
    void setRateServiceUrl(const QUrl &url);
    // Whether the app fetches the rates once a day by itself; true unless turned off.
    bool fetchRatesDaily() const;
    void setFetchRatesDaily(bool daily);

    QStringList savedCategories() const;
    void setSavedCategories(const QStringList &names);
    // Stores the change of the saved categories from `before` (as this process last read or
    // stored them) to `after`, made on what is stored now: another process's changes since are
    // kept (SavedCategories::merged()). Returns the list stored.
    QStringList changeSavedCategories(const QStringList &before, const QStringList &after);
    // Whether the last view was every saved category together, rather than one category.
    bool lastViewWasSaved() const;
    void setLastViewWasSaved(bool saved);

    // What the alerts watch for (key "alerts/rules", one JSON object); AlertRules' defaults
    // unless set.
    AlertRules alertRules() const;
    void setAlertRules(const AlertRules &rules);

    static constexpr std::chrono::minutes MaxRefreshInterval{24 * 60};
    // How often the saved categories and panels are refreshed while the app runs; zero (the
    // default) is never. A stored interval under RefreshScheduler::MinimumInterval reads as that.
    std::chrono::minutes refreshInterval() const;
    void setRefreshInterval(std::chrono::minutes interval);
    // Whether closing the window leaves the app running in the system tray; off unless set.
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);

    QStringList categoryHistory() const;
    // Most recent first, without duplicates, at most MaxHistory names.
    void addToCategoryHistory(const QString &name);
    QString lastCategory() const;

    // What checkFile() found and did, told to the user by describe().
    struct FileCheck {
        enum class Outcome {
            Fine,
            Unreadable,
            MovedAside,       // damaged; `path` is where it went
            NotMovedAside,    // damaged, and renaming it failed
            NewerBackedUp,    // from a newer version; `path` is the copy
            NewerNotBackedUp, // from a newer version, and copying it failed
        };
        Outcome outcome = Outcome::Fine;
        QString path;
    };
    // Checks the settings file; must run before any other QSettings reads it, since Qt caches a
    // parsed file. A file QSettings cannot parse is moved aside, as QSettings would rewrite it
    // without the parts it could not read; a file from a newer version is copied aside before
    // this one writes to it.
    static FileCheck checkFile();
    // The message for the user, or an empty string when the file was fine.
    static QString describe(const FileCheck &check);

    QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);

private:
    mutable LockedSettings m_settings;
};
